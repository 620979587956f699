package dev.sqlcheck.processor.schema;

import dev.sqlcheck.processor.dialect.postgres.PgIdentifiers;
import dev.sqlcheck.processor.schema.SqlTokens.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An {@code ALTER TABLE} statement cut into its comma-separated actions, each sorted by whether it
 * can change the catalog. Only the actions that can are handed to the parser, one at a time: so
 * {@code OWNER TO}, {@code ADD CONSTRAINT .. FOREIGN KEY} or {@code SET STATISTICS} (which
 * JSqlParser misreads) never cost a parse or a failure. {@code SET DATA TYPE}, which does not
 * parse, is rewritten to the equivalent {@code TYPE}.
 */
record AlterTableActions(
    String header, List<String> nameParts, boolean ifExists, boolean only, List<Action> actions) {

  /** How one action is handled. */
  enum ActionKind {
    /** Parsed and applied from the AST: ADD/DROP/RENAME column, TYPE, NOT NULL, DEFAULT, ... */
    PARSE,
    /**
     * {@code ADD [CONSTRAINT n] PRIMARY KEY (a, b)} or {@code PRIMARY KEY USING INDEX i}: makes the
     * columns NOT NULL.
     */
    PRIMARY_KEY,
    /** {@code ALTER COLUMN c ADD GENERATED .. AS IDENTITY}: NOT NULL with a default. */
    IDENTITY,
    /**
     * {@code ALTER COLUMN c SET GENERATED …}: the column is no longer taken as written only by
     * PostgreSQL.
     */
    RESET_GENERATED,
    /**
     * {@code ALTER COLUMN c DROP IDENTITY} or {@code DROP EXPRESSION}: a plain column now, without
     * a default ({@code IF EXISTS} keeps the default: the column may not have been an identity).
     */
    DROP_GENERATED,
    /** {@code ALTER COLUMN c SET DEFAULT expr}: read from tokens, as pg_dump writes many. */
    SET_DEFAULT,
    /** {@code ALTER COLUMN c DROP DEFAULT}. */
    DROP_DEFAULT,
    /** {@code ALTER COLUMN c SET NOT NULL}. */
    SET_NOT_NULL,
    /** {@code ALTER COLUMN c DROP NOT NULL}. */
    DROP_NOT_NULL,
    /** Cannot change the catalog. */
    IGNORE
  }

  /** One action: its text (possibly rewritten) and, for PRIMARY_KEY/IDENTITY, its columns. */
  record Action(ActionKind kind, String text, List<String> columns) {}

  private static final Set<String> TABLE_CONSTRAINTS =
      Set.of("CONSTRAINT", "PRIMARY", "UNIQUE", "FOREIGN", "CHECK", "EXCLUDE", "INDEX", "KEY");

  boolean changesCatalog() {
    return actions.stream().anyMatch(a -> a.kind() != ActionKind.IGNORE);
  }

  /** Reads {@code ALTER TABLE [IF EXISTS] [ONLY] name [*] action, action ...}. */
  static AlterTableActions of(String sql) {
    List<Token> t = SqlTokens.tokenize(sql, Integer.MAX_VALUE);
    int i = 2;
    boolean ifExists = false;
    if (i + 1 < t.size() && t.get(i).is("IF") && t.get(i + 1).is("EXISTS")) {
      ifExists = true;
      i += 2;
    }
    boolean only = i < t.size() && t.get(i).is("ONLY");
    if (only) {
      i++;
    }
    List<String> name = new ArrayList<>();
    i = readQualifiedName(t, i, name);
    if (i < t.size() && t.get(i).isSymbol("*")) {
      i++;
    }
    if (name.isEmpty() || i >= t.size()) {
      return new AlterTableActions(sql, name, ifExists, only, List.of());
    }
    // IF EXISTS and ONLY are dropped: 5.4 cannot parse them together, and they change nothing
    String header = header(name);
    List<Action> actions = new ArrayList<>();
    for (List<Token> part : splitOnCommas(t.subList(i, t.size()))) {
      int from = part.get(0).start();
      int to = part.get(part.size() - 1).start() + part.get(part.size() - 1).text().length();
      actions.add(classify(part, sql.substring(from, to)));
    }
    return new AlterTableActions(header, name, ifExists, only, actions);
  }

  /** Reads {@code a.b.c} starting at {@code i} into {@code out}; returns the next index. */
  static int readQualifiedName(List<Token> t, int i, List<String> out) {
    while (i < t.size() && t.get(i).isName()) {
      out.add(PgIdentifiers.fold(t.get(i).text()));
      i++;
      if (i < t.size() && t.get(i).isSymbol(".")) {
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  /** {@code ALTER TABLE "schema"."name"}, which each action is parsed after. */
  static String header(List<String> name) {
    List<String> parts = new ArrayList<>();
    for (String part : name) {
      parts.add('"' + part.replace("\"", "\"\"") + '"');
    }
    return "ALTER TABLE " + String.join(".", parts);
  }

  /** {@code tokens} split at the commas outside parentheses, without empty parts. */
  static List<List<Token>> splitOnCommas(List<Token> tokens) {
    List<List<Token>> parts = new ArrayList<>();
    List<Token> current = new ArrayList<>();
    int depth = 0;
    for (Token token : tokens) {
      if (token.isSymbol("(")) {
        depth++;
      } else if (token.isSymbol(")")) {
        depth--;
      } else if (token.isSymbol(",") && depth == 0) {
        if (!current.isEmpty()) {
          parts.add(current);
        }
        current = new ArrayList<>();
        continue;
      }
      current.add(token);
    }
    if (!current.isEmpty()) {
      parts.add(current);
    }
    return parts;
  }

  private static Action classify(List<Token> t, String text) {
    String first = t.get(0).upper();
    String second = t.size() > 1 ? t.get(1).upper() : "";
    return switch (first) {
      case "ADD" -> classifyAdd(t, text, second);
      case "DROP", "RENAME" -> parseUnless(second.equals("CONSTRAINT"), text);
      case "ALTER" -> classifyAlterColumn(t, text);
      case "SET" -> parseUnless(!second.equals("SCHEMA"), text);
      default -> new Action(ActionKind.IGNORE, text, List.of());
    };
  }

  private static Action parseUnless(boolean ignore, String text) {
    return new Action(ignore ? ActionKind.IGNORE : ActionKind.PARSE, text, List.of());
  }

  private static Action classifyAdd(List<Token> t, String text, String second) {
    if (!TABLE_CONSTRAINTS.contains(second)) {
      return new Action(ActionKind.PARSE, text, List.of());
    }
    for (int i = 1; i + 2 < t.size(); i++) {
      if (t.get(i).is("PRIMARY") && t.get(i + 1).is("KEY") && t.get(i + 2).isSymbol("(")) {
        return new Action(ActionKind.PRIMARY_KEY, text, namesInParens(t, i + 2));
      }
      if (t.get(i).is("PRIMARY") && t.get(i + 1).is("KEY") && t.get(i + 2).is("USING")) {
        // PRIMARY KEY USING INDEX name: the index's columns, known when it is applied
        return new Action(ActionKind.PRIMARY_KEY, text, List.of());
      }
    }
    return new Action(ActionKind.IGNORE, text, List.of());
  }

  private static Action classifyAlterColumn(List<Token> t, String text) {
    int i = 1;
    if (i < t.size() && t.get(i).is("CONSTRAINT")) {
      return new Action(ActionKind.IGNORE, text, List.of());
    }
    if (i < t.size() && t.get(i).is("COLUMN")) {
      i++;
    }
    if (i + 1 >= t.size()) {
      return new Action(ActionKind.IGNORE, text, List.of());
    }
    String column = PgIdentifiers.fold(t.get(i).text());
    String verb = t.get(i + 1).upper();
    String object = i + 2 < t.size() ? t.get(i + 2).upper() : "";
    if (verb.equals("TYPE")) {
      return new Action(ActionKind.PARSE, text, List.of());
    }
    if (verb.equals("SET") && object.equals("DATA")) {
      String rewritten = text.replaceFirst("(?i)\\bSET\\s+DATA\\s+TYPE\\b", "TYPE");
      return new Action(ActionKind.PARSE, rewritten, List.of());
    }
    if ((verb.equals("SET") || verb.equals("DROP"))
        && (object.equals("NOT") || object.equals("DEFAULT"))) {
      // Whatever follows SET DEFAULT is an expression the catalog does not need, so these four
      // forms are read from tokens; pg_dump writes one per serial column.
      boolean set = verb.equals("SET");
      ActionKind kind =
          object.equals("DEFAULT")
              ? (set ? ActionKind.SET_DEFAULT : ActionKind.DROP_DEFAULT)
              : (set ? ActionKind.SET_NOT_NULL : ActionKind.DROP_NOT_NULL);
      return new Action(kind, text, List.of(column));
    }
    if (verb.equals("ADD") && object.equals("GENERATED")) {
      return new Action(ActionKind.IDENTITY, text, List.of(column));
    }
    if (verb.equals("DROP") && (object.equals("IDENTITY") || object.equals("EXPRESSION"))) {
      boolean ifExists = i + 3 < t.size() && t.get(i + 3).is("IF");
      return new Action(
          ifExists ? ActionKind.RESET_GENERATED : ActionKind.DROP_GENERATED, text, List.of(column));
    }
    if (verb.equals("SET") && object.equals("GENERATED")) {
      return new Action(ActionKind.RESET_GENERATED, text, List.of(column));
    }
    return new Action(ActionKind.IGNORE, text, List.of());
  }

  private static List<String> namesInParens(List<Token> t, int open) {
    List<String> names = new ArrayList<>();
    for (int i = open + 1; i < t.size() && !t.get(i).isSymbol(")"); i++) {
      if (t.get(i).isName()) {
        names.add(PgIdentifiers.fold(t.get(i).text()));
      }
    }
    return names;
  }
}
