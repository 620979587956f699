package dev.sqlcheck.processor.schema;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.sqlcheck.processor.catalog.SourceLocation;
import dev.sqlcheck.processor.problem.ProblemCode;
import dev.sqlcheck.processor.testing.TestDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SQLCHECK-005, 006 and 007 from the loader. Each script also runs on PostgreSQL, statement by
 * statement, and the test asserts first what PostgreSQL does with it (a NOTICE and nothing done, an
 * error, or silence), then what sqlcheck reports.
 */
class SchemaLintsTest {
  /** What PostgreSQL says to each statement: "ok", "notice: …" or "error: …". */
  static List<String> onPostgres(String script, String... queries) throws SQLException {
    String url = TestDatabases.freshPostgresDatabase("schema_lints");
    List<String> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      for (ScriptStatement st : StatementSplitter.split(script, ";")) {
        if (st.text().isBlank()) {
          continue;
        }
        try {
          s.execute(st.text());
          SQLWarning w = s.getWarnings();
          out.add(w == null ? "ok" : "notice: " + w.getMessage());
          s.clearWarnings();
        } catch (SQLException e) {
          out.add("error: " + e.getMessage().lines().findFirst().orElse(""));
        }
      }
      for (String q : queries) {
        try (ResultSet rs = s.executeQuery(q)) {
          StringBuilder b = new StringBuilder();
          while (rs.next()) {
            b.append(b.length() == 0 ? "" : ", ").append(rs.getString(1));
          }
          out.add(b.toString());
        }
      }
    } finally {
      SchemaMatchesPostgresTest.dropDatabase(url);
    }
    return out;
  }

  private static List<SchemaLoadResult.Diagnostic> lints(String script) {
    SchemaLoadResult r = new SchemaLoader().load(List.of(new SchemaSource("schema.sql", script)));
    return r.diagnostics();
  }

  private static List<SchemaLoadResult.Diagnostic> lints(String script, ProblemCode code) {
    return lints(script).stream().filter(d -> d.code() == code).toList();
  }

  // SQLCHECK-005

  @Test
  void createTableIfNotExists_otherColumns_warnsAndKeepsTheFirst() throws SQLException {
    String script =
        """
        CREATE TABLE users (id bigint PRIMARY KEY, name text);
        CREATE TABLE IF NOT EXISTS users (id bigint PRIMARY KEY, email text);
        """;
    List<String> pg =
        onPostgres(
            script,
            "SELECT string_agg(attname, ',' ORDER BY attnum) FROM pg_attribute"
                + " WHERE attrelid = 'users'::regclass AND attnum > 0");
    assertThat(pg)
        .containsExactly("ok", "notice: relation \"users\" already exists, skipping", "id,name")
        .inOrder();
    List<SchemaLoadResult.Diagnostic> d = lints(script);
    assertWithMessage("%s", d).that(d).hasSize(1);
    assertThat(d.get(0).code()).isEqualTo(ProblemCode.TABLE_EXISTS_SKIPPED);
    assertThat(d.get(0).location()).isEqualTo(new SourceLocation("schema.sql", 2));
    assertThat(d.get(0).message())
        .contains(
            "CREATE TABLE IF NOT EXISTS \"users\" does nothing: table \"users\" already exists"
                + " (defined at schema.sql:1) with columns (id bigint, name text), not (id bigint,"
                + " email text)");
  }

  @Test
  void createTableIfNotExists_overAView_warns() throws SQLException {
    String script =
        """
        CREATE VIEW totals AS SELECT 1 AS n;
        CREATE TABLE IF NOT EXISTS totals (n int);
        """;
    assertThat(onPostgres(script))
        .containsExactly("ok", "notice: relation \"totals\" already exists, skipping")
        .inOrder();
    List<SchemaLoadResult.Diagnostic> d = lints(script, ProblemCode.TABLE_EXISTS_SKIPPED);
    assertThat(d).hasSize(1);
    assertThat(d.get(0).message()).contains("a view \"totals\" already exists");
  }

  @Test
  void createTableIfNotExists_sameTableAgainOrNewTable_noWarning() throws SQLException {
    String script =
        """
        CREATE TABLE users (id bigint PRIMARY KEY, name varchar(40));
        CREATE TABLE IF NOT EXISTS users (id int8 PRIMARY KEY, name character varying(40));
        CREATE TABLE IF NOT EXISTS roles (id int);
        """;
    assertThat(onPostgres(script))
        .containsExactly("ok", "notice: relation \"users\" already exists, skipping", "ok")
        .inOrder();
    assertThat(lints(script)).isEmpty();
  }

  // SQLCHECK-006

  @Test
  void foreignKeyToATableNeverCreated_warnsAndPostgresRefusesIt() throws SQLException {
    String script = "CREATE TABLE orders (id int, customer_id int REFERENCES customers);\n";
    assertThat(onPostgres(script))
        .containsExactly("error: ERROR: relation \"customers\" does not exist");
    List<SchemaLoadResult.Diagnostic> d = lints(script);
    assertWithMessage("%s", d).that(d).hasSize(1);
    assertThat(d.get(0).code()).isEqualTo(ProblemCode.FOREIGN_KEY_TARGET_MISSING);
    assertThat(d.get(0).location()).isEqualTo(new SourceLocation("schema.sql", 1));
    assertThat(d.get(0).message())
        .contains(
            "foreign key \"orders_customer_id_fkey\" of table \"orders\" references table"
                + " \"customers\", which does not exist in the final schema");
  }

  @Test
  void referencedTableDroppedWithoutCascade_warnsWithTheDrop() throws SQLException {
    String script =
        """
        CREATE TABLE owners (id int PRIMARY KEY);
        CREATE TABLE pets (id int, owner_id int REFERENCES owners);
        DROP TABLE owners;
        """;
    assertThat(onPostgres(script).get(2))
        .isEqualTo("error: ERROR: cannot drop table owners because other objects depend on it");
    List<SchemaLoadResult.Diagnostic> d = lints(script, ProblemCode.FOREIGN_KEY_TARGET_MISSING);
    assertThat(d).hasSize(1);
    assertThat(d.get(0).location()).isEqualTo(new SourceLocation("schema.sql", 2));
    assertThat(d.get(0).message())
        .contains(
            "the table was dropped at schema.sql:3 without CASCADE, which PostgreSQL refuses");
  }

  @Test
  void referencedColumnMissingOrDropped_warns() throws SQLException {
    String script =
        """
        CREATE TABLE owners (id int PRIMARY KEY, code int UNIQUE);
        CREATE TABLE pets (id int, owner_code int REFERENCES owners (code));
        ALTER TABLE owners DROP COLUMN code;
        CREATE TABLE vets (id int, owner_ref int REFERENCES owners (ref));
        """;
    List<String> pg = onPostgres(script);
    assertThat(pg.get(2)).startsWith("error: ERROR: cannot drop column code of table owners");
    assertThat(pg.get(3))
        .isEqualTo(
            "error: ERROR: column \"ref\" referenced in foreign key"
                + " constraint does not exist");
    List<SchemaLoadResult.Diagnostic> d = lints(script, ProblemCode.FOREIGN_KEY_TARGET_MISSING);
    assertWithMessage("%s", d).that(d).hasSize(2);
    assertThat(d.get(0).message()).contains("references column \"code\" of table \"owners\"");
    assertThat(d.get(0).message()).contains("the column was dropped at schema.sql:3");
    assertThat(d.get(1).message()).contains("references column \"ref\" of table \"owners\"");
  }

  @Test
  void targetCouldNotBeModelled_saysSoInsteadOfMissing() {
    String script =
        """
        CREATE TABLE broken (id int, ))) nonsense here;
        CREATE TABLE pets (id int, broken_id int REFERENCES broken);
        """;
    List<SchemaLoadResult.Diagnostic> d = lints(script, ProblemCode.FOREIGN_KEY_TARGET_MISSING);
    assertThat(d).hasSize(1);
    assertThat(d.get(0).message())
        .contains(
            "references table \"broken\", which sqlcheck could not model; the key is not"
                + " checked");
    assertThat(d.get(0).message()).doesNotContain("does not exist");
  }

  @Test
  void keysAddedLaterOrDroppedWithCascade_noWarning() throws SQLException {
    String script =
        """
        CREATE TABLE pets (id int, owner_id int);
        CREATE TABLE owners (id int PRIMARY KEY);
        ALTER TABLE ONLY pets ADD CONSTRAINT pets_owner FOREIGN KEY (owner_id) REFERENCES owners;
        CREATE TABLE gone (id int PRIMARY KEY);
        CREATE TABLE uses_gone (gone_id int REFERENCES gone);
        DROP TABLE gone CASCADE;
        CREATE TABLE also_gone (id int PRIMARY KEY);
        CREATE TABLE refs_also (id int REFERENCES also_gone);
        DROP TABLE refs_also, also_gone;
        """;
    assertThat(onPostgres(script).stream().filter(s -> s.startsWith("error"))).isEmpty();
    assertThat(lints(script)).isEmpty();
  }

  // SQLCHECK-007

  @Test
  void createIndexIfNotExists_nameOfAnotherIndex_warnsAndPostgresSkipsIt() throws SQLException {
    String script =
        """
        CREATE TABLE accounts (id int, email text);
        CREATE TABLE users (id int, email text);
        CREATE INDEX email_idx ON accounts (email);
        CREATE INDEX IF NOT EXISTS email_idx ON users (email);
        """;
    List<String> pg =
        onPostgres(
            script,
            "SELECT string_agg(tablename, ',') FROM pg_indexes WHERE indexname" + " = 'email_idx'");
    assertThat(pg)
        .containsExactly(
            "ok",
            "ok",
            "ok",
            "notice: relation \"email_idx\" already exists," + " skipping",
            "accounts")
        .inOrder();
    List<SchemaLoadResult.Diagnostic> d = lints(script);
    assertWithMessage("%s", d).that(d).hasSize(1);
    assertThat(d.get(0).code()).isEqualTo(ProblemCode.DUPLICATE_OBJECT_NAME);
    assertThat(d.get(0).location()).isEqualTo(new SourceLocation("schema.sql", 4));
    assertThat(d.get(0).message())
        .contains(
            "CREATE INDEX IF NOT EXISTS \"email_idx\" on \"users\" does nothing: index"
                + " \"email_idx\" on table \"accounts\" already exists in schema \"public\" (defined"
                + " at schema.sql:3)");
  }

  @Test
  void createIndexIfNotExists_nameOfATableOrAKey_warns() throws SQLException {
    String script =
        """
        CREATE TABLE users (id int PRIMARY KEY, email text);
        CREATE INDEX IF NOT EXISTS users ON users (email);
        CREATE INDEX IF NOT EXISTS users_pkey ON users (email);
        """;
    assertThat(onPostgres(script))
        .containsExactly(
            "ok",
            "notice: relation \"users\" already exists, skipping",
            "notice: relation \"users_pkey\" already exists, skipping")
        .inOrder();
    List<SchemaLoadResult.Diagnostic> d = lints(script, ProblemCode.DUPLICATE_OBJECT_NAME);
    assertThat(d).hasSize(2);
    assertThat(d.get(0).message()).contains("table \"users\" already exists");
    assertThat(d.get(1).message())
        .contains("the index of constraint \"users_pkey\" on table \"users\" already exists");
  }

  @Test
  void sameIndexAgain_orUnnamedOrRefused_noWarning() throws SQLException {
    String script =
        """
        CREATE TABLE users (id int, email text);
        CREATE INDEX IF NOT EXISTS users_email ON users (email);
        CREATE INDEX IF NOT EXISTS users_email ON users (email);
        CREATE INDEX ON users (id);
        CREATE INDEX ON users (id);
        CREATE INDEX users_email ON users (id);
        """;
    assertThat(onPostgres(script))
        .containsExactly(
            "ok",
            "ok",
            "notice: relation \"users_email\" already exists, skipping",
            "ok",
            "ok",
            "error: ERROR: relation \"users_email\" already exists")
        .inOrder();
    assertThat(lints(script, ProblemCode.DUPLICATE_OBJECT_NAME)).isEmpty();
  }

  @Test
  void indexRenamedOrDropped_namesFollow() throws SQLException {
    String script =
        """
        CREATE TABLE users (id int, email text);
        CREATE INDEX old_idx ON users (email);
        ALTER INDEX old_idx RENAME TO new_idx;
        CREATE INDEX IF NOT EXISTS old_idx ON users (id);
        CREATE INDEX IF NOT EXISTS new_idx ON users (id);
        DROP INDEX new_idx;
        CREATE INDEX IF NOT EXISTS new_idx ON users (id);
        """;
    assertThat(onPostgres(script))
        .containsExactly(
            "ok",
            "ok",
            "ok",
            "ok",
            "notice: relation \"new_idx\" already exists, skipping",
            "ok",
            "ok")
        .inOrder();
    List<SchemaLoadResult.Diagnostic> d = lints(script);
    assertWithMessage("%s", d).that(d).hasSize(1);
    assertThat(d.get(0).location()).isEqualTo(new SourceLocation("schema.sql", 5));
  }

  @Test
  void constraintNameOfAnotherTable_warnsAndPostgresAcceptsIt() throws SQLException {
    String script =
        """
        CREATE TABLE owners (id int PRIMARY KEY);
        CREATE TABLE pets (id int, owner_id int CONSTRAINT fk_owner REFERENCES owners);
        CREATE TABLE cars (id int, owner_id int, CONSTRAINT fk_owner FOREIGN KEY (owner_id)
          REFERENCES owners);
        """;
    List<String> pg =
        onPostgres(
            script,
            // the information_schema joins constraints by schema and name: 2 keys, 4 rows
            "SELECT count(*) FROM information_schema.table_constraints t"
                + " JOIN information_schema.referential_constraints r"
                + " USING (constraint_schema, constraint_name) WHERE constraint_name = 'fk_owner'");
    assertThat(pg).containsExactly("ok", "ok", "ok", "4").inOrder();
    List<SchemaLoadResult.Diagnostic> d = lints(script);
    assertWithMessage("%s", d).that(d).hasSize(1);
    assertThat(d.get(0).location()).isEqualTo(new SourceLocation("schema.sql", 3));
    assertThat(d.get(0).message())
        .contains(
            "constraint \"fk_owner\" of table \"cars\" has the name of a constraint of table"
                + " \"pets\" in schema \"public\" (declared at schema.sql:2)");
  }

  @Test
  void inheritedCheckConstraintRepeatedInTheChild_noWarning() throws SQLException {
    String script =
        """
        CREATE TABLE events (id int, at int CONSTRAINT positive_at CHECK (at > 0));
        CREATE TABLE login_events (who text, CONSTRAINT positive_at CHECK (at > 0))
          INHERITS (events);
        """;
    assertThat(onPostgres(script))
        .containsExactly(
            "ok", "notice: merging constraint \"positive_at\" with inherited definition")
        .inOrder();
    assertThat(lints(script)).isEmpty();
  }

  @Test
  void unnamedConstraintsOrOtherSchemas_noWarning() throws SQLException {
    String script =
        """
        CREATE TABLE owners (id int PRIMARY KEY);
        CREATE TABLE pets (id int, owner_id int REFERENCES owners CHECK (owner_id > 0));
        CREATE TABLE pets_copy (id int, owner_id int REFERENCES owners CHECK (owner_id > 0));
        CREATE SCHEMA archive;
        CREATE TABLE archive.pets (id int, owner_id int CONSTRAINT fk_owner REFERENCES owners);
        CREATE TABLE other (id int, owner_id int CONSTRAINT fk_owner REFERENCES owners);
        """;
    assertThat(onPostgres(script).stream().filter(s -> !s.equals("ok"))).isEmpty();
    assertThat(lints(script)).isEmpty();
  }
}
