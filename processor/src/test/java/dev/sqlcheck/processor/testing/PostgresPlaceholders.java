package dev.sqlcheck.processor.testing;

import dev.sqlcheck.processor.dialect.postgres.parse.PgGrammar;
import dev.sqlcheck.processor.dialect.postgres.parse.PgParser;
import dev.sqlcheck.processor.sql.ast.Expr;

/**
 * Rewrites {@code :name} parameters to PostgreSQL's {@code $1, $2, ...} so a query can be given to
 * {@code PREPARE}: one number per occurrence, as the generated code sends one {@code ?} per
 * occurrence (two uses of {@code :from} are two parameters, each typed by its own context). The
 * product's own scanner finds them, so a parameter it finds where there is none (inside a string, a
 * {@code ::} cast, an array slice) makes PostgreSQL reject the query and the test fail.
 */
public final class PostgresPlaceholders {
  private PostgresPlaceholders() {}

  public static String positional(String sql) {
    StringBuilder out = new StringBuilder();
    int number = 0;
    int copied = 0;
    for (Expr.NamedParameter f : PgParser.namedParameters(sql, PgGrammar.defaultRange())) {
      out.append(sql, copied, f.start()).append('$').append(++number);
      copied = f.end();
    }
    return out.append(sql.substring(copied)).toString();
  }
}
