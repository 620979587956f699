package dev.sqlcheck.processor.oracle;

/**
 * A generated expression: its text, its type as far as the generators track it, the output name
 * PostgreSQL gives it (parse_target.c FigureColname: a column's or function's name, {@code case},
 * {@code coalesce}, ...) or null where the generators do not predict it, and whether it is an
 * untyped literal or NULL, which takes its type from its neighbours.
 */
record Expr(Sql sql, PgType type, String name, boolean untyped) {
  static Expr of(String text, PgType type, String name) {
    return new Expr(Sql.of(text), type, name, false);
  }

  static Expr of(Sql sql, PgType type, String name) {
    return new Expr(sql, type, name, false);
  }

  static Expr untyped(String text, PgType type) {
    return new Expr(Sql.of(text), type, null, true);
  }

  /** The expression wrapped in parentheses, so that operators bind as intended. */
  Sql paren() {
    return new Sql().add("(").add(sql).add(")");
  }
}
