package dev.sqlcheck.processor.dialect.postgres.types;

import dev.sqlcheck.processor.catalog.SqlType;
import dev.sqlcheck.processor.dialect.postgres.types.FunctionCandidates.Candidate;
import java.util.ArrayList;
import java.util.List;

/**
 * Resolution when some input is the wildcard (a type sqlcheck could not infer). Every candidate
 * that some type in the wildcard's place could select is kept; a fact all of them agree on (the
 * result type of {@code count(x)}, the boolean of {@code x = 1}) is reported, anything else becomes
 * the wildcard. Nothing here raises an error: an unknown type must not produce one.
 */
final class WildcardResolver {
  /** One way the call could resolve. */
  private record Option(
      List<PgType> args,
      PgType result,
      boolean retset,
      FunctionMatch.Kind kind,
      PgFunction function) {}

  private final SqlTypes sqlTypes;
  private final Coercions coercions;
  private final Polymorphism polymorphism;

  WildcardResolver(SqlTypes sqlTypes, Coercions coercions, Polymorphism polymorphism) {
    this.sqlTypes = sqlTypes;
    this.coercions = coercions;
    this.polymorphism = polymorphism;
  }

  FunctionMatch function(List<Candidate> raw, List<PgType> actual, PgType castTarget) {
    List<Option> options = new ArrayList<>();
    for (Candidate c : raw) {
      PgFunction fn = c.function();
      options.add(new Option(c.args(), fn.result(), fn.retset(), FunctionResolver.kindOf(fn), fn));
    }
    if (castTarget != null) {
      options.add(
          new Option(List.of(castTarget), castTarget, false, FunctionMatch.Kind.CAST, null));
    }
    List<Option> viable = viable(options, actual);
    PgType type = agreedResult(viable, actual);
    boolean retset = !viable.isEmpty() && viable.stream().allMatch(Option::retset);
    FunctionMatch.Kind kind =
        viable.stream().map(Option::kind).distinct().count() == 1
            ? viable.get(0).kind()
            : FunctionMatch.Kind.UNDETERMINED;
    PgFunction only = viable.size() == 1 ? viable.get(0).function() : null;
    return new FunctionMatch(
        sqlTypes.toSql(type),
        retset,
        kind,
        sqlTypes.toSql(agreedArgs(viable, actual)),
        only == null ? null : only.signature(),
        null,
        only,
        null);
  }

  OperatorMatch operator(List<PgOperator> candidates, PgType left, PgType right) {
    List<Option> options = new ArrayList<>();
    for (PgOperator o : candidates) {
      List<PgType> args = o.isPrefix() ? List.of(o.right()) : List.of(o.left(), o.right());
      options.add(new Option(args, o.result(), false, FunctionMatch.Kind.FUNCTION, null));
    }
    List<PgType> actual = left == null ? List.of(right) : List.of(left, right);
    List<Option> viable = viable(options, actual);
    List<PgType> args = agreedArgs(viable, actual);
    String shown = null;
    if (viable.size() == 1) {
      PgOperator o = candidates.get(options.indexOf(viable.get(0)));
      shown = o.signature();
    }
    SqlType leftType = left == null ? null : sqlTypes.toSql(args.get(0));
    return new OperatorMatch(
        sqlTypes.toSql(agreedResult(viable, actual)),
        leftType,
        sqlTypes.toSql(args.get(args.size() - 1)),
        shown,
        null);
  }

  private List<Option> viable(List<Option> options, List<PgType> actual) {
    List<Option> out = new ArrayList<>();
    for (Option o : options) {
      if (coercions.canCoerce(
          actual, o.args().subList(0, actual.size()), CoercionContext.IMPLICIT)) {
        out.add(o);
      }
    }
    return out;
  }

  private PgType agreedResult(List<Option> viable, List<PgType> actual) {
    PgType agreed = null;
    for (Option o : viable) {
      PgType t = outcome(o, actual);
      if (t.isWildcard() || (agreed != null && !agreed.equals(t))) {
        return PgType.WILDCARD;
      }
      agreed = t;
    }
    return agreed == null ? PgType.WILDCARD : agreed;
  }

  /** The result of one option, binding polymorphic types where no wildcard feeds them. */
  private PgType outcome(Option o, List<PgType> actual) {
    if (!o.result().isPolymorphic()) {
      return o.result();
    }
    List<PgType> declared = new ArrayList<>(o.args());
    List<PgType> trial = new ArrayList<>();
    for (int i = 0; i < declared.size(); i++) {
      PgType a = i < actual.size() ? actual.get(i) : declared.get(i);
      if (a.isWildcard() && declared.get(i).isPolymorphic()) {
        return PgType.WILDCARD;
      }
      trial.add(a);
    }
    try {
      PgType t = polymorphism.enforce(trial, declared, o.result()).resolve(o.result());
      return t == null ? PgType.WILDCARD : t;
    } catch (PgException e) {
      return PgType.WILDCARD;
    }
  }

  /** Per position, the declared type all options convert that argument to, else the wildcard. */
  private static List<PgType> agreedArgs(List<Option> viable, List<PgType> actual) {
    List<PgType> out = new ArrayList<>();
    for (int i = 0; i < actual.size(); i++) {
      PgType agreed = null;
      for (Option o : viable) {
        PgType d = o.args().get(i);
        PgType t = d.isPolymorphic() || d.is(PgType.ANY) ? actual.get(i) : d;
        agreed = agreed == null || agreed.equals(t) ? t : PgType.WILDCARD;
      }
      out.add(agreed == null || agreed.isUnknown() ? PgType.WILDCARD : agreed);
    }
    return out;
  }
}
