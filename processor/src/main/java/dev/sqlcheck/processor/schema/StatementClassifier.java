package dev.sqlcheck.processor.schema;

import dev.sqlcheck.processor.schema.SqlTokens.Token;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides from a statement's leading keywords, before any parsing, whether it can change the
 * catalog and how it will be interpreted. Anything not recognised is skipped: an unknown kind of
 * statement cannot define a relation that the loader would know how to model anyway.
 */
final class StatementClassifier {
  /** Words allowed between CREATE and TABLE/VIEW. */
  private static final Set<String> CREATE_MODIFIERS =
      Set.of(
          "OR",
          "REPLACE",
          "TEMP",
          "TEMPORARY",
          "UNLOGGED",
          "GLOBAL",
          "LOCAL",
          "RECURSIVE",
          "FOREIGN");

  /** Migrations often create enum types inside a DO block, to ignore duplicate_object. */
  static final Pattern ENUM_IN_BLOCK =
      Pattern.compile("(?is)\\bCREATE\\s+TYPE\\s+[^;]*?\\bAS\\s+ENUM\\s*\\([^)]*\\)");

  private StatementClassifier() {}

  static DdlKind classify(String sql) {
    List<Token> t = SqlTokens.tokenize(sql, 12);
    if (t.isEmpty() || t.get(0).kind() != SqlTokens.Kind.WORD) {
      return DdlKind.SKIP;
    }
    return switch (t.get(0).upper()) {
      case "CREATE" -> classifyCreate(t);
      case "ALTER" -> classifyAlter(sql, t);
      case "DROP" -> classifyDrop(t);
      case "SET" -> isSearchPathSet(t) ? DdlKind.SET_SEARCH_PATH : DdlKind.SKIP;
      case "SELECT" -> isSetConfigSearchPath(t) ? DdlKind.SET_SEARCH_PATH : DdlKind.SKIP;
      case "DO" -> ENUM_IN_BLOCK.matcher(sql).find() ? DdlKind.DO_BLOCK : DdlKind.SKIP;
      default -> DdlKind.SKIP;
    };
  }

  private static DdlKind classifyCreate(List<Token> t) {
    int i = 1;
    while (i < t.size() && CREATE_MODIFIERS.contains(t.get(i).upper())) {
      i++;
    }
    if (i >= t.size()) {
      return DdlKind.SKIP;
    }
    String word = t.get(i).upper();
    if (word.equals("MATERIALIZED") || word.equals("VIEW")) {
      return DdlKind.CREATE_VIEW;
    }
    if (word.equals("TABLE")) {
      return DdlKind.CREATE_TABLE;
    }
    if (i == 1 && word.equals("SCHEMA")) {
      return DdlKind.CREATE_SCHEMA;
    }
    if (i == 1 && word.equals("DOMAIN")) {
      return DdlKind.CREATE_DOMAIN;
    }
    if (i == 1 && word.equals("TYPE") && isEnumType(t)) {
      return DdlKind.CREATE_ENUM;
    }
    return DdlKind.SKIP;
  }

  private static boolean isEnumType(List<Token> t) {
    for (int i = 2; i + 1 < t.size(); i++) {
      if (t.get(i).is("AS")) {
        return t.get(i + 1).is("ENUM");
      }
    }
    return false;
  }

  private static DdlKind classifyAlter(String sql, List<Token> t) {
    if (t.size() < 3) {
      return DdlKind.SKIP;
    }
    String what = t.get(1).upper();
    if (what.equals("TABLE")) {
      return AlterTableActions.of(sql).changesCatalog() ? DdlKind.ALTER_TABLE : DdlKind.SKIP;
    }
    if (what.equals("VIEW") || (what.equals("MATERIALIZED") && t.get(2).is("VIEW"))) {
      return containsWord(t, "RENAME") || containsWord(t, "SCHEMA")
          ? DdlKind.ALTER_VIEW
          : DdlKind.SKIP;
    }
    if (what.equals("TYPE")) {
      return containsWord(t, "VALUE") ? DdlKind.ALTER_TYPE : DdlKind.SKIP;
    }
    return DdlKind.SKIP;
  }

  private static DdlKind classifyDrop(List<Token> t) {
    if (t.size() < 3) {
      return DdlKind.SKIP;
    }
    boolean relation =
        t.get(1).is("TABLE")
            || t.get(1).is("VIEW")
            || (t.get(1).is("MATERIALIZED") && t.get(2).is("VIEW"));
    return relation ? DdlKind.DROP_RELATIONS : DdlKind.SKIP;
  }

  private static boolean isSearchPathSet(List<Token> t) {
    int i = 1;
    if (i < t.size() && (t.get(i).is("SESSION") || t.get(i).is("LOCAL"))) {
      i++;
    }
    return i < t.size() && t.get(i).is("search_path");
  }

  private static boolean isSetConfigSearchPath(List<Token> t) {
    for (int i = 1; i + 2 < t.size(); i++) {
      if (t.get(i).is("set_config") && t.get(i + 1).isSymbol("(")) {
        Token arg = t.get(i + 2);
        return arg.kind() == SqlTokens.Kind.STRING
            && arg.stringValue().equalsIgnoreCase("search_path");
      }
    }
    return false;
  }

  private static boolean containsWord(List<Token> t, String word) {
    return t.stream().anyMatch(token -> token.is(word));
  }
}
