package dev.sqlcheck.processor.dialect.postgres.types;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sqlcheck.processor.testing.TestDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Number literals read by the integer, numeric and float input functions: the local PostgreSQL 15
 * judges every text under the rules of 15, and the rules of 16 and later (non-decimal prefixes and
 * underscores in integers and numerics) give the results PostgreSQL 16.9 and 18.0 gave for the same
 * texts. {@code 'inf'::numeric} and {@code '0x10'::float8} were false errors before, as were the
 * PostgreSQL 16 forms under the default 14–18 range.
 */
class NumberInputAgreesWithPostgresTest {
  private static final PgCatalog CATALOG = TypeFacts.PG.catalog();
  private static final SchemaTypes NO_TYPES = new SchemaTypes(Map.of(), Set.of());
  private static final LiteralInput PG15 = new LiteralInput(CATALOG, NO_TYPES, false);
  private static final LiteralInput PG16 = new LiteralInput(CATALOG, NO_TYPES, true);

  private static final List<String> TYPES =
      List.of("int2", "int4", "int8", "numeric", "float4", "float8");

  private static final List<String> TEXTS =
      List.of(
          "0",
          " -12 ",
          "+7",
          "1.5",
          "5.",
          ".5",
          ".",
          "1e5",
          "1E-3",
          "1e",
          "1e+",
          "--1",
          "",
          "32768",
          "-2147483649",
          "9223372036854775808",
          "1e400",
          "1e-400",
          "1e-310",
          "0.0e-999",
          "inf",
          " INF ",
          "+inf",
          "-Inf",
          "infinity",
          "+Infinity",
          " -infinity",
          "infinit",
          "infx",
          "nan",
          "NaN ",
          "+nan",
          "-NaN",
          "nan(123)",
          "0x10",
          "0X1F",
          "-0x10",
          "0x",
          "0x1.8p3",
          "0x.8",
          "0x1p",
          "0X1P-2",
          "0x1p2000",
          "0x1.8P+3x",
          "0o17",
          "0b101",
          "1_000",
          "1_000.5",
          "1.5_5",
          ".5_5",
          "1e1_0",
          "_1",
          "1_",
          "1__0",
          "1._5",
          "1_.5",
          "0x_1",
          "0x1_",
          "0b_",
          "0x1F.5",
          "1 000",
          "١٢");

  @Test
  void postgres15_judgesEveryText() throws SQLException {
    List<String> failures = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(TestDatabases.postgresUrl());
        Statement s = c.createStatement()) {
      for (String type : TYPES) {
        for (String text : TEXTS) {
          String theirs;
          try {
            s.execute("SELECT '" + text + "'::" + type);
            theirs = "ok";
          } catch (SQLException e) {
            theirs = e.getMessage().replaceFirst("^ERROR: ", "").split("\n")[0];
          }
          PgError ours = PG15.check(CATALOG.require(type), text);
          String mine = ours == null ? "ok" : ours.message();
          if (!mine.equals(theirs)) {
            failures.add(type + " '" + text + "': ours " + mine + ", PostgreSQL " + theirs);
          }
        }
      }
    }
    assertEquals(List.of(), failures);
  }

  /** What PostgreSQL 16.9 and 18.0 answered (the same) where 15 rejects the text. */
  @Test
  void postgres16_readsPrefixesAndUnderscores() {
    String[][] cases = {
      {"int8", "0x10", "ok"},
      {"int4", "0o17", "ok"},
      {"int2", "0b101", "ok"},
      {"int8", " 0x1F ", "ok"},
      {"int8", "-0x10", "ok"},
      {"int8", "+0b1", "ok"},
      {"int4", "0X_F", "ok"},
      {"int4", "0xf_F_f", "ok"},
      {"int8", "1_000", "ok"},
      {"int8", "1__0", "invalid input syntax for type bigint: \"1__0\""},
      {"int8", "_1", "invalid input syntax for type bigint: \"_1\""},
      {"int8", "1_", "invalid input syntax for type bigint: \"1_\""},
      {"int8", "0x", "invalid input syntax for type bigint: \"0x\""},
      {"int8", "0x1_", "invalid input syntax for type bigint: \"0x1_\""},
      {"int8", "1e5", "invalid input syntax for type bigint: \"1e5\""},
      {"int2", "0x8000", "value \"0x8000\" is out of range for type smallint"},
      {"numeric", "0x10", "ok"},
      {"numeric", "-0x10", "ok"},
      {"numeric", "0o_7", "ok"},
      {"numeric", "1_000.5", "ok"},
      {"numeric", "1.5_5", "ok"},
      {"numeric", ".5_5", "ok"},
      {"numeric", "1e1_0", "ok"},
      {"numeric", "1e+1_0", "ok"},
      {"numeric", "0x1.8", "invalid input syntax for type numeric: \"0x1.8\""},
      {"numeric", "_1.5", "invalid input syntax for type numeric: \"_1.5\""},
      {"numeric", "1._5", "invalid input syntax for type numeric: \"1._5\""},
      {"numeric", "1_.5", "invalid input syntax for type numeric: \"1_.5\""},
      {"numeric", "._5", "invalid input syntax for type numeric: \"._5\""},
      {"numeric", "1e_10", "invalid input syntax for type numeric: \"1e_10\""},
      {"numeric", "1.5e1_", "invalid input syntax for type numeric: \"1.5e1_\""},
      {"numeric", "0b1e1", "invalid input syntax for type numeric: \"0b1e1\""},
      {"numeric", "0b_", "invalid input syntax for type numeric: \"0b_\""},
      {"float8", "1_000", "invalid input syntax for type double precision: \"1_000\""},
      {"float8", "0x10", "ok"},
    };
    List<String> failures = new ArrayList<>();
    for (String[] k : cases) {
      PgError ours = PG16.check(CATALOG.require(k[0]), k[1]);
      String mine = ours == null ? "ok" : ours.message();
      if (!mine.equals(k[2])) {
        failures.add(k[0] + " '" + k[1] + "': ours " + mine + ", PostgreSQL 16 " + k[2]);
      }
    }
    assertEquals(List.of(), failures);
  }
}
