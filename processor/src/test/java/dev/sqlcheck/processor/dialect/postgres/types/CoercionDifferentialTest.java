package dev.sqlcheck.processor.dialect.postgres.types;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every pair of probe types in each coercion context, against PostgreSQL 15: explicit as {@code
 * CAST(x AS t)}, assignment as {@code INSERT} into a column of type t, implicit as a call of a
 * function whose only parameter has type t (so resolution has exactly one candidate).
 */
class CoercionDifferentialTest {
  private static final PgTypeSystem PG = DifferentialDatabase.typeSystem();
  private static final List<String> LITERALS =
      List.of(
          "1",
          "-32769",
          "2147483648",
          "x",
          "1.5",
          " 7 ",
          "1e400",
          "nan",
          "true",
          "yes",
          "of",
          "{1,2}",
          "{1,x}",
          "[1,2)",
          "empty",
          "2020-01-01",
          "1.2.3.4",
          "",
          "\\x4",
          "\\x41",
          "0101",
          "(1,2)",
          "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11",
          "{\"a\": 1}",
          "[1, 2",
          "allballs",
          "@ 1 day",
          "happy",
          "Happy");
  private static ScratchDatabase db;
  private static PgOracle oracle;
  private static List<Probe> probes;

  @BeforeAll
  static void setUp() throws SQLException {
    db = DifferentialDatabase.open("sqlcheck_types_coercion");
    oracle = new PgOracle(db.connection(), PG.catalog());
    probes = Probe.all(PG.catalog());
    for (Probe target : targets()) {
      String t = cast(target);
      db.execute("CREATE TABLE sqlcheck_to_" + target.typname() + " (c " + t + ")");
      db.execute(
          "CREATE FUNCTION sqlcheck_to_"
              + target.typname()
              + "(x "
              + t
              + ") RETURNS int LANGUAGE sql AS 'SELECT 1'");
    }
  }

  @AfterAll
  static void tearDown() throws SQLException {
    if (db != null) {
      db.close();
    }
  }

  private static List<Probe> targets() {
    List<Probe> out = new ArrayList<>();
    for (Probe p : probes) {
      if (!p.typname().equals("record") && !p.typname().equals("unknown")) {
        out.add(p);
      }
    }
    return out;
  }

  private static String cast(Probe p) {
    return p.sql().substring("NULL::".length());
  }

  @Test
  void explicitCasts_matchPostgres() {
    Differential d = new Differential("coercion-explicit", oracle);
    List<Differential.Case> cases = new ArrayList<>();
    for (Probe from : probes) {
      for (Probe to : probes) {
        if (to.typname().equals("unknown")) {
          continue;
        }
        cases.add(
            new Differential.Case(
                "SELECT CAST(" + from.sql() + " AS " + cast(to) + ")",
                () -> Answer.of(PG.cast(from.arg(), to.arg().type()))));
      }
    }
    d.run(cases);
    d.finish(0.995);
  }

  @Test
  void assignments_matchPostgres() {
    Differential d = new Differential("coercion-assignment", oracle);
    List<Differential.Case> cases = new ArrayList<>();
    for (Probe from : probes) {
      for (Probe to : targets()) {
        String sql =
            "INSERT INTO sqlcheck_to_"
                + to.typname()
                + " (c) VALUES ("
                + from.sql()
                + ") RETURNING 1";
        cases.add(
            new Differential.Case(
                sql,
                () ->
                    coercible(
                        from,
                        to,
                        CoercionContext.ASSIGNMENT,
                        "column \"c\" is of type "
                            + display(to)
                            + " but expression is of type "
                            + display(from))));
      }
    }
    d.run(cases);
    d.finish(0.995);
  }

  @Test
  void implicitConversions_matchPostgres() {
    Differential d = new Differential("coercion-implicit", oracle);
    List<Differential.Case> cases = new ArrayList<>();
    for (Probe from : probes) {
      for (Probe to : targets()) {
        String sql = "SELECT sqlcheck_to_" + to.typname() + "(" + from.sql() + ")";
        cases.add(
            new Differential.Case(
                sql,
                () ->
                    coercible(
                        from,
                        to,
                        CoercionContext.IMPLICIT,
                        "function sqlcheck_to_"
                            + to.typname()
                            + "("
                            + display(from)
                            + ") does not exist")));
      }
    }
    d.run(cases);
    d.finish(0.995);
  }

  @Test
  void literalCasts_matchPostgres() {
    Differential d = new Differential("literal-input", oracle);
    List<Differential.Case> cases = new ArrayList<>();

    for (Probe to : probes) {
      if (to.typname().equals("unknown")) {
        continue;
      }
      for (String text : LITERALS) {
        Probe lit = Probe.literal(text);
        cases.add(
            new Differential.Case(
                "SELECT CAST(" + lit.sql() + " AS " + cast(to) + ")",
                () -> Answer.of(PG.cast(lit.arg(), to.arg().type()))));
      }
    }
    d.run(cases);
    d.finishLenient(0.85);
  }

  private static Answer coercible(Probe from, Probe to, CoercionContext context, String error) {
    boolean ok =
        from.arg().isUntyped() || PG.coercible(from.arg().type(), to.arg().type(), context);
    return ok
        ? Answer.type(context == CoercionContext.IMPLICIT ? "integer" : "integer")
        : Answer.error(error, null);
  }

  private static String display(Probe p) {
    return p.arg().isUntyped()
        ? "unknown"
        : new SqlTypes(PG.catalog()).toPg(p.arg().type()).display();
  }
}
