package dev.sqlcheck.processor.dialect.postgres.parse;

import dev.sqlcheck.processor.sql.ast.Expr;
import dev.sqlcheck.processor.sql.ast.Statement;
import java.util.List;

/**
 * The outcome of parsing a text: its statements in order (empty statements between semicolons are
 * skipped), or the first error. An error is an expected outcome, not an exception.
 *
 * @param statements the statements, empty when {@code error} is set
 * @param error the first error, or null
 * @param parameters the {@code :name} parameters in text order, empty when {@code error} is set. A
 *     parse that succeeds has read every {@code :name} token as a parameter expression, so these
 *     are exactly the parameters of the statements, found without walking them.
 */
public record PgParseResult(
    List<Statement> statements, SyntaxError error, List<Expr.NamedParameter> parameters) {
  public PgParseResult {
    statements = List.copyOf(statements);
    parameters = List.copyOf(parameters);
  }

  PgParseResult(List<Statement> statements, SyntaxError error) {
    this(statements, error, List.of());
  }

  /** Whether the text parsed without error. */
  public boolean ok() {
    return error == null;
  }

  /** The only statement; fails if there is an error or not exactly one statement. */
  public Statement single() {
    if (error != null) {
      throw new IllegalStateException(error.toString());
    }
    if (statements.size() != 1) {
      throw new IllegalStateException(statements.size() + " statements");
    }
    return statements.get(0);
  }
}
