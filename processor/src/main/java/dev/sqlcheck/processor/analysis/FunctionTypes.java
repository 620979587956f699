package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.catalog.SqlType;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Result types of common PostgreSQL functions and aggregates, from their argument types. A function
 * not listed here has an unknown type: functions are never judged, only typed.
 */
final class FunctionTypes {
  private static final Set<String> TEXT_FUNCTIONS =
      Set.of(
          "lower",
          "upper",
          "trim",
          "btrim",
          "ltrim",
          "rtrim",
          "substring",
          "substr",
          "replace",
          "initcap",
          "left",
          "right",
          "lpad",
          "rpad",
          "md5",
          "to_char",
          "repeat",
          "reverse",
          "translate",
          "quote_ident",
          "quote_literal",
          "string_agg",
          "split_part",
          "regexp_replace",
          "format",
          "chr",
          "encode");
  private static final Set<String> INTEGER_FUNCTIONS =
      Set.of(
          "length",
          "char_length",
          "character_length",
          "octet_length",
          "position",
          "strpos",
          "array_length",
          "cardinality",
          "ntile",
          "ascii",
          "array_position");
  private static final Map<String, String> FIXED =
      Map.ofEntries(
          Map.entry("to_timestamp", "timestamp with time zone"),
          Map.entry("to_date", "date"),
          Map.entry("to_number", "numeric"),
          Map.entry("json_agg", "json"),
          Map.entry("json_build_object", "json"),
          Map.entry("json_build_array", "json"),
          Map.entry("to_json", "json"),
          Map.entry("json_object_agg", "json"),
          Map.entry("jsonb_agg", "jsonb"),
          Map.entry("jsonb_build_object", "jsonb"),
          Map.entry("jsonb_build_array", "jsonb"),
          Map.entry("to_jsonb", "jsonb"),
          Map.entry("jsonb_object_agg", "jsonb"),
          Map.entry("jsonb_set", "jsonb"),
          Map.entry("bool_and", "boolean"),
          Map.entry("bool_or", "boolean"),
          Map.entry("every", "boolean"),
          Map.entry("percent_rank", "double precision"),
          Map.entry("cume_dist", "double precision"),
          Map.entry("random", "double precision"),
          Map.entry("nextval", "bigint"),
          Map.entry("currval", "bigint"),
          Map.entry("setval", "bigint"),
          Map.entry("age", "interval"),
          Map.entry("date_part", "double precision"));
  private static final Set<String> NOW =
      Set.of("now", "transaction_timestamp", "statement_timestamp", "clock_timestamp");
  private static final Set<String> SAME_AS_FIRST =
      Set.of(
          "min",
          "max",
          "abs",
          "ceil",
          "ceiling",
          "floor",
          "lag",
          "lead",
          "first_value",
          "last_value",
          "nth_value",
          "any_value",
          "mode",
          "unnest",
          "generate_series");
  private static final List<String> NUMERIC_RANK =
      List.of("smallint", "integer", "bigint", "numeric", "real", "double precision");

  private FunctionTypes() {}

  static Typed of(String name, List<Typed> args) {
    Typed first = args.isEmpty() ? Typed.unknown() : args.get(0);
    boolean anyNull = args.stream().anyMatch(Typed::nullable);
    boolean allNull = args.isEmpty() || args.stream().allMatch(Typed::nullable);
    Typed t =
        switch (name) {
          case "count" -> Typed.of("bigint", false);
          case "row_number", "rank", "dense_rank" -> Typed.of("bigint", false);
          case "sum" -> new Typed(sumType(first.type()), true, name);
          case "avg" -> new Typed(avgType(first.type()), true, name);
          case "coalesce", "greatest", "least" -> new Typed(firstKnown(args), allNull, name);
          case "nullif" -> new Typed(first.type(), true, name);
          case "concat", "concat_ws" -> Typed.of("text", false);
          case "array_agg" ->
              new Typed(
                  first.type().isUnknown() ? SqlType.UNKNOWN : first.type().asArray(), true, name);
          case "gen_random_uuid", "uuid_generate_v4" -> Typed.of("uuid", false);
          case "round", "trunc" ->
              new Typed(args.size() > 1 ? SqlType.of("numeric") : first.type(), anyNull, name);
          case "date_trunc" ->
              new Typed(args.size() > 1 ? args.get(1).type() : SqlType.UNKNOWN, anyNull, name);
          case "string_to_array" -> new Typed(SqlType.arrayOf("text"), anyNull, name);
          default -> other(name, first, anyNull);
        };
    return t.withLabel(name);
  }

  private static Typed other(String name, Typed first, boolean anyNull) {
    if (NOW.contains(name)) {
      return Typed.of("timestamp with time zone", false);
    }
    if (TEXT_FUNCTIONS.contains(name)) {
      return Typed.of("text", anyNull || name.equals("string_agg"));
    }
    if (INTEGER_FUNCTIONS.contains(name)) {
      return Typed.of("integer", true);
    }
    if (FIXED.containsKey(name)) {
      return Typed.of(FIXED.get(name), true);
    }
    if (SAME_AS_FIRST.contains(name)) {
      SqlType type = first.type();
      if (name.equals("unnest") && type.array()) {
        type = type.elementType();
      }
      return new Typed(type, true, name);
    }
    return Typed.unknown();
  }

  private static SqlType firstKnown(List<Typed> args) {
    for (Typed a : args) {
      if (!a.type().isUnknown()) {
        return a.type();
      }
    }
    return SqlType.UNKNOWN;
  }

  private static SqlType sumType(SqlType arg) {
    return switch (arg.array() ? "" : arg.name()) {
      case "smallint", "integer" -> SqlType.of("bigint");
      case "bigint", "numeric" -> SqlType.of("numeric");
      case "real", "double precision", "interval", "money" -> arg;
      default -> SqlType.UNKNOWN;
    };
  }

  private static SqlType avgType(SqlType arg) {
    return switch (arg.array() ? "" : arg.name()) {
      case "smallint", "integer", "bigint", "numeric" -> SqlType.of("numeric");
      case "real", "double precision" -> SqlType.of("double precision");
      case "interval" -> arg;
      default -> SqlType.UNKNOWN;
    };
  }

  /** The wider of two numeric types ({@code integer + bigint} is bigint), else unknown. */
  static SqlType arithmetic(SqlType a, SqlType b) {
    if (a.isUnknown() || b.isUnknown() || a.array() || b.array()) {
      return SqlType.UNKNOWN;
    }
    int ra = NUMERIC_RANK.indexOf(a.name());
    int rb = NUMERIC_RANK.indexOf(b.name());
    if (ra >= 0 && rb >= 0) {
      return SqlType.of(NUMERIC_RANK.get(Math.max(ra, rb)));
    }
    boolean aTime = a.name().startsWith("timestamp") || a.name().equals("date");
    if (aTime && b.name().equals("interval")) {
      return a.name().equals("date") ? SqlType.of("timestamp without time zone") : a;
    }
    if (a.name().equals("interval") && b.name().equals("interval")) {
      return a;
    }
    return SqlType.UNKNOWN;
  }
}
