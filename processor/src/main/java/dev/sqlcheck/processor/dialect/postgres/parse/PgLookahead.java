package dev.sqlcheck.processor.dialect.postgres.parse;

/**
 * PostgreSQL's one-token look-ahead filter (parser.c {@code base_yylex}): {@code NOT} before
 * BETWEEN/IN/LIKE/ILIKE/SIMILAR, {@code NULLS} before FIRST/LAST, {@code WITH} before
 * TIME/ORDINALITY, {@code WITHOUT} before TIME and (16+) {@code FORMAT} before JSON become distinct
 * tokens, which is how the grammar tells {@code NOT IN} from a prefix NOT and so on.
 */
final class PgLookahead {
  private PgLookahead() {}

  static void apply(PgTokens t, PgGrammar grammar) {
    for (int i = 0; i + 1 < t.size; i++) {
      if (t.kind[i] != Tok.KEYWORD) {
        continue;
      }
      int next = t.kind[i + 1] == Tok.KEYWORD ? t.keyword[i + 1] : -1;
      switch (t.keyword[i]) {
        case PgKeywords.NOT -> {
          if (next == PgKeywords.BETWEEN
              || next == PgKeywords.IN
              || next == PgKeywords.LIKE
              || next == PgKeywords.ILIKE
              || next == PgKeywords.SIMILAR) {
            t.keyword[i] = PgTokens.NOT_LA;
          }
        }
        case PgKeywords.NULLS -> {
          if (next == PgKeywords.FIRST || next == PgKeywords.LAST) {
            t.keyword[i] = PgTokens.NULLS_LA;
          }
        }
        case PgKeywords.WITH -> {
          if (next == PgKeywords.TIME || next == PgKeywords.ORDINALITY) {
            t.keyword[i] = PgTokens.WITH_LA;
          }
        }
        case PgKeywords.WITHOUT -> {
          if (next == PgKeywords.TIME) {
            t.keyword[i] = PgTokens.WITHOUT_LA;
          }
        }
        case PgKeywords.FORMAT -> {
          if (next == PgKeywords.JSON && grammar.since(16)) {
            t.keyword[i] = PgTokens.FORMAT_LA;
          }
        }
        default -> {}
      }
    }
  }

  /**
   * Whether token {@code i} can end an operand, so that a colon right after it (inside brackets)
   * separates rather than starts a named parameter: a name, constant, parameter, closing bracket,
   * or a key word that can be a column name or stands for a value.
   */
  static boolean endsOperand(PgTokens t, int i, PgGrammar grammar) {
    switch (t.kind[i]) {
      case Tok.IDENT,
          Tok.QIDENT,
          Tok.ICONST,
          Tok.FCONST,
          Tok.SCONST,
          Tok.BCONST,
          Tok.XCONST,
          Tok.PARAM,
          Tok.NAMED_PARAM,
          ')',
          ']' -> {
        return true;
      }
      case Tok.KEYWORD -> {
        int kw = t.keyword[i];
        switch (kw) {
          case PgKeywords.NULL,
              PgKeywords.TRUE,
              PgKeywords.FALSE,
              PgKeywords.END,
              PgKeywords.CURRENT_DATE,
              PgKeywords.CURRENT_TIME,
              PgKeywords.CURRENT_TIMESTAMP,
              PgKeywords.LOCALTIME,
              PgKeywords.LOCALTIMESTAMP,
              PgKeywords.CURRENT_USER,
              PgKeywords.CURRENT_ROLE,
              PgKeywords.SESSION_USER,
              PgKeywords.USER,
              PgKeywords.CURRENT_CATALOG,
              PgKeywords.SYSTEM_USER -> {
            return true;
          }
          case PgKeywords.BETWEEN,
              PgKeywords.IS,
              PgKeywords.ISNULL,
              PgKeywords.NOTNULL,
              PgKeywords.LIKE,
              PgKeywords.ILIKE,
              PgKeywords.SIMILAR,
              PgKeywords.OVERLAPS,
              PgKeywords.ESCAPE,
              PgKeywords.AT,
              PgKeywords.OPERATOR,
              PgKeywords.VALUE -> {
            return false;
          }
          default -> {
            return grammar.nonReserved(kw);
          }
        }
      }
      default -> {
        return false;
      }
    }
  }
}
