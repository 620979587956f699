package dev.sqlcheck.processor.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlcheck.processor.problem.ProblemCode;
import dev.sqlcheck.processor.testing.TestDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The public corpus schemas (pagila, chinook, petclinic, the sqlc examples) against the schema
 * lints and the foreign keys: none of them has a problem SQLCHECK-005, 006 or 007 describes, so
 * none may get one; and every one PostgreSQL 15 accepts must give the loader exactly the foreign
 * keys {@code pg_constraint} holds.
 */
class SchemaLintCorpusTest {
  private static final Set<ProblemCode> LINTS =
      Set.of(
          ProblemCode.TABLE_EXISTS_SKIPPED,
          ProblemCode.FOREIGN_KEY_TARGET_MISSING,
          ProblemCode.DUPLICATE_OBJECT_NAME);

  @Test
  void corpusSchemas_noLintWarningAndEveryKeyRead() throws Exception {
    for (Map.Entry<String, List<SchemaSource>> e : SchemaCorpusTest.cases().entrySet()) {
      SchemaLoadResult r = new SchemaLoader().load(e.getValue());
      List<SchemaLoadResult.Diagnostic> lints =
          r.diagnostics().stream()
              .filter(d -> LINTS.contains(d.code()) || d.message().contains("keys and indexes"))
              .toList();
      assertEquals(List.of(), lints, e.getKey());
    }
  }

  @Test
  void corpusSchemasPostgresAccepts_foreignKeysEqualPgConstraint() throws Exception {
    int compared = 0;
    int keys = 0;
    for (Map.Entry<String, List<SchemaSource>> e : SchemaCorpusTest.cases().entrySet()) {
      String url = TestDatabases.freshPostgresDatabase("fk_corpus");
      List<String> expected;
      try {
        if (!SchemaMatchesPostgresTest.runInPostgres(url, e.getValue()).isEmpty()) {
          continue; // pagila-schema.sql needs PostgreSQL 18
        }
        try (Connection c = DriverManager.getConnection(url)) {
          expected = ForeignKeyLoadTest.keys(c);
        }
      } finally {
        SchemaMatchesPostgresTest.dropDatabase(url);
      }
      List<String> actual =
          ForeignKeyLoadTest.describe(
              new SchemaLoader().load(e.getValue()).catalog().foreignKeys());
      assertEquals(expected, actual, e.getKey());
      compared++;
      keys += expected.size();
    }
    assertTrue(compared >= 9, "only " + compared + " corpus schemas were compared");
    assertTrue(keys >= 60, "only " + keys + " foreign keys compared");
  }
}
