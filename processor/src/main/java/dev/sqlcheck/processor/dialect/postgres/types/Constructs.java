package dev.sqlcheck.processor.dialect.postgres.types;

import java.util.ArrayList;
import java.util.List;

/**
 * The SQL constructs that give several inputs one type, each as PostgreSQL's parser builds it:
 * choose the common type with the construct's word for errors, then convert every input to it in
 * the parser's order (so the first failing input is the one PostgreSQL reports). CASE puts its ELSE
 * (or an implicit {@code NULL}) first; set operations combine two inputs at a time from the left;
 * {@code ARRAY[]} also needs an array type over the result.
 */
final class Constructs {
  private final PgCatalog catalog;
  private final SqlTypes sqlTypes;
  private final Coercions coercions;
  private final CommonTypes commonTypes;
  private final ArgCoercion argCoercion;
  private final OperatorResolver operators;
  private final SortSupport sortSupport;

  Constructs(
      PgCatalog catalog,
      SqlTypes sqlTypes,
      Coercions coercions,
      CommonTypes commonTypes,
      ArgCoercion argCoercion,
      OperatorResolver operators,
      SortSupport sortSupport) {
    this.sortSupport = sortSupport;
    this.catalog = catalog;
    this.sqlTypes = sqlTypes;
    this.coercions = coercions;
    this.commonTypes = commonTypes;
    this.argCoercion = argCoercion;
    this.operators = operators;
  }

  /** COALESCE, GREATEST, LEAST and a VALUES column take their inputs in written order. */
  PgType common(CommonContext context, List<Arg> inputs) {
    if (context.isSetOperation()) {
      PgType result = sqlTypes.toPg(inputs.get(0));
      Arg acc = inputs.get(0);
      for (Arg next : inputs.subList(1, inputs.size())) {
        result = setOperation(context, acc, next);
        acc = Arg.of(sqlTypes.toSql(result));
      }
      return inputs.size() == 1 ? selectAndConvert(context.word(), inputs, inputs) : result;
    }
    return selectAndConvert(context.word(), inputs, inputs);
  }

  PgType setOperation(CommonContext op, Arg left, Arg right) {
    PgType type = selectAndConvert(op.word(), List.of(left, right), List.of(left, right));
    if (op.removesDuplicates()) {
      sortSupport.requireEquality(type);
    }
    return type;
  }

  /** CASE: the ELSE result (an untyped NULL when absent) leads, as in transformCaseExpr. */
  PgType caseType(List<Arg> thens, Arg elseResult) {
    Arg otherwise = elseResult == null ? Arg.untypedNull() : elseResult;
    List<Arg> all = new ArrayList<>();
    all.add(otherwise);
    all.addAll(thens);
    List<PgType> types = sqlTypes.toPg(all);
    if (types.stream().anyMatch(PgType::isWildcard)) {
      return PgType.WILDCARD;
    }
    PgType common = commonTypes.select(types, "CASE");
    convertAll(List.of(otherwise), common, "CASE");
    convertAll(thens, common, "CASE/WHEN");
    return common;
  }

  /** {@code ARRAY[...]}: the common element type, or an array of arrays for sub-arrays. */
  PgType array(List<Arg> elements) {
    if (elements.isEmpty()) {
      throw new PgException(
          PgError.of(PgException.INDETERMINATE_DATATYPE, "cannot determine type of empty array")
              .withHint("Explicitly cast to the desired type, for example ARRAY[]::integer[]."));
    }
    List<PgType> types = sqlTypes.toPg(elements);
    if (types.stream().anyMatch(PgType::isWildcard)) {
      return PgType.WILDCARD;
    }
    boolean multidimensional =
        types.stream().anyMatch(t -> t.isArray() && !t.is("int2vector") && !t.is("oidvector"));
    PgType common = commonTypes.select(types, "ARRAY");
    PgType result;
    if (multidimensional) {
      if (catalog.elementOf(common) == null) {
        throw PgException.of(
            PgException.UNDEFINED_OBJECT,
            "could not find element type for data type " + common.display());
      }
      result = common;
    } else {
      result = Polymorphism.arrayOrError(catalog, common);
    }
    convertAll(elements, common, "ARRAY");
    return result;
  }

  /** The merged column of {@code JOIN ... USING}: common type, then the {@code =} comparison. */
  PgType usingColumn(Arg left, Arg right) {
    PgType l = sqlTypes.toPg(left);
    PgType r = sqlTypes.toPg(right);
    if (l.isWildcard() || r.isWildcard()) {
      return PgType.WILDCARD;
    }
    PgType common = commonTypes.select(List.of(l, r), "JOIN/USING");
    for (PgType side : List.of(l, r)) {
      if (!side.equals(common) && !coercions.canCoerce(side, common, CoercionContext.IMPLICIT)) {
        throw PgException.of(
            PgException.INTERNAL,
            "failed to find conversion function from "
                + side.display()
                + " to "
                + common.display());
      }
    }
    operators.resolveTypes("=", l, r);
    return common;
  }

  /** {@code coerce_to_boolean}: WHERE, HAVING, CASE WHEN, ON and the like want a boolean. */
  void condition(Arg value, String construct) {
    PgType t = sqlTypes.toPg(value);
    PgType bool = catalog.require(PgType.BOOL);
    if (t.isWildcard() || t.equals(bool)) {
      return;
    }
    if (!coercions.canCoerce(t, bool, CoercionContext.ASSIGNMENT)) {
      throw PgException.of(
          PgException.DATATYPE_MISMATCH,
          "argument of " + construct + " must be type boolean, not type " + t.display());
    }
    argCoercion.apply(value, bool);
  }

  private PgType selectAndConvert(String word, List<Arg> inputs, List<Arg> conversionOrder) {
    List<PgType> types = sqlTypes.toPg(inputs);
    if (types.stream().anyMatch(PgType::isWildcard)) {
      return PgType.WILDCARD;
    }
    PgType common = commonTypes.select(types, word);
    convertAll(conversionOrder, common, word);
    return common;
  }

  /** {@code coerce_to_common_type} on each input, in order. */
  void convertAll(List<Arg> inputs, PgType common, String word) {
    for (Arg a : inputs) {
      PgType t = sqlTypes.toPg(a);
      if (t.equals(common)) {
        continue;
      }
      if (!coercions.canCoerce(t, common, CoercionContext.IMPLICIT)) {
        throw PgException.of(
            PgException.CANNOT_COERCE,
            word + " could not convert type " + t.display() + " to " + common.display());
      }
      argCoercion.apply(a, common);
    }
  }
}
