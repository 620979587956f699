package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.catalog.Catalog;
import dev.sqlcheck.processor.catalog.Column;
import dev.sqlcheck.processor.catalog.SourceLocation;
import dev.sqlcheck.processor.catalog.ViewUses;
import dev.sqlcheck.processor.dialect.Dialect;
import dev.sqlcheck.processor.dialect.Dialects;
import dev.sqlcheck.processor.schema.ViewColumnResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Derives a view's columns by analysing its query against the catalog built so far: each result
 * column becomes a view column with the inferred type and nullability. Any doubt (errors, unknown
 * result columns, a warning that the query was not fully checked) gives empty, so the view is kept
 * with unknown columns rather than wrong ones.
 */
public final class AnalyzerViewColumns implements ViewColumnResolver {
  // One per schema load, which asks from one thread: it keeps the last analysis for uses().
  private final Dialect dialect;

  /** Views analysed as PostgreSQL 14 to 18 would. */
  public AnalyzerViewColumns() {
    this(Dialects.postgresql());
  }

  public AnalyzerViewColumns(Dialect dialect) {
    this.dialect = dialect;
  }

  /** The last query analysed and against what, so that {@link #uses} does not analyse it again. */
  private Catalog lastCatalog;

  private String lastQuery;
  private QueryAnalysis lastAnalysis;

  private QueryAnalysis analyse(Catalog soFar, String selectSql) {
    if (soFar != lastCatalog || !selectSql.equals(lastQuery)) {
      lastAnalysis = new QueryAnalyzer(soFar, dialect).analyze(selectSql);
      lastCatalog = soFar;
      lastQuery = selectSql;
    }
    return lastAnalysis;
  }

  @Override
  public Optional<List<Column>> resolve(Catalog soFar, String selectSql, SourceLocation at) {
    QueryAnalysis analysis = analyse(soFar, selectSql);
    if (analysis.hasErrors()
        || !analysis.resultColumnsKnown()
        || analysis.kind() != StatementKind.SELECT
        || !analysis.parameters().isEmpty()
        || analysis.problems().stream()
            .anyMatch(
                p ->
                    p.code() == dev.sqlcheck.processor.problem.ProblemCode.NOT_FULLY_CHECKED
                        || p.code()
                            == dev.sqlcheck.processor.problem.ProblemCode.UNKNOWN_RELATION_USED)) {
      return Optional.empty();
    }
    List<Column> columns = new ArrayList<>();
    for (ResultColumn c : analysis.resultColumns()) {
      columns.add(new Column(c.label(), c.type(), !c.nullable(), false, at));
    }
    return Optional.of(columns);
  }

  @Override
  public List<ViewUses.Use> uses(Catalog soFar, String selectSql) {
    List<ViewUses.Use> uses = new ArrayList<>();
    for (Reference r : analyse(soFar, selectSql).references()) {
      uses.add(new ViewUses.Use(r.schema(), r.relation(), r.column()));
    }
    return uses;
  }

  /**
   * The first error saying that a table, schema or column the view's query names does not exist;
   * only when the query has no warning that it was not fully checked (an unknown relation, a
   * construct the analyser does not model), so that doubt never becomes an error.
   */
  @Override
  public Optional<String> missingReference(Catalog soFar, String selectSql) {
    return MissingReferences.first(analyse(soFar, selectSql));
  }

  /**
   * PostgreSQL's rules for an automatically updatable view: one table or updatable view in FROM,
   * and no WITH, DISTINCT, GROUP BY, HAVING, LIMIT, OFFSET, set operation, aggregate, window
   * function or set-returning function in the select list.
   */
  @Override
  public Optional<Boolean> autoUpdatable(Catalog soFar, String selectSql) {
    var parsed =
        dev.sqlcheck.processor.dialect.postgres.parse.PgParser.parse(
            selectSql,
            ((dev.sqlcheck.processor.dialect.postgres.PostgresDialect) dialect).grammar());
    if (!parsed.ok()
        || parsed.statements().size() != 1
        || !(parsed.statements().get(0) instanceof dev.sqlcheck.processor.sql.ast.Query q)) {
      return Optional.empty();
    }
    return Optional.of(
        UpdatableViews.isAutoUpdatable(
            q,
            soFar,
            ((dev.sqlcheck.processor.dialect.postgres.PostgresDialect) dialect).typeSystem()));
  }
}
