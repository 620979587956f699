package dev.sqlcheck.processor.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sqlcheck.processor.catalog.SqlType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The type each {@code :parameter} meets, next to the type PostgreSQL infers for the same
 * placeholder ({@code PREPARE}, then {@code pg_prepared_statements.parameter_types}). sqlcheck
 * checks the Java argument against that type, so a wrong one is a false error or lets through an
 * argument PostgreSQL rejects when the statement runs.
 */
class ParameterTypesAgreeWithPostgresTest extends PostgresSchemaFixture {
  @Override
  String ddl() {
    return """
        CREATE TYPE status AS ENUM ('new', 'paid');
        CREATE TABLE customers (id bigint PRIMARY KEY, email text NOT NULL UNIQUE,
          name text NOT NULL, birthday date, tags text[] NOT NULL, prefs jsonb NOT NULL,
          score numeric(10,2), active boolean NOT NULL);
        CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL,
          status status NOT NULL, total numeric(12,2) NOT NULL, placed_at timestamptz NOT NULL,
          note text, qty integer NOT NULL, weight real, uid uuid NOT NULL);
        CREATE TABLE items (order_id bigint NOT NULL, sku text NOT NULL, price numeric NOT NULL,
          amount smallint NOT NULL, PRIMARY KEY (order_id, sku));
        """;
  }

  static final List<String> QUERIES =
      List.of(
          "SELECT id FROM orders WHERE customer_id = :c AND total > :t AND placed_at >= :since",
          "SELECT id FROM orders WHERE placed_at > now() - :days * interval '1 day'",
          "SELECT id FROM orders WHERE qty + :n > 3 AND total * :rate > 10",
          "SELECT id FROM orders ORDER BY id LIMIT :lim OFFSET :off",
          "SELECT id FROM customers WHERE email ILIKE :pat OR lower(name) LIKE lower(:pat2)",
          "SELECT id FROM customers WHERE tags @> :tags OR :tag = ANY(tags)",
          "SELECT id FROM customers WHERE prefs->>'lang' = :lang AND prefs ? :key",
          "SELECT id FROM orders WHERE status = :status OR status = ANY(:statuses)",
          "SELECT id FROM orders WHERE uid = :uid AND coalesce(note, :dflt) = 'x'",
          "SELECT id FROM orders WHERE placed_at BETWEEN :a AND :b AND placed_at::date = :d",
          "SELECT id FROM customers WHERE extract(year FROM birthday) = :y AND score > :s",
          "SELECT greatest(:a, qty) AS g, CASE WHEN qty > :lim THEN :hi ELSE :lo END AS k"
              + " FROM orders",
          "SELECT id FROM orders WHERE qty IN (:q1, :q2) AND (customer_id, qty) = (:c, :q3)",
          "UPDATE orders SET note = :note, qty = qty + :inc WHERE id = :id",
          "UPDATE customers SET tags = array_append(tags, :tag), prefs = prefs || :patch"
              + " WHERE id = :id",
          "INSERT INTO orders (id, customer_id, total, placed_at, qty, status, uid)"
              + " VALUES (:id, :c, :t, :p, :q, :s, :u)",
          "INSERT INTO items (order_id, sku, price, amount) SELECT :o, :sku, :price, :amount",
          "INSERT INTO customers (id, email, name, tags, prefs, active)"
              + " VALUES (:id, :e, :n, '{}', '{}', true)"
              + " ON CONFLICT (email) DO UPDATE SET name = :n2",
          "DELETE FROM orders WHERE placed_at < :cutoff AND status <> :st",
          "SELECT id FROM orders WHERE round(total, :digits) = 1 AND weight > :w",
          "SELECT id FROM customers WHERE position(:needle IN email) > 0",
          "SELECT id FROM orders WHERE placed_at > to_timestamp(:epoch)",
          // a parameter standing as a condition is boolean
          "SELECT id FROM customers WHERE active = :a AND NOT :b",
          "SELECT id FROM customers WHERE :flag",
          "SELECT CASE WHEN :f THEN 1 ELSE 2 END AS k, count(*) FILTER (WHERE :x) AS n"
              + " FROM customers GROUP BY 1",
          "SELECT o.id FROM orders o JOIN customers c ON c.id = o.customer_id AND :on",
          "SELECT id FROM orders WHERE :t IS TRUE",
          // a parameter keeps the type its first occurrence settled
          "SELECT id FROM customers WHERE birthday BETWEEN :a AND :a + 30",
          "SELECT id FROM orders WHERE placed_at >= :t AND placed_at < :t + interval '1 day'",
          "SELECT id FROM orders WHERE customer_id = :c OR :c IS NULL",
          "SELECT id FROM orders WHERE qty > :n::int AND qty < :n * 2",
          // nullif compares with =: an untyped side takes the other side's type
          "SELECT id FROM orders WHERE note = nullif(:n, '') AND id = nullif(:x, 0)",
          "SELECT nullif(:a, :b) AS n, nullif(total, :z) AS t FROM orders");

  /**
   * The generated code sends each use of a parameter as its own placeholder, typed by the Java
   * value (the driver sends {@code OffsetDateTime} as {@code timestamptz}, {@code LocalDate} as
   * {@code date}), so a reused parameter runs as one parameter would: these run.
   */
  @Test
  void aReusedParameter_runsWithTheDriversTypedPlaceholders() throws SQLException {
    java.time.OffsetDateTime t = java.time.OffsetDateTime.now();
    runTwice(
        "SELECT count(*) FROM orders WHERE placed_at BETWEEN ? AND ? + interval '1 day'",
        t,
        java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
    runTwice(
        "SELECT count(*) FROM customers WHERE birthday BETWEEN ? AND ? + 30",
        java.time.LocalDate.now(),
        java.sql.Types.DATE);
  }

  /** Runs {@code sql} with {@code value} bound, as the generated code binds it, to both uses. */
  private void runTwice(String sql, Object value, int sqlType) throws SQLException {
    try (java.sql.PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setObject(1, value, sqlType);
      ps.setObject(2, value, sqlType);
      try (ResultSet rs = ps.executeQuery()) {
        assertEquals(true, rs.next());
      }
    }
  }

  /**
   * The driver sends a null {@code OffsetDateTime} without a type, and PostgreSQL cannot type a
   * placeholder standing alone in IS NULL: the optional filter fails unless the use is cast (what
   * SQLCHECK-303 asks for).
   */
  @Test
  void aNullSentUntyped_failsAloneInIsNull_andRunsWhenCast() throws SQLException {
    String alone = "SELECT count(*) FROM orders WHERE (? IS NULL OR placed_at > ?)";
    SQLException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            SQLException.class, () -> countWithNulls(alone));
    assertEquals(true, e.getMessage().contains("could not determine data type of parameter $1"));
    assertEquals(1, countWithNulls(alone.replace("(? IS NULL", "(?::timestamptz IS NULL")));
  }

  private int countWithNulls(String sql) throws SQLException {
    try (java.sql.PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setNull(1, java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
      ps.setNull(2, java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? 1 : 0;
      }
    }
  }

  private static final Pattern PARAMETER = Pattern.compile("(?<!:):([a-z][a-z0-9]*)");

  @Test
  void parameterTypes_matchPostgres() throws SQLException {
    List<String> failures = new ArrayList<>();
    int n = 0;
    for (String sql : QUERIES) {
      QueryAnalysis a = new QueryAnalyzer(catalog).analyze(sql);
      if (!a.problems().isEmpty()) {
        failures.add(sql + " -> " + a.problems());
        continue;
      }
      Map<String, String> ours = new LinkedHashMap<>();
      Matcher m = PARAMETER.matcher(sql);
      StringBuilder numbered = new StringBuilder();
      while (m.find()) {
        ours.putIfAbsent(m.group(1), "?");
        m.appendReplacement(numbered, "\\$" + ours.size());
      }
      m.appendTail(numbered);
      for (ParameterUse u : a.parameters()) {
        ours.put(u.name(), ResultColumnsAgreeWithPostgresTest.pgName(u.expectedType()));
      }
      List<String> theirs = new ArrayList<>();
      try (Statement s = connection.createStatement()) {
        String name = "parameters_" + n++;
        s.execute("PREPARE " + name + " AS " + numbered);
        try (ResultSet rs =
            s.executeQuery(
                "SELECT t::regtype::text FROM pg_prepared_statements,"
                    + " unnest(parameter_types) t WHERE name = '"
                    + name
                    + "'")) {
          while (rs.next()) {
            theirs.add(rs.getString(1));
          }
        }
        s.execute("DEALLOCATE " + name);
      }
      List<String> theirNames = new ArrayList<>();
      for (String t : theirs) {
        SqlType type =
            t.endsWith("[]") ? SqlType.arrayOf(t.substring(0, t.length() - 2)) : SqlType.of(t);
        theirNames.add(ResultColumnsAgreeWithPostgresTest.pgName(type));
      }
      if (!new ArrayList<>(ours.values()).equals(theirNames)) {
        failures.add(sql + "\n   ours:   " + ours.values() + "\n   theirs: " + theirNames);
      }
    }
    assertEquals(List.of(), failures);
  }
}
