package dev.sqlcheck.processor.dialect.postgres.types;

import dev.sqlcheck.processor.catalog.SqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Operator resolution after {@code oper}, {@code left_oper} and {@code make_op}: an exact match
 * first, where an untyped operand is taken to have the other operand's type; otherwise the
 * candidates the operands convert to implicitly, narrowed by {@link CandidateSelector}; then
 * polymorphic binding of the result and the parse-time conversion of untyped literals.
 */
final class OperatorResolver {
  /** A resolved operator and the types its operands are converted to. */
  record Resolved(PgOperator operator, PgType result, List<PgType> declared) {}

  private final PgCatalog catalog;
  private final SqlTypes sqlTypes;
  private final Polymorphism polymorphism;
  private final ArgCoercion argCoercion;
  private final CandidateSelector<PgOperator> selector;
  private final WildcardResolver wildcards;

  /**
   * Successful resolutions by operator and operand types: the same few (a key column against a
   * parameter, say) recur in almost every query, and the answer depends on nothing else.
   */
  private final Map<Key, Resolved> resolved = new ConcurrentHashMap<>();

  private record Key(String name, PgType left, PgType right) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && name.equals(k.name)
          && java.util.Objects.equals(left, k.left)
          && right.equals(k.right);
    }

    @Override
    public int hashCode() {
      return (name.hashCode() * 31 + java.util.Objects.hashCode(left)) * 31 + right.hashCode();
    }
  }

  OperatorResolver(
      PgCatalog catalog,
      SqlTypes sqlTypes,
      Coercions coercions,
      Polymorphism polymorphism,
      ArgCoercion argCoercion) {
    this.catalog = catalog;
    this.sqlTypes = sqlTypes;
    this.polymorphism = polymorphism;
    this.argCoercion = argCoercion;
    this.selector = new CandidateSelector<>(coercions, OperatorResolver::argsOf);
    this.wildcards = new WildcardResolver(sqlTypes, coercions, polymorphism);
  }

  private static List<PgType> argsOf(PgOperator o) {
    return o.isPrefix() ? List.of(o.right()) : List.of(o.left(), o.right());
  }

  /** {@code left op right}, or the prefix {@code op right} when {@code left} is null. */
  OperatorMatch resolve(String name, Arg left, Arg right) {
    try {
      PgType l = left == null ? null : sqlTypes.toPg(left);
      PgType r = sqlTypes.toPg(right);
      if (r.isWildcard() || (l != null && l.isWildcard())) {
        return wildcards.operator(kind(name, l == null), l, r);
      }
      Resolved resolved = resolveTypes(name, l, r);
      List<Arg> args = left == null ? List.of(right) : List.of(left, right);
      argCoercion.apply(args, resolved.declared());
      return match(resolved);
    } catch (PgException e) {
      return OperatorMatch.failed(e.error());
    }
  }

  OperatorMatch match(Resolved resolved) {
    List<PgType> d = resolved.declared();
    SqlType leftType = d.size() == 2 ? sqlTypes.toSql(d.get(0)) : null;
    return new OperatorMatch(
        sqlTypes.toSql(resolved.result()),
        leftType,
        sqlTypes.toSql(d.get(d.size() - 1)),
        resolved.operator().signature(),
        null);
  }

  /** Chooses the operator and binds its result; throws PostgreSQL's error if there is none. */
  Resolved resolveTypes(String name, PgType left, PgType right) {
    Key key = new Key(name, left, right);
    Resolved known = resolved.get(key);
    if (known != null) {
      return new Resolved(known.operator(), known.result(), new ArrayList<>(known.declared()));
    }
    Resolved fresh = resolveUncached(name, left, right);
    resolved.putIfAbsent(
        key, new Resolved(fresh.operator(), fresh.result(), List.copyOf(fresh.declared())));
    return fresh;
  }

  private Resolved resolveUncached(String name, PgType left, PgType right) {
    PgOperator op = left == null ? prefix(name, right) : binary(name, left, right);
    List<PgType> actual = left == null ? List.of(right) : List.of(left, right);
    List<PgType> declared = new ArrayList<>(argsOf(op));
    PgType result = polymorphism.enforce(actual, declared, op.result()).resolve(op.result());
    return new Resolved(op, result, declared);
  }

  private List<PgOperator> kind(String name, boolean prefix) {
    List<PgOperator> out = new ArrayList<>();
    for (PgOperator o : catalog.operators(name)) {
      if (o.isPrefix() == prefix) {
        out.add(o);
      }
    }
    return out;
  }

  private PgOperator binary(String name, PgType left, PgType right) {
    PgOperator exact = exact(name, left, right);
    if (exact != null) {
      return exact;
    }
    List<PgOperator> candidates = kind(name, false);
    return choose(candidates, List.of(left, right), name, left, right);
  }

  /** {@code binary_oper_exact}: an untyped operand is first assumed to match the other one. */
  private PgOperator exact(String name, PgType left, PgType right) {
    PgType l = left.isUnknown() ? right : left;
    PgType r = right.isUnknown() ? left : right;
    for (PgOperator o : catalog.operators(name)) {
      if (!o.isPrefix() && o.left().equals(l) && o.right().equals(r)) {
        return o;
      }
    }
    return null;
  }

  private PgOperator prefix(String name, PgType right) {
    for (PgOperator o : kind(name, true)) {
      if (o.right().equals(right)) {
        return o;
      }
    }
    return choose(kind(name, true), List.of(right), name, null, right);
  }

  private PgOperator choose(
      List<PgOperator> candidates, List<PgType> inputs, String name, PgType left, PgType right) {
    List<PgOperator> usable = selector.applicable(candidates, inputs);
    if (usable.size() == 1) {
      return usable.get(0);
    }
    if (usable.isEmpty()) {
      throw notFound(name, left, right);
    }
    PgOperator best = selector.select(usable, inputs);
    if (best == null) {
      throw new PgException(
          PgError.of(
                  PgException.AMBIGUOUS_FUNCTION,
                  "operator is not unique: " + signature(name, left, right))
              .withHint(
                  "Could not choose a best candidate operator. "
                      + "You might need to add explicit type casts."));
    }
    return best;
  }

  private static PgException notFound(String name, PgType left, PgType right) {
    String hint =
        left == null
            ? "No operator matches the given name and argument type. "
                + "You might need to add an explicit type cast."
            : "No operator matches the given name and argument types. "
                + "You might need to add explicit type casts.";
    return new PgException(
        PgError.of(
                PgException.UNDEFINED_FUNCTION,
                "operator does not exist: " + signature(name, left, right))
            .withHint(hint));
  }

  private static String signature(String name, PgType left, PgType right) {
    return (left == null ? "" : left.display() + " ") + name + " " + right.display();
  }
}
