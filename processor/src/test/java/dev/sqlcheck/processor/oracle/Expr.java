package dev.sqlcheck.processor.oracle;

import java.util.Locale;
import java.util.Map;

/**
 * A generated expression: its text, its type as far as the generators track it, the output name
 * PostgreSQL gives it (parse_target.c FigureColname) or null where that is {@code ?column?} or not
 * predicted, whether that name is only a type's name (FigureColname strength 1: a cast of something
 * nameless, {@code true}), which a CASE does not take over, and whether it is an untyped literal or
 * NULL, which takes its type from its neighbours.
 */
record Expr(Sql sql, PgType type, String name, boolean untyped, boolean weakName) {
  /** Type names as FigureColname reports them for a cast: the internal name. */
  private static final Map<String, String> INTERNAL =
      Map.ofEntries(
          Map.entry("smallint", "int2"),
          Map.entry("integer", "int4"),
          Map.entry("int", "int4"),
          Map.entry("bigint", "int8"),
          Map.entry("real", "float4"),
          Map.entry("double precision", "float8"),
          Map.entry("float", "float8"),
          Map.entry("decimal", "numeric"),
          Map.entry("character varying", "varchar"),
          Map.entry("character", "bpchar"),
          Map.entry("char", "bpchar"),
          Map.entry("boolean", "bool"),
          Map.entry("timestamp without time zone", "timestamp"),
          Map.entry("timestamp with time zone", "timestamptz"));

  static Expr of(String text, PgType type, String name) {
    return new Expr(Sql.of(text), type, name, false, false);
  }

  static Expr of(Sql sql, PgType type, String name) {
    return new Expr(sql, type, name, false, false);
  }

  static Expr untyped(String text, PgType type) {
    return new Expr(Sql.of(text), type, null, true, false);
  }

  /** A cast to the type written {@code typeText}, named after that type. */
  static Expr castNamed(Sql sql, PgType type, String typeText) {
    return new Expr(sql, type, castName(typeText), false, true);
  }

  /** The name FigureColname gives a cast to the type as written: {@code integer[]} is int4. */
  static String castName(String typeText) {
    String t =
        typeText.toLowerCase(Locale.ROOT).replaceAll("\\([^)]*\\)", "").replace("[]", "").trim();
    t = t.substring(t.lastIndexOf('.') + 1);
    return INTERNAL.getOrDefault(t, t);
  }

  /** The expression wrapped in parentheses, so that operators bind as intended. */
  Sql paren() {
    return new Sql().add("(").add(sql).add(")");
  }
}
