package dev.sqlcheck.processor.schema;

import dev.sqlcheck.processor.schema.BlockTokens.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the structure of a PL/pgSQL block body ({@code [DECLARE ..] BEGIN .. [EXCEPTION ..] END})
 * into the SQL statements it runs, each with how sure it is to run once, in order:
 *
 * <ul>
 *   <li>{@link Role#APPLIED}: a statement of the block itself, of a nested block, or of the only
 *       branch of an {@code IF .. THEN .. END IF} without ELSIF or ELSE (the usual guard of an
 *       idempotent migration), and {@code EXECUTE} of a constant string;
 *   <li>{@link Role#CONDITIONAL}: in a loop, in one of several IF or CASE branches, or in an
 *       EXCEPTION handler, where which (and how often) it runs depends on data;
 *   <li>{@link Role#DYNAMIC}: {@code EXECUTE} of text built at run time.
 * </ul>
 *
 * Statements that are not SQL (assignments, RAISE, PERFORM, RETURN, NULL) come out as well; the
 * loader's classifier skips them. Text it cannot follow throws {@link Unreadable}.
 */
final class BlockReader {
  /** How sure a statement is to run exactly once, in block order. */
  enum Role {
    APPLIED,
    CONDITIONAL,
    DYNAMIC
  }

  /**
   * One statement of the block: its SQL (for a constant EXECUTE, the string it runs), its offset in
   * the body, its role, and for a conditional one where it stands ("in a loop").
   */
  record Step(String sql, int offset, Role role, String where) {}

  /** The body does not have a structure this reader follows. */
  static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    Unreadable(String message) {
      super(message);
    }
  }

  private static final java.util.Set<String> DATA_STATEMENTS =
      java.util.Set.of(
          "select",
          "insert",
          "update",
          "delete",
          "merge",
          "truncate",
          "analyze",
          "vacuum",
          "refresh",
          "notify",
          "grant",
          "revoke");

  private final String body;
  private final List<Token> t;
  private final List<Step> out = new ArrayList<>();
  private int pos;

  private BlockReader(String body) {
    this.body = body;
    this.t = BlockTokens.tokenize(body);
  }

  static List<Step> read(String body) throws Unreadable {
    BlockReader reader = new BlockReader(body);
    reader.block(null);
    if (reader.pos < reader.t.size() && reader.at(";")) {
      reader.pos++;
    }
    if (reader.pos < reader.t.size()) {
      throw new Unreadable("text after the block's END");
    }
    return reader.out;
  }

  /** A block; {@code where} is null when its statements run once, else why they may not. */
  private void block(String where) throws Unreadable {
    skipLabel();
    if (at("DECLARE")) {
      skipTo("BEGIN");
    }
    expect("BEGIN");
    statements(where);
    if (at("EXCEPTION")) {
      pos++;
      while (at("WHEN")) {
        skipTo("THEN");
        pos++;
        statements("in an EXCEPTION handler");
      }
    }
    expect("END");
    if (pos < t.size() && !at(";") && t.get(pos).kind() != SqlTokens.Kind.SYMBOL) {
      pos++; // END label
    }
  }

  private void statements(String where) throws Unreadable {
    while (pos < t.size()
        && !(at("END") || at("ELSIF") || at("ELSEIF") || at("ELSE") || at("EXCEPTION"))
        && !at("WHEN")) {
      statement(where);
    }
  }

  private void statement(String where) throws Unreadable {
    skipLabel();
    if (pos >= t.size()) {
      throw new Unreadable("label at the end");
    }
    Token first = t.get(pos);
    if (first.isSymbol(';')) {
      pos++;
    } else if (first.is("IF")) {
      ifStatement(where);
    } else if (first.is("CASE")) {
      caseStatement();
    } else if (first.is("LOOP") || first.is("WHILE") || first.is("FOR") || first.is("FOREACH")) {
      if (!first.is("LOOP")) {
        skipTo("LOOP");
      }
      pos++;
      statements("in a loop");
      endOf("LOOP");
    } else if (first.is("BEGIN") || first.is("DECLARE")) {
      block(where);
      expect(";");
    } else if (first.is("EXECUTE")) {
      execute(where);
    } else {
      int end = endOfStatement();
      Role role = where == null ? Role.APPLIED : Role.CONDITIONAL;
      out.add(
          new Step(
              body.substring(first.start(), t.get(end - 1).end()), first.start(), role, where));
      pos = end + 1;
    }
  }

  private void ifStatement(String where) throws Unreadable {
    int firstStep = out.size();
    boolean alternatives = false;
    do {
      pos++; // IF, ELSIF or ELSEIF
      skipTo("THEN");
      pos++;
      statements(alternatives ? "in one of several IF branches" : where);
      alternatives |= at("ELSIF") || at("ELSEIF") || at("ELSE");
    } while (at("ELSIF") || at("ELSEIF"));
    if (at("ELSE")) {
      pos++;
      statements("in one of several IF branches");
    }
    endOf("IF");
    if (alternatives) {
      for (int i = firstStep; i < out.size(); i++) {
        Step s = out.get(i);
        if (s.role() == Role.APPLIED) {
          out.set(
              i, new Step(s.sql(), s.offset(), Role.CONDITIONAL, "in one of several IF branches"));
        }
      }
    }
  }

  private void caseStatement() throws Unreadable {
    skipTo("WHEN");
    while (at("WHEN")) {
      skipTo("THEN");
      pos++;
      statements("in a CASE branch");
    }
    if (at("ELSE")) {
      pos++;
      statements("in a CASE branch");
    }
    endOf("CASE");
  }

  /**
   * {@code EXECUTE 'a' || 'b' [INTO ..] [USING ..];} runs constant text; text built at run time
   * that starts as a data statement ({@code format('UPDATE %I ..', t)}) changes no relation;
   * anything else is dynamic.
   */
  private void execute(String where) throws Unreadable {
    Token first = t.get(pos);
    int end = endOfStatement();
    int sqlEnd = pos + 1;
    while (sqlEnd < end && !t.get(sqlEnd).is("INTO") && !t.get(sqlEnd).is("USING")) {
      sqlEnd++;
    }
    StringBuilder constant = new StringBuilder();
    boolean isConstant = sqlEnd > pos + 1 && (sqlEnd - pos - 1) % 3 == 1;
    for (int i = pos + 1; i < sqlEnd && isConstant; i++) {
      Token k = t.get(i);
      boolean string = (i - pos) % 3 == 1;
      isConstant = string ? k.kind() == SqlTokens.Kind.STRING : k.isSymbol('|');
      if (string && isConstant) {
        constant.append(k.value());
      }
    }
    Role role = where == null ? Role.APPLIED : Role.CONDITIONAL;
    if (isConstant) {
      out.add(new Step(constant.toString().strip(), first.start(), role, where));
    } else if (!startsAsData(pos + 1, sqlEnd)) {
      String text = body.substring(first.start(), t.get(end - 1).end());
      out.add(new Step(text, first.start(), Role.DYNAMIC, "in EXECUTE"));
    }
    pos = end + 1;
  }

  /** Whether the first string of the EXECUTE text begins with a statement that changes data. */
  private boolean startsAsData(int from, int to) {
    for (int i = from; i < Math.min(to, from + 3); i++) {
      if (t.get(i).kind() == SqlTokens.Kind.STRING) {
        List<Token> words = BlockTokens.tokenize(t.get(i).value());
        return !words.isEmpty() && DATA_STATEMENTS.contains(words.get(0).name());
      }
    }
    return false;
  }

  /** The index of the {@code ;} that ends the statement at {@code pos}, outside parentheses. */
  private int endOfStatement() throws Unreadable {
    int depth = 0;
    for (int i = pos; i < t.size(); i++) {
      Token k = t.get(i);
      depth += k.isSymbol('(') ? 1 : k.isSymbol(')') ? -1 : 0;
      if (depth == 0 && k.isSymbol(';')) {
        if (i == pos) {
          throw new Unreadable("empty statement");
        }
        return i;
      }
    }
    throw new Unreadable("statement without a closing semicolon");
  }

  /** Moves to the next {@code word} outside parentheses and CASE expressions. */
  private void skipTo(String word) throws Unreadable {
    int depth = 0;
    int cases = 0;
    for (pos++; pos < t.size(); pos++) {
      Token k = t.get(pos);
      depth += k.isSymbol('(') ? 1 : k.isSymbol(')') ? -1 : 0;
      if (depth == 0 && k.is("CASE") && !word.equals("WHEN")) {
        cases++;
      } else if (depth == 0 && cases > 0 && k.is("END")) {
        cases--;
      } else if (depth == 0 && cases == 0 && k.is(word)) {
        return;
      }
    }
    throw new Unreadable("no " + word);
  }

  private void skipLabel() {
    if (pos + 1 < t.size() && at("<") && t.get(pos + 1).isSymbol('<')) {
      while (pos < t.size() && !at(">")) {
        pos++;
      }
      pos += 2;
    }
  }

  /** {@code END kind [label] ;}. */
  private void endOf(String kind) throws Unreadable {
    expect("END");
    expect(kind);
    if (pos < t.size() && !at(";")) {
      pos++;
    }
    expect(";");
  }

  private void expect(String word) throws Unreadable {
    if (!at(word)) {
      throw new Unreadable("expected " + word);
    }
    pos++;
  }

  private boolean at(String word) {
    if (pos >= t.size()) {
      return false;
    }
    Token k = t.get(pos);
    return word.length() == 1 && !Character.isLetter(word.charAt(0))
        ? k.isSymbol(word.charAt(0))
        : k.is(word);
  }
}
