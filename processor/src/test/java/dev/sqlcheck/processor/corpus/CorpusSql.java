package dev.sqlcheck.processor.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text helpers for the corpus tests: splitting query files on sqlc's {@code -- name:} headers,
 * turning sqlc's parameters ({@code $1}, {@code sqlc.arg(x)}, {@code @x}) into sqlcheck's {@code
 * :name} form, turning {@code :name} into PostgreSQL's {@code $n} for {@code PREPARE}, and
 * stripping the psql meta-commands a schema script may hold.
 */
final class CorpusSql {
  private CorpusSql() {}

  /** One query of a query file: its {@code -- name:} and its SQL without the trailing {@code ;}. */
  record NamedQuery(String name, String sql) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final Pattern HEADER = Pattern.compile("(?m)^--\\s*name:\\s*(\\S+).*$");
  private static final Pattern SQLC_FUNC =
      Pattern.compile("sqlc\\.(?:arg|narg|slice)\\s*\\(\\s*'?([A-Za-z_][A-Za-z0-9_]*)'?\\s*\\)");
  private static final Pattern AT_PARAM = Pattern.compile("(?<![A-Za-z0-9_@])@([A-Za-z_]\\w*)");
  private static final Pattern DOLLAR_PARAM = Pattern.compile("\\$(\\d+)");

  /** The queries of a file written with {@code -- name: X} headers, in order. */
  static List<NamedQuery> split(String text) {
    List<NamedQuery> out = new ArrayList<>();
    Matcher m = HEADER.matcher(text);
    String name = null;
    int bodyStart = 0;
    while (m.find()) {
      if (name != null) {
        out.add(new NamedQuery(name, body(text.substring(bodyStart, m.start()))));
      }
      name = m.group(1);
      bodyStart = m.end();
    }
    if (name != null) {
      out.add(new NamedQuery(name, body(text.substring(bodyStart))));
    }
    return out;
  }

  /** The statement without leading comment lines, surrounding blanks or the final semicolon. */
  private static String body(String raw) {
    StringBuilder kept = new StringBuilder();
    boolean started = false;
    for (String line : raw.split("\n", -1)) {
      if (!started && (line.isBlank() || line.strip().startsWith("--"))) {
        continue;
      }
      started = true;
      kept.append(line).append('\n');
    }
    String sql = kept.toString().strip();
    while (sql.endsWith(";")) {
      sql = sql.substring(0, sql.length() - 1).strip();
    }
    return sql;
  }

  /** sqlc's parameter forms rewritten as {@code :name} ({@code $3} becomes {@code :p3}). */
  static String fromSqlc(String sql) {
    String out = SQLC_FUNC.matcher(sql).replaceAll(":$1");
    out = AT_PARAM.matcher(out).replaceAll(":$1");
    return DOLLAR_PARAM.matcher(out).replaceAll(":p$1");
  }

  /**
   * A schema script made loadable over JDBC: psql meta-commands ({@code \c db}) and the {@code
   * CREATE/DROP DATABASE} statements that go with them are removed.
   */
  static String forJdbc(String script) {
    StringBuilder out = new StringBuilder();
    for (String line : script.split("\n", -1)) {
      String t = line.strip().toUpperCase(java.util.Locale.ROOT);
      if (t.startsWith("\\") || t.startsWith("DROP DATABASE") || t.startsWith("CREATE DATABASE")) {
        out.append('\n');
      } else {
        out.append(line).append('\n');
      }
    }
    return out.toString();
  }
}
