package dev.sqlcheck.processor.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sqlcheck.JdbcSupport;
import dev.sqlcheck.SqlCheckException;
import dev.sqlcheck.VerificationReport;
import dev.sqlcheck.processor.dialect.postgres.PostgresDialect;
import dev.sqlcheck.processor.testing.CompileHarness;
import dev.sqlcheck.processor.testing.CompileHarness.Result;
import dev.sqlcheck.processor.testing.CompileHarness.Tool;
import dev.sqlcheck.processor.testing.TestDatabases;
import dev.sqlcheck.processor.types.JavaType;
import dev.sqlcheck.processor.types.ScalarKind;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLClassLoader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The generated code sends numbers, booleans, {@code BigDecimal}, {@code LocalDate} and {@code
 * byte[]} with the type the driver gives them, so PostgreSQL resolves the query with those types,
 * not with the ones PREPARE would infer: {@code generate_series(:from, :to)} with two longs runs
 * though PREPARE alone finds it ambiguous, and {@code left(name, :n)} with a long fails though
 * PREPARE alone takes {@code :n} as integer. Each case is compiled, then run on PostgreSQL bound as
 * the generated code binds it (with values, then with NULLs for the boxed parameters); sqlcheck
 * must report an error exactly where PostgreSQL refuses it.
 */
class DriverTypedParametersTest {
  private static final String SCHEMA =
      "CREATE TABLE events (id bigint PRIMARY KEY, day date NOT NULL, at timestamptz NOT NULL,"
          + " qty integer NOT NULL, price numeric(10,2), name text, doc jsonb, tags text[]);"
          + " CREATE FUNCTION add_days(d date, n integer) RETURNS date LANGUAGE sql"
          + " AS 'SELECT d + n';"
          + " CREATE FUNCTION first_of(a anyarray) RETURNS anyelement LANGUAGE sql"
          + " AS 'SELECT a[1]';"
          + " CREATE FUNCTION scaled(x numeric, f numeric DEFAULT 1) RETURNS numeric"
          + " LANGUAGE sql AS 'SELECT x * f';";

  /** Method parameters, SQL, return type. */
  private record Case(String params, String sql, String returns) {}

  private static final List<Case> CASES =
      List.of(
          new Case("long a, long b", "SELECT :a + :b AS v", "long"),
          new Case("long a, long b", "SELECT g FROM generate_series(:a, :b) g", "List<Long>"),
          new Case("Long a, long b", "SELECT coalesce(:a, :b) AS v", "long"),
          new Case("int a, int b", "SELECT greatest(:a, :b) AS v", "int"),
          new Case("long a, long b", "SELECT id FROM events WHERE :a < :b", "List<Long>"),
          new Case("long a", "SELECT abs(:a) AS v", "long"),
          new Case("long a", "SELECT :a AS v", "long"),
          new Case("double x", "SELECT round(:x, 2) AS v", "BigDecimal"),
          new Case("double x", "SELECT round(:x::numeric, 2) AS v", "BigDecimal"),
          new Case("Long a, Long b", "SELECT :a || :b AS v", "String"),
          new Case("long a", "SELECT id FROM events WHERE name = :a", "List<Long>"),
          new Case("long a", "SELECT id FROM events WHERE qty = :a", "List<Long>"),
          new Case("double a", "SELECT id FROM events WHERE qty = :a", "List<Long>"),
          new Case("LocalDate d", "SELECT id FROM events WHERE day = :d + 1", "List<Long>"),
          new Case(
              "LocalDate a", "SELECT id FROM events WHERE day BETWEEN :a AND :a + 7", "List<Long>"),
          new Case("BigDecimal a", "SELECT sum(qty) + :a AS v FROM events", "BigDecimal"),
          new Case(
              "long id, LocalDate d, double q",
              "INSERT INTO events (id, day, at, qty) VALUES (:id, :d, now(), :q)",
              "int"),
          new Case("BigDecimal q, long id", "UPDATE events SET qty = :q WHERE id = :id", "int"),
          new Case("LocalDate d, int n", "SELECT id FROM events WHERE day > :d - :n", "List<Long>"),
          new Case("long n", "SELECT id FROM events ORDER BY id LIMIT :n", "List<Long>"),
          new Case("boolean f", "SELECT :f AND qty > 0 AS v FROM events", "List<Boolean>"),
          new Case("long n", "SELECT left(name, :n) AS v FROM events", "List<String>"),
          new Case("int n", "SELECT left(name, :n) AS v FROM events", "List<String>"),
          new Case("long n", "SELECT repeat('x', :n) AS v", "String"),
          new Case("long y, int m, int d", "SELECT make_date(:y, :m, :d) AS v", "LocalDate"),
          new Case("LocalDate t", "SELECT to_char(:t, 'YYYY') AS v", "String"),
          new Case("LocalDate d", "SELECT extract(year FROM :d) AS v", "BigDecimal"),
          new Case("OffsetDateTime t", "SELECT id FROM events WHERE at > :t", "List<Long>"),
          new Case("OffsetDateTime t", "SELECT date_trunc('day', :t) AS v", "OffsetDateTime"),
          new Case(
              "Integer n", "SELECT id FROM events WHERE (:n IS NULL OR qty > :n)", "List<Long>"),
          new Case("Double p", "SELECT id FROM events WHERE price < :p", "List<Long>"),
          new Case("Double p", "SELECT round(price * :p) AS v FROM events", "List<BigDecimal>"),
          new Case("long n", "UPDATE events SET name = :n WHERE id = 1", "int"),
          new Case("long p", "SELECT id FROM events WHERE name LIKE :p", "List<Long>"),
          new Case(
              "long s, long l", "SELECT substr(name, :s, :l) AS v FROM events", "List<String>"),
          new Case(
              "long d",
              "SELECT id FROM events WHERE at > now() - make_interval(days => :d)",
              "List<Long>"),
          new Case(
              "long n",
              "SELECT id FROM events WHERE at > now() - :n * interval '1 day'",
              "List<Long>"),
          new Case("long n", "SELECT id FROM events WHERE day + :n > current_date", "List<Long>"),
          new Case("int n", "SELECT id FROM events WHERE day + :n > current_date", "List<Long>"),
          new Case("long m", "SELECT id FROM events WHERE qty % :m = 0", "List<Long>"),
          new Case("long e", "SELECT to_timestamp(:e) AS v", "OffsetDateTime"),
          new Case(
              "long n",
              "INSERT INTO events (id, day, at, qty) VALUES (1, current_date, now(), 1)"
                  + " ON CONFLICT (id) DO UPDATE SET qty = events.qty + :n",
              "int"),
          new Case("Long a", "SELECT id FROM events WHERE (:a IS NULL OR id = :a)", "List<Long>"),
          new Case("long a, long b", "SELECT id FROM events WHERE id IN (:a, :b)", "List<Long>"),
          new Case("boolean f, long a", "SELECT CASE WHEN :f THEN :a ELSE 0 END AS v", "long"),
          new Case("double n", "SELECT id FROM events LIMIT :n", "List<Long>"),
          new Case("BigDecimal n", "SELECT id FROM events LIMIT :n", "List<Long>"),
          new Case(
              "long n, long m",
              "SELECT id FROM events ORDER BY id OFFSET :n ROWS" + " FETCH FIRST :m ROWS ONLY",
              "List<Long>"),
          new Case("boolean b", "SELECT id FROM events WHERE qty = :b", "List<Long>"),
          new Case("BigDecimal s", "SELECT make_interval(secs => :s) AS v", "String"),
          new Case("BigDecimal n", "SELECT left(name, :n) AS v FROM events", "List<String>"),
          new Case(
              "double p",
              "INSERT INTO events (id, day, at, qty, price) VALUES (7, current_date, now(), 1, :p)",
              "int"),
          new Case("long p", "UPDATE events SET price = :p", "int"),
          new Case("LocalDate d", "SELECT :d - day AS v FROM events", "List<Integer>"),
          new Case("LocalDate d", "SELECT date_trunc('month', :d) AS v", "OffsetDateTime"),
          new Case("long n", "SELECT to_char(:n, '999') AS v", "String"),
          new Case("double x", "SELECT power(:x, 2) AS v", "double"),
          new Case("int n", "SELECT generate_series(1, :n) AS v", "List<Integer>"),
          new Case(
              "long a, long b",
              "SELECT id FROM events WHERE id = ANY(ARRAY[:a, :b])",
              "List<Long>"),
          new Case("Long a", "SELECT id FROM events WHERE id = coalesce(:a, id)", "List<Long>"),
          new Case("int a, long b", "SELECT v FROM (VALUES (:a), (:b)) t(v)", "List<Long>"),
          new Case(
              "LocalDate a, LocalDate b",
              "SELECT id FROM events WHERE day >= :a AND day < :b",
              "List<Long>"),
          new Case("long q", "SELECT count(*) AS v FROM events WHERE qty > :q", "long"),
          new Case("int d, long id", "UPDATE events SET qty = qty + :d WHERE id = :id", "int"),
          new Case("long d, long id", "UPDATE events SET qty = qty + :d WHERE id = :id", "int"),
          new Case(
              "BigDecimal lo, BigDecimal hi",
              "SELECT id FROM events WHERE price BETWEEN :lo AND :hi",
              "List<Long>"),
          new Case("double r", "SELECT id FROM events WHERE price * :r > 10", "List<Long>"),
          new Case("double d", "SELECT coalesce(price, :d) AS v FROM events", "List<Double>"),
          new Case(
              "BigDecimal d", "SELECT coalesce(price, :d) AS v FROM events", "List<BigDecimal>"),
          new Case(
              "int y", "SELECT id FROM events WHERE extract(year FROM day) = :y", "List<Long>"),
          new Case(
              "long y", "SELECT id FROM events WHERE date_part('year', day) = :y", "List<Long>"),
          new Case(
              "long id, LocalDate day, OffsetDateTime at, int qty",
              "INSERT INTO events (id, day, at, qty) VALUES (:id, :day, :at, :qty) RETURNING id",
              "long"),
          new Case(
              "int q, int n, int o",
              "SELECT id FROM events WHERE qty > :q ORDER BY id LIMIT :n OFFSET :o",
              "List<Long>"),
          new Case("LocalDate c", "DELETE FROM events WHERE day < :c", "int"),
          new Case(
              "int m",
              "SELECT id FROM events WHERE at > now() - (:m || ' minutes')::interval",
              "List<Long>"),
          new Case("int s", "SELECT round(avg(qty), :s) AS v FROM events", "BigDecimal"),
          new Case("long s", "SELECT round(avg(qty), :s) AS v FROM events", "BigDecimal"),
          new Case("long q", "SELECT id FROM events WHERE qty = :q::int", "List<Long>"),
          new Case("List<Long> ids", "SELECT x FROM unnest(:ids) x", "List<Long>"),
          new Case(
              "List<Long> ids, List<Integer> qs",
              "INSERT INTO events (id, day, at, qty)"
                  + " SELECT i, current_date, now(), q FROM unnest(:ids, :qs) AS u(i, q)",
              "int"),
          new Case(
              "long[] ids, int[] qs",
              "INSERT INTO events (id, day, at, qty)"
                  + " SELECT unnest(:ids), current_date, now(), unnest(:qs)",
              "int"),
          new Case("List<Long> ids", "SELECT array_length(:ids, 1) AS n", "Integer"),
          new Case("List<Long> ids", "SELECT cardinality(:ids) AS n", "Integer"),
          new Case("List<String> t", "SELECT id FROM events WHERE name = ANY(:t)", "List<Long>"),
          new Case("List<Long> ids", "SELECT id FROM events WHERE qty = ANY(:ids)", "List<Long>"),
          new Case(
              "List<Long> ids",
              "SELECT x FROM unnest(:ids) WITH ORDINALITY AS u(x, n) ORDER BY n",
              "List<Long>"),
          new Case("List<Long> a, List<Long> b", "SELECT x FROM unnest(:a || :b) x", "List<Long>"),
          new Case(
              "List<Integer> ids",
              "SELECT id FROM events WHERE id IN (SELECT unnest(:ids))",
              "List<Long>"),
          new Case("List<String> t", "SELECT x FROM unnest(:t) x", "List<String>"),
          new Case(
              "OffsetDateTime t",
              "SELECT id FROM events WHERE (:t IS NULL OR at > :t)",
              "List<Long>"),
          new Case(
              "LocalDateTime t",
              "SELECT id FROM events WHERE (:t IS NULL OR at::timestamp > :t)",
              "List<Long>"),
          new Case("java.util.UUID u", "SELECT :u IS NULL AS v", "boolean"),
          new Case(
              "java.util.UUID u", "SELECT coalesce(:u, gen_random_uuid()) AS v", "java.util.UUID"),
          new Case("LocalDateTime t", "SELECT date_trunc('hour', :t) AS v", "LocalDateTime"),
          new Case("String s", "SELECT to_jsonb(:s) AS v", "String"),
          new Case("String s", "SELECT jsonb_build_object('name', :s) AS v", "String"),
          new Case("String s", "SELECT concat(:s, 'x') AS v", "String"),
          new Case("String a, String b", "SELECT :a || :b AS v", "String"),
          new Case("String s", "SELECT x FROM unnest(string_to_array(:s, ',')) x", "List<String>"),
          new Case("String s", "SELECT id FROM events WHERE name = :s", "List<Long>"),
          new Case("String s", "SELECT id FROM events WHERE day = :s", "List<Long>"),
          new Case("String s", "SELECT id FROM events WHERE qty = :s", "List<Long>"),
          new Case("String s", "SELECT coalesce(:s, name) AS v FROM events", "List<String>"),
          new Case("String s", "SELECT array_append(ARRAY['a'], :s) AS v", "String"),
          new Case("Mood m", "SELECT to_jsonb(:m) AS v", "String"),
          new Case("Mood m", "SELECT concat(:m, '!') AS v", "String"),
          new Case("Mood m", "SELECT id FROM events WHERE name = :m", "List<Long>"),
          new Case("Mood m", "SELECT id FROM events WHERE qty = :m", "List<Long>"),
          new Case(
              "String q", "SELECT id FROM events WHERE name ILIKE '%' || :q || '%'", "List<Long>"),
          new Case(
              "String q",
              "SELECT id FROM events WHERE to_tsvector('simple', name) @@ plainto_tsquery('simple', :q)",
              "List<Long>"),
          new Case(
              "String k, String v", "SELECT id FROM events WHERE doc ->> :k = :v", "List<Long>"),
          new Case("String k", "SELECT doc -> :k AS v FROM events", "List<String>"),
          new Case("String p", "SELECT id FROM events WHERE doc @> :p::jsonb", "List<Long>"),
          new Case("String t", "SELECT id FROM events WHERE :t = ANY(tags)", "List<Long>"),
          new Case("List<String> ts", "SELECT id FROM events WHERE tags && :ts", "List<Long>"),
          new Case("List<String> ts", "SELECT id FROM events WHERE tags @> :ts", "List<Long>"),
          new Case("int n", "SELECT id FROM events ORDER BY id LIMIT :n + 1", "List<Long>"),
          new Case(
              "long a",
              "SELECT id FROM events WHERE id IN (SELECT id FROM events WHERE qty > :a)",
              "List<Long>"),
          new Case(
              "long a",
              "SELECT CASE WHEN qty > :a THEN 'hi' ELSE 'lo' END AS v FROM events",
              "List<String>"),
          new Case(
              "int d",
              "SELECT id FROM events WHERE at > now() - make_interval(days => :d)",
              "List<Long>"),
          new Case("double f", "SELECT id FROM events WHERE price * :f > 1", "List<Long>"),
          new Case("BigDecimal f", "SELECT price * :f AS v FROM events", "List<BigDecimal>"),
          new Case(
              "int p",
              "SELECT sum(qty) OVER (ORDER BY id ROWS BETWEEN :p PRECEDING AND CURRENT ROW) AS v FROM events",
              "List<Long>"),
          new Case(
              "LocalDate d",
              "SELECT id FROM events WHERE day = ANY(ARRAY[:d, :d + 1])",
              "List<Long>"),
          new Case("String s", "SELECT length(:s) AS v", "Integer"),
          new Case("String s", "SELECT upper(:s) AS v", "String"),
          new Case("String a, String b", "SELECT coalesce(:a, :b) AS v", "String"),
          new Case("long a", "SELECT id FROM events WHERE id = :a FOR UPDATE", "List<Long>"),
          new Case("long a", "DELETE FROM events WHERE id = :a RETURNING id", "List<Long>"),
          new Case(
              "long a, String n",
              "UPDATE events SET name = coalesce(:n, name) WHERE id = :a",
              "int"),
          new Case(
              "String n",
              "INSERT INTO events (id, day, at, qty, name) VALUES (9, current_date, now(), 1, upper(:n))",
              "int"),
          new Case(
              "long lo, long hi",
              "SELECT id FROM events WHERE id BETWEEN SYMMETRIC :lo AND :hi",
              "List<Long>"),
          new Case(
              "OffsetDateTime a, OffsetDateTime b",
              "SELECT id FROM events WHERE (at, at) OVERLAPS (:a, :b)",
              "List<Long>"),
          new Case(
              "OffsetDateTime a, OffsetDateTime b",
              "SELECT tstzrange(:a, :b) @> at AS v FROM events",
              "List<Boolean>"),
          new Case("LocalDate d", "SELECT date_part('dow', :d) AS v", "Double"),
          new Case("long n", "SELECT now() - make_interval(secs => :n) AS v", "OffsetDateTime"),
          new Case("int n", "SELECT id FROM events TABLESAMPLE SYSTEM (:n)", "List<Long>"),
          new Case("String s", "SELECT id FROM events WHERE name SIMILAR TO :s", "List<Long>"),
          new Case(
              "String s", "SELECT regexp_replace(name, :s, '') AS v FROM events", "List<String>"),
          new Case("String s", "SELECT split_part(:s, ',', 1) AS v", "String"),
          new Case("int i", "SELECT split_part(name, ',', :i) AS v FROM events", "List<String>"),
          new Case("long i", "SELECT split_part(name, ',', :i) AS v FROM events", "List<String>"),
          new Case("LocalDate d, int n", "SELECT add_days(:d, :n) AS v", "LocalDate"),
          new Case("LocalDate d, long n", "SELECT add_days(:d, :n) AS v", "LocalDate"),
          new Case("List<Long> ids", "SELECT first_of(:ids) AS v", "Long"),
          new Case("long x", "SELECT scaled(:x) AS v", "BigDecimal"),
          new Case("double x, int f", "SELECT scaled(:x, :f) AS v", "BigDecimal"),
          new Case("BigDecimal x", "SELECT scaled(:x, f => 2) AS v", "BigDecimal"),
          new Case("Pair p", "SELECT :p.a + :p.b AS v", "long"),
          new Case("Pair p", "SELECT g FROM generate_series(:p.a, :p.b) g", "List<Long>"));

  private static String url;

  @BeforeAll
  static void database() throws SQLException {
    TestDatabases.postgresUrl(); // skip (or fail under CI) when there is no database
    // a schema of the database the test JVM shares, which goes when the JVM exits
    url = TestDatabases.freshPostgresSchema("driver_typed");
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute(SCHEMA);
      s.execute("INSERT INTO events VALUES (1, '2024-01-01', now(), 3, 2.50, 'abc')");
    }
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void sqlcheckRefusesExactlyWhatPostgresRefusesAsTheDriverBinds(Tool tool) throws Exception {
    Result r =
        new CompileHarness()
            .source("com.example.Driver", repository("Driver", CASES))
            .schema(SCHEMA)
            .compile(tool);
    List<String> disagreements = new ArrayList<>();
    List<Case> accepted = new ArrayList<>();
    for (int i = 0; i < CASES.size(); i++) {
      Case c = CASES.get(i);
      long line = FIRST_LINE + 2L * i;
      List<CompileHarness.Diag> errors = r.errors().stream().filter(d -> d.line() == line).toList();
      String theirs = runs(c);
      if (errors.isEmpty()) {
        accepted.add(c);
      }
      if (errors.isEmpty() != (theirs == null)) {
        disagreements.add(
            c.sql()
                + " ("
                + c.params()
                + ")\n   PostgreSQL: "
                + (theirs == null ? "runs" : theirs)
                + "\n   sqlcheck:   "
                + (errors.isEmpty() ? "no error" : errors));
      }
    }
    assertEquals(List.of(), disagreements, r.toString());
    assertEquals(List.of(), r.warnings(), r.toString());
    // the cases hold both verdicts
    assertEquals(true, !accepted.isEmpty() && accepted.size() < CASES.size());
    runGeneratedAndVerify(tool, accepted);
  }

  private static final int FIRST_LINE = 10;

  /** A repository with one method per case, {@code m0}, {@code m1}…, each two lines long. */
  private static String repository(String name, List<Case> cases) {
    StringBuilder repo =
        new StringBuilder(
            """
            package com.example;
            import dev.sqlcheck.*;
            import java.math.BigDecimal;
            import java.time.*;
            import java.util.List;
            @SqlRepository
            public interface NAME {
              record Pair(long a, long b) {}
              enum Mood { HAPPY, SAD }
            """
                .replace("NAME", name));
    for (int i = 0; i < cases.size(); i++) {
      Case c = cases.get(i);
      repo.append("  @Query(\"").append(c.sql()).append("\")\n");
      repo.append("  ").append(c.returns()).append(" m").append(i);
      repo.append("(").append(c.params()).append(");\n");
    }
    return repo.append("}\n").toString();
  }

  /**
   * The accepted cases' generated methods run on PostgreSQL (with values, then with NULLs for the
   * boxed parameters), and live verification of their manifests finds nothing to report.
   */
  private static void runGeneratedAndVerify(Tool tool, List<Case> accepted) throws Exception {
    Result r =
        new CompileHarness()
            .source("com.example.Accepted", repository("Accepted", accepted))
            .schema(SCHEMA)
            .compile(tool);
    assertEquals(List.of(), r.problems(), r.toString());
    try (URLClassLoader loader =
            new URLClassLoader(
                new URL[] {r.classesDir().toUri().toURL()},
                DriverTypedParametersTest.class.getClassLoader());
        CountingDataSource dataSource = new CountingDataSource(url, 2, 5_000)) {
      Class<?> api = loader.loadClass("com.example.Accepted");
      Object repo =
          loader
              .loadClass("com.example.AcceptedImpl")
              .getConstructor(DataSource.class)
              .newInstance(dataSource);
      for (Method m : api.getMethods()) {
        if (!m.getName().startsWith("m")) {
          continue;
        }
        for (boolean nulls : new boolean[] {false, true}) {
          try {
            m.invoke(repo, arguments(m, loader, nulls));
          } catch (InvocationTargetException e) {
            SQLException sql =
                e.getCause() instanceof SqlCheckException x ? x.sqlException() : null;
            if (sql == null || sql.getSQLState() == null || sql.getSQLState().startsWith("42")) {
              throw new AssertionError(
                  accepted.get(Integer.parseInt(m.getName().substring(1))).toString(), e);
            }
          }
        }
      }
      VerificationReport report = LiveVerificationTest.verify(loader, url);
      assertEquals(List.of(), report.failures(), report.toString());
      assertEquals(accepted.size(), report.queries());
    }
  }

  private static Object[] arguments(Method m, ClassLoader loader, boolean nulls) throws Exception {
    Class<?>[] types = m.getParameterTypes();
    Object[] args = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      Class<?> t = types[i];
      if (t.isRecord()) {
        args[i] = t.getConstructor(long.class, long.class).newInstance(1L, 3L);
      } else if (t.isArray()) {
        args[i] = nulls ? null : t == long[].class ? new long[] {1, 3} : new int[] {1, 3};
      } else if (t == List.class) {
        String element = m.getGenericParameterTypes()[i].getTypeName();
        args[i] =
            nulls
                ? null
                : element.endsWith("<java.lang.Long>")
                    ? List.of(1L, 3L)
                    : element.endsWith("<java.lang.Integer>") ? List.of(1, 3) : List.of("abc");
      } else if (t.isPrimitive()) {
        args[i] = t == long.class ? 3L : t == int.class ? 3 : t == double.class ? 1.5 : true;
      } else if (t == String.class) {
        args[i] = nulls ? null : "abc";
      } else if (t.isEnum()) {
        args[i] = nulls ? null : t.getEnumConstants()[0];
      } else if (!nulls) {
        args[i] =
            t == Long.class
                ? 3L
                : t == Integer.class
                    ? 3
                    : t == Double.class
                        ? 1.5
                        : t == BigDecimal.class
                            ? new BigDecimal("1.5")
                            : t == LocalDate.class
                                ? LocalDate.of(2024, 1, 1)
                                : t == java.time.LocalDateTime.class
                                    ? java.time.LocalDateTime.of(2024, 1, 1, 12, 0)
                                    : t == java.util.UUID.class
                                        ? java.util.UUID.randomUUID()
                                        : OffsetDateTime.now();
      }
    }
    return args;
  }

  private static final Pattern PARAMETER = Pattern.compile("(?<!:):([a-z]+)(\\.[a-z]+)?");

  /**
   * Null when PostgreSQL takes the statement as the generated code binds it, else its message: an
   * error of class 42 (no such function or operator, ambiguous, undetermined type).
   */
  private static String runs(Case c) throws SQLException {
    for (boolean nulls : new boolean[] {false, true}) {
      try (Connection conn = DriverManager.getConnection(url)) {
        conn.setAutoCommit(false);
        List<String> names = new ArrayList<>();
        Matcher m = PARAMETER.matcher(c.sql());
        StringBuilder sql = new StringBuilder();
        while (m.find()) {
          names.add(m.group(2) == null ? m.group(1) : m.group(2).substring(1));
          m.appendReplacement(sql, "?");
        }
        m.appendTail(sql);
        try (PreparedStatement ps = conn.prepareStatement(sql.toString())) {
          for (int i = 0; i < names.size(); i++) {
            bind(ps, i + 1, javaType(c.params(), names.get(i)), nulls);
          }
          ps.execute();
        } catch (SQLException e) {
          if (e.getSQLState() != null && e.getSQLState().startsWith("42")) {
            return e.getMessage().lines().findFirst().orElse("");
          }
          // a data error (a NULL into a NOT NULL column) is not the query's fault
        } finally {
          conn.rollback();
        }
      }
    }
    return null;
  }

  /** The Java type the parameter {@code name} has ({@code Pair}'s components are longs). */
  private static String javaType(String params, String name) {
    if (params.startsWith("Pair")) {
      return "long";
    }
    for (String p : params.split(",\\s*")) {
      String[] parts = p.split(" ");
      if (parts[1].equals(name)) {
        return parts[0];
      }
    }
    throw new IllegalArgumentException(name);
  }

  /** Binds as generated code does: setX for primitives, JdbcSupport.bind for the rest. */
  private static void bind(PreparedStatement ps, int i, String type, boolean nulls)
      throws SQLException {
    switch (type) {
      case "long" -> ps.setLong(i, 3);
      case "int" -> ps.setInt(i, 3);
      case "double" -> ps.setDouble(i, 1.5);
      case "boolean" -> ps.setBoolean(i, true);
      case "Long" -> JdbcSupport.bind(ps, i, nulls ? null : 3L, Types.BIGINT);
      case "Integer" -> JdbcSupport.bind(ps, i, nulls ? null : 3, Types.INTEGER);
      case "Double" -> JdbcSupport.bind(ps, i, nulls ? null : 1.5, Types.DOUBLE);
      case "BigDecimal" ->
          JdbcSupport.bind(ps, i, nulls ? null : new BigDecimal("1.5"), Types.NUMERIC);
      case "LocalDate" ->
          JdbcSupport.bind(ps, i, nulls ? null : LocalDate.of(2024, 1, 1), Types.DATE);
      case "OffsetDateTime" ->
          JdbcSupport.bind(
              ps,
              i,
              nulls ? null : OffsetDateTime.now(),
              Types.TIMESTAMP_WITH_TIMEZONE,
              "timestamptz");
      case "String" -> JdbcSupport.bind(ps, i, nulls ? null : "abc", Types.VARCHAR);
      case "Mood" -> JdbcSupport.bind(ps, i, nulls ? null : "HAPPY", Types.VARCHAR);
      case "LocalDateTime" ->
          JdbcSupport.bind(
              ps,
              i,
              nulls ? null : java.time.LocalDateTime.of(2024, 1, 1, 12, 0),
              Types.TIMESTAMP,
              "timestamp");
      case "java.util.UUID" ->
          JdbcSupport.bind(ps, i, nulls ? null : java.util.UUID.randomUUID(), Types.OTHER, "uuid");
      case "List<Long>", "long[]" -> bindArray(ps, i, "int8", nulls ? null : List.of(1L, 3L));
      case "List<Integer>", "int[]" -> bindArray(ps, i, "int4", nulls ? null : List.of(1, 3));
      case "List<String>" -> bindArray(ps, i, "text", nulls ? null : List.of("abc"));
      default -> throw new IllegalArgumentException(type);
    }
  }

  /** A collection as generated code sends it where the SQL expects no type: its own array type. */
  private static void bindArray(PreparedStatement ps, int i, String element, List<?> values)
      throws SQLException {
    JdbcSupport.bindArray(
        ps, i, JdbcSupport.array(ps.getConnection(), element, values), element + "[]");
  }

  /**
   * The types {@link PostgresDialect#sentType} (and, under the driver's default settings, {@link
   * PostgresDialect#sentTypeByDefault}) says the driver sends are the ones it sends, for a value
   * and for NULL, as generated code binds them; the Java types they leave out go untyped at least
   * sometimes.
   */
  @Test
  void theDriverSendsTheTypesTheDialectSays() throws Exception {
    PostgresDialect dialect = PostgresDialect.INSTANCE;
    List<String> wrong = new ArrayList<>();
    try (Connection conn = DriverManager.getConnection(url)) {
      for (ScalarKind kind : ScalarKind.values()) {
        if (kind == ScalarKind.ENUM) {
          continue;
        }
        var claimed = dialect.sentType(JavaType.boxed(kind));
        if (claimed == null) {
          // under the driver's default settings (the test's connection has no stringtype)
          claimed = dialect.sentTypeByDefault(JavaType.boxed(kind));
        }
        String named = dialect.nullType(JavaType.boxed(kind));
        String value = sentAs(conn, sample(kind), kind, named);
        String nul = sentAs(conn, null, kind, named);
        String want = claimed == null ? null : claimed.toString();
        if (claimed != null
            ? !(want.equals(value) && want.equals(nul))
            : value != null && nul != null) {
          wrong.add(kind + ": dialect says " + want + ", driver sends " + value + " / null " + nul);
        }
        JavaType element = JavaType.boxed(kind);
        var array = dialect.sentArrayType(element);
        if (array != null) {
          String name = dialect.arrayElementType(element, null);
          String values = arraySentAs(conn, name, List.of(sample(kind)));
          String nulls = arraySentAs(conn, name, null);
          if (!(array.toString().equals(values) && array.toString().equals(nulls))) {
            wrong.add(
                kind + "[]: dialect says " + array + ", driver sends " + values + " / " + nulls);
          }
        }
        if (kind.primitive() != null
            && !java.util.Objects.equals(dialect.sentType(JavaType.primitive(kind)), claimed)) {
          wrong.add(kind + ": primitive and boxed differ");
        }
      }
    }
    assertEquals(List.of(), wrong);
  }

  /** The type PostgreSQL sees for the value bound as generated code binds it, or null (untyped). */
  private static String sentAs(Connection conn, Object value, ScalarKind kind, String nullType)
      throws Exception {
    Field f = Types.class.getField(kind.jdbcType());
    try (PreparedStatement ps = conn.prepareStatement("SELECT pg_typeof(?)::regtype::text")) {
      if (nullType == null) {
        JdbcSupport.bind(ps, 1, value, f.getInt(null));
      } else {
        JdbcSupport.bind(ps, 1, value, f.getInt(null), nullType);
      }
      try (var rs = ps.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    } catch (SQLException e) {
      if (e.getMessage().contains("could not determine data type")) {
        return null;
      }
      throw e;
    }
  }

  /** The type PostgreSQL sees for a collection bound as generated code binds it, or null. */
  private static String arraySentAs(Connection conn, String element, List<?> values)
      throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("SELECT pg_typeof(?)::regtype::text")) {
      JdbcSupport.bindArray(ps, 1, JdbcSupport.array(conn, element, values), element + "[]");
      try (var rs = ps.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    } catch (SQLException e) {
      return e.getMessage().contains("could not determine data type") ? null : e.getMessage();
    }
  }

  private static Object sample(ScalarKind kind) {
    return switch (kind) {
      case BOOLEAN -> true;
      case BYTE -> (byte) 1;
      case SHORT -> (short) 1;
      case INT -> 1;
      case LONG -> 1L;
      case FLOAT -> 1.5f;
      case DOUBLE -> 1.5;
      case STRING -> "x";
      case BIG_DECIMAL -> BigDecimal.ONE;
      case LOCAL_DATE -> LocalDate.of(2024, 1, 1);
      case LOCAL_TIME -> java.time.LocalTime.NOON;
      case LOCAL_DATE_TIME -> java.time.LocalDateTime.of(2024, 1, 1, 12, 0);
      case OFFSET_DATE_TIME -> OffsetDateTime.now();
      case INSTANT -> java.time.Instant.now();
      case UUID -> java.util.UUID.randomUUID();
      case BYTES -> new byte[] {1};
      case SQL_DATE -> java.sql.Date.valueOf("2024-01-01");
      case SQL_TIME -> java.sql.Time.valueOf("12:00:00");
      case SQL_TIMESTAMP -> java.sql.Timestamp.valueOf("2024-01-01 12:00:00");
      case ENUM -> throw new IllegalArgumentException();
    };
  }
}
