package dev.sqlcheck.processor.schema;

import dev.sqlcheck.processor.problem.Message;
import dev.sqlcheck.processor.schema.SqlTokens.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code SELECT … INTO [TEMPORARY | TEMP | UNLOGGED] [TABLE] name FROM …}, which PostgreSQL runs as
 * {@code CREATE TABLE name AS SELECT … FROM …}: the statement is rewritten to that form and read as
 * one ({@link ViewInterpreter#applyTableAs}), so the new table has the query's columns, none of
 * them NOT NULL and none with a default.
 */
final class SelectInto {
  /** Statements a WITH may lead to whose INTO names an existing table. */
  private static final Set<String> WRITES = Set.of("INSERT", "UPDATE", "DELETE", "MERGE");

  private static final Set<String> TABLE_KINDS =
      Set.of("TEMPORARY", "TEMP", "UNLOGGED", "GLOBAL", "LOCAL");

  private SelectInto() {}

  /** Where the INTO clause is: tokens {@code from} (INTO) to {@code to} (after the name). */
  record Target(int from, int to, int nameFrom, String kinds) {}

  /**
   * The INTO clause of a SELECT (or WITH … SELECT) at the statement's top level, before its FROM;
   * null when there is none (a SELECT that only reads, such as pg_dump's {@code setval} calls).
   */
  static Target target(List<Token> t) {
    int depth = 0;
    boolean select = false;
    for (int i = 0; i < t.size(); i++) {
      Token token = t.get(i);
      if (token.isSymbol("(")) {
        depth++;
      } else if (token.isSymbol(")")) {
        depth--;
      } else if (depth == 0 && (token.is("FROM") || WRITES.contains(token.upper()))) {
        return null; // past the select list, or WITH … INSERT INTO, which makes no table
      } else if (depth == 0 && token.is("SELECT")) {
        select = true;
      } else if (depth == 0 && token.is("INTO") && select) {
        int j = i + 1;
        StringBuilder kinds = new StringBuilder();
        while (j < t.size() && TABLE_KINDS.contains(t.get(j).upper())) {
          kinds.append(t.get(j).upper()).append(' ');
          j++;
        }
        if (j < t.size() && t.get(j).is("TABLE")) {
          j++;
        }
        int nameFrom = j;
        j = AlterTableActions.readQualifiedName(t, j, new ArrayList<>());
        return j > nameFrom ? new Target(i, j, nameFrom, kinds.toString()) : null;
      }
    }
    return null;
  }

  /** Defines the table the statement creates, as {@code CREATE TABLE … AS} would. */
  static boolean apply(LoadContext ctx, String sql) {
    List<Token> t = SqlTokens.tokenize(sql, Integer.MAX_VALUE);
    Target into = target(t);
    Token last = t.get(into.to() - 1);
    int intoStart = t.get(into.from()).start();
    int nameEnd = last.start() + last.text().length();
    String name = sql.substring(t.get(into.nameFrom()).start(), nameEnd);
    String rewritten =
        "CREATE "
            + into.kinds()
            + "TABLE "
            + name
            + " AS "
            + sql.substring(0, intoStart)
            + sql.substring(nameEnd);
    if (ViewInterpreter.applyTableAs(ctx, rewritten)) {
      return true;
    }
    ctx.warn(
        Message.STATEMENT_NOT_INTERPRETED,
        "SELECT … INTO " + name + " read as CREATE TABLE … AS, which the parser does not accept");
    List<String> parts = new ArrayList<>();
    AlterTableActions.readQualifiedName(t, into.nameFrom(), parts);
    ctx.lose(parts.size() > 1 ? parts.get(parts.size() - 2) : null, parts.get(parts.size() - 1));
    return false;
  }
}
