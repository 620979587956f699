package dev.sqlcheck.sources;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Liquibase formatted-SQL changelog: a file whose first non-blank line is {@code
 * --liquibase formatted sql}, cut into changesets by {@code --changeset author:id attr:value...}
 * lines. As in Liquibase, text before the first changeset is not run, {@code --rollback}, {@code
 * --comment}, {@code --preconditions} and {@code --precondition-*} lines are not SQL, lines between
 * {@code --ignoreLines:start} and {@code --ignoreLines:end} are skipped, and {@code dbms}, {@code
 * splitStatements} and {@code endDelimiter} are honoured. Each changeset becomes one {@link
 * SqlScript} whose lines are the file's own; lines that are not run are blanked, not removed.
 */
final class FormattedSql {
  private static final Pattern HEADER = Pattern.compile("(?i)^\\s*--\\s*liquibase\\s+formatted.*");
  private static final Pattern CHANGESET =
      Pattern.compile("(?i)^\\s*--\\s*changeset\\s+(\"[^\"]*\"|\\S+)(.*)$");
  private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+):(\"[^\"]*\"|\\S+)");
  private static final Pattern NOT_SQL =
      Pattern.compile(
          "(?i)^\\s*--\\s*(rollback|comment|preconditions?|precondition-|validCheckSum|labels"
              + "|context).*");
  private static final Pattern IGNORE_START = Pattern.compile("(?i)^\\s*--\\s*ignoreLines:start.*");
  private static final Pattern IGNORE_END = Pattern.compile("(?i)^\\s*--\\s*ignoreLines:end.*");

  private FormattedSql() {}

  /** True when the first non-blank line says {@code --liquibase formatted}. */
  static boolean isFormatted(String text) {
    for (String line : text.split("\n", -1)) {
      if (!line.isBlank()) {
        return HEADER.matcher(line.replace("\r", "")).matches();
      }
    }
    return false;
  }

  static void read(Changelogs changelogs, String display, String text) {
    String[] lines = text.split("\n", -1);
    StringBuilder body = null;
    String attributes = "";
    String author = null;
    int bodyLine = 0;
    boolean ignoring = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].replace("\r", "");
      Matcher changeset = CHANGESET.matcher(line);
      if (changeset.matches()) {
        emit(changelogs, display, body, attributes, author, bodyLine);
        body = new StringBuilder();
        author = changeset.group(1).replace("\"", "");
        attributes = changeset.group(2);
        bodyLine = i + 2;
        ignoring = false;
        continue;
      }
      if (body == null) {
        continue; // before the first changeset: Liquibase does not run it
      }
      if (IGNORE_START.matcher(line).matches()) {
        ignoring = true;
      } else if (IGNORE_END.matcher(line).matches()) {
        ignoring = false;
        line = "";
      }
      boolean skip = ignoring || NOT_SQL.matcher(line).matches();
      body.append(skip ? "" : line).append('\n');
    }
    emit(changelogs, display, body, attributes, author, bodyLine);
  }

  /** Adds one changeset's script; {@code authorAndId} is the header's {@code author:id}. */
  private static void emit(
      Changelogs changelogs,
      String display,
      StringBuilder body,
      String attributes,
      String authorAndId,
      int line) {
    if (body == null) {
      return;
    }
    String dbms = attribute(attributes, "dbms");
    if (!changelogs.dbmsApplies(dbms, display, line - 1)) {
      return;
    }
    boolean split = !"false".equalsIgnoreCase(attribute(attributes, "splitStatements"));
    String delimiter = attribute(attributes, "endDelimiter");
    String text = changelogs.substitute(body.toString());
    int start = changelogs.beginChangeSet();
    changelogs.script(new SqlScript(display, line, text, split, delimiter));
    int colon = authorAndId.lastIndexOf(':');
    changelogs.endChangeSet(
        display,
        colon < 0 ? authorAndId : authorAndId.substring(colon + 1),
        colon < 0 ? null : authorAndId.substring(0, colon),
        start);
  }

  private static String attribute(String attributes, String name) {
    Matcher m = ATTRIBUTE.matcher(attributes);
    while (m.find()) {
      if (m.group(1).equalsIgnoreCase(name)) {
        String v = m.group(2);
        return v.startsWith("\"") ? v.substring(1, v.length() - 1) : v;
      }
    }
    return null;
  }
}
