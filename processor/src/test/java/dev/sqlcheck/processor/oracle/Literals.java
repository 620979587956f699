package dev.sqlcheck.processor.oracle;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Literals of every type the schema uses, typed ({@code 1.5}, {@code DATE '2024-01-02'}, {@code
 * 'ok'::mood}) and untyped ({@code '7'}, {@code NULL}), so that CASE, COALESCE, UNION and VALUES
 * see the mixtures whose result types PostgreSQL resolves by its rules. Untyped literals always
 * hold text the target type accepts, so they fail only where typing says they must.
 */
final class Literals {
  private final Gen g;

  Literals(Gen g) {
    this.g = g;
  }

  static final List<PgType> NUMBER_KINDS =
      List.of(
          PgType.SMALLINT,
          PgType.INTEGER,
          PgType.BIGINT,
          PgType.NUMERIC,
          PgType.REAL,
          PgType.DOUBLE);
  static final List<PgType> STRING_KINDS = List.of(PgType.TEXT, PgType.VARCHAR, PgType.CHAR);
  static final List<PgType> TIME_KINDS = List.of(PgType.DATE, PgType.TIMESTAMP, PgType.TIMESTAMPTZ);

  /** Another kind of the same group, for mixtures; the very type for enums, arrays, uuid. */
  PgType sibling(PgType t) {
    return switch (t.group()) {
      case NUMBER -> g.pick(NUMBER_KINDS);
      case STRING -> g.pick(STRING_KINDS);
      case TIME -> g.pick(TIME_KINDS);
      default -> t;
    };
  }

  /**
   * A typed literal of type {@code t}. Those written as function calls ({@code now()}, {@code
   * current_date}) carry the function's name, as PostgreSQL names such a column.
   */
  Expr typed(PgType t) {
    Expr e = literal(t);
    return named(e.sql().text(), e.type());
  }

  private static final Pattern CALL =
      Pattern.compile("([a-z_]+)\\(.*\\)|(current_date|current_timestamp|localtimestamp)");
  private static final Pattern CAST = Pattern.compile("(?s).*::([a-z0-9_. ()\\[\\],]+)");
  private static final Pattern CAST_AS = Pattern.compile("CAST\\(.* AS (.+)\\)");
  private static final Pattern PREFIXED =
      Pattern.compile("(DATE|TIMESTAMP|TIMESTAMPTZ|text|interval) '.*");

  /**
   * A literal with the name FigureColname gives it: a function's name ({@code now()}, {@code
   * current_date}), a cast's type name ({@code '1'::int2}, {@code DATE '...'}), or none ({@code
   * 42}, {@code 'x'}, and on PostgreSQL 15 also {@code true}).
   */
  static Expr named(String text, PgType type) {
    Matcher m = CALL.matcher(text);
    if (m.matches()) {
      return Expr.of(text, type, m.group(1) != null ? m.group(1) : m.group(2));
    }
    for (Pattern p : List.of(CAST, CAST_AS, PREFIXED)) {
      m = p.matcher(text);
      if (m.matches()) {
        return Expr.castNamed(Sql.of(text), type, m.group(1));
      }
    }
    return Expr.of(text, type, null);
  }

  private Expr literal(PgType t) {
    return switch (t.kind()) {
      case SMALLINT ->
          Expr.of(g.pickOf("3::smallint", "CAST(7 AS int2)", "'12'::smallint"), t, null);
      case INTEGER -> Expr.of(g.pickOf("1", "42", "-5", "2147483647", "0"), t, null);
      case BIGINT -> Expr.of(g.pickOf("3000000000", "7::bigint", "CAST(8 AS int8)"), t, null);
      case NUMERIC ->
          Expr.of(g.pickOf("1.5", "2.25", "1e3", "10::numeric", "0.5::numeric(4,2)"), t, null);
      case REAL -> Expr.of(g.pickOf("1.5::real", "'2.5'::float4"), t, null);
      case DOUBLE -> Expr.of(g.pickOf("1.5::float8", "2e0::double precision"), t, null);
      case TEXT -> Expr.of(g.pickOf("'abc'::text", "text 'xyz'", "'a b'::text"), t, null);
      case VARCHAR ->
          Expr.of(
              g.pickOf("'abc'::varchar", "'q'::varchar(3)", "'hello'::character varying"), t, null);
      case CHAR -> Expr.of(g.pickOf("'ab'::char(2)", "'x'::character(4)", "'z'::bpchar"), t, null);
      case DATE ->
          Expr.of(g.pickOf("DATE '2024-01-02'", "current_date", "'2024-03-04'::date"), t, null);
      case TIMESTAMP ->
          Expr.of(
              g.pickOf(
                  "TIMESTAMP '2024-01-02 03:04:05'",
                  "localtimestamp",
                  "'2024-05-06 07:08'::timestamp"),
              t,
              null);
      case TIMESTAMPTZ ->
          Expr.of(
              g.pickOf("now()", "current_timestamp", "TIMESTAMPTZ '2024-01-02 03:04:05+00'"),
              t,
              null);
      case INTERVAL -> Expr.of(g.pickOf("interval '1 day'", "'2 hours'::interval"), t, null);
      case BOOLEAN -> Expr.of(g.pickOf("true", "false"), t, null);
      case UUID ->
          Expr.of(
              g.pickOf("gen_random_uuid()", "'0e37df36-f698-11e6-8dd4-cb9ced3df976'::uuid"),
              t,
              null);
      case JSONB ->
          Expr.of(
              g.pickOf(
                  "'{\"a\": 1, \"b\": \"x\"}'::jsonb",
                  "'[1, 2]'::jsonb",
                  "jsonb_build_object('k', 1)"),
              t,
              null);
      case ENUM -> Expr.of(quote(label(t)) + "::" + t.name(), t, null);
      case ARRAY -> Expr.of(arrayText(t.element()) + "::" + t.name(), t, null);
      default -> Expr.untyped("NULL", t);
    };
  }

  /** An untyped literal (or NULL) that PostgreSQL will read as a value of type {@code t}. */
  Expr untyped(PgType t) {
    if (g.chance(0.4)) {
      return Expr.untyped("NULL", t);
    }
    String text =
        switch (t.group()) {
          case NUMBER -> g.pickOf("'7'", "'42'");
          case STRING -> g.pickOf("'abc'", "'x'", "''");
          case TIME -> g.pickOf("'2024-01-02'", "'2023-12-31 10:00'");
          case INTERVAL -> "'1 hour'";
          case BOOL -> g.pickOf("'true'", "'f'");
          case UUID -> "'0e37df36-f698-11e6-8dd4-cb9ced3df976'";
          case JSONB -> "'{}'";
          case ENUM -> quote(label(t));
          case ARRAY -> arrayText(t.element());
          default -> "NULL";
        };
    return Expr.untyped(text, t);
  }

  /** A NULL cast to {@code t}, typed but valueless. */
  Expr typedNull(PgType t) {
    return Expr.castNamed(Sql.of("NULL::" + t.name()), t, t.name());
  }

  private String label(PgType t) {
    List<String> labels = g.model.enumLabels.getOrDefault(t.name(), List.of("x"));
    return g.pick(labels);
  }

  private static String quote(String s) {
    return "'" + s.replace("'", "''") + "'";
  }

  /** An array literal's text for the element type: {@code '{1,2}'}, {@code '{a,b}'}. */
  private String arrayText(PgType element) {
    return switch (element.group()) {
      case NUMBER -> g.pickOf("'{1,2,3}'", "'{}'", "'{5}'");
      case ENUM -> "'{" + label(element) + "}'";
      case BOOL -> "'{t,f}'";
      case STRING -> g.pickOf("'{a,b}'", "'{}'", "'{x}'");
      default -> "'{}'";
    };
  }
}
