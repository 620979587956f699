package dev.sqlcheck.processor.dialect.postgres.parse;

import java.util.Arrays;

/**
 * The token list of one SQL text, kept in parallel arrays so that lexing allocates little. For each
 * token: its {@link Tok kind}, its source range, a key-word id (or, for string constants, the
 * string kind) and a value (folded identifier, decoded string, operator symbol, number text,
 * parameter name, error message). The last token is always {@link Tok#EOF} or {@link Tok#ERROR}.
 */
final class PgTokens {
  /** Key word ids beyond the table for PostgreSQL's look-ahead tokens (parser.c). */
  static final int NOT_LA = 1000;

  static final int NULLS_LA = 1001;
  static final int WITH_LA = 1002;
  static final int WITHOUT_LA = 1003;
  static final int FORMAT_LA = 1004;

  /** String-constant kinds stored in {@link #keyword} for {@link Tok#SCONST}. */
  static final int STR_STANDARD = 0;

  static final int STR_ESCAPE = 1;
  static final int STR_UNICODE = 2;
  static final int STR_DOLLAR = 3;

  final String sql;
  int size;
  int[] kind = new int[16];
  int[] start = new int[16];
  int[] end = new int[16];
  int[] keyword = new int[16];
  String[] value = new String[16];

  /** The property of a named parameter {@code :name.property}, else null. */
  String[] property = new String[16];

  /** For the {@link Tok#ERROR} token: PostgreSQL's hint, or null. */
  String errorHint;

  /** For the {@link Tok#ERROR} token: its SQLSTATE when not 42601, else null. */
  String errorState;

  /** For the {@link Tok#ERROR} token: its message stands alone, without "at or near". */
  boolean errorPlain;

  PgTokens(String sql) {
    this.sql = sql;
  }

  int add(int k, int s, int e, int kw, String v) {
    if (size == kind.length) {
      int n = size * 2;
      kind = Arrays.copyOf(kind, n);
      start = Arrays.copyOf(start, n);
      end = Arrays.copyOf(end, n);
      keyword = Arrays.copyOf(keyword, n);
      value = Arrays.copyOf(value, n);
      property = Arrays.copyOf(property, n);
    }
    kind[size] = k;
    start[size] = s;
    end[size] = e;
    keyword[size] = kw;
    value[size] = v;
    property[size] = null;
    return size++;
  }

  /** The token's text as written. */
  String text(int i) {
    return sql.substring(start[i], end[i]);
  }

  boolean isKeyword(int i, int kw) {
    return kind[i] == Tok.KEYWORD && keyword[i] == kw;
  }
}
