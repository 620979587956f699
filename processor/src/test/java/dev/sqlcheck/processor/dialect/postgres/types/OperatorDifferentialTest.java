package dev.sqlcheck.processor.dialect.postgres.types;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every operator name of {@code pg_catalog} applied to every pair of probe types (binary) and to
 * every probe type (prefix), against PostgreSQL 15; plus {@code op ANY (array)}.
 */
class OperatorDifferentialTest {
  private static final PgTypeSystem PG = DifferentialDatabase.typeSystem();
  private static ScratchDatabase db;
  private static PgOracle oracle;
  private static List<Probe> probes;

  @BeforeAll
  static void setUp() throws SQLException {
    db = DifferentialDatabase.open("sqlcheck_types_operators");
    oracle = new PgOracle(db.connection(), PG.catalog());
    probes = Probe.forRun(PG.catalog());
  }

  @AfterAll
  static void tearDown() throws SQLException {
    if (db != null) {
      db.close();
    }
  }

  static TreeSet<String> operatorNames(boolean prefix) {
    TreeSet<String> names = new TreeSet<>();
    for (String line : PgCatalogResourceTestAccess.operatorLines()) {
      String[] f = CatalogResource.fields(line, 4);
      if (f[1].isEmpty() == prefix) {
        names.add(f[0]);
      }
    }
    return names;
  }

  @Test
  void binaryOperators_matchPostgres() {
    Differential d = new Differential("operators-binary", oracle);
    List<Differential.Case> cases = new ArrayList<>();
    for (String op : operatorNames(false)) {
      for (Probe l : probes) {
        for (Probe r : probes) {
          cases.add(
              new Differential.Case(
                  "SELECT " + l.sql() + " " + op + " " + r.sql(),
                  () -> Answer.of(PG.operator(op, l.arg(), r.arg()))));
        }
      }
    }
    d.run(cases);
    d.finish(0.995);
  }

  @Test
  void prefixOperators_matchPostgres() {
    Differential d = new Differential("operators-prefix", oracle);
    List<Differential.Case> cases = new ArrayList<>();
    for (String op : operatorNames(true)) {
      for (Probe r : probes) {
        cases.add(
            new Differential.Case(
                "SELECT " + op + " " + r.sql(), () -> Answer.of(PG.operator(op, null, r.arg()))));
      }
    }
    d.run(cases);
    d.finish(0.995);
  }

  @Test
  void quantifiedComparisons_matchPostgres() {
    Differential d = new Differential("operators-any-all", oracle);
    List<Differential.Case> cases = new ArrayList<>();
    for (String op : List.of("=", "<>", "<", ">=", "~~", "@>", "&&", "||", "+")) {
      for (Probe l : probes) {
        for (Probe r : probes) {
          cases.add(
              new Differential.Case(
                  "SELECT " + l.sql() + " " + op + " ANY (" + r.sql() + ")",
                  () -> Answer.of(PG.quantified(op, l.arg(), r.arg()))));
        }
      }
    }
    d.run(cases);
    d.finish(0.995);
  }
}
