package dev.sqlcheck.processor.oracle;

/**
 * Construct families. Each generated query records every family it uses, and one family is the
 * query's focus: the generators then use it with high probability, so that every family is well
 * represented whatever the random draws elsewhere.
 */
enum Feature {
  SELECT_LIST("*, t.*, expressions, labels"),
  KEYWORD_NAMES("keyword-named columns, quoted and bare"),
  COMMA_FROM("comma-separated FROM items"),
  JOIN_ON("JOIN ... ON"),
  JOIN_USING("JOIN ... USING, also USING (...) AS u"),
  JOIN_NATURAL("NATURAL JOIN"),
  OUTER_JOIN("LEFT, RIGHT and FULL joins"),
  NESTED_JOIN("parenthesised joins and join aliases"),
  ALIAS_COLUMNS("alias column lists"),
  SECOND_SCHEMA("tables and views of schema s2, schema-qualified names"),
  VIEW("views"),
  DERIVED_TABLE("derived tables"),
  LATERAL("LATERAL derived tables"),
  VALUES_FROM("VALUES in FROM"),
  CTE("WITH queries"),
  RECURSIVE_CTE("WITH RECURSIVE"),
  SRF("set-returning and scalar functions in FROM"),
  SUBQUERY("scalar, IN, EXISTS, ANY/ALL subqueries"),
  CORRELATED("references to an outer query level"),
  GROUP_BY("GROUP BY names, aliases, ordinals, expressions"),
  GROUPING_SETS("GROUPING SETS, ROLLUP, CUBE"),
  HAVING("HAVING"),
  AGGREGATE("aggregates"),
  ORDER_BY("ORDER BY names, ordinals, expressions"),
  DISTINCT("DISTINCT and DISTINCT ON"),
  WINDOW("window functions and named windows"),
  SET_OP("UNION, INTERSECT, EXCEPT"),
  TYPE_MIX("CASE, COALESCE, GREATEST, LEAST, NULLIF, ARRAY mixing types"),
  CAST("casts"),
  PARAMETER(":name parameters"),
  INSERT("INSERT"),
  UPDATE("UPDATE"),
  DELETE("DELETE"),
  RETURNING("RETURNING"),
  ON_CONFLICT("INSERT ... ON CONFLICT");

  private final String description;

  Feature(String description) {
    this.description = description;
  }

  String description() {
    return description;
  }
}
