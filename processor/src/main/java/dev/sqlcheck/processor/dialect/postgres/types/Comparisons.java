package dev.sqlcheck.processor.dialect.postgres.types;

import java.util.ArrayList;
import java.util.List;

/**
 * The comparison forms the parser builds out of operators: {@code x op ANY/ALL (array)} ({@code
 * make_scalar_array_op}), {@code x [NOT] IN (...)}, {@code NULLIF} and {@code IS [NOT] DISTINCT
 * FROM}. An IN list whose constant items share a type with the left operand becomes one {@code =
 * ANY (ARRAY[...])}; other items are compared one by one, as {@code transformAExprIn} does.
 */
final class Comparisons {
  private final PgCatalog catalog;
  private final SqlTypes sqlTypes;
  private final CommonTypes commonTypes;
  private final ArgCoercion argCoercion;
  private final OperatorResolver operators;
  private final Constructs constructs;

  Comparisons(
      PgCatalog catalog,
      SqlTypes sqlTypes,
      CommonTypes commonTypes,
      ArgCoercion argCoercion,
      OperatorResolver operators,
      Constructs constructs) {
    this.catalog = catalog;
    this.sqlTypes = sqlTypes;
    this.commonTypes = commonTypes;
    this.argCoercion = argCoercion;
    this.operators = operators;
    this.constructs = constructs;
  }

  /** {@code left op ANY (array)} or {@code ALL}: the operator applied to the array's elements. */
  OperatorMatch quantified(String op, Arg left, Arg array) {
    PgType l = sqlTypes.toPg(left);
    PgType a = sqlTypes.toPg(array);
    PgType bool = catalog.require(PgType.BOOL);
    if (l.isWildcard() || a.isWildcard()) {
      return new OperatorMatch(
          sqlTypes.toSql(bool),
          sqlTypes.toSql(PgType.WILDCARD),
          sqlTypes.toSql(PgType.WILDCARD),
          null,
          null);
    }
    PgType element = a.isUnknown() ? a : catalog.elementOf(a);
    if (element == null) {
      throw PgException.of(
          PgException.WRONG_OBJECT_TYPE, "op ANY/ALL (array) requires array on right side");
    }
    OperatorResolver.Resolved r = operators.resolveTypes(op, l, element);
    if (!r.result().equals(bool)) {
      throw PgException.of(
          PgException.WRONG_OBJECT_TYPE, "op ANY/ALL (array) requires operator to yield boolean");
    }
    PgType right = r.declared().get(1);
    PgType arrayType = right.isPolymorphic() ? a : Polymorphism.arrayOrError(catalog, right);
    argCoercion.apply(left, r.declared().get(0));
    argCoercion.apply(array, arrayType);
    return new OperatorMatch(
        sqlTypes.toSql(bool),
        sqlTypes.toSql(r.declared().get(0)),
        sqlTypes.toSql(arrayType),
        r.operator().signature(),
        null);
  }

  /** {@code left [NOT] IN (items)}, always boolean when it resolves. */
  void in(Arg left, List<Arg> items, boolean negated) {
    String op = negated ? "<>" : "=";
    List<Arg> constants = new ArrayList<>();
    List<Arg> others = new ArrayList<>();
    for (Arg item : items) {
      (item.constant() ? constants : others).add(item);
    }
    List<Arg> oneByOne = items;
    if (constants.size() > 1) {
      List<Arg> all = new ArrayList<>();
      all.add(left);
      all.addAll(constants);
      List<PgType> types = sqlTypes.toPg(all);
      PgType scalar = commonTypes.select(types, null);
      if (scalar != null && !commonTypes.verify(scalar, types)) {
        scalar = null;
      }
      PgType arrayType =
          scalar == null || scalar.is(PgType.RECORD) ? null : catalog.arrayOf(scalar);
      if (arrayType != null) {
        constructs.convertAll(constants, scalar, "IN");
        throwIfFailed(quantified(op, left, Arg.of(sqlTypes.toSql(arrayType))));
        oneByOne = others;
      }
    }
    for (Arg item : oneByOne) {
      OperatorMatch m = operators.resolve(op, left, item);
      throwIfFailed(m);
      constructs.condition(Arg.of(m.type()), "IN");
    }
  }

  /** {@code NULLIF(a, b)}: the type of {@code a} as the {@code =} operator converts it. */
  PgType nullIf(Arg a, Arg b) {
    OperatorResolver.Resolved r = equality(a, b, "NULLIF");
    PgType declared = r.declared().get(0);
    return declared.isPolymorphic() ? sqlTypes.toPg(a) : declared;
  }

  /** {@code a IS [NOT] DISTINCT FROM b}: resolved through {@code =}, always boolean. */
  void distinctFrom(Arg a, Arg b) {
    // A bare NULL on either side makes it an IS [NOT] NULL test, with no operator at all.
    if (isNullLiteral(a) || isNullLiteral(b)) {
      return;
    }
    equality(a, b, "IS DISTINCT FROM");
  }

  private static boolean isNullLiteral(Arg a) {
    return a.isUntypedConst() && a.literal() == null;
  }

  private OperatorResolver.Resolved equality(Arg a, Arg b, String construct) {
    OperatorResolver.Resolved r = operators.resolveTypes("=", sqlTypes.toPg(a), sqlTypes.toPg(b));
    if (!r.result().is(PgType.BOOL)) {
      throw PgException.of(
          PgException.DATATYPE_MISMATCH, construct + " requires = operator to yield boolean");
    }
    argCoercion.apply(List.of(a, b), r.declared());
    return r;
  }

  private static void throwIfFailed(OperatorMatch m) {
    if (!m.ok()) {
      throw new PgException(m.error());
    }
  }
}
