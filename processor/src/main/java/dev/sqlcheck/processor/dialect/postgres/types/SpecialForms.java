package dev.sqlcheck.processor.dialect.postgres.types;

import dev.sqlcheck.processor.catalog.SqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The SQL-standard syntax that PostgreSQL 15's grammar rewrites into ordinary function calls
 * (gram.y), so that {@link PgTypeSystem#function} resolves them: {@code EXTRACT}, {@code
 * SUBSTRING}, {@code POSITION}, {@code OVERLAY}, {@code TRIM}, {@code NORMALIZE}, {@code IS
 * NORMALIZED}, {@code COLLATION FOR}, {@code AT TIME ZONE}, {@code OVERLAPS} and {@code SIMILAR
 * TO}'s pattern; plus the types of the keyword value functions ({@code CURRENT_DATE}, ...). Words
 * the grammar turns into string constants (the EXTRACT field, the NORMALIZE form) are untyped
 * literals, as there. The calls are qualified with {@code pg_catalog.}, as the grammar builds them,
 * so that error messages match ({@code function pg_catalog.extract(unknown, integer) does not
 * exist}).
 */
public final class SpecialForms {
  /** The grammar names these functions qualified, so messages say {@code pg_catalog.extract}. */
  private static final String SYSTEM = "pg_catalog.";

  private SpecialForms() {}

  /** {@code EXTRACT(field FROM source)} is {@code extract('field', source)}. */
  public static FunctionCall extract(String field, Arg source) {
    return FunctionCall.of(SYSTEM + "extract", Arg.untyped(field.toLowerCase(Locale.ROOT)), source);
  }

  /**
   * {@code SUBSTRING(s FROM start FOR count)}; either part may be null. {@code FOR} alone starts at
   * 1, as the grammar supplies.
   */
  public static FunctionCall substring(Arg source, Arg from, Arg forCount) {
    List<Arg> args = new ArrayList<>();
    args.add(source);
    if (from != null) {
      args.add(from);
    } else if (forCount != null) {
      args.add(Arg.constant(SqlType.of("integer")));
    }
    if (forCount != null) {
      args.add(forCount);
    }
    return FunctionCall.of(SYSTEM + "substring", args);
  }

  /** {@code SUBSTRING(s SIMILAR pattern ESCAPE escape)}. */
  public static FunctionCall substringSimilar(Arg source, Arg pattern, Arg escape) {
    return FunctionCall.of(SYSTEM + "substring", source, pattern, escape);
  }

  /** {@code POSITION(needle IN haystack)} is {@code position(haystack, needle)}. */
  public static FunctionCall position(Arg needle, Arg haystack) {
    return FunctionCall.of(SYSTEM + "position", haystack, needle);
  }

  /** {@code OVERLAY(s PLACING r FROM start [FOR count])}. */
  public static FunctionCall overlay(Arg source, Arg placing, Arg from, Arg forCount) {
    return forCount == null
        ? FunctionCall.of(SYSTEM + "overlay", source, placing, from)
        : FunctionCall.of(SYSTEM + "overlay", source, placing, from, forCount);
  }

  /** Which end {@code TRIM} works on. */
  public enum TrimSide {
    BOTH(SYSTEM + "btrim"),
    LEADING(SYSTEM + "ltrim"),
    TRAILING(SYSTEM + "rtrim");

    private final String function;

    TrimSide(String function) {
      this.function = function;
    }
  }

  /** {@code TRIM([side] [characters] FROM source)}; {@code characters} may be null. */
  public static FunctionCall trim(TrimSide side, Arg characters, Arg source) {
    return characters == null
        ? FunctionCall.of(side.function, source)
        : FunctionCall.of(side.function, source, characters);
  }

  /** {@code NORMALIZE(s [, form])}, the form (NFC, NFD, ...) passed as a string constant. */
  public static FunctionCall normalize(Arg source, String form) {
    return form == null
        ? FunctionCall.of(SYSTEM + "normalize", source)
        : FunctionCall.of(SYSTEM + "normalize", source, Arg.untyped(form.toUpperCase(Locale.ROOT)));
  }

  /** {@code s IS [form] NORMALIZED}. */
  public static FunctionCall isNormalized(Arg source, String form) {
    return form == null
        ? FunctionCall.of(SYSTEM + "is_normalized", source)
        : FunctionCall.of(
            SYSTEM + "is_normalized", source, Arg.untyped(form.toUpperCase(Locale.ROOT)));
  }

  /** {@code COLLATION FOR (x)}. */
  public static FunctionCall collationFor(Arg value) {
    return FunctionCall.of(SYSTEM + "pg_collation_for", value);
  }

  /** {@code value AT TIME ZONE zone} is {@code timezone(zone, value)}. */
  public static FunctionCall atTimeZone(Arg value, Arg zone) {
    return FunctionCall.of(SYSTEM + "timezone", zone, value);
  }

  /** {@code (a, b) OVERLAPS (c, d)}. */
  public static FunctionCall overlaps(Arg a, Arg b, Arg c, Arg d) {
    return FunctionCall.of(SYSTEM + "overlaps", a, b, c, d);
  }

  /**
   * The pattern side of {@code x SIMILAR TO pattern [ESCAPE e]}: PostgreSQL compares {@code x ~
   * similar_to_escape(pattern [, e])}.
   */
  public static FunctionCall similarToPattern(Arg pattern, Arg escape) {
    return escape == null
        ? FunctionCall.of(SYSTEM + "similar_to_escape", pattern)
        : FunctionCall.of(SYSTEM + "similar_to_escape", pattern, escape);
  }

  /**
   * The operator behind {@code [NOT] LIKE} ({@code ~~}, {@code !~~}) and {@code [NOT] ILIKE}
   * ({@code ~~*}, {@code !~~*}).
   */
  public static String likeOperator(boolean caseInsensitive, boolean negated) {
    return (negated ? "!~~" : "~~") + (caseInsensitive ? "*" : "");
  }

  /** The lexer reads {@code !=} as {@code <>}; every other operator name is used as written. */
  public static String operatorName(String written) {
    return written.equals("!=") ? "<>" : written;
  }

  /**
   * The type of a keyword value function in PostgreSQL 15 ({@code SQLValueFunction}), for example
   * {@code CURRENT_TIMESTAMP} is {@code timestamp with time zone}; empty for other words.
   */
  public static Optional<SqlType> valueFunction(String keyword) {
    String type =
        switch (keyword.toLowerCase(Locale.ROOT)) {
          case "current_date" -> "date";
          case "current_time" -> "time with time zone";
          case "current_timestamp" -> "timestamp with time zone";
          case "localtime" -> "time without time zone";
          case "localtimestamp" -> "timestamp without time zone";
          case "current_role",
              "current_user",
              "user",
              "session_user",
              "current_catalog",
              "current_schema" ->
              "name";
          default -> null;
        };
    return Optional.ofNullable(type).map(SqlType::of);
  }
}
