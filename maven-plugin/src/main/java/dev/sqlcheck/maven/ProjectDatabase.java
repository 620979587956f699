package dev.sqlcheck.maven;

import java.io.File;
import java.io.PrintWriter;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The module's run-time class path as a class loader (its compiled repositories and their
 * manifests, and its JDBC driver), and connections to the database a goal was given. The driver is
 * taken from that class path, or from the plugin's own dependencies, through {@link ServiceLoader}
 * and used directly: {@code DriverManager} refuses drivers from a class loader its caller cannot
 * see. Connecting is bounded by {@code timeoutSeconds}.
 */
final class ProjectDatabase implements DataSource {
  private final ClassLoader loader;
  private final String url;
  private final Properties properties = new Properties();

  ProjectDatabase(List<String> classPath, String url, String user, String password, int timeout)
      throws MalformedURLException {
    List<URL> urls = new ArrayList<>();
    for (String element : classPath) {
      urls.add(new File(element).toURI().toURL());
    }
    this.loader = new URLClassLoader(urls.toArray(URL[]::new), getClass().getClassLoader());
    this.url = url;
    if (user != null) {
      properties.setProperty("user", user);
    }
    String secret = password != null ? password : System.getenv("SQLCHECK_PASSWORD");
    if (secret != null) {
      properties.setProperty("password", secret);
    }
    properties.setProperty("connectTimeout", String.valueOf(timeout));
    properties.setProperty("loginTimeout", String.valueOf(timeout));
  }

  /** The module's classes and dependencies, for {@code SqlCheck.verify} to find repositories in. */
  ClassLoader classLoader() {
    return loader;
  }

  @Override
  public Connection getConnection() throws SQLException {
    for (Driver driver : ServiceLoader.load(Driver.class, loader)) {
      if (driver.acceptsURL(url)) {
        Connection c = driver.connect(url, properties);
        if (c != null) {
          return c;
        }
      }
    }
    throw new SQLException(
        "no JDBC driver for "
            + url
            + " on the module's run-time class path; add the driver (for example"
            + " org.postgresql:postgresql) as a dependency of the module or of the plugin");
  }

  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    throw new SQLFeatureNotSupportedException("pass the user and password as plugin parameters");
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    // No driver logging.
  }

  @Override
  public void setLoginTimeout(int seconds) {
    properties.setProperty("loginTimeout", String.valueOf(seconds));
  }

  @Override
  public int getLoginTimeout() {
    return Integer.parseInt(properties.getProperty("loginTimeout"));
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("no logger");
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new SQLException("not a wrapper for " + type.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }
}
