package dev.sqlcheck.processor.analysis;

/**
 * One lexical token of a query, with its offsets in the text it was read from (end exclusive).
 * Comments and whitespace produce no tokens.
 */
record SqlToken(Kind kind, String text, int start, int end) {

  /** What sort of token this is. */
  enum Kind {
    /** A bare word: keyword or unquoted identifier. */
    WORD,
    /** A double-quoted identifier, quotes included in {@code text}. */
    QUOTED_IDENTIFIER,
    /** A string literal of any form ('...', E'...', $tag$...$tag$). */
    STRING,
    NUMBER,
    /** A named parameter {@code :name} (property suffix not included). */
    NAMED_PARAMETER,
    /** {@code $1} or {@code ?}. */
    POSITIONAL_PARAMETER,
    /** Any operator or punctuation, including {@code ::}, {@code .}, {@code ;}. */
    SYMBOL
  }

  boolean isIdentifier() {
    return kind == Kind.WORD || kind == Kind.QUOTED_IDENTIFIER;
  }

  boolean is(String symbol) {
    return kind == Kind.SYMBOL && text.equals(symbol);
  }
}
