package dev.sqlcheck.processor.dialect.postgres.types;

import dev.sqlcheck.processor.catalog.SqlType;
import dev.sqlcheck.processor.dialect.postgres.types.FunctionCandidates.Candidate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Function-call resolution after {@code ParseFuncOrColumn} and {@code func_get_detail}: an exact
 * match first; then {@code typename(x)} as a cast; then the candidates every argument converts to
 * implicitly, narrowed by {@link CandidateSelector}; then the checks on how the call is written,
 * polymorphic binding of the result, and the parse-time conversion of untyped literals. Calls with
 * wildcard arguments go to {@link WildcardResolver} instead, which never fails.
 */
final class FunctionResolver {
  private final PgCatalog catalog;
  private final SqlTypes sqlTypes;
  private final Coercions coercions;
  private final Polymorphism polymorphism;
  private final CommonTypes commonTypes;
  private final ArgCoercion argCoercion;
  private final FunctionCandidates candidates;
  private final CandidateSelector<Candidate> selector;
  private final WildcardResolver wildcards;
  private final SchemaTypes schema;
  private final SortSupport sortSupport;

  FunctionResolver(
      PgCatalog catalog,
      SqlTypes sqlTypes,
      Coercions coercions,
      Polymorphism polymorphism,
      CommonTypes commonTypes,
      ArgCoercion argCoercion,
      SchemaTypes schema,
      SortSupport sortSupport) {
    this.schema = schema;
    this.sortSupport = sortSupport;
    this.catalog = catalog;
    this.sqlTypes = sqlTypes;
    this.coercions = coercions;
    this.polymorphism = polymorphism;
    this.commonTypes = commonTypes;
    this.argCoercion = argCoercion;
    this.candidates = new FunctionCandidates(catalog);
    this.selector = new CandidateSelector<>(coercions, Candidate::args);
    this.wildcards = new WildcardResolver(sqlTypes, coercions, polymorphism);
  }

  FunctionMatch resolve(FunctionCall call) {
    try {
      checkArgumentNames(call);
      List<PgType> actual = sqlTypes.toPg(call.args());
      String lookup = lookupName(call.name());
      List<Candidate> raw =
          candidates.find(lookup, actual.size(), call.argNames(), !call.variadic());
      if (actual.stream().anyMatch(PgType::isWildcard)) {
        PgType cast =
            call.args().size() == 1 && call.argNames().isEmpty() ? typeNamed(lookup) : null;
        return wildcards.function(raw, actual, cast);
      }
      return resolveKnown(call, lookup, raw, actual);
    } catch (PgException e) {
      if (schema.otherTypes().contains(lookupName(call.name()))
          && e.error().sqlState().equals(PgException.UNDEFINED_FUNCTION)) {
        // typename(x) of a schema type that may be a base type (a cast) or composite (not).
        return wildcards.function(List.of(), List.of(), null);
      }
      return FunctionMatch.failed(e.error());
    }
  }

  /**
   * Resolves a call among {@code functions} only (the schema's own overloads of the called name),
   * by the same rules; a call of a type name is not read as a cast here.
   */
  FunctionMatch resolveAmong(FunctionCall call, List<PgFunction> functions) {
    try {
      checkArgumentNames(call);
      List<PgType> actual = sqlTypes.toPg(call.args());
      List<Candidate> raw =
          candidates.find(functions, actual.size(), call.argNames(), !call.variadic());
      if (actual.stream().anyMatch(PgType::isWildcard)) {
        return wildcards.function(raw, actual, null);
      }
      return resolveKnown(call, null, raw, actual);
    } catch (PgException e) {
      return FunctionMatch.failed(e.error());
    }
  }

  /** Unqualified and {@code pg_catalog.}-qualified names both mean the built-in function. */
  private static String lookupName(String name) {
    return name.startsWith("pg_catalog.") ? name.substring("pg_catalog.".length()) : name;
  }

  private static void checkArgumentNames(FunctionCall call) {
    Set<String> seen = new HashSet<>();
    boolean named = false;
    for (Arg a : call.args()) {
      if (a.name() == null) {
        if (named) {
          throw PgException.of(
              PgException.SYNTAX_ERROR, "positional argument cannot follow named argument");
        }
        continue;
      }
      named = true;
      if (!seen.add(a.name())) {
        throw PgException.of(
            PgException.SYNTAX_ERROR, "argument name \"" + a.name() + "\" used more than once");
      }
    }
  }

  private FunctionMatch resolveKnown(
      FunctionCall call, String lookup, List<Candidate> raw, List<PgType> actual) {
    String shown = call.name();
    Candidate best = exactMatch(raw, actual);
    PgType castTarget = best == null && lookup != null ? castTarget(call, lookup, actual) : null;
    boolean ambiguous = false;
    if (best == null && castTarget == null) {
      List<Candidate> usable = selector.applicable(raw, actual);
      best = usable.size() == 1 ? usable.get(0) : null;
      if (usable.size() > 1) {
        best = selector.select(usable, actual);
        ambiguous = best == null;
      }
    }
    if (best != null && best.ambiguous()) {
      best = null;
      ambiguous = true;
    }
    if (best != null && namedVariadicMismatch(call, best)) {
      best = null;
    }
    if (castTarget != null
        || (best != null && !best.function().isAggregate() && !best.function().isWindow())) {
      CallShape.plainFunction(call, shown);
    }
    if (castTarget != null) {
      return castCall(call, castTarget);
    }
    String signature = callSignature(call, actual);
    if (best == null) {
      throw ambiguous ? notUnique(signature) : notFound(call, signature);
    }
    return bind(call, best, actual, signature);
  }

  /** {@code typename(x)} taken as a cast: an untyped literal is read as the type right away. */
  private FunctionMatch castCall(FunctionCall call, PgType target) {
    argCoercion.apply(call.args().get(0), target);
    SqlType type = sqlTypes.toSql(target);
    return new FunctionMatch(
        type, false, FunctionMatch.Kind.CAST, List.of(type), null, null, null, null);
  }

  private static Candidate exactMatch(List<Candidate> raw, List<PgType> actual) {
    for (Candidate c : raw) {
      if (c.args().subList(0, actual.size()).equals(actual)) {
        return c;
      }
    }
    return null;
  }

  /** A named call with VARIADIC must bind its last argument to the variadic parameter. */
  private static boolean namedVariadicMismatch(FunctionCall call, Candidate best) {
    int nargs = call.args().size();
    return !call.argNames().isEmpty()
        && call.variadic()
        && nargs > 0
        && best.argNumbers()[nargs - 1] != nargs - 1;
  }

  /** {@code typename(x)} read as a cast, when that needs no conversion function. */
  private PgType castTarget(FunctionCall call, String lookup, List<PgType> actual) {
    if (actual.size() != 1 || !call.argNames().isEmpty()) {
      return null;
    }
    PgType target = typeNamed(lookup);
    if (target == null) {
      return null;
    }
    PgType source = actual.get(0);
    if (source.isUnknown() && call.args().get(0).isUntypedConst()) {
      return target;
    }
    return switch (coercions.pathway(target, source, CoercionContext.EXPLICIT)) {
      case RELABEL -> target;
      case IO ->
          (source.is(PgType.RECORD) || source.isComposite()) && target.category() == 'S'
              ? null
              : target;
      default -> null;
    };
  }

  /** {@code FuncNameAsType}: a built-in type first, as pg_catalog leads the search path. */
  private PgType typeNamed(String name) {
    PgType t = catalog.type(name);
    if (t != null) {
      return t.isComposite() ? null : t;
    }
    if (schema.enumsOnPath().contains(name)) {
      return catalog.userType(name, true);
    }
    // Other schema types may be composite, which FuncNameAsType skips; only those are known.
    return null;
  }

  private FunctionMatch bind(
      FunctionCall call, Candidate best, List<PgType> actual, String signature) {
    PgFunction fn = best.function();
    String shown = call.name();
    if (fn.isAggregate()) {
      CallShape.aggregate(call, shown, fn, signature, best.variadicArgs());
    } else if (fn.isWindow()) {
      CallShape.windowFunction(call, shown);
    }
    rejectInternalResult(fn);
    int nargs = actual.size();
    List<PgType> declared = new ArrayList<>(best.args());
    List<PgType> withDefaults = new ArrayList<>(actual);
    withDefaults.addAll(declared.subList(nargs, declared.size()));
    if (fn.aggKind() == 'h') {
      unifyHypothetical(call, withDefaults, declared);
    }
    Polymorphism.Binding binding = polymorphism.enforce(withDefaults, declared, fn.result());
    PgType result = binding.resolve(fn.result());
    argCoercion.apply(call.args(), declared.subList(0, nargs));
    checkVariadic(call, fn, best, declared, actual);
    if (fn.isAggregate()) {
      CallShape.aggregateUse(call, shown, call.over());
      sortedInputs(call, fn, declared.subList(0, nargs), withDefaults);
    } else if (fn.isWindow()) {
      CallShape.windowUse(call);
    }
    return new FunctionMatch(
        sqlTypes.toSql(result),
        fn.retset(),
        kindOf(fn),
        argTypes(declared.subList(0, nargs), withDefaults),
        fn.signature(),
        null,
        fn,
        binding);
  }

  static FunctionMatch.Kind kindOf(PgFunction fn) {
    if (fn.isAggregate()) {
      return FunctionMatch.Kind.AGGREGATE;
    }
    return fn.isWindow() ? FunctionMatch.Kind.WINDOW : FunctionMatch.Kind.FUNCTION;
  }

  /**
   * {@code transformAggregateCall}: the WITHIN GROUP inputs of an ordered-set aggregate are sorted,
   * and DISTINCT inputs are first compared and then sorted.
   */
  private void sortedInputs(
      FunctionCall call, PgFunction fn, List<PgType> declared, List<PgType> actual) {
    if (call.over()) {
      return;
    }
    int n = declared.size();
    List<PgType> inputs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      PgType d = declared.get(i);
      PgType t = d.isPolymorphic() || d.is(PgType.ANY) ? actual.get(i) : d;
      // An untyped input to be sorted is taken as text, as in ORDER BY.
      inputs.add(t.isUnknown() ? catalog.require(PgType.TEXT) : t);
    }
    if (fn.isOrderedSet()) {
      for (PgType t : inputs.subList(n - call.withinGroup(), n)) {
        sortSupport.requireOrdering(t, "Use an explicit ordering operator or modify the query.");
      }
    } else if (call.distinct()) {
      inputs.forEach(sortSupport::requireEquality);
      for (PgType t : inputs) {
        sortSupport.requireOrdering(
            t, "Aggregates with DISTINCT must be able to sort their inputs.");
      }
    }
  }

  /** A 15.20 safeguard in parse_func.c; the sources we read predate it. */
  private static void rejectInternalResult(PgFunction fn) {
    if (fn.result().is("internal")) {
      throw PgException.of(
          PgException.FEATURE_NOT_SUPPORTED,
          "functions returning type \"internal\" cannot be called explicitly");
    }
  }

  /** {@code unify_hypothetical_args}: each hypothetical argument meets its sort column. */
  private void unifyHypothetical(FunctionCall call, List<PgType> actual, List<PgType> declared) {
    int aggregated = call.withinGroup();
    int direct = call.args().size() - aggregated;
    for (int h = direct - aggregated; h < direct; h++) {
      int a = direct + (h - (direct - aggregated));
      if (!declared.get(h).is(PgType.ANY)) {
        continue;
      }
      PgType common = commonTypes.select(List.of(actual.get(a), actual.get(h)), "WITHIN GROUP");
      for (int i : new int[] {h, a}) {
        if (!coercions.canCoerce(actual.get(i), common, CoercionContext.IMPLICIT)) {
          throw PgException.of(
              PgException.CANNOT_COERCE,
              "failed to find conversion function from "
                  + actual.get(i).display()
                  + " to "
                  + common.display());
        }
        argCoercion.apply(call.args().get(i), common);
        actual.set(i, common);
      }
    }
  }

  private void checkVariadic(
      FunctionCall call,
      PgFunction fn,
      Candidate best,
      List<PgType> declared,
      List<PgType> actual) {
    int nargs = actual.size();
    if (best.variadicArgs() > 0 && !fn.variadic().is(PgType.ANY)) {
      Polymorphism.arrayOrError(catalog, declared.get(nargs - best.variadicArgs()));
    }
    if (nargs > 0
        && call.variadic()
        && fn.variadic() != null
        && fn.variadic().is(PgType.ANY)
        && catalog.elementOf(actual.get(nargs - 1)) == null) {
      throw PgException.of(PgException.DATATYPE_MISMATCH, "VARIADIC argument must be an array");
    }
  }

  /** What each argument becomes; {@code "any"} keeps the argument's own type. */
  private List<SqlType> argTypes(List<PgType> declared, List<PgType> actual) {
    List<PgType> out = new ArrayList<>();
    for (int i = 0; i < declared.size(); i++) {
      PgType d = declared.get(i);
      PgType t = d.isPolymorphic() || d.is(PgType.ANY) ? actual.get(i) : d;
      out.add(t.isUnknown() ? PgType.WILDCARD : t);
    }
    return sqlTypes.toSql(out);
  }

  /** {@code func_signature_string}: the call as written, with named arguments shown. */
  static String callSignature(FunctionCall call, List<PgType> actual) {
    StringBuilder s = new StringBuilder(call.name()).append('(');
    for (int i = 0; i < actual.size(); i++) {
      s.append(i == 0 ? "" : ", ");
      String name = call.args().get(i).name();
      if (name != null) {
        s.append(name).append(" => ");
      }
      s.append(actual.get(i).display());
    }
    return s.append(')').toString();
  }

  private static PgException notUnique(String signature) {
    return new PgException(
        PgError.of(PgException.AMBIGUOUS_FUNCTION, "function " + signature + " is not unique")
            .withHint(
                "Could not choose a best candidate function. "
                    + "You might need to add explicit type casts."));
  }

  private static PgException notFound(FunctionCall call, String signature) {
    if (call.orderBy() > 1 && call.withinGroup() == 0) {
      return CallShape.notFound(
          signature,
          "No aggregate function matches the given name and "
              + "argument types. Perhaps you misplaced ORDER BY; ORDER BY must appear after all "
              + "regular arguments of the aggregate.");
    }
    return CallShape.notFound(
        signature,
        "No function matches the given name and argument types. "
            + "You might need to add explicit type casts.");
  }
}
