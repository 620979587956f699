package dev.sqlcheck.bench;

import dev.sqlcheck.SqlCheck;
import dev.sqlcheck.VerificationReport;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Times {@link SqlCheck#verify} on compiled repositories against a live PostgreSQL, beside the
 * least any such check costs: preparing and describing the same SQL texts with plain JDBC in one
 * read-only transaction, without comparing anything. Runs alternate, after one warm-up of each.
 * Then times the command line end to end (a new JVM each time), as a deployment pipeline runs it.
 * It creates a database on the server for the run, applies the schema, and drops it afterwards.
 *
 * <pre>
 * java -cp benchmarks.jar dev.sqlcheck.bench.VerifyBenchmark --classes /tmp/synth/classes \
 *     --schema /tmp/synth/schema.sql --server jdbc:postgresql://localhost/test?user=postgres \
 *     --cli-class-path sqlcheck-annotations.jar:postgresql.jar
 * </pre>
 */
public final class VerifyBenchmark {
  private VerifyBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path classes = null;
    Path schema = null;
    String server = null;
    int runs = 7;
    String cliClassPath = null;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--cli-class-path" -> cliClassPath = args[i + 1];
        case "--classes" -> classes = Path.of(args[i + 1]);
        case "--schema" -> schema = Path.of(args[i + 1]);
        case "--server" -> server = args[i + 1];
        case "--runs" -> runs = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (classes == null || schema == null || server == null) {
      throw new IllegalArgumentException(
          "usage: VerifyBenchmark --classes DIR --schema FILE --server URL [--runs N]");
    }
    String name = "sqlcheck_bench_verify_" + ProcessHandle.current().pid();
    execute(server, "CREATE DATABASE " + name);
    try {
      String url = withDatabase(server, name);
      execute(url, Files.readString(schema));
      measureApi(classes, url, runs);
      if (cliClassPath != null) {
        measureCommandLine(classes + java.io.File.pathSeparator + cliClassPath, url, 3);
      }
    } finally {
      execute(server, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
  }

  private static void measureApi(Path classes, String url, int runs) throws Exception {
    List<String> sql = sqlTexts(classes);
    // Only the compiled project's repositories: not this jar's own benchmark repository.
    ClassLoader loader =
        new URLClassLoader(
            new URL[] {classes.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    double[] verify = new double[runs];
    double[] describe = new double[runs];
    double[] metadata = new double[runs];
    VerificationReport report = verify(loader, url);
    describeAll(url, sql, false);
    describeAll(url, sql, true);
    for (int r = 0; r < runs; r++) {
      long t0 = System.nanoTime();
      report = verify(loader, url);
      long t1 = System.nanoTime();
      describeAll(url, sql, false);
      long t2 = System.nanoTime();
      describeAll(url, sql, true);
      long t3 = System.nanoTime();
      verify[r] = (t1 - t0) / 1e6;
      describe[r] = (t2 - t1) / 1e6;
      metadata[r] = (t3 - t2) / 1e6;
    }
    System.out.println(report.toString().lines().reduce((a, b) -> b).orElse(""));
    System.out.printf("%d queries, %d runs after a warm-up (median, min-max):%n", sql.size(), runs);
    print("SqlCheck.verify", verify);
    print("JDBC prepare + describe only", describe);
    print("JDBC prepare + describe + the column metadata verify reads", metadata);
    System.out.printf(
        "ratio verify / describe only %.2f; verify / describe + metadata %.2f%n",
        median(verify) / median(describe), median(verify) / median(metadata));
  }

  private static void print(String what, double[] ms) {
    System.out.printf("  %-60s %6.0f ms (%.0f-%.0f)%n", what, median(ms), min(ms), max(ms));
  }

  /** {@code java -cp <classes, annotations, driver> dev.sqlcheck.SqlCheck --jdbc-url …}, timed. */
  private static void measureCommandLine(String classPath, String url, int runs) throws Exception {
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            classPath,
            "dev.sqlcheck.SqlCheck",
            "--jdbc-url",
            url);
    double[] wall = new double[runs];
    int exit = -1;
    for (int r = 0; r < runs; r++) {
      long t0 = System.nanoTime();
      Process p =
          new ProcessBuilder(command)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      exit = p.waitFor();
      wall[r] = (System.nanoTime() - t0) / 1e6;
    }
    System.out.printf(
        "command line, new JVM each time: exit %d, wall median %.0f ms (min %.0f, max %.0f)%n",
        exit, median(wall), min(wall), max(wall));
  }

  private static void execute(String url, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  /** Replaces the database in {@code jdbc:postgresql://host:port/db?params}. */
  private static String withDatabase(String url, String database) {
    int query = url.indexOf('?');
    String head = query < 0 ? url : url.substring(0, query);
    String params = query < 0 ? "" : url.substring(query);
    return head.substring(0, head.lastIndexOf('/') + 1) + database + params;
  }

  private static VerificationReport verify(ClassLoader loader, String url) {
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      PGSimpleDataSource dataSource = new PGSimpleDataSource();
      dataSource.setURL(url);
      return SqlCheck.verify(dataSource);
    } finally {
      thread.setContextClassLoader(before);
    }
  }

  /**
   * The baselines: every SQL text prepared and described, nothing compared; with {@code metadata},
   * also every column's label, type name, nullability and table, which the driver looks up.
   */
  private static void describeAll(String url, List<String> sql, boolean metadata)
      throws SQLException {
    try (Connection c = DriverManager.getConnection(url)) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute("SET TRANSACTION READ ONLY");
      }
      for (String text : sql) {
        try (PreparedStatement ps = c.prepareStatement(text)) {
          ParameterMetaData params = ps.getParameterMetaData();
          ResultSetMetaData meta = ps.getMetaData();
          if (metadata) {
            for (int i = 1; i <= params.getParameterCount(); i++) {
              params.getParameterTypeName(i);
            }
            for (int i = 1; meta != null && i <= meta.getColumnCount(); i++) {
              meta.getColumnLabel(i);
              meta.getColumnTypeName(i);
              meta.isNullable(i);
              meta.getTableName(i);
            }
          }
        }
      }
      c.rollback();
    }
  }

  /** The SQL each manifest records ({@code sql} records, unescaped). */
  private static List<String> sqlTexts(Path classes) throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(classes.resolve("META-INF/sqlcheck/repositories"))) {
      for (Path f : files.sorted().toList()) {
        for (String line : Files.readAllLines(f)) {
          if (line.startsWith("sql\t")) {
            out.add(unescape(line.substring(4)));
          }
        }
      }
    }
    return out;
  }

  private static String unescape(String field) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c == '\\' && i + 1 < field.length()) {
        char n = field.charAt(++i);
        b.append(n == 'n' ? '\n' : n == 't' ? '\t' : n == 'r' ? '\r' : n);
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  private static double min(double[] v) {
    return Arrays.stream(v).min().orElse(0);
  }

  private static double max(double[] v) {
    return Arrays.stream(v).max().orElse(0);
  }
}
