package dev.sqlcheck.processor.oracle;

/**
 * The mistakes a mutator can make in a generated query, each modelled on real drift (a column
 * renamed or dropped, a table moved) or on a real slip (a name visible elsewhere in the query
 * but not here). A mutation does not claim that the result is invalid: PostgreSQL decides.
 */
enum Mutation {
  MISSPELL_COLUMN("a column name misspelled by one letter"),
  MISSPELL_TABLE("a table or schema name misspelled by one letter"),
  MISSPELL_QUALIFIER("a qualifier (alias or table) misspelled by one letter"),
  FOREIGN_COLUMN("a column that exists in another table of the schema"),
  ABSENT_KEYWORD_COLUMN("a quoted keyword column that this relation does not have"),
  UNQUOTE_KEYWORD("quotes dropped from a keyword-named column"),
  HIDDEN_TABLE_NAME("a table name used where its alias hides it"),
  WRONG_SCHEMA("a table named in the wrong schema"),
  UNQUALIFY_AMBIGUOUS("qualifier dropped from a name that several FROM items have"),
  DUPLICATE_ALIAS("a FROM item given an alias already used in that FROM"),
  ON_OUTSIDE_JOIN("an ON clause that refers to a FROM item outside its join"),
  USING_OUTSIDE_JOIN("USING a column that only a FROM item outside the join has"),
  DROP_LATERAL("LATERAL dropped from a derived table that refers to its siblings"),
  ALIAS_IN_WHERE("an output alias used in WHERE"),
  ALIAS_IN_HAVING("an output alias used in HAVING"),
  ALIAS_IN_EXPRESSION("an output alias used inside an ORDER BY, GROUP BY or window expression"),
  ORDINAL_OUT_OF_RANGE("an ORDER BY, GROUP BY or DISTINCT ON position out of range"),
  NOT_GROUPED("an ungrouped column added to a grouped select list"),
  ALIAS_LIST_TOO_LONG("a column alias list longer than the columns"),
  SETOP_ORDER_EXPRESSION("an expression in a UNION/INTERSECT/EXCEPT ORDER BY"),
  SETOP_ORDER_SECOND_BRANCH("a set operation ordered by a name only its second branch has"),
  SETOP_ARITY("a set-operation branch with a column more or less"),
  INSERT_ARITY("an INSERT with a value or a target column more or less"),
  RETURNING_NEW_OLD("RETURNING qualified by new or old where no such alias exists");

  private final String description;

  Mutation(String description) {
    this.description = description;
  }

  String description() {
    return description;
  }
}
