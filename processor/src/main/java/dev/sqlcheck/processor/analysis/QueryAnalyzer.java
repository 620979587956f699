package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.catalog.Catalog;
import dev.sqlcheck.processor.catalog.SqlType;
import dev.sqlcheck.processor.dialect.Dialect;
import dev.sqlcheck.processor.dialect.Dialects;
import dev.sqlcheck.processor.dialect.postgres.PostgresDialect;
import dev.sqlcheck.processor.dialect.postgres.parse.PgParseResult;
import dev.sqlcheck.processor.dialect.postgres.parse.PgParser;
import dev.sqlcheck.processor.dialect.postgres.parse.SyntaxError;
import dev.sqlcheck.processor.dialect.postgres.types.PgTypeSystem;
import dev.sqlcheck.processor.dialect.postgres.types.SchemaTypes;
import dev.sqlcheck.processor.problem.Problem;
import dev.sqlcheck.processor.problem.ProblemCode;
import dev.sqlcheck.processor.sql.ast.Expr;
import dev.sqlcheck.processor.sql.ast.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a query as PostgreSQL's parser and parse analysis would: parses it by PostgreSQL's
 * grammar, then resolves every table and column in every clause against a {@link Catalog} and the
 * query's own scopes, types every expression by PostgreSQL's rules, and learns the result columns
 * and what each {@code :name} parameter meets. Never throws: SQL it cannot model yields a {@code
 * NOT_FULLY_CHECKED} warning, never an error.
 */
public final class QueryAnalyzer {
  private final Catalog catalog;
  private final PostgresDialect dialect;
  private final PgTypeSystem types;

  /** An analyzer for PostgreSQL 14 to 18. */
  public QueryAnalyzer(Catalog catalog) {
    this(catalog, Dialects.postgresql());
  }

  public QueryAnalyzer(Catalog catalog, Dialect dialect) {
    this.catalog = catalog;
    this.dialect = (PostgresDialect) dialect;
    this.types =
        this.dialect
            .typeSystem()
            .withExtensions(catalog.routines().extensionsIn(catalog.searchPath()))
            .withSchemaTypes(
                new SchemaTypes(
                    catalog.enumsByName(),
                    java.util.Set.of(),
                    catalog.compositeNames(),
                    catalog.enumsOnPath()));
  }

  /**
   * Loads the parser and the type catalog by analysing a trivial query, so that a spare thread pays
   * for their class loading while javac's thread does other work. Never throws.
   */
  public static void warmUp(Dialect dialect) {
    try {
      PgParser.parse("SELECT a FROM t WHERE b = 1");
      ((PostgresDialect) dialect).typeSystem();
    } catch (RuntimeException | LinkageError e) {
      // Nothing to report here; the same failure shows on the first real query.
    }
  }

  public QueryAnalysis analyze(String query) {
    return resolve(prepare(query, dialect), Map.of());
  }

  /**
   * A query read without any catalog: parsed. Parsing needs no schema, so it can start on another
   * thread before the schema is loaded.
   */
  public static final class Prepared {
    private final String sql;
    private final PgParseResult parsed;
    private final QueryAnalysis failed;

    private Prepared(String sql, PgParseResult parsed, QueryAnalysis failed) {
      this.sql = sql;
      this.parsed = parsed;
      this.failed = failed;
    }
  }

  /** Parses a query by PostgreSQL 14 to 18's grammar. */
  public static Prepared prepare(String query) {
    return prepare(query, Dialects.postgresql());
  }

  /** Parses a query by the dialect's grammar; any thread may. */
  public static Prepared prepare(String query, Dialect dialect) {
    String sql = query == null ? "" : query;
    try {
      return new Prepared(sql, PgParser.parse(sql, ((PostgresDialect) dialect).grammar()), null);
    } catch (StackOverflowError e) {
      return new Prepared(
          sql, null, failed(sql, dialect, "the query is nested too deeply to analyse"));
    } catch (RuntimeException | LinkageError | AssertionError e) {
      return new Prepared(
          sql,
          null,
          failed(
              sql,
              dialect,
              "the parser failed on this query (" + e.getClass().getSimpleName() + ")"));
    }
  }

  /** Resolves a prepared query against this analyzer's catalog. */
  public QueryAnalysis resolve(Prepared query) {
    return resolve(query, Map.of());
  }

  /**
   * Resolves a prepared query with the parameters in {@code sent} ({@code name} or {@code
   * name.property}) taken as values of the type the driver sends them as, as PostgreSQL takes a
   * parameter whose type the client declared; the others are typed by their context, as PREPARE
   * types them.
   */
  public QueryAnalysis resolve(Prepared query, Map<String, SentType> sent) {
    if (query.failed != null) {
      return query.failed;
    }
    try {
      return analyze(query.sql, query.parsed, sent);
    } catch (StackOverflowError e) {
      return failed(query.sql, dialect, "the query is nested too deeply to analyse");
    } catch (RuntimeException | LinkageError | AssertionError e) {
      return failed(
          query.sql,
          dialect,
          "the analyser failed on this query (" + e.getClass().getSimpleName() + ")");
    }
  }

  private QueryAnalysis analyze(String sql, PgParseResult parsed, Map<String, SentType> sent) {
    if (!parsed.ok()) {
      SyntaxError e = parsed.error();
      int[] at =
          e.position() >= sql.length()
              ? lastToken(sql)
              : new int[] {e.position(), Math.max(e.end(), e.position())};
      Problem p = new Problem(ProblemCode.SYNTAX_ERROR, e.message(), at[0], at[1], e.hint(), null);
      return new QueryAnalysis(
          guessKind(sql), false, List.of(), false, lexicalParameters(sql, dialect), List.of(p));
    }
    List<Statement> statements = parsed.statements();
    if (statements.isEmpty()) {
      return new QueryAnalysis(
          StatementKind.OTHER,
          false,
          List.of(),
          false,
          List.of(),
          List.of(Problem.unpositioned(ProblemCode.SYNTAX_ERROR, "the query is empty")));
    }
    if (statements.size() > 1) {
      Statement second = statements.get(1);
      String first = sql.substring(second.start(), Math.min(second.end(), second.start() + 12));
      Problem p =
          Problem.at(
              ProblemCode.MULTIPLE_STATEMENTS,
              "only one statement is allowed in a query; a second one starts at \""
                  + first.split("\\s")[0]
                  + "\"",
              second.start(),
              second.start() + first.split("\\s")[0].length());
      return new QueryAnalysis(
          guessKind(sql), false, List.of(), false, lexicalParameters(sql, dialect), List.of(p));
    }
    Statement statement = statements.get(0);
    QueryContext q =
        new QueryContext(catalog, dialect, types, sql, dialect.returningOldNew(), sent);
    Analyzer.Outcome out = new Analyzer(q).statement(statement);
    List<ResultColumn> columns = new ArrayList<>();
    for (Level.Output o : out.shape().columns()) {
      columns.add(new ResultColumn(o.label(), o.value().resolvedType(), o.value().nullable()));
    }
    return new QueryAnalysis(
        out.kind(),
        out.returnsRows(),
        columns,
        out.shape().known(),
        parameters(parsed.parameters(), q),
        sorted(q.problems.all()),
        q.references());
  }

  /**
   * The last token of the text, where "at end of input" puts its caret: a word, or else the last
   * character before trailing blanks.
   */
  private static int[] lastToken(String sql) {
    int end = sql.length();
    while (end > 0 && Character.isWhitespace(sql.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > 0
        && (Character.isLetterOrDigit(sql.charAt(start - 1)) || sql.charAt(start - 1) == '_')) {
      start--;
    }
    if (start == end && end > 0) {
      start = end - 1;
    }
    return new int[] {start, end};
  }

  /**
   * Every {@code :name} of the statement, in text order, with what its context expects; {@code
   * found} are the parse's parameters, which are the statement's.
   */
  private static List<ParameterUse> parameters(List<Expr.NamedParameter> found, QueryContext q) {
    List<ParameterUse> out = new ArrayList<>();
    for (Expr.NamedParameter p : found) {
      QueryContext.ParamExpectation e = q.expectation(p);
      out.add(
          new ParameterUse(
              p.name(),
              p.property(),
              p.start(),
              p.end(),
              e.type(),
              e.context(),
              e.castOperand(),
              q.untypedHere(p)));
    }
    return out;
  }

  /** Parameters found by the lexer alone, for text that did not parse. */
  private static List<ParameterUse> lexicalParameters(String sql, PostgresDialect dialect) {
    List<ParameterUse> out = new ArrayList<>();
    for (Expr.NamedParameter p : PgParser.namedParameters(sql, dialect.grammar())) {
      out.add(
          new ParameterUse(
              p.name(),
              p.property(),
              p.start(),
              p.end(),
              SqlType.UNKNOWN,
              ParameterUse.Context.SCALAR));
    }
    return out;
  }

  private static StatementKind guessKind(String sql) {
    String first = sql.strip().replaceFirst("^[(\\s]+", "");
    String word = first.split("[^A-Za-z]", 2)[0].toUpperCase(java.util.Locale.ROOT);
    return switch (word) {
      case "SELECT", "WITH", "VALUES", "TABLE" -> StatementKind.SELECT;
      case "INSERT" -> StatementKind.INSERT;
      case "UPDATE" -> StatementKind.UPDATE;
      case "DELETE" -> StatementKind.DELETE;
      default -> StatementKind.OTHER;
    };
  }

  /**
   * What is left of an analysis when the user opted out of checking
   * ({@code @SuppressWarnings("sqlcheck:unchecked")}): no problems, result columns unknown (mapped
   * by label at run time), parameter types unknown (bound by their Java type). How each parameter
   * is used ({@code IN (:ids)}, {@code = ANY(:ids)}) is kept, since binding depends on it.
   */
  public static QueryAnalysis unchecked(QueryAnalysis analysis, String sql) {
    List<ParameterUse> params = new ArrayList<>();
    for (ParameterUse p : analysis.parameters()) {
      params.add(
          new ParameterUse(
              p.name(), p.property(), p.start(), p.end(), SqlType.UNKNOWN, p.context()));
    }
    boolean returnsRows =
        analysis.returnsRows()
            || analysis.kind() == StatementKind.SELECT
            || SqlWords.contains(sql, "returning");
    return new QueryAnalysis(analysis.kind(), returnsRows, List.of(), false, params, List.of());
  }

  private static QueryAnalysis failed(String sql, Dialect dialect, String why) {
    StatementKind kind = guessKind(sql);
    List<ParameterUse> params;
    try {
      params = lexicalParameters(sql, (PostgresDialect) dialect);
    } catch (RuntimeException | StackOverflowError e) {
      params = List.of();
    }
    return new QueryAnalysis(
        kind,
        kind == StatementKind.SELECT,
        List.of(),
        false,
        params,
        List.of(Problem.unpositioned(ProblemCode.NOT_FULLY_CHECKED, why)));
  }

  /**
   * Problems in position order, unpositioned ones last; a second report of the same problem (the
   * same misspelled column used twice) is dropped, as PostgreSQL stops at the first.
   */
  static List<Problem> sorted(List<Problem> problems) {
    List<Problem> all = new ArrayList<>(problems);
    all.sort(Comparator.comparingInt(p -> p.start() < 0 ? Integer.MAX_VALUE : p.start()));
    List<Problem> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Problem p : all) {
      if (seen.add(p.code() + "|" + p.message())) {
        out.add(p);
      }
    }
    return out;
  }
}
