package dev.sqlcheck.processor.schema;

import dev.sqlcheck.processor.catalog.Relation;
import dev.sqlcheck.processor.catalog.Relations;
import dev.sqlcheck.processor.catalog.SourceLocation;
import dev.sqlcheck.processor.dialect.postgres.PostgresDialect;
import dev.sqlcheck.processor.dialect.postgres.parse.PgParseResult;
import dev.sqlcheck.processor.dialect.postgres.parse.PgParser;
import dev.sqlcheck.processor.dialect.postgres.parse.SyntaxError;
import dev.sqlcheck.processor.problem.Message;
import dev.sqlcheck.processor.schema.SqlTokens.Token;
import java.util.List;
import java.util.Optional;

/**
 * Strict reading of the statements that define relations: before a CREATE TABLE or CREATE VIEW is
 * interpreted, the PostgreSQL-grammar parser ({@link PgParser}) checks it, and its error is taken
 * as PostgreSQL's. A statement PostgreSQL refuses creates nothing, so the relation becomes unknown,
 * and the warning names the line of the offending token and what to do:
 *
 * <pre>
 * schema.sql:5: [SQLCHECK-002] CREATE TABLE "orders" is not valid PostgreSQL: syntax error at or
 *     near "placed_at". ... is a comma missing before "placed_at"?
 * </pre>
 *
 * A refused statement that shows signs of MySQL (backquoted names, ENGINE=, AUTO_INCREMENT, ...)
 * gets one message for the whole load, saying the schema looks like MySQL/MariaDB; later refused
 * statements are then only made unknown.
 */
final class StrictDdl {
  private StrictDdl() {}

  /**
   * True when PostgreSQL's grammar accepts {@code sql}; otherwise reports it, makes the relation
   * unknown, and returns false. {@code kind} is how messages name the statement (null for a view:
   * CREATE [MATERIALIZED] VIEW).
   */
  static boolean accepts(LoadContext ctx, String sql, String kind) {
    return accepts(ctx, sql, kind, null);
  }

  /**
   * As {@link #accepts(LoadContext, String, String)} for an {@code ALTER TABLE} of the relation
   * named {@code name}: a statement PostgreSQL refuses changes nothing there, so what sqlcheck
   * would read from it is not to be trusted, and the relation becomes unknown.
   */
  static boolean acceptsAlter(LoadContext ctx, String sql, List<String> name) {
    return accepts(ctx, sql, "ALTER TABLE", name);
  }

  private static boolean accepts(LoadContext ctx, String sql, String kind, List<String> named) {
    if (!(ctx.dialect instanceof PostgresDialect)) {
      return true;
    }
    PgParseResult parsed;
    try {
      parsed = ctx.pgParse(sql);
    } catch (RuntimeException e) {
      return true; // a fault of the parser is no verdict on the statement: read it as before
    }
    if (parsed.ok()) {
      return true;
    }
    SyntaxError error = parsed.error();
    if (kind == null) {
      boolean materialized = sql.toUpperCase(java.util.Locale.ROOT).contains("MATERIALIZED");
      kind = materialized ? "CREATE MATERIALIZED VIEW" : "CREATE VIEW";
    }
    List<String> name = named != null ? named : Failures.createdName(sql);
    String relation = name.isEmpty() ? null : name.get(name.size() - 1);
    String schema = name.size() > 1 ? name.get(name.size() - 2) : null;
    Optional<Relation> altered =
        named != null && relation != null
            ? ctx.catalog.resolve(schema, relation)
            : Optional.empty();
    if (altered.isPresent()) {
      // PostgreSQL changes nothing, but the statement meant to: what the table has now is unknown
      ctx.catalog.putRelation(Relations.withUnknownColumns(altered.get()));
    } else {
      ctx.lose(schema, relation);
    }
    if (ctx.notPostgresqlReported) {
      return false;
    }
    SourceLocation at = ctx.location();
    ctx.at(at.file(), at.line() + newlinesBefore(sql, error.position()));
    try {
      String signs = MysqlSigns.describe(sql);
      if (signs != null) {
        ctx.notPostgresqlReported = true;
        ctx.warn(Message.NOT_POSTGRESQL, signs, error.message());
      } else {
        String what = relation == null ? kind : kind + " \"" + String.join(".", name) + "\"";
        String subject = relation == null ? "the relation it defines" : "\"" + relation + "\"";
        ctx.warn(
            named != null ? Message.ALTER_REJECTED : Message.DEFINITION_REJECTED,
            what,
            error.message(),
            subject,
            advice(sql, error));
      }
    } finally {
      ctx.at(at.file(), at.line());
    }
    return false;
  }

  /** PostgreSQL's hint, a likely missing comma, or where to look. */
  static String advice(String sql, SyntaxError error) {
    if (error.hint() != null) {
      return error.hint();
    }
    List<Token> tokens = SqlTokens.tokenize(sql, Integer.MAX_VALUE);
    int depth = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token k = tokens.get(i);
      if (k.start() >= error.position()) {
        // "status order_status NOT NULL placed_at timestamptz": a name and its type where
        // PostgreSQL expected a comma
        boolean columnStart =
            depth == 1
                && i > 0
                && i + 1 < tokens.size()
                && k.start() == error.position()
                && k.isName()
                && tokens.get(i + 1).isName()
                && !tokens.get(i - 1).isSymbol(",")
                && !tokens.get(i - 1).isSymbol("(");
        if (columnStart) {
          return "is a comma missing before \"" + k.text() + "\"?";
        }
        break;
      }
      depth += k.isSymbol("(") ? 1 : k.isSymbol(")") ? -1 : 0;
    }
    return "correct the statement at that point";
  }

  private static int newlinesBefore(String sql, int position) {
    int n = 0;
    for (int i = 0; i < position && i < sql.length(); i++) {
      n += sql.charAt(i) == '\n' ? 1 : 0;
    }
    return n;
  }
}
