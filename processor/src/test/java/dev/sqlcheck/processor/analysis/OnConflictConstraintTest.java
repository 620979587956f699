package dev.sqlcheck.processor.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sqlcheck.processor.problem.Problem;
import dev.sqlcheck.processor.problem.ProblemCode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code ON CONFLICT ON CONSTRAINT name}: PostgreSQL's PREPARE refuses a name that is no constraint
 * of the table (SQLCHECK-216 here). The names are the schema's own and the ones PostgreSQL chooses
 * for unnamed keys, followed through RENAME CONSTRAINT and table renames. A table that takes
 * constraints from elsewhere (PARTITION OF, LIKE, INHERITS, OF type, ATTACH PARTITION) is never
 * judged.
 */
class OnConflictConstraintTest extends PostgresSchemaFixture {
  static final String DDL =
      """
      CREATE TABLE p (id int PRIMARY KEY, email text UNIQUE, n int,
        CONSTRAINT n_positive CHECK (n > 0));
      CREATE TABLE r (id int, email text);
      ALTER TABLE r ADD CONSTRAINT r_email_unique UNIQUE (email);
      ALTER TABLE r ADD PRIMARY KEY (id);
      CREATE TABLE parent (id int PRIMARY KEY) PARTITION BY RANGE (id);
      CREATE TABLE child PARTITION OF parent FOR VALUES FROM (0) TO (10);
      CREATE TABLE liked (LIKE p INCLUDING ALL);
      CREATE TABLE renamed (id int CONSTRAINT old_pk PRIMARY KEY);
      ALTER TABLE renamed RENAME CONSTRAINT old_pk TO new_pk;
      CREATE TABLE moved_t (id int PRIMARY KEY);
      ALTER TABLE moved_t RENAME TO moved2;
      """;

  @Override
  String ddl() {
    return DDL;
  }

  static final List<String> VALID =
      List.of(
          "INSERT INTO p (id) VALUES (1) ON CONFLICT ON CONSTRAINT p_pkey DO NOTHING",
          "INSERT INTO p (id) VALUES (:id) ON CONFLICT ON CONSTRAINT p_email_key"
              + " DO UPDATE SET n = excluded.n",
          "INSERT INTO p (id) VALUES (1) ON CONFLICT ON CONSTRAINT n_positive DO NOTHING",
          "INSERT INTO r (id) VALUES (1) ON CONFLICT ON CONSTRAINT r_email_unique DO NOTHING",
          "INSERT INTO r (id) VALUES (1) ON CONFLICT ON CONSTRAINT r_pkey DO NOTHING",
          "INSERT INTO child (id) VALUES (1) ON CONFLICT ON CONSTRAINT child_pkey DO NOTHING",
          "INSERT INTO liked (id) VALUES (1) ON CONFLICT ON CONSTRAINT liked_pkey DO NOTHING",
          "INSERT INTO renamed (id) VALUES (1) ON CONFLICT ON CONSTRAINT new_pk DO NOTHING",
          "INSERT INTO moved2 (id) VALUES (1) ON CONFLICT ON CONSTRAINT moved_t_pkey DO NOTHING");

  static final Map<String, ProblemCode> INVALID =
      Map.of(
          "INSERT INTO p (id) VALUES (1) ON CONFLICT ON CONSTRAINT p_email_kye DO NOTHING",
          ProblemCode.UNKNOWN_CONSTRAINT,
          "INSERT INTO r (id) VALUES (1) ON CONFLICT ON CONSTRAINT r_email_key DO NOTHING",
          ProblemCode.UNKNOWN_CONSTRAINT,
          "INSERT INTO renamed (id) VALUES (1) ON CONFLICT ON CONSTRAINT old_pk DO NOTHING",
          ProblemCode.UNKNOWN_CONSTRAINT,
          // a table rename keeps its key's name: the new table name gives none
          "INSERT INTO moved2 (id) VALUES (1) ON CONFLICT ON CONSTRAINT moved2_pkey DO NOTHING",
          ProblemCode.UNKNOWN_CONSTRAINT);

  @Test
  void namesOfTheTablesConstraints_areAccepted() {
    assertEquals(List.of(), PostgresDescribes.cleanDisagreements(catalog, connection, VALID));
  }

  @Test
  void aNameNoConstraintHas_isAnError_withTheClosestName() {
    assertEquals(List.of(), PostgresDescribes.invalidDisagreements(catalog, connection, INVALID));
    Problem p =
        new QueryAnalyzer(catalog)
            .analyze(INVALID.keySet().stream().filter(s -> s.contains("kye")).findFirst().get())
            .problems()
            .get(0);
    assertEquals("constraint \"p_email_kye\" for table \"p\" does not exist", p.message());
    assertEquals("did you mean \"p_email_key\"?", p.hint());
  }
}
