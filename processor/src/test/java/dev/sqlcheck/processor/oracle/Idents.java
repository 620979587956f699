package dev.sqlcheck.processor.oracle;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes identifiers the way PostgreSQL's grammar allows them (gram.y's ColId, ColLabel and
 * BareColLabel), from the keyword table PostgreSQL itself reports: reserved and
 * type-or-function-name keywords must be quoted where a column or table name is expected, any
 * keyword may follow {@code AS}, and only "bare label" keywords may label a column without {@code
 * AS}. Where quotes are optional they are sometimes added, because a quoted name must resolve
 * exactly as the bare one does.
 */
final class Idents {
  private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_$]*");
  private final Map<String, SchemaModel.Keyword> keywords;

  Idents(Map<String, SchemaModel.Keyword> keywords) {
    this.keywords = keywords;
  }

  static String quoted(String name) {
    return '"' + name.replace("\"", "\"\"") + '"';
  }

  /** True when the name cannot stand unquoted as a column, table or alias name (ColId). */
  boolean needsQuotes(String name) {
    if (!PLAIN.matcher(name).matches()) {
      return true;
    }
    SchemaModel.Keyword k = keywords.get(name);
    return k != null && (k.category() == 'R' || k.category() == 'T');
  }

  boolean isKeyword(String name) {
    return keywords.containsKey(name);
  }

  /** A name in a ColId position: quoted when it must be, and sometimes when it need not be. */
  String colId(String name, Gen g) {
    if (needsQuotes(name) || g.chance(0.08)) {
      return quoted(name);
    }
    return name;
  }

  /** A name after a dot (attr_name = ColLabel): every keyword is allowed unquoted. */
  String attr(String name, Gen g) {
    if (!PLAIN.matcher(name).matches() || g.chance(0.05)) {
      return quoted(name);
    }
    return name;
  }

  /** A column label, with AS or, where the grammar allows it, without. */
  String label(String name, Gen g) {
    String text = PLAIN.matcher(name).matches() && !g.chance(0.05) ? name : quoted(name);
    if (text.equals(name) && canBeBare(name) && g.chance(0.3)) {
      return " " + text;
    }
    return " AS " + text;
  }

  private boolean canBeBare(String name) {
    SchemaModel.Keyword k = keywords.get(name);
    return k == null || k.bareLabel();
  }
}
