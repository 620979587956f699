package dev.sqlcheck.processor.schema;

import dev.sqlcheck.processor.problem.Message;
import dev.sqlcheck.processor.schema.SqlTokens.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports a statement that should have shaped the catalog but could not be parsed, and marks the
 * relation it names as unknown, so that no query touching it is ever reported as wrong. The name is
 * read with a tokenizer from {@code CREATE [..] TABLE|VIEW [IF NOT EXISTS] name}.
 */
final class Failures {
  private Failures() {}

  static void createFailed(LoadContext ctx, String kind, String sql, String parserMessage) {
    List<String> name = createdName(sql);
    String schema = name.size() > 1 ? name.get(name.size() - 2) : null;
    String relation = name.isEmpty() ? null : name.get(name.size() - 1);
    ctx.lose(schema, relation);
    String what = relation == null ? kind : kind + " \"" + String.join(".", name) + "\"";
    ctx.warn(
        Message.DEFINITION_NOT_PARSED,
        what,
        parserMessage,
        relation == null ? "a relation it defines" : "\"" + relation + "\"");
  }

  /** The qualified name in a CREATE TABLE/VIEW statement, or an empty list. */
  static List<String> createdName(String sql) {
    return createdName(sql, "TABLE", "VIEW");
  }

  /**
   * The qualified name after the first of {@code kinds} (and an optional IF NOT EXISTS) in a CREATE
   * statement, or an empty list.
   */
  static List<String> createdName(String sql, String... kinds) {
    List<Token> t = SqlTokens.tokenize(sql, 20);
    int i = 0;
    while (i < t.size() && java.util.Arrays.stream(kinds).noneMatch(t.get(i)::is)) {
      i++;
    }
    i++;
    if (i + 2 < t.size() && t.get(i).is("IF") && t.get(i + 1).is("NOT")) {
      i += 3;
    }
    List<String> name = new ArrayList<>();
    AlterTableActions.readQualifiedName(t, i, name);
    return name;
  }
}
