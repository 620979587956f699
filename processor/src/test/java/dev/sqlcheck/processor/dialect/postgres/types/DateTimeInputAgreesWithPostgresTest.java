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
 * ISO dates and times of day out of range ({@code '2024-02-30'}, {@code '25:00'}) fail at PREPARE
 * in PostgreSQL, whatever the DateStyle: each text here is read by PostgreSQL and by sqlcheck's
 * input rules, which must agree on whether it is an error and on its message.
 */
class DateTimeInputAgreesWithPostgresTest {
  private static final PgCatalog CATALOG = TypeFacts.PG.catalog();
  private static final LiteralInput INPUT =
      new LiteralInput(CATALOG, new SchemaTypes(Map.of(), Set.of()));

  private static final List<String[]> CASES =
      List.of(
          new String[] {"date", "2024-02-29"},
          new String[] {"date", "2023-02-29"},
          new String[] {"date", "2100-02-29"},
          new String[] {"date", "2000-02-29"},
          new String[] {"date", "2024-00-10"},
          new String[] {"date", "2024-01-00"},
          new String[] {"date", "2024-04-31"},
          new String[] {"date", "2024-13-01 BC"},
          new String[] {"date", "0000-01-01"},
          new String[] {"date", "20240101"},
          new String[] {"date", "2024-1-5"},
          new String[] {"timestamp", "2024-01-01 24:00"},
          new String[] {"timestamp", "2024-01-01 24:00:01"},
          new String[] {"timestamp", "2024-01-01 23:59:60"},
          new String[] {"timestamp", "2024-01-01 23:60"},
          new String[] {"timestamp", "2024-1-1 1:2:3"},
          new String[] {"timestamp", "2024-06-31 10:00"},
          new String[] {"timestamptz", "2024-01-01T25:00:00Z"},
          new String[] {"timestamptz", "2024-01-01 10:00:00+02"},
          new String[] {"timestamptz", "2024-01-01 10:00:00.123456 Europe/Paris"},
          new String[] {"time", "24:00:00"},
          new String[] {"time", "24:00:00.5"},
          new String[] {"time", "23:59:60"},
          new String[] {"time", "23:59:61"},
          new String[] {"time", "25:00"},
          new String[] {"time", "7:5"},
          new String[] {"timetz", "12:00:00+02"},
          new String[] {"timetz", "12:61:00+02"});

  @Test
  void isoDatesAndTimes_areRangeCheckedAsPostgresChecksThem() throws SQLException {
    List<String> failures = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(TestDatabases.postgresUrl());
        Statement s = c.createStatement()) {
      for (String[] k : CASES) {
        String theirs;
        try {
          s.execute("SELECT '" + k[1] + "'::" + k[0]);
          theirs = "ok";
        } catch (SQLException e) {
          theirs = e.getMessage().replaceFirst("^ERROR: ", "").split("\n")[0];
        }
        PgError ours = INPUT.check(CATALOG.require(k[0]), k[1]);
        String mine = ours == null ? "ok" : ours.message();
        if (!mine.equals(theirs)) {
          failures.add(k[0] + " '" + k[1] + "': ours " + mine + ", PostgreSQL " + theirs);
        }
      }
    }
    assertEquals(List.of(), failures);
  }
}
