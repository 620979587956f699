package dev.sqlcheck.processor.dialect.postgres.types;

import dev.sqlcheck.processor.catalog.SqlType;
import java.util.ArrayList;
import java.util.List;

/**
 * A value of one type as both sides see it: SQL text ({@code NULL::int4}, or an untyped {@code
 * NULL}) and the {@link Arg} that describes it to sqlcheck. The standard set covers the common
 * built-in types, arrays, ranges, {@code record}, an enum ({@code mood}, created by the tests) and
 * the untyped literal.
 */
record Probe(String sql, Arg arg, String typname) {
  static final String ENUM_DDL = "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy')";

  static final List<String> TYPNAMES =
      List.of(
          "int2",
          "int4",
          "int8",
          "numeric",
          "float4",
          "float8",
          "text",
          "varchar",
          "bpchar",
          "char",
          "name",
          "bool",
          "date",
          "time",
          "timetz",
          "timestamp",
          "timestamptz",
          "interval",
          "bytea",
          "uuid",
          "json",
          "jsonb",
          "inet",
          "money",
          "oid",
          "bit",
          "varbit",
          "point",
          "int4range",
          "tstzrange",
          "int4multirange",
          "tsvector",
          "xml",
          "_int4",
          "_text",
          "_jsonb",
          "record",
          "mood",
          "_mood");

  /** A smaller set for the default (non-exhaustive) runs: one or two per type category. */
  static final List<String> CORE =
      List.of(
          "int2",
          "int4",
          "int8",
          "numeric",
          "float8",
          "text",
          "varchar",
          "bool",
          "json",
          "point",
          "date",
          "timestamp",
          "timestamptz",
          "interval",
          "bytea",
          "jsonb",
          "inet",
          "int4range",
          "_int4",
          "_text",
          "mood");

  /** The exhaustive runs ({@code -Dsqlcheck.typesDifferential.full=true}) use every probe. */
  static boolean full() {
    return Boolean.getBoolean("sqlcheck.typesDifferential.full");
  }

  /** The probes for this run: all of them, or the core set; the untyped NULL last. */
  static List<Probe> forRun(PgCatalog catalog) {
    if (full()) {
      return all(catalog);
    }
    List<Probe> out = new ArrayList<>();
    for (String t : CORE) {
      out.add(typed(catalog, t));
    }
    out.add(untypedNull());
    return out;
  }

  /** Every standard probe, the untyped NULL last. */
  static List<Probe> all(PgCatalog catalog) {
    List<Probe> out = new ArrayList<>();
    for (String t : TYPNAMES) {
      out.add(typed(catalog, t));
    }
    out.add(untypedNull());
    return out;
  }

  static Probe untypedNull() {
    return new Probe("NULL", Arg.untypedNull(), "unknown");
  }

  static Probe literal(String text) {
    return new Probe("'" + text.replace("'", "''") + "'", Arg.untyped(text), "unknown");
  }

  static Probe typed(PgCatalog catalog, String typname) {
    if (typname.equals("unknown")) {
      return new Probe("NULL::unknown", Arg.untypedNull(), typname); // still an untyped constant
    }
    String cast = typname.equals("char") || typname.equals("any") ? '"' + typname + '"' : typname;
    return new Probe("NULL::" + cast, Arg.of(sqlType(catalog, typname)), typname);
  }

  /** The same value passed as a named argument. */
  Probe named(String name) {
    return new Probe(name + " => " + sql, arg.named(name), typname);
  }

  /** A typed expression without column references, as in an IN list of constants. */
  Probe asConstant() {
    return arg.kind() == Arg.Kind.TYPED ? new Probe(sql, Arg.constant(arg.type()), typname) : this;
  }

  static SqlType sqlType(PgCatalog catalog, String typname) {
    if (typname.equals("mood")) {
      return SqlType.enumOf("mood");
    }
    if (typname.equals("_mood")) {
      return SqlType.enumOf("mood").asArray();
    }
    return new SqlTypes(catalog).toSql(catalog.require(typname));
  }

  @Override
  public String toString() {
    return sql;
  }
}
