package com.example.library;

import com.example.library.db.Database;
import dev.sqlcheck.SqlCheck;
import dev.sqlcheck.SqlCheckException;
import dev.sqlcheck.VerificationReport;
import java.io.PrintStream;
import java.sql.SQLException;

/**
 * Runs the library scenario: on an embedded H2 database by default, or on the PostgreSQL given with
 * {@code --jdbc-url}. On PostgreSQL it first checks every repository against the database with
 * {@link SqlCheck#verify}, and stops when a query no longer matches it.
 *
 * <pre>
 * java -jar sample-app/target/sample-app.jar
 * java -jar sample-app/target/sample-app.jar --jdbc-url 'jdbc:postgresql://localhost/test?user=postgres'
 * </pre>
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    String url = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--jdbc-url") && i + 1 < args.length) {
        url = args[++i];
      } else if (args[i].startsWith("--jdbc-url=")) {
        url = args[i].substring("--jdbc-url=".length());
      } else {
        System.err.println("usage: java -jar sample-app.jar [--jdbc-url jdbc:postgresql://...]");
        System.exit(args[i].equals("--help") ? 0 : 2);
      }
    }
    try {
      run(url, System.out);
    } catch (SQLException e) {
      System.err.println("database error: " + e.getMessage());
      System.exit(1);
    } catch (SqlCheckException e) {
      System.err.println(e.getMessage());
      System.exit(1);
    }
  }

  /** Creates the database, runs the scenario and prints what happened to {@code out}. */
  public static LibraryScenario.Summary run(String jdbcUrl, PrintStream out) throws SQLException {
    Database db = jdbcUrl == null ? Database.h2() : Database.postgres(jdbcUrl);
    out.println("sqlcheck sample app: a library on " + db.description());
    out.println(
        "schema: "
            + db.statements()
            + " statements from schema.sql (checked at compile"
            + " time by sqlcheck against every @Query)");
    if (db.postgres()) {
      verify(db, out);
    }
    LibraryScenario.Summary summary = new LibraryScenario(db, out).run();
    out.println("done.");
    return summary;
  }

  /**
   * Checks every repository against the live database before using it: a query that no longer
   * matches stops the app here, with its name, instead of failing later on a user's request.
   */
  private static void verify(Database db, PrintStream out) {
    VerificationReport report = SqlCheck.verify(db.dataSource());
    out.println(report.toString().lines().reduce((a, b) -> b).orElse(""));
    if (!report.ok()) {
      throw new SqlCheckException("the database does not match the compiled queries:\n" + report);
    }
  }
}
