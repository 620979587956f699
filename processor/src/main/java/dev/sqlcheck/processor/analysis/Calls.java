package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.catalog.FunctionResult;
import dev.sqlcheck.processor.catalog.FunctionSignature;
import dev.sqlcheck.processor.catalog.SqlType;
import dev.sqlcheck.processor.dialect.postgres.types.Arg;
import dev.sqlcheck.processor.dialect.postgres.types.FunctionCall;
import dev.sqlcheck.processor.dialect.postgres.types.FunctionMatch;
import dev.sqlcheck.processor.dialect.postgres.types.PgError;
import dev.sqlcheck.processor.dialect.postgres.types.PgTypeSystem;
import dev.sqlcheck.processor.problem.Problem;
import dev.sqlcheck.processor.problem.ProblemCode;
import dev.sqlcheck.processor.sql.ast.Expr;
import dev.sqlcheck.processor.sql.ast.Identifier;
import dev.sqlcheck.processor.sql.ast.Node;
import dev.sqlcheck.processor.sql.ast.SortItem;
import java.util.ArrayList;
import java.util.List;

/**
 * Function calls, aggregates and window functions as PostgreSQL's {@code ParseFuncOrColumn}
 * resolves them: built-in functions by the dialect's catalog (overloads, implicit casts,
 * polymorphic types, VARIADIC, named arguments), aggregates attached to the query level of the
 * columns they aggregate and refused where PostgreSQL refuses them (WHERE, JOIN ON, GROUP BY,
 * nested aggregates), window functions with their window. A function the built-in catalog does not
 * know may be the user's own: it is a warning, never an error.
 */
final class Calls {
  private static final SqlType REGCLASS = SqlType.of("regclass");

  private final Analyzer a;
  private final QueryContext q;

  Calls(Analyzer a) {
    this.a = a;
    this.q = a.q;
  }

  /** A resolved call: its value, and the match (null when sqlcheck did not resolve it). */
  /**
   * @param match the built-in function called, or null
   * @param schema what the schema's own function called returns, or null
   */
  record Result(Val value, FunctionMatch match, String name, FunctionResult schema) {
    Result(Val value, FunctionMatch match, String name) {
      this(value, match, name, null);
    }
  }

  /** The value of a call-like expression. */
  Val value(Expr e, Level level) {
    if (e instanceof Expr.FuncCall f) {
      return call(f, level).value();
    } else if (e instanceof Expr.SqlValueFunction f) {
      return valueFunction(f);
    } else if (e instanceof Expr.Grouping g) {
      a.exprs.values(g.args(), level);
      if (!level.clause.aggregates) {
        a.exprs.invalid("grouping operations are not allowed in " + phrase(level.clause), g);
      }
      return Val.typed(SqlType.of("integer"), false);
    }
    q.problems.notChecked("expression " + e.getClass().getSimpleName());
    return Val.wildcard();
  }

  /**
   * An aggregate with DISTINCT sorts only by its arguments: each ORDER BY expression must be one of
   * them, written the same (an implicit cast PostgreSQL puts on the argument does not count), as in
   * PostgreSQL's {@code transformAggregateCall}. Run when the call's parts resolved cleanly.
   */
  private void distinctOrder(Expr.FuncCall f) {
    for (SortItem s : f.orderBy()) {
      boolean argument = false;
      for (Expr arg : f.args()) {
        Expr value = arg instanceof Expr.NamedArg n ? n.value() : arg;
        argument |= a.equality.same(value, s.expr());
      }
      if (!argument) {
        q.problems.add(
            Problem.at(
                ProblemCode.OUTPUT_REFERENCE,
                "in an aggregate with DISTINCT, ORDER BY expressions must appear in argument list",
                s.expr().start(),
                s.expr().end()));
        return;
      }
    }
  }

  /** A built-in function applied to values already analysed ({@code timezone} for AT TIME ZONE). */
  Val builtin(String name, List<Val> args, Node at) {
    FunctionMatch m = q.types.function(name, args.stream().map(Val::arg).toList());
    if (!m.ok()) {
      a.exprs.typeError(m.error(), at.start(), at.end(), args.toArray(Val[]::new));
      return Val.wildcard();
    }
    a.exprs.bindParameters(args, m.argTypes());
    return Val.typed(m.type(), args.stream().anyMatch(Val::nullable));
  }

  /** Analyses a call, including its aggregate and window decorations. */
  Result call(Expr.FuncCall f, Level level) {
    List<Identifier> parts = f.name().parts();
    String name = f.name().last().name();
    String schema = parts.size() >= 2 ? parts.get(parts.size() - 2).name() : null;
    int errorsBefore = q.problems.errorCount();
    List<Val> args = new ArrayList<>();
    List<Arg> typeArgs = new ArrayList<>();
    for (Expr arg : f.args()) {
      Val v;
      if (arg instanceof Expr.NamedArg n) {
        v = a.exprs.value(n.value(), level);
        typeArgs.add(v.arg().named(n.name().name()));
      } else {
        v = a.exprs.value(arg, level);
        typeArgs.add(v.arg());
      }
      args.add(v);
    }
    List<Val> sortArgs = new ArrayList<>();
    for (SortItem s : f.withinGroup()) {
      sortArgs.add(a.exprs.value(s.expr(), level));
    }
    for (SortItem s : f.orderBy()) {
      a.exprs.value(s.expr(), level);
    }
    boolean builtin = schema == null || schema.equals("pg_catalog");
    if (f.distinct()
        && builtin
        && q.types.isAggregateName(name)
        && q.problems.errorCount() == errorsBefore) {
      distinctOrder(f);
    }
    if (f.filter() != null) {
      level.in(Clause.FILTER, () -> a.exprs.condition(f.filter(), "FILTER", level));
    }
    if (f.over() != null) {
      a.windows.over(f.over(), level);
    }
    if (schema != null && !schema.equals("pg_catalog")) {
      // Only the schema can define it: an aggregate or a function it defines, or not checked.
      Result own =
          schemaRoutine(f, level, name, true, FunctionCall.of(f.name().dotted(), typeArgs), args);
      if (own != null) {
        return own;
      }
      q.problems.notChecked(
          "function \"" + f.name().dotted() + "\", which the schema does not define");
      q.unknownCall(f);
      mayReturnSet(level);
      return new Result(Val.wildcard(), null, name);
    }
    FunctionCall call = FunctionCall.of(name, typeArgs);
    if (f.star()) {
      call = call.withStar();
    }
    if (f.distinct()) {
      call = call.withDistinct();
    }
    if (f.variadic()) {
      call = call.withVariadic();
    }
    if (f.over() != null) {
      call = call.withOver();
    }
    if (f.filter() != null) {
      call = call.withFilter();
    }
    if (!f.orderBy().isEmpty()) {
      call = call.withOrderBy(f.orderBy().size());
    }
    if (!f.withinGroup().isEmpty()) {
      call = call.withinGroup(sortArgs.stream().map(Val::arg).toList());
    }
    FunctionMatch m = q.types.function(call);
    if (!m.ok()) {
      // The schema's own aggregate or function (or an overload of a built-in one).
      Result own = schemaRoutine(f, level, name, "42883".equals(m.error().sqlState()), call, args);
      if (own == null) {
        mayReturnSet(level); // an unknown function may
      }
      return own != null ? own : new Result(failed(f, name, m.error(), args), null, name);
    }
    List<Val> all = new ArrayList<>(args);
    all.addAll(sortArgs);
    a.exprs.bindParameters(all, m.argTypes());
    regclassArguments(f.args(), m.argTypes());
    boolean aggregate = m.kind() == FunctionMatch.Kind.AGGREGATE && f.over() == null;
    boolean window = f.over() != null;
    boolean inputHasRows = false;
    if (aggregate) {
      inputHasRows = aggregate(f, level).groupsHaveRows && f.filter() == null;
    } else if (window) {
      inputHasRows = a.windows.frameHoldsCurrentRow(f.over(), level) && f.filter() == null;
      window(f, level);
    } else if (m.kind() == FunctionMatch.Kind.WINDOW) {
      a.exprs.invalid("window function " + name + " requires an OVER clause", f);
    }
    if (m.retset()) {
      mayReturnSet(level);
    }
    if (m.retset() && !level.clause.setReturning) {
      a.exprs.invalid(
          "set-returning functions are not allowed in " + phrase(level.clause), f.name());
    }
    return new Result(result(name, m, args, aggregate, window, inputHasRows), m, name);
  }

  /**
   * Notes a function that returns (or may return) a set outside FROM: its level may then return any
   * number of rows (see {@link Level#hasSetReturning}).
   */
  private static void mayReturnSet(Level level) {
    if (level.clause != Clause.FROM_FUNCTION) {
      level.hasSetReturning = true;
    }
  }

  /** Checks the string constants PostgreSQL reads as regclass for the function it chose. */
  private void regclassArguments(List<Expr> args, List<SqlType> types) {
    for (int i = 0; i < args.size() && i < types.size(); i++) {
      Expr arg = args.get(i) instanceof Expr.NamedArg n ? n.value() : args.get(i);
      if (arg instanceof Expr.StringLiteral literal && types.get(i).equals(REGCLASS)) {
        RegclassConstants.check(q, literal);
      }
    }
  }

  /**
   * An aggregate the schema defines ({@code CREATE AGGREGATE}): taken with any arguments, as a
   * function of the schema is, but placed and grouped as an aggregate (or a window function with
   * OVER). Its result is its state type, or unknown when a final function makes it; NULL when it
   * has no input rows.
   */
  private Val schemaAggregate(Expr.FuncCall f, Level level, SqlType type) {
    if (f.over() != null) {
      window(f, level);
    } else {
      aggregate(f, level);
    }
    return type.isUnknown() ? Val.wildcard() : Val.typed(type, true);
  }

  /**
   * A call of the schema's own aggregate ({@code aggregates} false: its functions only) or function
   * of this name; null when the schema defines neither.
   */
  private Result schemaRoutine(
      Expr.FuncCall f,
      Level level,
      String name,
      boolean aggregates,
      FunctionCall call,
      List<Val> args) {
    java.util.Optional<SqlType> aggregate =
        aggregates ? q.catalog.routines().aggregate(name) : java.util.Optional.empty();
    if (aggregate.isPresent()) {
      return new Result(schemaAggregate(f, level, aggregate.get()), null, name);
    }
    if (!q.catalog.routines().hasFunction(name)) {
      return null;
    }
    FunctionResult declared = q.catalog.routines().functionResult(name).orElse(null);
    if (declared == null || declared.setOf()) {
      mayReturnSet(level);
    }
    return overloadMissing(f, call, args)
        ? new Result(Val.wildcard(), null, name)
        : schemaFunction(name, declared);
  }

  /**
   * Resolves a call of the schema's own function among its overloads, as PostgreSQL does, when
   * every overload's parameters are known: reports the call that none of them takes ({@code
   * function f(integer, integer) does not exist}) and returns true; else binds the parameters to
   * the chosen overload's types. A call several overloads could take is left as it was.
   */
  private boolean overloadMissing(Expr.FuncCall f, FunctionCall call, List<Val> args) {
    java.util.Optional<List<FunctionSignature>> overloads =
        q.catalog.routines().signatures(f.name().last().name());
    if (overloads.isEmpty()
        || !overloads.get().stream().allMatch(FunctionSignature::typesKnown)
        || f.star()
        || !f.orderBy().isEmpty()
        || !f.withinGroup().isEmpty()) {
      return false;
    }
    FunctionMatch m = q.types.schemaFunction(call, overloads.get());
    if (m.ok()) {
      a.exprs.bindParameters(args, m.argTypes());
      return false;
    }
    if (!"42883".equals(m.error().sqlState())) {
      return false;
    }
    a.exprs.typeError(m.error(), f.name().start(), f.name().end(), args.toArray(Val[]::new));
    return true;
  }

  /**
   * A function the schema defines, taken with any arguments: its declared result where the schema
   * says it (NULL allowed, as any function may return it), else a value of any type.
   */
  private Result schemaFunction(String name, FunctionResult declared) {
    SqlType type = declared == null ? null : declared.valueType();
    return new Result(type == null ? Val.wildcard() : Val.typed(type, true), null, name, declared);
  }

  private Val failed(Expr.FuncCall f, String name, PgError error, List<Val> args) {
    if ("42883".equals(error.sqlState()) && !q.types.hasFunction(name)) {
      q.problems.notChecked(
          "function \""
              + name
              + "\", which "
              + q.catalog
                  .routines()
                  .history(name)
                  .map(e -> "the schema no longer has: " + History.describe("function", name, e))
                  .orElseGet(() -> notBuiltIn(name)));
      q.unknownCall(f);
      return Val.wildcard();
    }
    a.exprs.typeError(error, f.name().start(), f.name().end(), args.toArray(Val[]::new));
    return Val.wildcard();
  }

  /**
   * Why a function is unknown: under a pinned version that lacks a function other versions have,
   * say which do, since the pin is the likelier mistake than a function of the user's own.
   */
  private String notBuiltIn(String name) {
    java.util.Set<Integer> checked =
        ((dev.sqlcheck.processor.dialect.postgres.PostgresDialect) q.dialect).grammar().versions();
    java.util.Set<Integer> having = PgTypeSystem.versionsWithFunction(name);
    if (checked.size() == 1 && !having.isEmpty()) {
      return "PostgreSQL "
          + checked.iterator().next()
          + " does not have (PostgreSQL "
          + String.join(", ", having.stream().map(String::valueOf).toList())
          + (having.size() == 1 ? " has it" : " have it")
          + ") and the schema does not define";
    }
    return "is neither built in nor defined in the schema";
  }

  /**
   * @param inputHasRows the aggregate or window call sees at least one row (a group of a GROUP BY,
   *     a frame holding the current row) and has no FILTER
   */
  private Val result(
      String name,
      FunctionMatch m,
      List<Val> args,
      boolean agg,
      boolean window,
      boolean inputHasRows) {
    boolean nullable =
        inputHasRows
            ? CallNullability.nullableOverRows(name, args)
            : CallNullability.nullable(name, agg || window || m.retset(), args);
    Val v = Val.typed(m.type(), nullable);
    boolean constant = !agg && !window && args.stream().allMatch(Val::constant);
    return constant ? v.asConstant() : v;
  }

  /**
   * An aggregate belongs to the innermost level whose columns it aggregates (PostgreSQL's {@code
   * check_agg_arguments}); it may not contain another aggregate of that level, and must stand where
   * that level allows aggregates.
   */
  /** Places an aggregate; returns the level it belongs to. */
  private Level aggregate(Expr.FuncCall f, Level level) {
    Level owner = a.grouping.ownerOf(f, level);
    if (a.grouping.containsAggregateOf(f, owner)) {
      a.exprs.invalid("aggregate function calls cannot contain aggregate function calls", f);
    }
    if (a.grouping.containsWindowOf(f, level)) {
      a.exprs.invalid("aggregate function calls cannot contain window function calls", f);
    }
    if (!owner.clause.aggregates) {
      a.exprs.invalid("aggregate functions are not allowed in " + phrase(owner.clause), f);
    }
    owner.hasAggregates = true;
    q.aggregate(f, owner);
    return owner;
  }

  private void window(Expr.FuncCall f, Level level) {
    if (a.grouping.containsWindowOf(f, level)) {
      a.exprs.invalid("window function calls cannot be nested", f);
    }
    if (!level.clause.windows) {
      a.exprs.invalid("window functions are not allowed in " + phrase(level.clause), f);
    }
    level.hasWindowFunctions = true;
    q.window(f, level);
  }

  static String phrase(Clause c) {
    return c.phrase == null ? "this clause" : c.phrase;
  }

  private Val valueFunction(Expr.SqlValueFunction f) {
    String type =
        switch (f.function()) {
          case CURRENT_DATE -> "date";
          case CURRENT_TIME -> "time with time zone";
          case CURRENT_TIMESTAMP -> "timestamp with time zone";
          case LOCALTIME -> "time without time zone";
          case LOCALTIMESTAMP -> "timestamp without time zone";
          case CURRENT_ROLE, CURRENT_USER, SESSION_USER, USER, CURRENT_CATALOG, CURRENT_SCHEMA ->
              "name";
          case SYSTEM_USER -> "text";
        };
    boolean nullable =
        f.function() == Expr.ValueFunction.CURRENT_SCHEMA
            || f.function() == Expr.ValueFunction.SYSTEM_USER;
    return Val.constant(SqlType.of(type), nullable);
  }
}
