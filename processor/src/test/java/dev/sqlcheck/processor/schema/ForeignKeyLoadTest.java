package dev.sqlcheck.processor.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlcheck.processor.catalog.ForeignKey;
import dev.sqlcheck.processor.dialect.Dialects;
import dev.sqlcheck.processor.problem.ProblemCode;
import dev.sqlcheck.processor.testing.TestDatabases;
import dev.sqlcheck.sources.SchemaSources;
import dev.sqlcheck.sources.SourceSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The foreign keys the loader keeps, with PostgreSQL (and, for a changelog, Liquibase itself) as
 * the oracle: the same script runs on a fresh database, and the keys in {@code pg_constraint}
 * (name, table and columns, referenced table and columns) must equal the catalog's.
 */
class ForeignKeyLoadTest {
  @TempDir Path dir;

  /** Every way of declaring a key, then renames and drops that keys must follow. */
  static final String SCRIPT =
      """
      CREATE TABLE owners (id int PRIMARY KEY, code text UNIQUE);
      CREATE TABLE pets (id int PRIMARY KEY,
        owner_id int REFERENCES owners,
        owner_code text CONSTRAINT pets_owner_code_fk REFERENCES owners (code) ON DELETE CASCADE,
        parent_id int REFERENCES pets);
      CREATE SCHEMA vet;
      CREATE TABLE vet.visits (id int, pet_id int, owner_id int,
        FOREIGN KEY (pet_id) REFERENCES public.pets (id));
      ALTER TABLE vet.visits ADD CONSTRAINT visits_owner FOREIGN KEY (owner_id) REFERENCES owners;
      CREATE TABLE pairs (a int, b int, PRIMARY KEY (a, b));
      CREATE TABLE pair_refs (x int, y int, z int, CONSTRAINT pair_refs_x_y_fkey CHECK (x > 0));
      ALTER TABLE pair_refs ADD FOREIGN KEY (x, y) REFERENCES pairs;
      ALTER TABLE pair_refs ADD FOREIGN KEY (z) REFERENCES pets;
      ALTER TABLE pets RENAME COLUMN owner_id TO keeper_id;
      ALTER TABLE owners RENAME TO keepers;
      ALTER TABLE pairs RENAME COLUMN b TO bb;
      ALTER TABLE vet.visits SET SCHEMA public;
      ALTER TABLE pair_refs DROP COLUMN z;
      ALTER TABLE pets DROP CONSTRAINT pets_owner_code_fk;
      CREATE TABLE gone (id int PRIMARY KEY);
      CREATE TABLE to_gone (gone_id int REFERENCES gone);
      CREATE TABLE keeps (gone_id int REFERENCES gone);
      DROP TABLE to_gone;
      DROP TABLE gone CASCADE;
      ALTER TABLE pets RENAME CONSTRAINT pets_parent_id_fkey TO pets_parent;
      """;

  @Test
  void sqlScript_keysEqualPgConstraint() throws SQLException {
    List<String> expected = onPostgres(SCRIPT);
    SchemaLoadResult r = new SchemaLoader().load(List.of(new SchemaSource("schema.sql", SCRIPT)));
    assertEquals(List.of(), r.diagnostics());
    assertEquals(expected, describe(r.catalog().foreignKeys()));
    assertEquals(
        List.of(
            "pair_refs_x_y_fkey1 public.pair_refs(x,y) -> public.pairs(a,bb)",
            "pets_owner_id_fkey public.pets(keeper_id) -> public.keepers(id)",
            "pets_parent public.pets(parent_id) -> public.pets(id)",
            "visits_owner public.visits(owner_id) -> public.keepers(id)",
            "visits_pet_id_fkey public.visits(pet_id) -> public.pets(id)"),
        expected);
  }

  @Test
  void liquibaseChangelog_keysEqualWhatLiquibaseCreates() throws Exception {
    Files.writeString(
        dir.resolve("master.xml"),
        LiquibaseMatchesPostgresTest.XML_HEADER
            + """
          <changeSet id="1" author="t">
            <createTable tableName="owners">
              <column name="id" type="int"><constraints primaryKey="true"/></column>
            </createTable>
            <createTable tableName="pets">
              <column name="id" type="int"><constraints primaryKey="true"/></column>
              <column name="owner_id" type="int">
                <constraints foreignKeyName="fk_pet_owner" references="owners(id)"/>
              </column>
              <column name="vet_id" type="int"/>
            </createTable>
            <createTable tableName="vets">
              <column name="id" type="int"><constraints primaryKey="true"/></column>
            </createTable>
            <addForeignKeyConstraint constraintName="fk_pet_vet" baseTableName="pets"
                baseColumnNames="vet_id" referencedTableName="vets" referencedColumnNames="id"/>
          </changeSet>
          <changeSet id="2" author="t">
            <renameTable oldTableName="vets" newTableName="doctors"/>
            <renameColumn tableName="pets" oldColumnName="owner_id" newColumnName="keeper_id"
                columnDataType="int"/>
            <addColumn tableName="owners">
              <column name="doctor_id" type="int">
                <constraints foreignKeyName="fk_owner_doctor" referencedTableName="doctors"
                    referencedColumnNames="id"/>
              </column>
            </addColumn>
            <dropForeignKeyConstraint baseTableName="pets" constraintName="fk_pet_vet"/>
          </changeSet>
        </databaseChangeLog>
        """);
    String url = TestDatabases.freshPostgresDatabase("fk_liquibase");
    List<String> expected;
    try {
      LiquibaseMatchesPostgresTest.update(dir, url);
      try (Connection c = DriverManager.getConnection(url)) {
        expected = keys(c); // Liquibase closes its connection
      }
    } finally {
      SchemaMatchesPostgresTest.dropDatabase(url);
    }
    assertEquals(
        List.of(
            "fk_owner_doctor public.owners(doctor_id) -> public.doctors(id)",
            "fk_pet_owner public.pets(keeper_id) -> public.owners(id)"),
        expected);
    SourceSet set = SchemaSources.read(List.of(dir.resolve("master.xml")));
    SchemaLoadResult loaded =
        new SchemaLoader(Dialects.postgresql(), ViewColumnResolver.NONE).loadSteps(set.steps());
    assertEquals(List.of(), loaded.diagnostics());
    assertEquals(expected, describe(loaded.catalog().foreignKeys()));
  }

  @Test
  void liquibaseKeyOnAMissingTable_isSqlcheck004AndLiquibaseFails() throws Exception {
    Files.writeString(
        dir.resolve("master.xml"),
        LiquibaseMatchesPostgresTest.XML_HEADER
            + """
          <changeSet id="1" author="t">
            <createTable tableName="owners">
              <column name="id" type="int"><constraints primaryKey="true"/></column>
            </createTable>
            <addForeignKeyConstraint constraintName="fk_pet_owner" baseTableName="pets"
                baseColumnNames="owner_id" referencedTableName="owners"
                referencedColumnNames="id"/>
          </changeSet>
        </databaseChangeLog>
        """);
    String url = TestDatabases.freshPostgresDatabase("fk_liquibase_missing");
    try {
      Exception e =
          org.junit.jupiter.api.Assertions.assertThrows(
              Exception.class, () -> LiquibaseMatchesPostgresTest.update(dir, url));
      assertTrue(
          String.valueOf(e.getCause()).contains("relation \"public.pets\" does not exist"),
          String.valueOf(e.getCause()));
    } finally {
      SchemaMatchesPostgresTest.dropDatabase(url);
    }
    SourceSet set = SchemaSources.read(List.of(dir.resolve("master.xml")));
    SchemaLoadResult loaded =
        new SchemaLoader(Dialects.postgresql(), ViewColumnResolver.NONE).loadSteps(set.steps());
    assertEquals(1, loaded.diagnostics().size(), loaded.diagnostics().toString());
    SchemaLoadResult.Diagnostic d = loaded.diagnostics().get(0);
    assertEquals(ProblemCode.SCHEMA_STATEMENT_INVALID, d.code());
    assertTrue(d.message().contains("addForeignKeyConstraint refers to \"pets\""), d.message());
    assertEquals(List.of(), loaded.catalog().foreignKeys());
  }

  @Test
  void keysInsideADoBlock_followTheRebuildAsPostgresDoes() throws SQLException {
    String script =
        """
        CREATE TABLE users (id bigint PRIMARY KEY, nickname text);
        CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users);
        CREATE TABLE notes (id bigint, order_id bigint);
        DO $$
        BEGIN
          CREATE TABLE users_new (id bigint PRIMARY KEY, nickname text NOT NULL);
          DROP TABLE users CASCADE;
          ALTER TABLE users_new RENAME TO users;
          ALTER TABLE notes ADD CONSTRAINT notes_order FOREIGN KEY (order_id) REFERENCES orders;
        END $$;
        """;
    SchemaLoadResult loaded =
        new SchemaLoader().load(List.of(new SchemaSource("schema.sql", script)));
    assertEquals(List.of(), loaded.diagnostics());
    List<String> expected = onPostgres(script);
    // orders.user_id's key went with the old users (CASCADE); the one added in the block is there
    assertEquals(List.of("notes_order public.notes(order_id) -> public.orders(id)"), expected);
    assertEquals(expected, describe(loaded.catalog().foreignKeys()));
  }

  /** Runs {@code sql} on a fresh database and reads its foreign keys. */
  static List<String> onPostgres(String sql) throws SQLException {
    String url = TestDatabases.freshPostgresDatabase("fk_oracle");
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute(sql);
      return keys(c);
    } finally {
      SchemaMatchesPostgresTest.dropDatabase(url);
    }
  }

  static List<String> keys(Connection c) throws SQLException {
    String query =
        """
        SELECT k.conname, n.nspname, r.relname,
          (SELECT string_agg(a.attname, ',' ORDER BY u.i) FROM unnest(k.conkey) WITH ORDINALITY
             u(n, i) JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.n),
          fn.nspname, f.relname,
          (SELECT string_agg(a.attname, ',' ORDER BY u.i) FROM unnest(k.confkey) WITH ORDINALITY
             u(n, i) JOIN pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = u.n)
        FROM pg_constraint k
        JOIN pg_class r ON r.oid = k.conrelid JOIN pg_namespace n ON n.oid = r.relnamespace
        JOIN pg_class f ON f.oid = k.confrelid JOIN pg_namespace fn ON fn.oid = f.relnamespace
        WHERE k.contype = 'f'
        """;
    TreeSet<String> out = new TreeSet<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(query)) {
      while (rs.next()) {
        out.add(
            String.format(
                "%s %s.%s(%s) -> %s.%s(%s)",
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7)));
      }
    }
    return List.copyOf(out);
  }

  static List<String> describe(List<ForeignKey> keys) {
    TreeSet<String> out = new TreeSet<>();
    for (ForeignKey k : keys) {
      out.add(
          String.format(
              "%s %s.%s(%s) -> %s.%s(%s)",
              k.name(),
              k.schema(),
              k.table(),
              String.join(",", k.columns()),
              k.refSchema(),
              k.refTable(),
              String.join(",", k.refColumns())));
    }
    return List.copyOf(out);
  }
}
