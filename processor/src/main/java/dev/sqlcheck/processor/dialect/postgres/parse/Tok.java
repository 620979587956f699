package dev.sqlcheck.processor.dialect.postgres.parse;

/**
 * Token kinds of {@link PgLexer}, numbered like PostgreSQL's bison tokens: a single-character token
 * ({@code ( ) [ ] , ; : . + - * / % ^ < > =} and any other lone character such as {@code $}) is its
 * character code; the others start at 256.
 */
final class Tok {
  private Tok() {}

  static final int EOF = 0;

  /** An unquoted word that is not a key word in any version of the grammar. */
  static final int IDENT = 256;

  /** An unquoted key word; the key word's id is in {@link PgTokens#keyword}. */
  static final int KEYWORD = 257;

  /** A quoted identifier, {@code "x"} or {@code U&"x"}. */
  static final int QIDENT = 258;

  static final int ICONST = 259;
  static final int FCONST = 260;

  /** A string constant of any kind; the kind is in {@link PgTokens#keyword}. */
  static final int SCONST = 261;

  static final int BCONST = 262;
  static final int XCONST = 263;

  /** {@code $n}. */
  static final int PARAM = 264;

  /** sqlcheck's {@code :name} or {@code :name.property}. */
  static final int NAMED_PARAM = 265;

  /** Any other operator; its symbol is the token's value. */
  static final int OP = 266;

  static final int TYPECAST = 267;
  static final int DOT_DOT = 268;
  static final int COLON_EQUALS = 269;
  static final int EQUALS_GREATER = 270;
  static final int LESS_EQUALS = 271;
  static final int GREATER_EQUALS = 272;
  static final int NOT_EQUALS = 273;

  /** A lexical error; the message is the token's value. */
  static final int ERROR = 274;

  /** Whether the kind is a key word or identifier (any word PostgreSQL's ColLabel accepts). */
  static boolean isWord(int kind) {
    return kind == IDENT || kind == KEYWORD || kind == QIDENT;
  }
}
