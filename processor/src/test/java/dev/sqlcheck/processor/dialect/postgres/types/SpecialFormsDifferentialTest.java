package dev.sqlcheck.processor.dialect.postgres.types;

import dev.sqlcheck.processor.catalog.SqlType;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The SQL-standard forms the grammar turns into function calls (EXTRACT, SUBSTRING, POSITION,
 * OVERLAY, TRIM, NORMALIZE, AT TIME ZONE, SIMILAR TO, OVERLAPS) and the keyword value functions,
 * written as SQL for PostgreSQL 15 and built with {@link SpecialForms} for sqlcheck, over every
 * probe type.
 */
class SpecialFormsDifferentialTest {
  private static final PgTypeSystem PG = DifferentialDatabase.typeSystem();
  private static final Arg ONE = Arg.constant(SqlType.of("integer"));
  private static ScratchDatabase db;
  private static PgOracle oracle;

  @BeforeAll
  static void setUp() throws SQLException {
    db = DifferentialDatabase.open("sqlcheck_types_forms");
    oracle = new PgOracle(db.connection(), PG.catalog());
  }

  @AfterAll
  static void tearDown() throws SQLException {
    if (db != null) {
      db.close();
    }
  }

  private record Form(String sql, Function<Arg, Answer> mine) {}

  private static Answer call(FunctionCall c) {
    return Answer.of(PG.function(c));
  }

  static List<Form> forms() {
    Arg a = Arg.untyped("a");
    return List.of(
        new Form("EXTRACT(year FROM %s)", x -> call(SpecialForms.extract("year", x))),
        new Form("EXTRACT(epoch FROM %s)", x -> call(SpecialForms.extract("epoch", x))),
        new Form("SUBSTRING(%s FROM 1 FOR 1)", x -> call(SpecialForms.substring(x, ONE, ONE))),
        new Form("SUBSTRING(%s FROM 1)", x -> call(SpecialForms.substring(x, ONE, null))),
        new Form("SUBSTRING(%s FOR 1)", x -> call(SpecialForms.substring(x, null, ONE))),
        new Form(
            "SUBSTRING(%s SIMILAR 'a' ESCAPE '#')",
            x -> call(SpecialForms.substringSimilar(x, a, Arg.untyped("#")))),
        new Form("POSITION('a' IN %s)", x -> call(SpecialForms.position(a, x))),
        new Form(
            "OVERLAY(%s PLACING 'a' FROM 1 FOR 1)",
            x -> call(SpecialForms.overlay(x, a, ONE, ONE))),
        new Form(
            "TRIM(BOTH 'a' FROM %s)",
            x -> call(SpecialForms.trim(SpecialForms.TrimSide.BOTH, a, x))),
        new Form(
            "TRIM(LEADING FROM %s)",
            x -> call(SpecialForms.trim(SpecialForms.TrimSide.LEADING, null, x))),
        new Form("TRIM(%s)", x -> call(SpecialForms.trim(SpecialForms.TrimSide.BOTH, null, x))),
        new Form("NORMALIZE(%s, NFKC)", x -> call(SpecialForms.normalize(x, "nfkc"))),
        new Form("%s IS NORMALIZED", x -> call(SpecialForms.isNormalized(x, null))),
        new Form(
            "%s AT TIME ZONE 'UTC'", x -> call(SpecialForms.atTimeZone(x, Arg.untyped("UTC")))),
        new Form(
            "(%1$s, %1$s) OVERLAPS (%1$s, %1$s)", x -> call(SpecialForms.overlaps(x, x, x, x))),
        new Form(
            "%s SIMILAR TO 'a'",
            x -> {
              FunctionMatch pattern = PG.function(SpecialForms.similarToPattern(a, null));
              return Answer.of(PG.operator("~", x, Arg.of(pattern.type())));
            }));
  }

  @Test
  void specialForms_matchPostgres() {
    Differential d = new Differential("special-forms", oracle);
    List<Differential.Case> cases = new ArrayList<>();
    for (Form f : forms()) {
      for (Probe p : Probe.all(PG.catalog())) {
        String sql = "SELECT " + f.sql().replace("%1$s", p.sql()).replace("%s", p.sql());
        cases.add(new Differential.Case(sql, () -> f.mine().apply(p.arg())));
      }
    }
    for (String keyword :
        List.of(
            "CURRENT_DATE",
            "CURRENT_TIME",
            "CURRENT_TIMESTAMP",
            "LOCALTIME",
            "LOCALTIMESTAMP",
            "CURRENT_USER",
            "SESSION_USER",
            "CURRENT_ROLE",
            "USER",
            "CURRENT_CATALOG",
            "CURRENT_SCHEMA")) {
      cases.add(
          new Differential.Case(
              "SELECT " + keyword,
              () -> Answer.type(SpecialForms.valueFunction(keyword).orElseThrow().toString())));
    }
    for (String label : List.of("happy", "x")) {
      cases.add(
          new Differential.Case(
              "SELECT mood('" + label + "')",
              () -> Answer.of(PG.function("mood", List.of(Arg.untyped(label))))));
    }
    d.run(cases);
    d.finish(0.995);
  }
}
