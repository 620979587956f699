package dev.sqlcheck.processor.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sqlcheck.processor.analysis.AnalyzerViewColumns;
import dev.sqlcheck.processor.problem.ProblemCode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Strict reading causes no false message on real schemas: every PostgreSQL schema of the corpus,
 * loaded with view columns derived by the analyser (so that views are checked for missing names
 * too), has no SQLCHECK-002 or SQLCHECK-004 and keeps every relation PostgreSQL creates.
 */
class StrictCorpusTest {
  private static final Set<ProblemCode> STRICT =
      Set.of(ProblemCode.SCHEMA_STATEMENT_NOT_PARSED, ProblemCode.SCHEMA_STATEMENT_INVALID);

  @Test
  void everyPostgresCorpusSchema_hasNoStrictMessage() throws IOException {
    for (Map.Entry<String, List<SchemaSource>> e : SchemaCorpusTest.cases().entrySet()) {
      SchemaLoadResult r = new SchemaLoader(new AnalyzerViewColumns()).load(e.getValue());
      assertEquals(
          List.of(),
          r.diagnostics().stream().filter(d -> STRICT.contains(d.code())).toList(),
          e.getKey());
      assertEquals(0, r.stats().failed(), e.getKey());
      assertEquals(
          SchemaCorpusTest.EXPECTED_RELATIONS.get(e.getKey()),
          r.catalog().relations().size(),
          e.getKey());
    }
  }
}
