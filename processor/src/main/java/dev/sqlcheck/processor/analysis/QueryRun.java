package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.catalog.Catalog;
import dev.sqlcheck.processor.catalog.SqlType;
import dev.sqlcheck.processor.problem.Problem;
import dev.sqlcheck.processor.problem.ProblemCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sf.jsqlparser.expression.JdbcNamedParameter;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.update.Update;

/** One run of the analyser over one query: parse, resolve, then collect the results. */
final class QueryRun {
  private static final int MAX_NESTING = 250;
  private final Catalog catalog;
  private final String sql;
  private final NamedParameterScanner.Result scan;

  QueryRun(Catalog catalog, String sql, NamedParameterScanner.Result scan) {
    this.catalog = catalog;
    this.sql = sql;
    this.scan = scan;
  }

  QueryAnalysis run() {
    return resolve(parse(sql, scan));
  }

  /** What {@link #parse} learned: the final analysis when the text alone decides it, or the AST. */
  record Parsed(QueryAnalysis done, QueryParser.Outcome outcome) {}

  /** The half of a run that needs no catalog, so it may run before the schema is loaded. */
  static Parsed parse(String sql, NamedParameterScanner.Result scan) {
    List<SqlToken> tokens = SqlLexer.tokenize(sql);
    StatementKind kind = kindOf(tokens);
    Problem early = multipleOrEmpty(tokens);
    if (early != null) {
      return new Parsed(
          new QueryAnalysis(kind, false, List.of(), false, unknownParameters(scan), List.of(early)),
          null);
    }
    if (nesting(tokens) > MAX_NESTING) {
      // JSqlParser's lookahead takes tens of seconds on thousands of nested parentheses.
      return new Parsed(
          new QueryAnalysis(
              kind,
              kind == StatementKind.SELECT,
              List.of(),
              false,
              unknownParameters(scan),
              List.of(
                  Problem.unpositioned(
                      ProblemCode.NOT_FULLY_CHECKED,
                      "the query nests parentheses more than "
                          + MAX_NESTING
                          + " deep; it was not checked"))),
          null);
    }
    QueryParser.Outcome parsed = QueryParser.parse(scan.parserText());
    if (parsed.problem() != null) {
      return new Parsed(
          new QueryAnalysis(
              kind,
              kind == StatementKind.SELECT,
              List.of(),
              false,
              unknownParameters(scan),
              List.of(parsed.problem())),
          null);
    }
    return new Parsed(null, parsed);
  }

  /** The half of a run that resolves the parsed statement against the catalog. */
  QueryAnalysis resolve(Parsed parsed) {
    if (parsed.done() != null) {
      return parsed.done();
    }
    QueryParser.Outcome outcome = parsed.outcome();
    AnalysisContext ctx =
        new AnalysisContext(
            catalog,
            new Locator(outcome.text()),
            new Problems(),
            new ParameterTypes(),
            new References());
    return analyze(outcome.statement(), outcome.text(), ctx);
  }

  private QueryAnalysis analyze(Statement statement, SourceText text, AnalysisContext ctx) {
    ColumnResolver columns = new ColumnResolver(ctx);
    ExpressionAnalyzer expressions = new ExpressionAnalyzer(ctx, columns);
    DmlAnalyzer dml = new DmlAnalyzer(ctx, expressions, columns);
    SelectAnalyzer selects = new SelectAnalyzer(ctx, expressions, dml);
    expressions.setSelects(selects);
    dml.setSelects(selects);
    Scope root = new Scope(null);
    StatementKind kind;
    SelectAnalyzer.Output out;
    boolean returnsRows;
    if (statement instanceof Select s) {
      kind = StatementKind.SELECT;
      out = selects.select(s, root);
      returnsRows = true;
    } else if (statement instanceof Insert
        || statement instanceof Update
        || statement instanceof Delete) {
      DmlAnalyzer.Result r =
          statement instanceof Insert i
              ? dml.insert(i, root)
              : statement instanceof Update u
                  ? dml.update(u, root)
                  : dml.delete((Delete) statement, root);
      kind =
          statement instanceof Insert
              ? StatementKind.INSERT
              : statement instanceof Update ? StatementKind.UPDATE : StatementKind.DELETE;
      out = r.output();
      returnsRows = r.returning();
    } else {
      kind = StatementKind.OTHER;
      out = SelectAnalyzer.Output.UNKNOWN;
      returnsRows = false;
      ctx.problems().notChecked("statement " + statement.getClass().getSimpleName());
    }
    List<ParameterUse> params = parameters(text, ctx.params());
    return new QueryAnalysis(
        kind,
        returnsRows,
        out.columns(),
        out.known(),
        params,
        QueryAnalyzer.sorted(ctx.problems().all()),
        ctx.references().all());
  }

  private List<ParameterUse> parameters(SourceText text, ParameterTypes types) {
    Map<Integer, ParameterTypes.Expectation> byStart = new HashMap<>();
    for (JdbcNamedParameter p : types.nodes()) {
      int start = parameterStart(text, p, types.anchorOf(p));
      if (start >= 0) {
        byStart.putIfAbsent(start, types.of(p));
      }
    }
    List<ParameterUse> out = new ArrayList<>();
    for (NamedParameterScanner.Found f : scan.parameters()) {
      ParameterTypes.Expectation e = byStart.get(f.start());
      SqlType type = e == null ? SqlType.UNKNOWN : e.type();
      ParameterUse.Context context = e == null ? ParameterUse.Context.SCALAR : e.context();
      boolean cast = e != null && e.castOperand();
      out.add(new ParameterUse(f.name(), f.property(), f.start(), f.end(), type, context, cast));
    }
    return out;
  }

  /** Original offset of a parameter node's colon. */
  private static int parameterStart(SourceText text, JdbcNamedParameter p, Object anchor) {
    int[] range = text.rangeOf(p);
    if (range == null && anchor != null) {
      range = text.rangeOf(anchor);
    }
    if (range == null) {
      return -1;
    }
    for (SqlToken t : text.tokens()) {
      if (t.start() >= range[0] && t.kind() == SqlToken.Kind.NAMED_PARAMETER) {
        return text.toOriginal(t.start());
      }
    }
    return -1;
  }

  static List<ParameterUse> unknownParameters(NamedParameterScanner.Result scan) {
    List<ParameterUse> out = new ArrayList<>();
    for (NamedParameterScanner.Found f : scan.parameters()) {
      out.add(
          new ParameterUse(
              f.name(),
              f.property(),
              f.start(),
              f.end(),
              SqlType.UNKNOWN,
              ParameterUse.Context.SCALAR));
    }
    return out;
  }

  static StatementKind kindOf(List<SqlToken> tokens) {
    for (SqlToken t : tokens) {
      if (t.kind() == SqlToken.Kind.WORD) {
        return switch (t.text().toUpperCase(Locale.ROOT)) {
          case "SELECT", "WITH", "VALUES", "TABLE" -> StatementKind.SELECT;
          case "INSERT" -> StatementKind.INSERT;
          case "UPDATE" -> StatementKind.UPDATE;
          case "DELETE" -> StatementKind.DELETE;
          default -> StatementKind.OTHER;
        };
      }
      if (!t.is("(")) {
        return StatementKind.OTHER;
      }
    }
    return StatementKind.OTHER;
  }

  private static int nesting(List<SqlToken> tokens) {
    int depth = 0;
    int max = 0;
    for (SqlToken t : tokens) {
      depth += t.is("(") ? 1 : t.is(")") ? -1 : 0;
      max = Math.max(max, depth);
    }
    return max;
  }

  private static Problem multipleOrEmpty(List<SqlToken> tokens) {
    if (tokens.isEmpty() || tokens.stream().allMatch(t -> t.is(";"))) {
      return Problem.unpositioned(ProblemCode.SYNTAX_ERROR, "the query is empty");
    }
    int depth = 0;
    for (int i = 0; i < tokens.size(); i++) {
      SqlToken t = tokens.get(i);
      depth += t.is("(") ? 1 : t.is(")") ? -1 : 0;
      if (t.is(";") && depth == 0) {
        for (int j = i + 1; j < tokens.size(); j++) {
          if (!tokens.get(j).is(";")) {
            SqlToken next = tokens.get(j);
            return Problem.at(
                ProblemCode.MULTIPLE_STATEMENTS,
                "only one statement is allowed in a query; a second one starts at \""
                    + next.text()
                    + "\"",
                next.start(),
                next.end());
          }
        }
      }
    }
    return null;
  }
}
