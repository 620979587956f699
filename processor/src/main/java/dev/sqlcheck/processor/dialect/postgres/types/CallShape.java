package dev.sqlcheck.processor.dialect.postgres.types;

/**
 * The checks {@code ParseFuncOrColumn} makes on how a call is written once it knows what kind of
 * routine the name resolved to: aggregate decorations ({@code *}, {@code DISTINCT}, {@code ORDER
 * BY}, {@code FILTER}, {@code WITHIN GROUP}) on a plain function, {@code OVER} on something that is
 * no window function, a window function without {@code OVER}, and the ordered-set aggregate rules.
 * Messages are PostgreSQL's, naming the function as it was written.
 */
final class CallShape {
  private CallShape() {}

  /** Decorations that only aggregates or window functions accept, on a plain function or cast. */
  static void plainFunction(FunctionCall call, String name) {
    if (call.star()) {
      throw wrong(name + "(*) specified, but " + name + " is not an aggregate function");
    }
    if (call.distinct()) {
      throw wrong("DISTINCT specified, but " + name + " is not an aggregate function");
    }
    if (call.withinGroup() > 0) {
      throw wrong("WITHIN GROUP specified, but " + name + " is not an aggregate function");
    }
    if (call.orderBy() > 0) {
      throw wrong("ORDER BY specified, but " + name + " is not an aggregate function");
    }
    if (call.filter()) {
      throw wrong("FILTER specified, but " + name + " is not an aggregate function");
    }
    if (call.over()) {
      throw wrong(
          "OVER specified, but " + name + " is not a window function nor an aggregate function");
    }
  }

  static void windowFunction(FunctionCall call, String name) {
    if (!call.over()) {
      throw wrong("window function " + name + " requires an OVER clause");
    }
    if (call.withinGroup() > 0) {
      throw wrong("window function " + name + " cannot have WITHIN GROUP");
    }
  }

  /** The ordered-set and plain-aggregate checks made before the function is bound. */
  static void aggregate(
      FunctionCall call, String name, PgFunction fn, String signature, int variadicArgs) {
    if (!fn.isOrderedSet()) {
      if (call.withinGroup() > 0) {
        throw wrong(name + " is not an ordered-set aggregate, so it cannot have WITHIN GROUP");
      }
      return;
    }
    if (call.withinGroup() == 0) {
      throw wrong("WITHIN GROUP is required for ordered-set aggregate " + name);
    }
    if (call.over()) {
      throw PgException.of(
          PgException.FEATURE_NOT_SUPPORTED,
          "OVER is not supported for ordered-set aggregate " + name);
    }
    String hint = directArgumentProblem(call, name, fn, variadicArgs);
    if (hint != null) {
      throw notFound(signature, hint);
    }
  }

  /** Whether an ordered-set call splits into as many direct arguments as the aggregate takes. */
  private static String directArgumentProblem(
      FunctionCall call, String name, PgFunction fn, int variadicArgs) {
    int aggregated = call.withinGroup();
    int direct = call.args().size() - aggregated;
    int declared = fn.directArgs();
    String plural = declared == 1 ? "" : "s";
    // PostgreSQL works the declared count back out of the call, as here.
    int pronargs = call.args().size() - (variadicArgs > 1 ? variadicArgs - 1 : 0);
    if (fn.variadic() == null || declared < pronargs) {
      return direct == declared
          ? null
          : String.format(
              "There is an ordered-set aggregate %s, but it requires %d direct argument%s, not %d.",
              name, declared, plural, direct);
    }
    if (fn.aggKind() == 'h') {
      return variadicArgs == 2 * aggregated
          ? null
          : String.format(
              "To use the hypothetical-set aggregate %s, the number of hypothetical direct"
                  + " arguments (here %d) must match the number of ordering columns (here %d).",
              name, variadicArgs - aggregated, aggregated);
    }
    return variadicArgs > aggregated
        ? null
        : String.format(
            "There is an ordered-set aggregate %s, but it requires at least %d direct argument%s.",
            name, declared, plural);
  }

  /** The checks made after binding, on an aggregate used with or without OVER. */
  static void aggregateUse(FunctionCall call, String name, boolean window) {
    boolean noArgs = call.args().isEmpty();
    if (!window) {
      if (noArgs && !call.star() && call.withinGroup() == 0) {
        throw parameterless(name);
      }
      if (!call.argNames().isEmpty()) {
        throw PgException.of(
            PgException.FEATURE_NOT_SUPPORTED, "aggregates cannot use named arguments");
      }
      return;
    }
    if (call.distinct()) {
      throw PgException.of(
          PgException.FEATURE_NOT_SUPPORTED, "DISTINCT is not implemented for window functions");
    }
    if (noArgs && !call.star()) {
      throw parameterless(name);
    }
    if (call.orderBy() > 0) {
      throw PgException.of(
          PgException.FEATURE_NOT_SUPPORTED,
          "aggregate ORDER BY is not implemented for window functions");
    }
  }

  /** The checks made after binding on a true window function. */
  static void windowUse(FunctionCall call) {
    if (call.distinct()) {
      throw PgException.of(
          PgException.FEATURE_NOT_SUPPORTED, "DISTINCT is not implemented for window functions");
    }
    if (call.orderBy() > 0) {
      throw PgException.of(
          PgException.FEATURE_NOT_SUPPORTED,
          "aggregate ORDER BY is not implemented for window functions");
    }
    if (call.filter()) {
      throw PgException.of(
          PgException.FEATURE_NOT_SUPPORTED,
          "FILTER is not implemented for non-aggregate window functions");
    }
  }

  private static PgException parameterless(String name) {
    return wrong(name + "(*) must be used to call a parameterless aggregate function");
  }

  private static PgException wrong(String message) {
    return PgException.of(PgException.WRONG_OBJECT_TYPE, message);
  }

  static PgException notFound(String signature, String hint) {
    return new PgException(
        PgError.of(PgException.UNDEFINED_FUNCTION, "function " + signature + " does not exist")
            .withHint(hint));
  }
}
