package dev.sqlcheck.processor.dialect.postgres.types;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every set-returning function of {@code pg_catalog} as a FROM item, with and without a column
 * definition list, against PostgreSQL 15: the names and types of all result columns, or the error.
 * Arguments are the declared types (polymorphic ones replaced by a sample).
 */
class SetReturningDifferentialTest {
  private static final PgTypeSystem PG = DifferentialDatabase.typeSystem();
  private static final Map<String, String> SAMPLES =
      Map.of(
          PgType.ANYELEMENT,
          "int4",
          PgType.ANYARRAY,
          "_int4",
          PgType.ANYMULTIRANGE,
          "int4multirange",
          PgType.ANY,
          "int4",
          PgType.ANYCOMPATIBLE,
          "int4");
  private static ScratchDatabase db;
  private static PgOracle oracle;

  @BeforeAll
  static void setUp() throws SQLException {
    db = DifferentialDatabase.open("sqlcheck_types_srf");
    oracle = new PgOracle(db.connection(), PG.catalog());
  }

  @AfterAll
  static void tearDown() throws SQLException {
    if (db != null) {
      db.close();
    }
  }

  @Test
  void fromItemColumns_matchPostgres() {
    Differential d = new Differential("srf-columns", oracle);
    List<Differential.Case> cases = new ArrayList<>();
    for (String line : PgCatalogResourceTestAccess.functionLines()) {
      String name = line.substring(0, line.indexOf('\t'));
      for (PgFunction fn : PG.catalog().functions(name)) {
        if (fn.kind() != 'f' || fn.args().stream().anyMatch(t -> t.is("internal"))) {
          continue;
        }
        if (!fn.retset() && !fn.name().startsWith("json")) {
          continue; // scalar functions: a sample of them is enough
        }
        List<Probe> args = new ArrayList<>();
        fn.args()
            .forEach(
                t -> args.add(Probe.typed(PG.catalog(), SAMPLES.getOrDefault(t.name(), t.name()))));
        cases.add(fromItem(fn, args, false));
        cases.add(fromItem(fn, args, true));
      }
    }
    d.run(cases);
    d.finish(0.995);
  }

  private static Differential.Case fromItem(PgFunction fn, List<Probe> args, boolean defList) {
    List<String> sql = new ArrayList<>();
    List<Arg> call = new ArrayList<>();
    args.forEach(
        p -> {
          sql.add(p.sql());
          call.add(p.arg());
        });
    String name = Identifiers.quoteIfNeeded(fn.name());
    String text =
        "SELECT * FROM pg_catalog."
            + name
            + "("
            + String.join(", ", sql)
            + ")"
            + (defList ? " AS t(a int, b text)" : "");
    return new Differential.Case(
        text,
        () -> {
          FunctionMatch m = PG.function(FunctionCall.of("pg_catalog." + fn.name(), call));
          SrfColumns c = PG.srfColumns(fn.name(), m, defList);
          if (!c.ok()) {
            return Answer.of(c.error());
          }
          if (c.definitionList()) {
            return Answer.type("a integer, b text");
          }
          List<String> columns = new ArrayList<>();
          c.columns().forEach(col -> columns.add(col.name() + " " + col.type()));
          return Answer.type(String.join(", ", columns));
        },
        true);
  }
}
