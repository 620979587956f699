package dev.sqlcheck.processor.dialect.postgres.types;

import dev.sqlcheck.processor.catalog.SqlType;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The constructs that unify types (COALESCE, GREATEST, LEAST, CASE, UNION / INTERSECT / EXCEPT,
 * VALUES, ARRAY[], JOIN USING) and the comparisons built on {@code =} (NULLIF, IS DISTINCT FROM,
 * IN), over every pair of probe types, some triples, and untyped literals whose text PostgreSQL
 * must read while parsing; against PostgreSQL 15.
 */
class CommonTypeDifferentialTest {
  private static final PgTypeSystem PG = DifferentialDatabase.typeSystem();
  private static final List<String> LITERALS =
      List.of("1", "x", "1.5", "true", "{1,2}", "2020-01-01", "99999999999", "1e400", "");
  private static ScratchDatabase db;
  private static PgOracle oracle;
  private static List<Probe> probes;

  @BeforeAll
  static void setUp() throws SQLException {
    db = DifferentialDatabase.open("sqlcheck_types_common");
    oracle = new PgOracle(db.connection(), PG.catalog());
    probes = Probe.forRun(PG.catalog());
  }

  @AfterAll
  static void tearDown() throws SQLException {
    if (db != null) {
      db.close();
    }
  }

  private interface Sql {
    String of(List<Probe> inputs);
  }

  private interface Mine {
    Answer of(List<Probe> inputs);
  }

  private record Construct(String name, int arity, Sql sql, Mine mine) {}

  private static List<Arg> args(List<Probe> inputs) {
    List<Arg> out = new ArrayList<>();
    inputs.forEach(p -> out.add(p.arg()));
    return out;
  }

  private static String list(List<Probe> inputs, String separator) {
    List<String> parts = new ArrayList<>();
    inputs.forEach(p -> parts.add(p.sql()));
    return String.join(separator, parts);
  }

  private static Construct common(CommonContext context, String function) {
    return new Construct(
        function,
        2,
        in -> "SELECT " + function + "(" + list(in, ", ") + ")",
        in -> Answer.of(PG.commonType(context, args(in))));
  }

  private static Construct setOperation(CommonContext context, int arity) {
    String keyword = context.word() + (context.name().endsWith("_ALL") ? " ALL" : "");
    return new Construct(
        context.name() + arity,
        arity,
        in -> "SELECT " + list(in, " " + keyword + " SELECT "),
        in -> Answer.of(PG.commonType(context, args(in))));
  }

  private static Construct pair(String name, String format, BiFunction<Arg, Arg, Resolution> mine) {
    return new Construct(
        name,
        2,
        in -> String.format(format, in.get(0).sql(), in.get(1).sql()),
        in -> Answer.of(mine.apply(in.get(0).arg(), in.get(1).arg())));
  }

  /** A subquery column: an untyped NULL there is resolved to text by its select list. */
  private static Arg column(Probe p) {
    return p.arg().isUntyped() ? Arg.of(SqlType.of("text")) : p.arg();
  }

  static List<Construct> constructs() {
    List<Construct> out = new ArrayList<>();
    out.add(common(CommonContext.COALESCE, "COALESCE"));
    out.add(common(CommonContext.GREATEST, "GREATEST"));
    out.add(common(CommonContext.LEAST, "LEAST"));
    out.add(setOperation(CommonContext.UNION, 2));
    out.add(setOperation(CommonContext.INTERSECT, 2));
    out.add(setOperation(CommonContext.EXCEPT, 2));
    out.add(setOperation(CommonContext.UNION_ALL, 2));
    out.add(
        new Construct(
            "VALUES",
            2,
            in -> "VALUES (" + list(in, "), (") + ")",
            in -> Answer.of(PG.commonType(CommonContext.VALUES, args(in)))));
    out.add(
        new Construct(
            "ARRAY",
            2,
            in -> "SELECT ARRAY[" + list(in, ", ") + "]",
            in -> Answer.of(PG.array(args(in)))));
    out.addAll(comparisons());
    return out;
  }

  /** CASE, USING and the comparisons built on the = operator. */
  static List<Construct> comparisons() {
    List<Construct> out = new ArrayList<>();
    out.add(
        pair(
            "CASE-ELSE",
            "SELECT CASE WHEN true THEN %s ELSE %s END",
            (a, b) -> PG.caseType(List.of(a), b)));
    out.add(
        pair(
            "CASE",
            "SELECT CASE WHEN true THEN %s WHEN false THEN %s END",
            (a, b) -> PG.caseType(List.of(a, b), null)));
    out.add(
        new Construct(
            "USING",
            2,
            in ->
                "SELECT k FROM (SELECT "
                    + in.get(0).sql()
                    + " AS k) x JOIN (SELECT "
                    + in.get(1).sql()
                    + " AS k) y USING (k)",
            in -> Answer.of(PG.usingColumn(column(in.get(0)), column(in.get(1))))));
    out.add(pair("NULLIF", "SELECT NULLIF(%s, %s)", PG::nullIf));
    out.add(pair("DISTINCT", "SELECT %s IS DISTINCT FROM %s", PG::distinctFrom));
    out.add(pair("IN1", "SELECT %s IN (%s)", (a, b) -> PG.in(a, List.of(constant(b)), false)));
    out.add(
        new Construct(
            "IN2",
            2,
            in ->
                "SELECT "
                    + in.get(0).sql()
                    + " NOT IN ("
                    + in.get(1).sql()
                    + ", "
                    + in.get(1).sql()
                    + ")",
            in ->
                Answer.of(
                    PG.in(
                        in.get(0).arg(),
                        List.of(constant(in.get(1).arg()), constant(in.get(1).arg())),
                        true))));
    return out;
  }

  private static Arg constant(Arg a) {
    return a.kind() == Arg.Kind.TYPED ? Arg.constant(a.type()) : a;
  }

  @Test
  void pairsOfTypes_matchPostgres() {
    Differential d = new Differential("common-types-pairs", oracle);
    List<Differential.Case> cases = new ArrayList<>();
    for (Construct c : constructs()) {
      for (Probe a : probes) {
        for (Probe b : probes) {
          List<Probe> in = List.of(a, b);
          cases.add(new Differential.Case(c.sql().of(in), () -> c.mine().of(in)));
        }
      }
    }
    d.run(cases);
    d.finish(0.995);
  }

  @Test
  void triplesOfTypes_matchPostgres() {
    Differential d = new Differential("common-types-triples", oracle);
    List<Differential.Case> cases = new ArrayList<>();
    Random random = new Random(15);
    List<Construct> threeWay =
        List.of(
            common(CommonContext.COALESCE, "COALESCE"),
            setOperation(CommonContext.UNION, 3),
            new Construct(
                "VALUES",
                3,
                in -> "VALUES (" + list(in, "), (") + ")",
                in -> Answer.of(PG.commonType(CommonContext.VALUES, args(in)))),
            new Construct(
                "ARRAY",
                3,
                in -> "SELECT ARRAY[" + list(in, ", ") + "]",
                in -> Answer.of(PG.array(args(in)))));
    int samples = Probe.full() ? 3000 : 600;
    for (int i = 0; i < samples; i++) {
      List<Probe> in = List.of(pick(random), pick(random), pick(random));
      for (Construct c : threeWay) {
        cases.add(new Differential.Case(c.sql().of(in), () -> c.mine().of(in)));
      }
    }
    d.run(cases);
    d.finish(0.995);
  }

  @Test
  void untypedLiterals_matchPostgres() {
    Differential d = new Differential("common-types-literals", oracle);
    List<Differential.Case> cases = new ArrayList<>();
    for (Construct c : constructs()) {
      if (c.name().equals("USING")) {
        continue;
      }
      for (Probe a : probes) {
        for (String text : LITERALS) {
          Probe lit = Probe.literal(text);
          for (List<Probe> in : List.of(List.of(a, lit), List.of(lit, a))) {
            cases.add(new Differential.Case(c.sql().of(in), () -> c.mine().of(in)));
          }
        }
      }
    }
    d.run(cases);
    d.finishLenient(0.85);
  }

  @Test
  void sortAndGroupKeys_matchPostgres() {
    Differential d = new Differential("sort-group-keys", oracle);
    List<Differential.Case> cases = new ArrayList<>();
    for (Probe p : probes) {
      String x = p.sql();
      cases.add(
          new Differential.Case(
              "SELECT " + x + " ORDER BY 1", () -> Answer.of(PG.ordering(p.arg()))));
      cases.add(
          new Differential.Case(
              "SELECT " + x + " GROUP BY 1", () -> Answer.of(PG.equality(p.arg()))));
      cases.add(
          new Differential.Case("SELECT DISTINCT " + x, () -> Answer.of(PG.equality(p.arg()))));
      cases.add(
          new Differential.Case(
              "SELECT count(DISTINCT " + x + ")",
              () -> Answer.of(PG.function(FunctionCall.of("count", p.arg()).withDistinct()))));
    }
    d.run(cases);
    d.finish(0.995);
  }

  private static Probe pick(Random random) {
    return probes.get(random.nextInt(probes.size()));
  }
}
