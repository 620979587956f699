package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.problem.Problem;
import dev.sqlcheck.processor.problem.ProblemCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.ParseException;
import net.sf.jsqlparser.parser.StringProvider;
import net.sf.jsqlparser.parser.Token;
import net.sf.jsqlparser.statement.Statement;

/**
 * Parses one query with JSqlParser's generated parser (no thread per call), working around the
 * words JSqlParser 5.4 wrongly reserves, and turns failures into problems. A failure becomes a
 * {@code SYNTAX_ERROR} only when PostgreSQL would certainly reject the text too (unbalanced
 * parentheses, a statement cut short, a misspelled keyword); otherwise the query is reported as not
 * fully checked, since the fault may be the parser's.
 */
final class QueryParser {
  /** Words PostgreSQL accepts as column names but JSqlParser 5.4 reserves. */
  private static final Set<String> REGRESSED_KEYWORDS =
      Set.of("settings", "script", "output", "statement", "prior", "force", "returns");

  private static final List<String> CLAUSE_KEYWORDS =
      List.of(
          "SELECT",
          "FROM",
          "WHERE",
          "GROUP",
          "ORDER",
          "HAVING",
          "LIMIT",
          "OFFSET",
          "INSERT",
          "INTO",
          "VALUES",
          "UPDATE",
          "DELETE",
          "RETURNING",
          "JOIN",
          "INNER",
          "OUTER",
          "LEFT",
          "RIGHT",
          "UNION",
          "EXCEPT",
          "INTERSECT",
          "DISTINCT",
          "WITH",
          "USING",
          "BETWEEN",
          "EXISTS",
          "CROSS",
          "NATURAL",
          "LATERAL",
          "WINDOW");

  /** The statement and the text it came from, or the problem that stopped parsing. */
  record Outcome(Statement statement, SourceText text, Problem problem) {}

  private QueryParser() {}

  static Outcome parse(String parserText) {
    SourceText first = new SourceText(parserText, List.of());
    Attempt attempt = attempt(first);
    if (attempt.statement != null) {
      return new Outcome(attempt.statement, first, null);
    }
    SourceText quoted = quoteRegressedKeywords(parserText, first.tokens());
    if (quoted != null) {
      Attempt retry = attempt(quoted);
      if (retry.statement != null) {
        return new Outcome(retry.statement, quoted, null);
      }
    }
    return new Outcome(null, first, failure(first, attempt));
  }

  private record Attempt(Statement statement, Token errorToken, Throwable error) {}

  /**
   * Parses as JSqlParser's own utility does: the faster simple mode first, then complex mode
   * (deeper lookahead) only when that fails.
   */
  private static Attempt attempt(SourceText text) {
    Attempt simple = attempt(text, false);
    return simple.statement != null ? simple : attempt(text, true);
  }

  private static Attempt attempt(SourceText text, boolean complex) {
    String src = rebuild(text);
    try {
      CCJSqlParser parser = new CCJSqlParser(new StringProvider(src));
      parser.withAllowComplexParsing(complex);
      Statement statement = parser.Statement();
      if (statement == null) {
        return new Attempt(null, null, null);
      }
      return new Attempt(statement, null, null);
    } catch (ParseException e) {
      return new Attempt(null, e.currentToken == null ? null : e.currentToken.next, e);
    } catch (Exception | Error e) {
      return new Attempt(null, null, e);
    }
  }

  private static String rebuild(SourceText text) {
    return text.parsedText();
  }

  private static SourceText quoteRegressedKeywords(String text, List<SqlToken> tokens) {
    StringBuilder out = new StringBuilder();
    List<Integer> insertions = new ArrayList<>();
    int copied = 0;
    for (SqlToken t : tokens) {
      if (t.kind() == SqlToken.Kind.WORD
          && REGRESSED_KEYWORDS.contains(t.text().toLowerCase(Locale.ROOT))) {
        out.append(text, copied, t.start());
        insertions.add(out.length());
        out.append('"').append(t.text().toLowerCase(Locale.ROOT));
        insertions.add(out.length());
        out.append('"');
        copied = t.end();
      }
    }
    if (insertions.isEmpty()) {
      return null;
    }
    out.append(text.substring(copied));
    return new SourceText(out.toString(), insertions);
  }

  /** Words and symbols after which a statement cannot end. */
  private static final Set<String> CONTINUATIONS =
      Set.of(
          "SELECT",
          "FROM",
          "WHERE",
          "AND",
          "OR",
          "NOT",
          "JOIN",
          "ON",
          "BY",
          "SET",
          "VALUES",
          "HAVING",
          "LIMIT",
          "OFFSET",
          "IN",
          "LIKE",
          "ILIKE",
          "BETWEEN",
          "IS",
          "INTO",
          "UNION",
          "EXCEPT",
          "INTERSECT",
          "AS",
          "USING",
          "RETURNING",
          "WITH",
          "CASE",
          "WHEN",
          "THEN",
          "ELSE",
          "DISTINCT",
          "=",
          "<",
          ">",
          "<=",
          ">=",
          "<>",
          "!=",
          "+",
          "-",
          "/",
          "||",
          ",",
          "(",
          "::");

  private static Problem failure(SourceText text, Attempt attempt) {
    List<SqlToken> tokens = text.tokens();
    SqlToken dangling = danglingComma(tokens);
    if (dangling != null) {
      return syntaxError(text, dangling);
    }
    SqlToken last = lastToken(tokens);
    // ORDER BY x USING <: valid PostgreSQL that JSqlParser cannot read, ending in an operator.
    boolean sortOperator = sortsUsingOperator(tokens);
    if (!sortOperator
        && last != null
        && CONTINUATIONS.contains(last.text().toUpperCase(Locale.ROOT))) {
      return Problem.at(
          ProblemCode.SYNTAX_ERROR,
          "syntax error at end of input",
          text.toOriginal(last.start()),
          text.toOriginal(last.end()));
    }
    Token errorToken = attempt.errorToken;
    boolean atEnd =
        errorToken != null
            && (errorToken.kind == 0 || errorToken.image == null || errorToken.image.isEmpty());
    int offset = atEnd || errorToken == null ? -1 : text.offsetOf(errorToken);
    int index = offset < 0 ? -1 : text.tokenIndexAt(offset);
    SqlToken at = index < 0 ? null : tokens.get(index);
    // A statement ending in a word PostgreSQL does not reserve may be complete (RETURNING
    // varying): JSqlParser wanting more after it is no proof of a syntax error.
    boolean endIsProof =
        atEnd
            && !(last != null
                && last.kind() == SqlToken.Kind.WORD
                && !PG_RESERVED.contains(last.text().toUpperCase(Locale.ROOT)));
    if (!sortOperator && certainlyInvalid(tokens, index, endIsProof)) {
      if (at == null) {
        return Problem.unpositioned(ProblemCode.SYNTAX_ERROR, "syntax error at end of input");
      }
      return syntaxError(text, at);
    }
    String near = at == null ? "" : " near \"" + at.text() + "\"";
    Problem p =
        Problem.unpositioned(
            ProblemCode.NOT_FULLY_CHECKED,
            "the SQL parser could not read this query" + near + "; it was not checked");
    return at == null
        ? p
        : Problem.at(p.code(), p.message(), text.toOriginal(at.start()), text.toOriginal(at.end()));
  }

  /** PostgreSQL's reserved key words (those that can never be a column or table name). */
  private static final Set<String> PG_RESERVED =
      Set.of(
          "ALL",
          "ANALYSE",
          "ANALYZE",
          "AND",
          "ANY",
          "ARRAY",
          "AS",
          "ASC",
          "ASYMMETRIC",
          "BOTH",
          "CASE",
          "CAST",
          "CHECK",
          "COLLATE",
          "COLUMN",
          "CONSTRAINT",
          "CREATE",
          "DEFAULT",
          "DEFERRABLE",
          "DESC",
          "DISTINCT",
          "DO",
          "ELSE",
          "END",
          "EXCEPT",
          "FALSE",
          "FETCH",
          "FOR",
          "FOREIGN",
          "FROM",
          "GRANT",
          "GROUP",
          "HAVING",
          "IN",
          "INITIALLY",
          "INTERSECT",
          "INTO",
          "LATERAL",
          "LEADING",
          "LIMIT",
          "NOT",
          "NULL",
          "OFFSET",
          "ON",
          "ONLY",
          "OR",
          "ORDER",
          "PLACING",
          "PRIMARY",
          "REFERENCES",
          "RETURNING",
          "SELECT",
          "SOME",
          "SYMMETRIC",
          "TABLE",
          "THEN",
          "TO",
          "TRAILING",
          "TRUE",
          "UNION",
          "UNIQUE",
          "USING",
          "VARIADIC",
          "WHEN",
          "WHERE",
          "WINDOW",
          "WITH",
          "CROSS",
          "FULL",
          "ILIKE",
          "INNER",
          "IS",
          "ISNULL",
          "JOIN",
          "LEFT",
          "LIKE",
          "NATURAL",
          "NOTNULL",
          "OUTER",
          "OVERLAPS",
          "RIGHT",
          "SIMILAR",
          "TABLESAMPLE");

  /** {@code USING} followed by an operator: the sort operator of an ORDER BY item. */
  private static boolean sortsUsingOperator(List<SqlToken> tokens) {
    for (int i = 0; i + 1 < tokens.size(); i++) {
      SqlToken next = tokens.get(i + 1);
      if (tokens.get(i).kind() == SqlToken.Kind.WORD
          && tokens.get(i).text().equalsIgnoreCase("USING")
          && next.kind() == SqlToken.Kind.SYMBOL
          && !next.is("(")) {
        return true;
      }
    }
    return false;
  }

  private static Problem syntaxError(SourceText text, SqlToken at) {
    return Problem.at(
        ProblemCode.SYNTAX_ERROR,
        "syntax error at or near \"" + at.text() + "\"",
        text.toOriginal(at.start()),
        text.toOriginal(at.end()));
  }

  private static SqlToken lastToken(List<SqlToken> tokens) {
    for (int i = tokens.size() - 1; i >= 0; i--) {
      if (!tokens.get(i).is(";")) {
        return tokens.get(i);
      }
    }
    return null;
  }

  /**
   * {@code a, FROM}, {@code (, x}, {@code a,, b}, {@code SELECT , a}: a comma with nothing on one
   * side, which PostgreSQL rejects at the token after the comma.
   */
  private static SqlToken danglingComma(List<SqlToken> tokens) {
    for (int i = 0; i + 1 < tokens.size(); i++) {
      SqlToken t = tokens.get(i);
      SqlToken next = tokens.get(i + 1);
      // "AS select," names an output column select: only a real SELECT opens a list.
      boolean label =
          i > 0
              && tokens.get(i - 1).kind() == SqlToken.Kind.WORD
              && tokens.get(i - 1).text().equalsIgnoreCase("AS");
      boolean open =
          t.is("(")
              || (t.kind() == SqlToken.Kind.WORD && !label && t.text().equalsIgnoreCase("SELECT"));
      if ((t.is(",") && (next.is(",") || next.is(")") || isClauseKeyword(next)))
          || (open && next.is(","))) {
        return next;
      }
    }
    return null;
  }

  /** True when PostgreSQL would reject the text too, whatever JSqlParser's limits. */
  static boolean certainlyInvalid(List<SqlToken> tokens, int errorIndex, boolean atEnd) {
    int depth = 0;
    for (SqlToken t : tokens) {
      if (t.is("(")) {
        depth++;
      } else if (t.is(")")) {
        depth--;
      }
      if (depth < 0) {
        return true;
      }
      if ((t.kind() == SqlToken.Kind.STRING || t.kind() == SqlToken.Kind.QUOTED_IDENTIFIER)
          && unterminated(t)) {
        return true;
      }
    }
    if (depth != 0 || atEnd) {
      return true;
    }
    if (errorIndex < 0) {
      return false;
    }
    if (misspelledKeyword(tokens, errorIndex)
        || (errorIndex > 0 && misspelledKeyword(tokens, errorIndex - 1))) {
      return true;
    }
    SqlToken error = tokens.get(errorIndex);
    SqlToken before = errorIndex > 0 ? tokens.get(errorIndex - 1) : null;
    // "a, FROM" or "(, " or ",,": a dangling comma PostgreSQL rejects as well.
    return before != null
        && before.is(",")
        && (error.is(",") || error.is(")") || isClauseKeyword(error));
  }

  private static boolean unterminated(SqlToken t) {
    String s = t.text();
    char quote = t.kind() == SqlToken.Kind.QUOTED_IDENTIFIER ? '"' : '\'';
    if (s.startsWith("$")) {
      int tagEnd = s.indexOf('$', 1);
      return tagEnd < 0 || s.length() < 2 * (tagEnd + 1) || !s.endsWith(s.substring(0, tagEnd + 1));
    }
    return s.length() < 2
        || s.charAt(s.length() - 1) != quote
        || (s.length() == 2 && (s.charAt(0) == 'e' || s.charAt(0) == 'E'));
  }

  private static boolean isClauseKeyword(SqlToken t) {
    return t.kind() == SqlToken.Kind.WORD
        && CLAUSE_KEYWORDS.contains(t.text().toUpperCase(Locale.ROOT));
  }

  /**
   * A clause key word misspelled ({@code FORM}, {@code WHER}) stands where a key word would: first,
   * or after an operand. A word after FROM, USING, WHERE or an operator is a name, even one a
   * letter away from a key word ({@code USING info JOIN ...}, {@code WHERE info IS ...}).
   */
  private static boolean misspelledKeyword(List<SqlToken> tokens, int index) {
    SqlToken t = tokens.get(index);
    if (t.kind() != SqlToken.Kind.WORD || t.text().length() < 4) {
      return false;
    }
    if (index > 0 && !endsOperand(tokens.get(index - 1))) {
      return false;
    }
    String word = t.text().toUpperCase(Locale.ROOT);
    if (CLAUSE_KEYWORDS.contains(word)) {
      return false;
    }
    for (String keyword : CLAUSE_KEYWORDS) {
      if (keyword.length() >= 4 && isTypo(word, keyword)) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsOperand(SqlToken t) {
    return switch (t.kind()) {
      case WORD ->
          !PG_RESERVED.contains(t.text().toUpperCase(Locale.ROOT))
              && !CLAUSE_KEYWORDS.contains(t.text().toUpperCase(Locale.ROOT));
      case QUOTED_IDENTIFIER, STRING, NUMBER, NAMED_PARAMETER, POSITIONAL_PARAMETER -> true;
      case SYMBOL -> t.is(")") || t.is("*");
    };
  }

  /** One deletion, substitution or adjacent swap away (never a longer word like ORDERS). */
  private static boolean isTypo(String word, String keyword) {
    int d = dev.sqlcheck.processor.problem.Suggestions.distance(word, keyword);
    if (d == 1 && word.length() <= keyword.length()) {
      return true;
    }
    return false;
  }
}
