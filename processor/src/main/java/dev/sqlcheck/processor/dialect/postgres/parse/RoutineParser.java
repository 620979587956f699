package dev.sqlcheck.processor.dialect.postgres.parse;

import static dev.sqlcheck.processor.dialect.postgres.parse.PgKeywords.*;

import dev.sqlcheck.processor.sql.ast.CreateFunction;
import dev.sqlcheck.processor.sql.ast.Expr;
import dev.sqlcheck.processor.sql.ast.FunctionOption;
import dev.sqlcheck.processor.sql.ast.FunctionParameter;
import dev.sqlcheck.processor.sql.ast.Identifier;
import dev.sqlcheck.processor.sql.ast.QualifiedName;
import dev.sqlcheck.processor.sql.ast.Statement;
import dev.sqlcheck.processor.sql.ast.TypeName;
import dev.sqlcheck.processor.sql.ast.UnsupportedStatement;
import java.util.ArrayList;
import java.util.List;

/**
 * CREATE FUNCTION and CREATE PROCEDURE (gram.y {@code CreateFunctionStmt}, {@code func_arg}, {@code
 * createfunc_opt_item}, {@code common_func_opt_item}, {@code opt_routine_body}). A parameter's name
 * is told from its type as the grammar's look-ahead does: a word is a name when a type (or a mode)
 * follows it.
 */
abstract class RoutineParser extends TypeDdlParser {
  RoutineParser(PgTokens tokens, PgGrammar grammar) {
    super(tokens, grammar);
  }

  /** CREATE FUNCTION or PROCEDURE, at FUNCTION or PROCEDURE. */
  final Statement createFunction(int s, boolean orReplace) {
    boolean procedure = kw(PROCEDURE);
    advance();
    QualifiedName name = routineName();
    List<FunctionParameter> params = parameters(true);
    RoutineBody b = new RoutineBody();
    if (!procedure && kw(RETURNS) && !kw(1, NULL)) {
      result(b);
    }
    while (startsCreateOption()) {
      createOption(b);
    }
    if (kw(RETURNS) || kw(NOT)) {
      advance(); // RETURNS NULL ON NULL INPUT, NOT LEAKPROOF as far as PostgreSQL can tell
      throw fail();
    }
    sqlBody(b);
    if (!b.table.isEmpty()) {
      checkTableFunctionModes(params); // the grammar's action runs once the statement is read
    }
    CreateFunction f =
        new CreateFunction(
            orReplace,
            procedure,
            name,
            params,
            b.returns,
            b.copied,
            b.table,
            b.language,
            b.body,
            b.link,
            b.ret,
            b.atomic,
            b.options,
            s,
            lastEnd());
    later(AnalysisRules.createFunction(f, b.all));
    return f;
  }

  /** {@code RETURNS type} or {@code RETURNS TABLE (…)}, at RETURNS. */
  private void result(RoutineBody b) {
    advance();
    if (acceptKw(TABLE)) {
      b.table = returnsTable();
    } else {
      b.returns = funcType();
      b.copied = lastTypeCopied;
    }
  }

  /** The SQL-standard body: {@code RETURN expr} or {@code BEGIN ATOMIC … END}, if there. */
  private void sqlBody(RoutineBody b) {
    if (acceptKw(RETURN)) {
      b.ret = aExpr();
    } else if (acceptKw(BEGIN)) {
      expectKw(ATOMIC);
      b.atomic = atomicBody();
    }
  }

  /** What CREATE FUNCTION has read after the parameters, collected while reading it. */
  private static final class RoutineBody {
    TypeName returns;
    boolean copied;
    List<FunctionParameter> table = List.of();
    String language;
    Expr.StringLiteral body;
    Expr.StringLiteral link;
    Expr ret;
    List<Statement> atomic;
    final List<FunctionOption> options = new ArrayList<>();

    /** Every option in the order written, LANGUAGE and AS included, for the duplicate check. */
    final List<FunctionOption> all = new ArrayList<>();
  }

  /** {@code mergeTableFuncParameters}: a TABLE function has no OUT or INOUT parameters. */
  private void checkTableFunctionModes(List<FunctionParameter> params) {
    for (FunctionParameter a : params) {
      if (a.mode() == FunctionParameter.Mode.OUT || a.mode() == FunctionParameter.Mode.INOUT) {
        throw fatal(
            "OUT and INOUT arguments aren't allowed in TABLE functions", a.start(), a.end());
      }
    }
  }

  private List<FunctionParameter> returnsTable() {
    expect('(');
    List<FunctionParameter> out = new ArrayList<>();
    do {
      int s = start();
      Identifier name = typeFunctionName();
      TypeName type = funcType();
      out.add(
          new FunctionParameter(
              name, FunctionParameter.Mode.TABLE, type, lastTypeCopied, null, s, lastEnd()));
    } while (accept(','));
    expect(')');
    return out;
  }

  /** {@code func_args} or {@code func_args_with_defaults}: {@code ( [arg, …] )}. */
  final List<FunctionParameter> parameters(boolean defaults) {
    expect('(');
    List<FunctionParameter> out = new ArrayList<>();
    if (!is(')')) {
      do {
        out.add(parameter(defaults));
      } while (accept(','));
    }
    expect(')');
    return out;
  }

  /** {@code func_arg} with, when {@code defaults}, {@code DEFAULT expr} or {@code = expr}. */
  final FunctionParameter parameter(boolean defaults) {
    int s = start();
    FunctionParameter.Mode mode = argClass();
    Identifier name = null;
    // SETOF before a type starts the type: bison shifts rather than take SETOF as a name.
    if (isTypeFunctionName(0)
        && !kw(SETOF)
        && (startsType(1) || mode == null && startsArgClass(1))) {
      name = word();
      if (mode == null) {
        mode = argClass();
      }
    }
    TypeName type = funcType();
    boolean copied = lastTypeCopied;
    Expr def = null;
    if (defaults && (acceptKw(DEFAULT) || accept('='))) {
      def = aExpr();
    }
    return new FunctionParameter(
        name,
        mode == null ? FunctionParameter.Mode.DEFAULT : mode,
        type,
        copied,
        def,
        s,
        lastEnd());
  }

  private FunctionParameter.Mode argClass() {
    if (acceptKw(IN)) {
      return acceptKw(OUT) ? FunctionParameter.Mode.INOUT : FunctionParameter.Mode.IN;
    }
    if (acceptKw(OUT)) {
      return FunctionParameter.Mode.OUT;
    }
    if (acceptKw(INOUT)) {
      return FunctionParameter.Mode.INOUT;
    }
    if (acceptKw(VARIADIC)) {
      return FunctionParameter.Mode.VARIADIC;
    }
    return null;
  }

  private boolean startsArgClass(int ahead) {
    return kw(ahead, IN) || kw(ahead, OUT) || kw(ahead, INOUT) || kw(ahead, VARIADIC);
  }

  /** Whether token {@code ahead} can start a {@code func_type}. */
  private boolean startsType(int ahead) {
    int i = Math.min(p + ahead, t.size - 1);
    if (t.kind[i] == Tok.IDENT || t.kind[i] == Tok.QIDENT) {
      return true;
    }
    if (t.kind[i] != Tok.KEYWORD) {
      return false;
    }
    switch (t.keyword[i]) {
      case SETOF,
      INT,
      INTEGER,
      SMALLINT,
      BIGINT,
      REAL,
      FLOAT,
      DECIMAL,
      DEC,
      NUMERIC,
      BOOLEAN,
      DOUBLE,
      BIT,
      CHARACTER,
      CHAR,
      VARCHAR,
      NATIONAL,
      NCHAR,
      TIMESTAMP,
      TIME,
      INTERVAL:
        return true;
      case JSON:
        return true;
      default:
        return g.typeFunctionName(t.keyword[i]);
    }
  }

  private boolean startsCreateOption() {
    return kw(AS) || kw(LANGUAGE) || kw(TRANSFORM) || kw(WINDOW) || startsCommonOption();
  }

  private void createOption(RoutineBody b) {
    int s = start();
    if (acceptKw(AS)) {
      b.body = sconst();
      b.link = accept(',') ? sconst() : null;
      b.all.add(new FunctionOption("as", b.body.value(), s, lastEnd()));
    } else if (acceptKw(LANGUAGE)) {
      b.language = nonReservedWordOrSconst();
      b.all.add(new FunctionOption("language", b.language, s, lastEnd()));
    } else {
      FunctionOption o = otherOption(s);
      b.options.add(o);
      b.all.add(o);
    }
  }

  private FunctionOption otherOption(int s) {
    if (acceptKw(WINDOW)) {
      return new FunctionOption("window", "true", s, lastEnd());
    }
    if (acceptKw(TRANSFORM)) {
      StringBuilder types = new StringBuilder();
      do {
        expectKw(FOR);
        expectKw(TYPE);
        int ts = start();
        typeName();
        types.append(types.length() > 0 ? ", " : "").append(sql, ts, lastEnd());
      } while (accept(','));
      return new FunctionOption("transform", types.toString(), s, lastEnd());
    }
    return commonOption();
  }

  /** Whether a {@code common_func_opt_item} starts here. */
  final boolean startsCommonOption() {
    if (!is(Tok.KEYWORD)) {
      return false;
    }
    switch (t.keyword[p]) {
      case CALLED,
      STRICT,
      IMMUTABLE,
      STABLE,
      VOLATILE,
      EXTERNAL,
      SECURITY,
      LEAKPROOF,
      COST,
      ROWS,
      SUPPORT,
      SET,
      RESET,
      PARALLEL:
        return true;
      case RETURNS:
        return kw(1, NULL);
      case NOT:
        return kw(1, LEAKPROOF);
      default:
        return false;
    }
  }

  /** {@code common_func_opt_item}. */
  final FunctionOption commonOption() {
    int s = start();
    int k = t.keyword[p];
    String word = t.value[p];
    advance();
    switch (k) {
      case CALLED:
        onNullInput();
        return option("strict", "false", s);
      case RETURNS:
        expectKw(NULL);
        onNullInput();
        return option("strict", "true", s);
      case STRICT:
        return option("strict", "true", s);
      case IMMUTABLE, STABLE, VOLATILE:
        return option("volatility", word, s);
      case EXTERNAL:
        expectKw(SECURITY);
        return security(s);
      case SECURITY:
        return security(s);
      case LEAKPROOF:
        return option("leakproof", "true", s);
      case NOT:
        expectKw(LEAKPROOF);
        return option("leakproof", "false", s);
      case COST, ROWS:
        return option(word, numericOnly().value(), s);
      case SUPPORT:
        return option("support", anyName().dotted(), s);
      case SET:
        return option("set", setRestMore(s, false).name(), s);
      case RESET:
        String n = resetRest(s).name();
        return option("reset", n == null ? "all" : n, s);
      default:
        return option("parallel", colId().name(), s);
    }
  }

  private void onNullInput() {
    expectKw(ON);
    expectKw(NULL);
    expectKw(INPUT);
  }

  private FunctionOption security(int s) {
    if (!kw(DEFINER) && !kw(INVOKER)) {
      throw fail();
    }
    String v = t.value[p];
    advance();
    return option("security", v, s);
  }

  private FunctionOption option(String name, String value, int s) {
    return new FunctionOption(name, value, s, lastEnd());
  }

  /**
   * {@code BEGIN ATOMIC stmt; … END}: each statement, empty ones included, ends with a semicolon; a
   * {@code RETURN expr} statement is kept as an unsupported statement of kind "return".
   */
  private List<Statement> atomicBody() {
    List<Statement> out = new ArrayList<>();
    while (!kw(END)) {
      if (accept(';')) {
        continue;
      }
      int s = start();
      if (acceptKw(RETURN)) {
        aExpr();
        out.add(new UnsupportedStatement("return", s, lastEnd()));
      } else {
        out.add(innerStatement());
      }
      expect(';');
    }
    advance();
    return out;
  }
}
