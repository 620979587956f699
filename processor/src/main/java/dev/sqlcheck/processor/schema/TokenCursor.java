package dev.sqlcheck.processor.schema;

import dev.sqlcheck.processor.dialect.postgres.PgIdentifiers;
import dev.sqlcheck.processor.schema.SqlTokens.Kind;
import dev.sqlcheck.processor.schema.SqlTokens.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * A position in a token list, with the small steps a token-level reader is made of: look at the
 * next token, accept or expect a word or symbol, read a name or a parenthesised list. Every {@code
 * expect} that fails throws {@link GiveUp}: a reader built on this gives up at the first token it
 * does not expect, and its caller falls back to the full parser.
 */
class TokenCursor {
  /** Thrown to give up; it has no stack trace, since giving up is an ordinary outcome. */
  static final class GiveUp extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private GiveUp() {
      super(null, null, false, false);
    }
  }

  static final GiveUp GIVE_UP = new GiveUp();

  /** Stands for every position past the last token; it matches no word and no symbol. */
  private static final Token END = new Token(Kind.SYMBOL, "", -1);

  final List<Token> t;
  int i;

  TokenCursor(List<Token> tokens) {
    this.t = tokens;
  }

  boolean atEnd() {
    return i >= t.size();
  }

  Token peek() {
    return next(0);
  }

  Token next(int ahead) {
    return i + ahead < t.size() ? t.get(i + ahead) : END;
  }

  boolean at(String word) {
    return peek().is(word);
  }

  boolean atSymbol(String symbol) {
    return peek().isSymbol(symbol);
  }

  boolean accept(String word) {
    if (at(word)) {
      i++;
      return true;
    }
    return false;
  }

  boolean acceptSymbol(String symbol) {
    if (atSymbol(symbol)) {
      i++;
      return true;
    }
    return false;
  }

  void expect(String word) {
    if (!accept(word)) {
      throw GIVE_UP;
    }
  }

  void expectSymbol(String symbol) {
    if (!acceptSymbol(symbol)) {
      throw GIVE_UP;
    }
  }

  void expectOneOf(String... words) {
    for (String word : words) {
      if (accept(word)) {
        return;
      }
    }
    throw GIVE_UP;
  }

  /** An identifier as written (a word or a quoted identifier). */
  String name() {
    Token token = peek();
    if (!token.isName()) {
      throw GIVE_UP;
    }
    i++;
    return token.text();
  }

  /** {@code a.b.c}: skipped, since only its shape matters. */
  void qualifiedName() {
    name();
    while (acceptSymbol(".")) {
      name();
    }
  }

  /** {@code (a, "B", c)}: the normalised names. */
  List<String> nameList() {
    expectSymbol("(");
    List<String> names = new ArrayList<>();
    do {
      names.add(PgIdentifiers.fold(name()));
    } while (acceptSymbol(","));
    expectSymbol(")");
    return names;
  }

  /** Skips {@code ( .. )} with whatever it holds, nested parentheses included. */
  void balanced() {
    expectSymbol("(");
    int depth = 1;
    while (depth > 0) {
      depth = skipOne(depth);
    }
  }

  /** Skips to the comma or closing parenthesis that ends the current list element. */
  void skipToElementEnd() {
    int depth = 0;
    while (depth > 0 || !(atSymbol(",") || atSymbol(")"))) {
      depth = skipOne(depth);
    }
  }

  /** Consumes one token and returns the parenthesis depth after it; gives up at the end. */
  private int skipOne(int depth) {
    if (atEnd()) {
      throw GIVE_UP;
    }
    Token token = t.get(i++);
    if (token.isSymbol("(")) {
      return depth + 1;
    }
    return token.isSymbol(")") ? depth - 1 : depth;
  }
}
