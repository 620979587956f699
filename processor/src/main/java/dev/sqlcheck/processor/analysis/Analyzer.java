package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.sql.ast.Call;
import dev.sqlcheck.processor.sql.ast.Delete;
import dev.sqlcheck.processor.sql.ast.Insert;
import dev.sqlcheck.processor.sql.ast.Merge;
import dev.sqlcheck.processor.sql.ast.Query;
import dev.sqlcheck.processor.sql.ast.Statement;
import dev.sqlcheck.processor.sql.ast.Truncate;
import dev.sqlcheck.processor.sql.ast.Update;

/**
 * The analysis of one statement: holds the parts that analyse FROM, column references, expressions,
 * queries and data-modifying statements (each needs the others), and dispatches on the statement's
 * kind.
 */
final class Analyzer {
  /** What the analysis of a whole statement found. */
  record Outcome(StatementKind kind, boolean returnsRows, QueryShape shape) {}

  final QueryContext q;
  final ColumnRefs columns;
  final Exprs exprs;
  final Operators operators;
  final Calls calls;
  final Subqueries subqueries;
  final JsonExprs jsonExprs;
  final TypeNames typeNames;
  final FromClause from;
  final FromFunctions fromFunctions;
  final TargetList targets;
  final Labels labels;
  final SortGroup sortGroup;
  final Grouping grouping;
  final ExprEquality equality;
  final Windows windows;
  final NotNullProof notNull;
  final Queries queries;
  final Ctes ctes;
  final Modifications modifications;

  Analyzer(QueryContext q) {
    this.q = q;
    this.columns = new ColumnRefs(q);
    this.exprs = new Exprs(this);
    this.operators = new Operators(this);
    this.calls = new Calls(this);
    this.subqueries = new Subqueries(this);
    this.jsonExprs = new JsonExprs(this);
    this.typeNames = new TypeNames(q);
    this.from = new FromClause(this);
    this.fromFunctions = new FromFunctions(this);
    this.targets = new TargetList(this);
    this.labels = new Labels(q);
    this.sortGroup = new SortGroup(this);
    this.grouping = new Grouping(this);
    this.equality = new ExprEquality(q);
    this.windows = new Windows(this);
    this.notNull = new NotNullProof(q);
    this.queries = new Queries(this);
    this.ctes = new Ctes(this);
    this.modifications = new Modifications(this);
  }

  Outcome statement(Statement s) {
    Level top = new Level(q, null);
    if (s instanceof Query query) {
      return new Outcome(StatementKind.SELECT, true, queries.query(query, top));
    }
    if (s instanceof Insert i) {
      return dml(StatementKind.INSERT, i.returning() != null, i, top);
    }
    if (s instanceof Update u) {
      return dml(StatementKind.UPDATE, u.returning() != null, u, top);
    }
    if (s instanceof Delete d) {
      return dml(StatementKind.DELETE, d.returning() != null, d, top);
    }
    if (s instanceof Merge m) {
      return dml(StatementKind.OTHER, m.returning() != null, m, top);
    }
    if (s instanceof Truncate t) {
      new Truncates(this).check(t, top);
      return new Outcome(
          StatementKind.OTHER, false, new QueryShape(java.util.List.of(), true, null));
    }
    if (s instanceof Call c) {
      exprs.values(c.call().args(), top);
      q.problems.notChecked("the procedure call " + c.call().name().dotted());
      return new Outcome(StatementKind.OTHER, false, QueryShape.unknown("CALL"));
    }
    String what = statementWords(s) + " statement";
    q.problems.notChecked(what);
    return new Outcome(StatementKind.OTHER, false, QueryShape.unknown(what));
  }

  /** The key words that name a statement as written: {@code SET}, {@code ALTER TABLE}. */
  private String statementWords(Statement s) {
    String[] words = q.sql.substring(s.start(), s.end()).trim().split("[^A-Za-z_]+", 3);
    String first = words.length > 0 ? words[0].toUpperCase(java.util.Locale.ROOT) : "";
    boolean twoWords =
        words.length > 1
            && (first.equals("ALTER") || first.equals("CREATE") || first.equals("DROP"));
    return twoWords ? first + " " + words[1].toUpperCase(java.util.Locale.ROOT) : first;
  }

  private Outcome dml(StatementKind kind, boolean returning, Statement s, Level top) {
    QueryShape shape = modifications.statement(s, top);
    return new Outcome(kind, returning, shape);
  }
}
