package dev.sqlcheck.processor.sql.ast;

/** An entry of GROUP BY: an expression or a grouping set ({@code ()}, ROLLUP, CUBE, SETS). */
public sealed interface GroupingElement extends Node permits Expr, GroupingSet {}
