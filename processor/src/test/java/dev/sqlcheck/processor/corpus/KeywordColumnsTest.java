package dev.sqlcheck.processor.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sqlcheck.processor.analysis.AnalyzerViewColumns;
import dev.sqlcheck.processor.analysis.QueryAnalysis;
import dev.sqlcheck.processor.analysis.QueryAnalyzer;
import dev.sqlcheck.processor.catalog.Catalog;
import dev.sqlcheck.processor.problem.ProblemCode;
import dev.sqlcheck.processor.problem.Severity;
import dev.sqlcheck.processor.schema.SchemaLoader;
import dev.sqlcheck.processor.schema.SchemaSource;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every word PostgreSQL 15 accepts as an unquoted column and table name (measured: {@code CREATE
 * TABLE t (word int)}, {@code SELECT word FROM t}, {@code CREATE TABLE word ...} succeed) used as a
 * column in six query shapes and as a table in seven. Many are keywords to JSqlParser; whatever the
 * parser makes of them, the analyser must not report an error on valid SQL. Queries the parser
 * cannot read are counted (not fully checked), not failed.
 */
class KeywordColumnsTest {
  static final List<String> WORDS =
      List.of(
          ("key level time timestamp date text status data action role source start language zone"
                  + " first last filter over partition rows range row position percent top index match"
                  + " signal path schema session system input output share nothing extract size option"
                  + " temporary sequence cascade values interval replace format char character overlay"
                  + " substring trim nullif coalesce greatest least xmlelement enable disable owner sign at"
                  + " by cycle domain admin attribute column_name comment statement execute parameters mode"
                  + " global local next prior absolute relative content document condition connection"
                  + " external family force isolation json kind lock merge method minvalue maxvalue name"
                  + " names new old ordinality others overriding parallel parser passing period plans policy"
                  + " procedural program publication quote reads recheck ref referencing refresh reindex"
                  + " rename repeatable replica reset restart restrict returns revoke routine rule savepoint"
                  + " scroll search security serializable server set setof sets show simple skip snapshot"
                  + " sql stable standalone stdin stdout storage stored strict strip subscription support"
                  + " sysid tablespace temp template transform trigger truncate trusted type types"
                  + " uncommitted unencrypted unknown unlisten unlogged until vacuum valid validate validator"
                  + " varying version view views volatile whitespace within without work wrapper write xml"
                  + " yes year month day hour minute second settings script value")
              .split(" "));

  static List<String> shapes(String w) {
    String t = "kw_" + w;
    return List.of(
        "SELECT " + w + " FROM " + t,
        "SELECT t." + w + ", t.id FROM " + t + " t WHERE t." + w + " = :p ORDER BY t." + w,
        "SELECT id FROM " + t + " WHERE " + w + " > 1 ORDER BY " + w,
        "INSERT INTO " + t + " (id, " + w + ") VALUES (:id, :v) RETURNING " + w,
        "UPDATE " + t + " SET " + w + " = :v WHERE " + w + " = 1",
        "SELECT " + w + ", count(*) FROM " + t + " GROUP BY " + w + " HAVING max(" + w + ") > 0");
  }

  /** Each word as a table name, in seven statement shapes (the words of {@link #WORDS}). */
  static List<String> tableShapes(String w) {
    return List.of(
        "SELECT id, note FROM " + w,
        "SELECT " + w + ".id FROM " + w + " WHERE " + w + ".note = :n",
        "SELECT x.id FROM " + w + " x JOIN " + w + " y ON y.id = x.id",
        "INSERT INTO " + w + " (id, note) VALUES (:id, :n) RETURNING id",
        "UPDATE " + w + " SET note = :n WHERE " + w + ".id = :id",
        "DELETE FROM " + w + " WHERE id = :id RETURNING note",
        "SELECT * FROM public." + w);
  }

  @Test
  void keywordNamedColumns_preparedByPostgres_noAnalyserError() throws SQLException {
    String ddl =
        WORDS.stream()
            .map(w -> "CREATE TABLE kw_" + w + " (id int, " + w + " int);")
            .collect(Collectors.joining("\n"));
    check("keyword columns", ddl, WORDS.stream().flatMap(w -> shapes(w).stream()).toList());
  }

  @Test
  void keywordNamedTables_preparedByPostgres_noAnalyserError() throws SQLException {
    String ddl =
        WORDS.stream()
            .map(w -> "CREATE TABLE " + w + " (id int, note text);")
            .collect(Collectors.joining("\n"));
    check("keyword tables", ddl, WORDS.stream().flatMap(w -> tableShapes(w).stream()).toList());
  }

  private static void check(String what, String ddl, List<String> queries) throws SQLException {
    Catalog catalog =
        new SchemaLoader(new AnalyzerViewColumns())
            .load(List.of(new SchemaSource("keywords.sql", ddl)))
            .catalog();
    List<String> failures = new ArrayList<>();
    List<String> notChecked = new ArrayList<>();
    try (CorpusDatabase db = CorpusDatabase.load("corpus_keywords", List.of(ddl))) {
      for (String sql : queries) {
        String pg = db.prepare(sql);
        if (pg != null) {
          failures.add("PostgreSQL rejected " + sql + ": " + pg);
        }
        QueryAnalysis a = new QueryAnalyzer(catalog).analyze(sql);
        if (a.problems().stream().anyMatch(p -> p.severity() == Severity.ERROR)) {
          failures.add("false error on " + sql + ": " + a.problems());
        } else if (a.problems().stream().anyMatch(p -> p.code() == ProblemCode.NOT_FULLY_CHECKED)) {
          notChecked.add(sql);
        }
      }
    }
    System.out.println(
        what + ": " + queries.size() + " queries, " + notChecked.size() + " not fully checked:");
    notChecked.forEach(q -> System.out.println("  " + q));
    assertEquals(List.of(), failures);
  }
}
