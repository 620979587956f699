package dev.sqlcheck.processor.schema;

import dev.sqlcheck.processor.schema.SqlTokens.Token;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Recognises a statement written for MySQL or MariaDB by what PostgreSQL has no use for: backquoted
 * names, {@code ENGINE=}, {@code AUTO_INCREMENT}, {@code UNSIGNED}, {@code ZEROFILL}, {@code
 * [DEFAULT] CHARSET=}, and {@code enum(..)} as a column type. Only asked about statements that
 * PostgreSQL already refuses, so a sign inside valid PostgreSQL never matters.
 */
final class MysqlSigns {
  private static final int SHOWN = 3;

  private MysqlSigns() {}

  /** The signs found, as written ("backquoted name `owners`, ENGINE=InnoDB"), or null. */
  static String describe(String sql) {
    List<Token> t = SqlTokens.tokenize(sql, Integer.MAX_VALUE);
    Set<String> signs = new LinkedHashSet<>();
    boolean backquote = false;
    for (int i = 0; i < t.size() && signs.size() < SHOWN; i++) {
      Token k = t.get(i);
      Token next = i + 1 < t.size() ? t.get(i + 1) : null;
      Token previous = i > 0 ? t.get(i - 1) : null;
      if (k.kind() == SqlTokens.Kind.QUOTED_IDENTIFIER && k.text().startsWith("`")) {
        if (!backquote) {
          signs.add("backquoted name " + k.text());
        }
        backquote = true;
      } else if ((k.is("ENGINE") || k.is("CHARSET")) && next != null && next.isSymbol("=")) {
        Token value = i + 2 < t.size() ? t.get(i + 2) : next;
        signs.add(k.upper() + "=" + value.text());
      } else if (k.is("AUTO_INCREMENT") || k.is("UNSIGNED") || k.is("ZEROFILL")) {
        signs.add(k.upper());
      } else if (k.is("ENUM")
          && next != null
          && next.isSymbol("(")
          && previous != null
          && previous.isName()
          && !previous.is("AS")) {
        signs.add("column type enum(...)");
      }
    }
    return signs.isEmpty() ? null : String.join(", ", signs);
  }
}
