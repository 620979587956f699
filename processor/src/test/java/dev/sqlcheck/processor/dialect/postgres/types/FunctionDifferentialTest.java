package dev.sqlcheck.processor.dialect.postgres.types;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Calls of every {@code pg_catalog} function, aggregate and window function against PostgreSQL 15:
 * with its declared argument types (polymorphic ones replaced by a sample type), with untyped
 * NULLs, with each argument in turn replaced by each probe type, with an extra variadic argument,
 * with named arguments and with defaults left out. Names are qualified with {@code pg_catalog.} so
 * that functions named like keywords ({@code position}, {@code overlay}) are plain calls.
 */
class FunctionDifferentialTest {
  private static final PgTypeSystem PG = DifferentialDatabase.typeSystem();
  private static final Map<String, String> SAMPLES =
      Map.ofEntries(
          Map.entry(PgType.ANYELEMENT, "int4"),
          Map.entry(PgType.ANYNONARRAY, "int4"),
          Map.entry(PgType.ANYCOMPATIBLE, "int4"),
          Map.entry(PgType.ANYCOMPATIBLENONARRAY, "int4"),
          Map.entry(PgType.ANY, "int4"),
          Map.entry(PgType.ANYARRAY, "_int4"),
          Map.entry(PgType.ANYCOMPATIBLEARRAY, "_int4"),
          Map.entry(PgType.ANYENUM, "mood"),
          Map.entry(PgType.ANYRANGE, "int4range"),
          Map.entry(PgType.ANYCOMPATIBLERANGE, "int4range"),
          Map.entry(PgType.ANYMULTIRANGE, "int4multirange"),
          Map.entry(PgType.ANYCOMPATIBLEMULTIRANGE, "int4multirange"));
  private static ScratchDatabase db;
  private static PgOracle oracle;

  @BeforeAll
  static void setUp() throws SQLException {
    db = DifferentialDatabase.open("sqlcheck_types_functions");
    oracle = new PgOracle(db.connection(), PG.catalog());
  }

  @AfterAll
  static void tearDown() throws SQLException {
    if (db != null) {
      db.close();
    }
  }

  /** A call written both ways: SQL for PostgreSQL and a {@link FunctionCall} for sqlcheck. */
  record Call(PgFunction fn, List<Probe> args, boolean variadic) {
    String sql() {
      String name = "pg_catalog." + Identifiers.quoteIfNeeded(fn.name());
      if (fn.isOrderedSet()) {
        int direct = args.size() - aggregated();
        return name
            + "("
            + join(args.subList(0, direct))
            + ") WITHIN GROUP (ORDER BY "
            + join(args.subList(direct, args.size()))
            + ")";
      }
      String list = args.isEmpty() && fn.isAggregate() ? "*" : join(args);
      return name + "(" + list + ")" + (fn.isWindow() ? " OVER ()" : "");
    }

    /**
     * sqlcheck's answer, as the analyser would compose it: each {@code NULL::type} argument is a
     * cast that is checked first (PostgreSQL refuses {@code NULL::internal}), then the call.
     */
    Answer mine() {
      for (Probe p : args) {
        if (p.arg().kind() == Arg.Kind.TYPED) {
          Resolution cast = PG.cast(Arg.untypedNull(), p.arg().type());
          if (!cast.ok()) {
            return Answer.of(cast.error());
          }
        }
      }
      return Answer.of(PG.function(call()));
    }

    /** The sort arguments of an ordered-set call: those past the direct arguments. */
    int aggregated() {
      if (fn.aggKind() == 'h') {
        return args.size() / 2;
      }
      return Math.max(0, args.size() - fn.directArgs());
    }

    FunctionCall call() {
      List<Arg> list = new ArrayList<>();
      args.forEach(p -> list.add(p.arg()));
      FunctionCall c = FunctionCall.of("pg_catalog." + fn.name(), list);
      if (fn.isOrderedSet()) {
        int direct = list.size() - aggregated();
        c =
            FunctionCall.of(c.name(), list.subList(0, direct))
                .withinGroup(list.subList(direct, list.size()));
      } else if (args.isEmpty() && fn.isAggregate()) {
        c = c.withStar();
      }
      c = fn.isWindow() ? c.withOver() : c;
      return variadic ? c.withVariadic() : c;
    }

    private String join(List<Probe> probes) {
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < probes.size(); i++) {
        boolean last = i == probes.size() - 1;
        s.append(i == 0 ? "" : ", ")
            .append(variadic && last ? "VARIADIC " : "")
            .append(probes.get(i).sql());
      }
      return s.toString();
    }
  }

  @Test
  void functionCalls_matchPostgres() {
    Map<String, Call> calls = new LinkedHashMap<>();
    List<Probe> mutations = mutationProbes();
    for (String line : PgCatalogResourceTestAccess.functionLines()) {
      String name = line.substring(0, line.indexOf('\t'));
      for (PgFunction fn : PG.catalog().functions(name)) {
        for (Call c : callsOf(fn, mutations)) {
          calls.putIfAbsent(c.sql(), c);
        }
      }
    }
    Differential d = new Differential("functions", oracle);
    List<Differential.Case> cases = new ArrayList<>();
    for (Call c : calls.values()) {
      cases.add(new Differential.Case("SELECT " + c.sql(), c::mine));
    }
    d.run(cases);
    d.finish(0.995);
  }

  private static List<Probe> mutationProbes() {
    if (Probe.full()) {
      return Probe.all(PG.catalog());
    }
    return List.of(
        Probe.typed(PG.catalog(), "int4"),
        Probe.typed(PG.catalog(), "int8"),
        Probe.typed(PG.catalog(), "text"),
        Probe.untypedNull());
  }

  private static List<Call> callsOf(PgFunction fn, List<Probe> mutations) {
    List<Call> out = new ArrayList<>();
    List<Probe> declared = new ArrayList<>();
    for (PgType t : fn.args()) {
      declared.add(sample(t));
    }
    if (fn.aggKind() == 'h') {
      declared.addAll(List.copyOf(declared)); // hypothetical arguments meet their sort columns
    }
    out.add(new Call(fn, declared, false));
    List<Probe> nulls = new ArrayList<>();
    declared.forEach(p -> nulls.add(Probe.untypedNull()));
    out.add(new Call(fn, nulls, false));
    for (int i = 0; i < declared.size(); i++) {
      for (Probe m : mutations) {
        List<Probe> args = new ArrayList<>(declared);
        args.set(i, m);
        out.add(new Call(fn, args, false));
      }
    }
    if (fn.variadic() != null && !fn.isOrderedSet() && !declared.isEmpty()) {
      List<Probe> more = new ArrayList<>(declared.subList(0, declared.size() - 1));
      more.add(sample(fn.variadic()));
      more.add(sample(fn.variadic()));
      out.add(new Call(fn, more, false));
      out.add(new Call(fn, declared, true));
    }
    out.addAll(namedAndDefaulted(fn, declared));
    return out;
  }

  private static List<Call> namedAndDefaulted(PgFunction fn, List<Probe> declared) {
    List<Call> out = new ArrayList<>();
    int required = declared.size() - fn.defaults();
    if (fn.defaults() > 0) {
      out.add(new Call(fn, declared.subList(0, required), false));
    }
    if (!fn.argNames().isEmpty() && !fn.argNames().contains("") && !fn.isAggregate()) {
      List<Probe> named = new ArrayList<>();
      for (int i = declared.size() - 1; i >= 0; i--) {
        named.add(declared.get(i).named(fn.argNames().get(i)));
      }
      out.add(new Call(fn, named, false));
      if (fn.defaults() > 0 && required > 0) {
        List<Probe> mixed = new ArrayList<>(declared.subList(0, required - 1));
        mixed.add(declared.get(required - 1).named(fn.argNames().get(required - 1)));
        out.add(new Call(fn, mixed, false));
      }
    }
    return out;
  }

  private static Probe sample(PgType declared) {
    String typname = SAMPLES.getOrDefault(declared.name(), declared.name());
    return Probe.typed(PG.catalog(), typname);
  }
}
