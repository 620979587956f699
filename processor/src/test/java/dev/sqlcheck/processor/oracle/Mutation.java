package dev.sqlcheck.processor.oracle;

/**
 * The mistakes a mutator can make in a generated query, each modelled on real drift (a column
 * renamed or dropped, a table moved) or on a real slip (a name visible elsewhere in the query but
 * not here). A mutation does not claim that the result is invalid: PostgreSQL decides. Each may
 * name the families it suits; in a query of such a family it is preferred.
 */
enum Mutation {
  MISSPELL_COLUMN("a column name misspelled by one letter"),
  MISSPELL_TABLE("a table or schema name misspelled by one letter"),
  MISSPELL_QUALIFIER("a qualifier (alias or table) misspelled by one letter"),
  FOREIGN_COLUMN("a column that exists in another table of the schema"),
  ABSENT_KEYWORD_COLUMN(
      "a quoted keyword column that this relation does not have", Feature.KEYWORD_NAMES),
  UNQUOTE_KEYWORD("quotes dropped from a keyword-named column", Feature.KEYWORD_NAMES),
  HIDDEN_TABLE_NAME(
      "a table name used where its alias hides it", Feature.NESTED_JOIN, Feature.ALIAS_COLUMNS),
  WRONG_SCHEMA("a table named in the wrong schema", Feature.SECOND_SCHEMA, Feature.VIEW),
  UNQUALIFY_AMBIGUOUS(
      "qualifier dropped from a name that several FROM items have",
      Feature.JOIN_NATURAL,
      Feature.OUTER_JOIN),
  DUPLICATE_ALIAS(
      "a FROM item given an alias already used in that FROM",
      Feature.COMMA_FROM,
      Feature.VALUES_FROM),
  ON_OUTSIDE_JOIN(
      "an ON clause that refers to a FROM item outside its join",
      Feature.JOIN_ON,
      Feature.COMMA_FROM),
  USING_OUTSIDE_JOIN(
      "USING a column that only a FROM item outside the join has", Feature.JOIN_USING),
  DROP_LATERAL(
      "LATERAL dropped from a derived table that refers to its siblings",
      Feature.LATERAL,
      Feature.DERIVED_TABLE),
  ALIAS_IN_WHERE("an output alias used in WHERE", Feature.SELECT_LIST, Feature.SUBQUERY),
  ALIAS_IN_HAVING("an output alias used in HAVING", Feature.HAVING),
  ALIAS_IN_EXPRESSION(
      "an output alias used inside an ORDER BY or GROUP BY expression",
      Feature.ORDER_BY,
      Feature.GROUP_BY),
  ORDINAL_OUT_OF_RANGE(
      "an ORDER BY, GROUP BY or DISTINCT ON position out of range",
      Feature.ORDER_BY,
      Feature.DISTINCT,
      Feature.GROUPING_SETS),
  NOT_GROUPED(
      "an ungrouped column added to a grouped select list", Feature.GROUP_BY, Feature.AGGREGATE),
  ALIAS_LIST_TOO_LONG(
      "a column alias list longer than the columns",
      Feature.ALIAS_COLUMNS,
      Feature.CTE,
      Feature.SRF),
  SETOP_ORDER_EXPRESSION("an expression in a UNION/INTERSECT/EXCEPT ORDER BY", Feature.SET_OP),
  SETOP_ORDER_SECOND_BRANCH(
      "a set operation ordered by a name only its second branch has", Feature.SET_OP),
  SETOP_ARITY("a set-operation branch with a column more or less", Feature.SET_OP),
  INSERT_ARITY(
      "an INSERT with a value or a target column more or less",
      Feature.INSERT,
      Feature.ON_CONFLICT),
  RETURNING_NEW_OLD(
      "RETURNING qualified by new or old where no such alias exists",
      Feature.RETURNING,
      Feature.UPDATE,
      Feature.DELETE);

  private final String description;
  private final java.util.Set<Feature> families;

  Mutation(String description, Feature... families) {
    this.description = description;
    this.families = java.util.Set.of(families);
  }

  /** The families whose queries this mutation is preferred for, so that it is not rare. */
  boolean suits(Feature focus) {
    return families.contains(focus);
  }

  String description() {
    return description;
  }
}
