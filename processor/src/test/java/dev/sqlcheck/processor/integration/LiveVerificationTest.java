package dev.sqlcheck.processor.integration;

import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlcheck.SqlCheck;
import dev.sqlcheck.VerificationReport;
import dev.sqlcheck.processor.testing.CompileHarness;
import dev.sqlcheck.processor.testing.CompileHarness.Result;
import dev.sqlcheck.processor.testing.CompileHarness.Tool;
import dev.sqlcheck.processor.testing.TestDatabases;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link SqlCheck#verify} against a real PostgreSQL: the repository compiled against {@code
 * verify/schema.sql}, then each drift applied to a fresh database. Every drift must be reported on
 * exactly the methods it breaks, and nowhere else; a change that still converts is no failure.
 */
class LiveVerificationTest {
  private static final String DIR = "/verify/";
  private static final Map<Tool, URLClassLoader> COMPILED = new EnumMap<>(Tool.class);

  /** A change to the database, and the methods it breaks. */
  enum Drift {
    NONE("", Set.of()),
    RENAMED_COLUMN(
        "ALTER TABLE authors RENAME COLUMN name TO full_name",
        Set.of("authorName", "addAuthor", "listing", "allAuthors")),
    DROPPED_MIDDLE_COLUMN(
        "ALTER TABLE authors DROP COLUMN name",
        Set.of("authorName", "addAuthor", "listing", "allAuthors")),
    DROPPED_TABLE("DROP TABLE audit", Set.of("audit")),
    CHANGED_TYPE("ALTER TABLE books ALTER COLUMN price TYPE text", Set.of("priceOf", "setPrice")),
    WIDENED_TYPE_UNDER_NARROWER_READ(
        "ALTER TABLE books ALTER COLUMN pages TYPE bigint",
        Set.of("books", "pagesOf", "pagesAtLeast")),
    NARROWED_TYPE_STILL_CONVERTS("ALTER TABLE books ALTER COLUMN pages TYPE smallint", Set.of()),
    DROPPED_NOT_NULL_UNDER_PRIMITIVE(
        "ALTER TABLE books ALTER COLUMN pages DROP NOT NULL", Set.of("pagesOf", "books")),
    DROPPED_NOT_NULL_UNDER_BOX("ALTER TABLE books ALTER COLUMN title DROP NOT NULL", Set.of()),
    REMOVED_ENUM_LABEL(
        """
        ALTER TYPE loan_status RENAME TO loan_status_old;
        CREATE TYPE loan_status AS ENUM ('ACTIVE', 'RETURNED');
        ALTER TABLE loans ALTER COLUMN status DROP DEFAULT,
          ALTER COLUMN status TYPE loan_status USING status::text::loan_status,
          ALTER COLUMN status SET DEFAULT 'ACTIVE';
        DROP TYPE loan_status_old""",
        Set.of("loansWith", "lostCount")),
    ADDED_ENUM_LABEL("ALTER TYPE loan_status ADD VALUE 'OVERDUE'", Set.of("statuses"));

    final String ddl;
    final Set<String> breaks;

    Drift(String ddl, Set<String> breaks) {
      this.ddl = ddl;
      this.breaks = breaks;
    }
  }

  @ParameterizedTest
  @EnumSource(Drift.class)
  void drift_reportedOnExactlyTheMethodsItBreaks_underJavac(Drift drift) throws Exception {
    assertReported(Tool.JAVAC, drift);
  }

  @ParameterizedTest
  @EnumSource(
      value = Drift.class,
      names = {"NONE", "RENAMED_COLUMN", "REMOVED_ENUM_LABEL"})
  void drift_reportedOnExactlyTheMethodsItBreaks_underEcj(Drift drift) throws Exception {
    assertReported(Tool.ECJ, drift);
  }

  private static void assertReported(Tool tool, Drift drift) throws Exception {
    URLClassLoader classes = compiled(tool);
    VerificationReport report = onDatabase(drift.ddl, url -> verify(classes, url));
    Set<String> failing = new TreeSet<>();
    report.failures().forEach(f -> failing.add(f.method()));
    assertWithMessage("%s", report).that(failing).isEqualTo(new TreeSet<>(drift.breaks));
    assertEquals(drift.breaks.isEmpty(), report.ok());
    assertEquals(14, report.queries());
    report.failures().forEach(f -> assertEquals("ShelfRepository", f.repository()));
  }

  @Test
  void failures_sayWhatDiffers_inTheDatabasesWordsWhereItRefusedTheQuery() throws Exception {
    URLClassLoader classes = compiled(Tool.JAVAC);
    assertEquals(
        // in the repository's declaration order
        List.of(
            "ShelfRepository.priceOf: column \"price\" is text now (compiled: numeric), which does"
                + " not convert to BigDecimal (the result)",
            "ShelfRepository.setPrice: parameter :price meets text now (compiled: numeric), which"
                + " BigDecimal does not bind to",
            "ShelfRepository.audit: relation \"audit\" does not exist"),
        lines(DriftText.of(Drift.DROPPED_TABLE, Drift.CHANGED_TYPE), classes));
    assertEquals(
        List.of(
            "ShelfRepository.books: column \"pages\" of \"books\" allows NULL now, but component"
                + " \"pages\" of ShelfRepository.Book is the primitive int",
            "ShelfRepository.pagesOf: column \"pages\" of \"books\" allows NULL now, but the result"
                + " is the primitive int"),
        lines(Drift.DROPPED_NOT_NULL_UNDER_PRIMITIVE.ddl, classes));
    assertEquals(
        List.of(
            "ShelfRepository.loansWith: enum loan_status has no label \"LOST\", which parameter"
                + " :status binds for LoanStatus.LOST",
            "ShelfRepository.lostCount: invalid input value for enum loan_status: \"LOST\""),
        lines(Drift.REMOVED_ENUM_LABEL.ddl, classes));
    assertEquals(
        List.of(
            "ShelfRepository.statuses: enum loan_status has label \"OVERDUE\", which LoanStatus"
                + " has no constant for (the result)"),
        lines(Drift.ADDED_ENUM_LABEL.ddl, classes));
    assertTrue(
        lines(Drift.DROPPED_MIDDLE_COLUMN.ddl, classes)
            .contains(
                "ShelfRepository.allAuthors: column 2 is \"born\" now, not \"name\", which"
                    + " component \"name\" of ShelfRepository.Author reads; the query returns 2"
                    + " columns now; component \"born\" of ShelfRepository.Author reads column 3"
                    + " (\"born\")"));
  }

  @Test
  void verification_changesNoRowAndNoSequence() throws Exception {
    URLClassLoader classes = compiled(Tool.JAVAC);
    onDatabase(
        "",
        url -> {
          try (Connection c = DriverManager.getConnection(url);
              Statement s = c.createStatement()) {
            s.execute(
                "INSERT INTO authors (name, born) VALUES ('Le Guin', 1929), ('Butler', 1947);"
                    + " INSERT INTO books (title, author_id, pages, price) VALUES"
                    + " ('The Dispossessed', 1, 387, 9.99);"
                    + " INSERT INTO loans (book_id, status) VALUES (1, 'LOST');"
                    + " INSERT INTO audit (what) VALUES ('seeded')");
            List<String> before = snapshot(c);
            assertTrue(verify(classes, url).ok());
            assertEquals(before, snapshot(c));
            // A failing run too: the savepoint rollbacks must leave nothing behind either.
            s.execute("ALTER TABLE audit RENAME TO audit_log");
            List<String> renamed = snapshot(c);
            assertTrue(!verify(classes, url).ok());
            assertEquals(renamed, snapshot(c));
            assertEquals(before.size(), renamed.size());
            assertTrue(before.contains("authors_id_seq 2 t"), before.toString());
          }
          return null;
        });
  }

  @Test
  void namedRepositories_checkedAlone_andAClassWithoutManifest_isRejected() throws Exception {
    URLClassLoader classes = compiled(Tool.JAVAC);
    Class<?> shelf = classes.loadClass("com.example.shelf.ShelfRepository");
    VerificationReport report =
        onDatabase("DROP TABLE audit", url -> SqlCheck.verify(new CountingDataSource(url), shelf));
    assertEquals(1, report.failures().size(), report.toString());
    IllegalArgumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class,
            () -> SqlCheck.verify(new CountingDataSource("jdbc:none"), String.class));
    assertTrue(
        e.getMessage().contains("java.lang.String has no sqlcheck manifest"), e.getMessage());
  }

  @Test
  void everyParameterAndResultShape_onItsOwnSchema_passes() throws Exception {
    String schema = resource("/integration/library/schema.sql");
    Result result =
        new CompileHarness()
            .schema(schema)
            .source(
                "com.example.library.LibraryRepository",
                resource("/integration/library/LibraryRepository.java"))
            .compile(Tool.JAVAC);
    assertWithMessage("%s", result).that(result.errors()).isEmpty();
    URLClassLoader classes =
        new URLClassLoader(
            new URL[] {result.classesDir().toUri().toURL()}, getClass().getClassLoader());
    String url = TestDatabases.freshPostgresDatabase("sqlcheck_verify_library");
    try {
      try (Connection c = DriverManager.getConnection(url);
          Statement s = c.createStatement()) {
        s.execute(schema);
        // Made at run time by the application (its queries are @SuppressWarnings("sqlcheck:
        // unchecked")); the database is still asked about them, so it must exist.
        s.execute("CREATE TABLE import_staging (isbn text PRIMARY KEY, title text, pages int)");
      }
      VerificationReport report = verify(classes, url);
      assertWithMessage("%s", report).that(report.failures()).isEmpty();
      assertTrue(report.queries() > 40, report.toString());
    } finally {
      drop(url);
    }
  }

  @Test
  void connectionInsideATransaction_isRefused_andLeftAlone() throws Exception {
    URLClassLoader classes = compiled(Tool.JAVAC);
    Class<?> shelf = classes.loadClass("com.example.shelf.ShelfRepository");
    onDatabase(
        "",
        url -> {
          try (Connection c = DriverManager.getConnection(url)) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
              s.execute("INSERT INTO audit (what) VALUES ('pending')");
            }
            javax.sql.DataSource inTransaction = singleConnection(c);
            dev.sqlcheck.SqlCheckException e =
                org.junit.jupiter.api.Assertions.assertThrows(
                    dev.sqlcheck.SqlCheckException.class,
                    () -> SqlCheck.verify(inTransaction, shelf));
            assertTrue(e.getMessage().contains("not in auto-commit mode"), e.getMessage());
            c.commit(); // the caller's work was not rolled back
          }
          try (Connection c = DriverManager.getConnection(url);
              Statement s = c.createStatement();
              ResultSet rs = s.executeQuery("SELECT count(*) FROM audit")) {
            rs.next();
            assertEquals(1, rs.getInt(1));
          }
          return null;
        });
  }

  /** Hands out one connection, which closing does not close (as a transaction manager does). */
  private static javax.sql.DataSource singleConnection(Connection connection) {
    ClassLoader loader = LiveVerificationTest.class.getClassLoader();
    Connection unclosable =
        (Connection)
            java.lang.reflect.Proxy.newProxyInstance(
                loader,
                new Class<?>[] {Connection.class},
                (proxy, method, args) ->
                    method.getName().equals("close") ? null : method.invoke(connection, args));
    return (javax.sql.DataSource)
        java.lang.reflect.Proxy.newProxyInstance(
            loader,
            new Class<?>[] {javax.sql.DataSource.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getConnection")) {
                return unclosable;
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }

  private static List<String> lines(String drift, ClassLoader classes) throws Exception {
    VerificationReport report = onDatabase(drift, url -> verify(classes, url));
    return report.failures().stream().map(Object::toString).toList();
  }

  /** Several drifts applied one after another. */
  private static final class DriftText {
    static String of(Drift... drifts) {
      List<String> ddl = new ArrayList<>();
      for (Drift d : drifts) {
        ddl.add(d.ddl);
      }
      return String.join(";\n", ddl);
    }
  }

  /** Verifies every repository the class loader holds, as the no-argument form finds them. */
  static VerificationReport verify(ClassLoader classes, String url) {
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    thread.setContextClassLoader(classes);
    try {
      return SqlCheck.verify(new CountingDataSource(url));
    } finally {
      thread.setContextClassLoader(before);
    }
  }

  /** The shelf repository compiled with the processor, once per compiler. */
  static synchronized URLClassLoader compiled(Tool tool) throws IOException {
    if (!COMPILED.containsKey(tool)) {
      Result result =
          new CompileHarness()
              .schema(resource("schema.sql"))
              .source("com.example.shelf.ShelfRepository", resource("ShelfRepository.java"))
              .compile(tool);
      assertWithMessage("%s", result).that(result.errors()).isEmpty();
      assertTrue(
          Files.exists(
              result
                  .classesDir()
                  .resolve("META-INF/sqlcheck/repositories/com.example.shelf.ShelfRepository")),
          "manifest written");
      COMPILED.put(
          tool,
          new URLClassLoader(
              new URL[] {result.classesDir().toUri().toURL()},
              LiveVerificationTest.class.getClassLoader()));
    }
    return COMPILED.get(tool);
  }

  /** Runs {@code body} on a fresh database holding the schema, then {@code drift}; drops it. */
  static <T> T onDatabase(String drift, Body<T> body) throws Exception {
    String url = TestDatabases.freshPostgresDatabase("sqlcheck_verify");
    try {
      try (Connection c = DriverManager.getConnection(url);
          Statement s = c.createStatement()) {
        s.execute(resource("schema.sql"));
        if (!drift.isEmpty()) {
          s.execute(drift);
        }
      }
      return body.run(url);
    } finally {
      drop(url);
    }
  }

  /** Work on a database URL. */
  interface Body<T> {
    T run(String url) throws Exception;
  }

  static void drop(String url) throws Exception {
    String name = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
    try (Connection c = DriverManager.getConnection(TestDatabases.postgresUrl());
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
  }

  static String resource(String name) {
    String path = name.startsWith("/") ? name : DIR + name;
    try (InputStream in = LiveVerificationTest.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every row of every table and every sequence's state, as text. */
  static List<String> snapshot(Connection c) throws Exception {
    List<String> out = new ArrayList<>();
    List<String> relations = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON"
                    + " n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind IN"
                    + " ('r', 'S') ORDER BY 1")) {
      while (rs.next()) {
        relations.add(rs.getString(1) + ":" + rs.getString(2));
      }
    }
    for (String r : relations) {
      String name = r.substring(0, r.indexOf(':'));
      String sql =
          r.endsWith(":S")
              ? "SELECT last_value, is_called FROM " + name
              : "SELECT t::text FROM " + name + " t ORDER BY 1";
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery(sql)) {
        while (rs.next()) {
          out.add(name + " " + rs.getString(1) + (r.endsWith(":S") ? " " + rs.getString(2) : ""));
        }
      }
    }
    return out;
  }

  static <T> T unchecked(Callable<T> call) {
    try {
      return call.call();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
