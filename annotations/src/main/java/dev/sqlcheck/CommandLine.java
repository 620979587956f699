package dev.sqlcheck;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * {@code java dev.sqlcheck.SqlCheck --jdbc-url URL [--user U] [--password P] [--timeout S]}: the
 * pre-deployment check. Exit codes: 0 every query matches, 1 some query fails, 2 no connection
 * (bounded by the timeout), not PostgreSQL, no repository on the class path, or a usage error.
 */
final class CommandLine {
  static final int OK = 0;
  static final int FAILED = 1;
  static final int UNUSABLE = 2;

  private static final String USAGE =
      "usage: java -cp <application class path> dev.sqlcheck.SqlCheck --jdbc-url URL"
          + " [--user USER] [--password PASSWORD] [--timeout SECONDS]\n"
          + "  --password  defaults to the environment variable SQLCHECK_PASSWORD\n"
          + "  --timeout   seconds to wait for a connection (default 10)\n"
          + "exit codes: 0 all queries match, 1 some query fails, 2 cannot connect or no"
          + " repository found";

  private CommandLine() {}

  /** The options given on the command line. */
  private record Options(String url, String user, String password, int timeoutSeconds) {}

  static int run(String[] args, PrintStream out, PrintStream err) {
    Options options;
    try {
      options = parse(args);
    } catch (IllegalArgumentException e) {
      err.println("sqlcheck: " + e.getMessage());
      err.println(USAGE);
      return UNUSABLE;
    }
    if (options == null) {
      out.println(USAGE);
      return OK;
    }
    try {
      VerificationReport report = SqlCheck.verify(dataSource(options));
      out.println(report);
      return report.ok() ? OK : FAILED;
    } catch (SqlCheckException e) {
      err.println("sqlcheck: " + e.getMessage());
      return UNUSABLE;
    }
  }

  /** The options, or null for {@code --help}. */
  private static Options parse(String[] args) {
    String url = null;
    String user = null;
    String password = System.getenv("SQLCHECK_PASSWORD");
    int timeout = 10;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--help") || arg.equals("-h")) {
        return null;
      }
      int eq = arg.indexOf('=');
      String name = eq > 0 ? arg.substring(0, eq) : arg;
      String value;
      if (eq > 0) {
        value = arg.substring(eq + 1);
      } else if (i + 1 < args.length) {
        value = args[++i];
      } else {
        throw new IllegalArgumentException(arg + " needs a value");
      }
      switch (name) {
        case "--jdbc-url" -> url = value;
        case "--user" -> user = value;
        case "--password" -> password = value;
        case "--timeout" -> timeout = seconds(value);
        default -> throw new IllegalArgumentException("unknown option " + name);
      }
    }
    if (url == null) {
      throw new IllegalArgumentException("--jdbc-url is required");
    }
    return new Options(url, user, password, timeout);
  }

  private static int seconds(String value) {
    try {
      int s = Integer.parseInt(value);
      if (s > 0) {
        return s;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("--timeout takes a positive number of seconds: " + value);
  }

  /**
   * Connections from {@link DriverManager}, bounded by the timeout both through JDBC's login
   * timeout and through the driver properties pgJDBC reads ({@code connectTimeout}, {@code
   * loginTimeout}); other drivers ignore properties they do not know.
   */
  private static DataSource dataSource(Options o) {
    Properties props = new Properties();
    if (o.user() != null) {
      props.setProperty("user", o.user());
    }
    if (o.password() != null) {
      props.setProperty("password", o.password());
    }
    props.setProperty("connectTimeout", String.valueOf(o.timeoutSeconds()));
    props.setProperty("loginTimeout", String.valueOf(o.timeoutSeconds()));
    DriverManager.setLoginTimeout(o.timeoutSeconds());
    return new DriverDataSource(o.url()) {
      @Override
      public Connection getConnection() throws SQLException {
        return DriverManager.getConnection(o.url(), props);
      }
    };
  }
}
