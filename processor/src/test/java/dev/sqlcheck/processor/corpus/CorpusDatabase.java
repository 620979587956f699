package dev.sqlcheck.processor.corpus;

import dev.sqlcheck.processor.testing.PostgresPlaceholders;
import dev.sqlcheck.processor.testing.TestDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fresh PostgreSQL database holding one corpus schema, used to confirm that a query is valid
 * ({@code PREPARE} succeeds). {@link #close()} drops the database again.
 */
final class CorpusDatabase implements AutoCloseable {
  private final String url;
  private final Connection connection;
  private final AtomicInteger counter = new AtomicInteger();

  private CorpusDatabase(String url, Connection connection) {
    this.url = url;
    this.connection = connection;
  }

  /** Creates the database and runs each script in order (psql meta-commands removed). */
  static CorpusDatabase load(String prefix, List<String> scripts) throws SQLException {
    String url = TestDatabases.freshPostgresDatabase(prefix);
    Connection c = DriverManager.getConnection(url);
    try (Statement s = c.createStatement()) {
      for (String script : scripts) {
        s.execute(CorpusSql.forJdbc(script));
      }
      // pg_dump scripts empty the search_path for their own session; queries expect public.
      s.execute("SET search_path TO public");
    } catch (SQLException e) {
      c.close();
      drop(url);
      throw e;
    }
    return new CorpusDatabase(url, c);
  }

  /** PostgreSQL's error for {@code PREPARE q AS sql} (with :name as $n), or null if accepted. */
  String prepare(String sql) {
    String name = "corpus_q" + counter.incrementAndGet();
    try (Statement s = connection.createStatement()) {
      s.execute("PREPARE " + name + " AS " + PostgresPlaceholders.positional(sql));
      s.execute("DEALLOCATE " + name);
      return null;
    } catch (SQLException ex) {
      return ex.getMessage();
    }
  }

  @Override
  public void close() throws SQLException {
    connection.close();
    drop(url);
  }

  private static void drop(String url) {
    TestDatabases.drop(url);
  }
}
