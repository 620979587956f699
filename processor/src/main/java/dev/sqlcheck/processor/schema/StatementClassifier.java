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

  /**
   * What {@link ObjectDdl} follows: DROP of each, RENAME and SET SCHEMA of all (an extension's
   * RENAME does not exist).
   */
  private static final Set<String> OBJECTS =
      Set.of(
          "SCHEMA",
          "TYPE",
          "DOMAIN",
          "FUNCTION",
          "PROCEDURE",
          "ROUTINE",
          "AGGREGATE",
          "EXTENSION",
          "SEQUENCE");

  /** Migrations often create enum types inside a DO block, to ignore duplicate_object. */
  static final Pattern ENUM_IN_BLOCK =
      Pattern.compile("(?is)\\bCREATE\\s+TYPE\\s+[^;]*?\\bAS\\s+ENUM\\s*\\([^)]*\\)");

  /** A DO block that may change relations or types: read by {@link DoBlockInterpreter}. */
  static final Pattern DDL_IN_BLOCK = Pattern.compile("(?i)\\b(CREATE|ALTER|DROP|EXECUTE)\\b");

  /**
   * A statement's kind, with the {@code ALTER TABLE} actions read to decide it (null for other
   * kinds), so that the statement is not tokenized a second time to apply them.
   */
  record Classification(DdlKind kind, AlterTableActions alterTable) {}

  private static final Classification SKIPPED = new Classification(DdlKind.SKIP, null);

  private StatementClassifier() {}

  static DdlKind classify(String sql) {
    return classification(sql).kind();
  }

  /**
   * Classifies from the first three tokens when they decide (most statements of a dump: CREATE
   * INDEX, COMMENT, ALTER SEQUENCE, ...), and reads up to twelve only when later words matter.
   */
  static Classification classification(String sql) {
    List<Token> t = SqlTokens.tokenize(sql, 3);
    if (t.isEmpty() || t.get(0).kind() != SqlTokens.Kind.WORD) {
      return SKIPPED;
    }
    return switch (t.get(0).upper()) {
      case "CREATE" -> of(classifyCreate(createDecidedBy(t) ? t : SqlTokens.tokenize(sql, 12)));
      case "ALTER" -> classifyAlter(sql, t);
      case "DROP" -> of(classifyDrop(t));
      case "SET" -> of(isSearchPathSet(t) ? DdlKind.SET_SEARCH_PATH : DdlKind.SKIP);
      case "RESET" -> // RESET search_path | ALL: back to the default path
          of(
              t.size() > 1 && (t.get(1).is("search_path") || t.get(1).is("ALL"))
                  ? DdlKind.SET_SEARCH_PATH
                  : DdlKind.SKIP);
      case "SELECT" -> of(classifySelect(SqlTokens.tokenize(sql, Integer.MAX_VALUE)));
      case "WITH" ->
          of(
              SelectInto.target(SqlTokens.tokenize(sql, Integer.MAX_VALUE)) != null
                  ? DdlKind.SELECT_INTO
                  : DdlKind.SKIP);
      case "IMPORT" ->
          of(t.size() > 2 && t.get(1).is("FOREIGN") ? DdlKind.IMPORT_FOREIGN_SCHEMA : DdlKind.SKIP);
      case "DO" -> of(DDL_IN_BLOCK.matcher(sql).find() ? DdlKind.DO_BLOCK : DdlKind.SKIP);
      default -> SKIPPED;
    };
  }

  private static Classification of(DdlKind kind) {
    return kind == DdlKind.SKIP ? SKIPPED : new Classification(kind, null);
  }

  /** True when the word after CREATE is neither a modifier nor TYPE: nothing later matters. */
  private static boolean createDecidedBy(List<Token> head) {
    if (head.size() < 2) {
      return true;
    }
    String word = head.get(1).upper();
    return !CREATE_MODIFIERS.contains(word) && !word.equals("TYPE");
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
    if (word.equals("SEQUENCE")) {
      return DdlKind.CREATE_SEQUENCE;
    }
    if (word.equals("FUNCTION") || word.equals("PROCEDURE")) {
      return DdlKind.CREATE_FUNCTION;
    }
    if (word.equals("AGGREGATE")) {
      return DdlKind.CREATE_AGGREGATE;
    }
    if (i == 1
        && (word.equals("CAST")
            || word.equals("OPERATOR")
                && !(t.size() > 2 && (t.get(2).is("CLASS") || t.get(2).is("FAMILY"))))) {
      return DdlKind.CREATE_OPERATOR_OR_CAST;
    }
    if (i == 1 && word.equals("EXTENSION")) {
      return DdlKind.CREATE_EXTENSION;
    }
    if (word.equals("TRIGGER")
        || word.equals("RULE")
        || word.equals("CONSTRAINT") && i + 1 < t.size() && t.get(i + 1).is("TRIGGER")) {
      return DdlKind.CREATE_TRIGGER_OR_RULE;
    }
    if (i == 1 && word.equals("TYPE") && isEnumType(t)) {
      return DdlKind.CREATE_ENUM;
    }
    if (i == 1 && word.equals("TYPE") && isCompositeType(t)) {
      return DdlKind.CREATE_COMPOSITE;
    }
    return DdlKind.SKIP;
  }

  private static boolean isCompositeType(List<Token> t) {
    for (int i = 2; i + 1 < t.size(); i++) {
      if (t.get(i).is("AS")) {
        return t.get(i + 1).isSymbol("(");
      }
    }
    return false;
  }

  private static boolean isEnumType(List<Token> t) {
    for (int i = 2; i + 1 < t.size(); i++) {
      if (t.get(i).is("AS")) {
        return t.get(i + 1).is("ENUM");
      }
    }
    return false;
  }

  /** Decides from the first three tokens {@code head}, reading more only for views and types. */
  private static Classification classifyAlter(String sql, List<Token> head) {
    if (head.size() < 3) {
      return SKIPPED;
    }
    String what = head.get(1).upper();
    if (what.equals("TABLE")) {
      AlterTableActions actions = AlterTableActions.of(sql);
      return actions.changesCatalog() ? new Classification(DdlKind.ALTER_TABLE, actions) : SKIPPED;
    }
    if (what.equals("VIEW") || (what.equals("MATERIALIZED") && head.get(2).is("VIEW"))) {
      List<Token> t = SqlTokens.tokenize(sql, 12);
      return of(
          containsWord(t, "RENAME") || containsWord(t, "SCHEMA")
              ? DdlKind.ALTER_VIEW
              : DdlKind.SKIP);
    }
    if (what.equals("TYPE") && containsWord(SqlTokens.tokenize(sql, 12), "VALUE")) {
      return of(DdlKind.ALTER_TYPE);
    }
    if (what.equals("TYPE") && containsWord(SqlTokens.tokenize(sql, 12), "ATTRIBUTE")) {
      return of(DdlKind.ALTER_COMPOSITE);
    }
    if (OBJECTS.contains(what)) {
      List<Token> t = SqlTokens.tokenize(sql, Integer.MAX_VALUE);
      boolean renames = t.size() > 3 && t.get(t.size() - 3).is("RENAME");
      boolean moves =
          t.size() > 3 && t.get(t.size() - 3).is("SET") && t.get(t.size() - 2).is("SCHEMA");
      // ALTER DOMAIN d SET|DROP DEFAULT, SET|DROP NOT NULL: what its columns are
      boolean domainColumns =
          what.equals("DOMAIN")
              && t.size() > 4
              && (t.get(3).is("SET") || t.get(3).is("DROP"))
              && (t.get(4).is("DEFAULT") || t.get(4).is("NOT"));
      return of(renames || moves || domainColumns ? DdlKind.ALTER_OBJECT : DdlKind.SKIP);
    }
    return SKIPPED;
  }

  private static DdlKind classifyDrop(List<Token> t) {
    if (t.size() < 3) {
      return DdlKind.SKIP;
    }
    boolean relation =
        t.get(1).is("TABLE")
            || t.get(1).is("VIEW")
            || (t.get(1).is("MATERIALIZED") && t.get(2).is("VIEW"));
    if (relation) {
      return DdlKind.DROP_RELATIONS;
    }
    return OBJECTS.contains(t.get(1).upper()) ? DdlKind.DROP_OBJECTS : DdlKind.SKIP;
  }

  /** pg_dump's {@code set_config('search_path', …)}, a {@code SELECT … INTO}, or neither. */
  private static DdlKind classifySelect(List<Token> t) {
    if (isSetConfigSearchPath(t.subList(0, Math.min(12, t.size())))) {
      return DdlKind.SET_SEARCH_PATH;
    }
    return SelectInto.target(t) != null ? DdlKind.SELECT_INTO : DdlKind.SKIP;
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
