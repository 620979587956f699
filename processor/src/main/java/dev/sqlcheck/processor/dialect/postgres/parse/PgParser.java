package dev.sqlcheck.processor.dialect.postgres.parse;

import dev.sqlcheck.processor.sql.ast.Expr;
import dev.sqlcheck.processor.sql.ast.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses PostgreSQL SQL, with sqlcheck's {@code :name} parameters, into the syntax tree of {@link
 * dev.sqlcheck.processor.sql.ast}. A hand-written recursive-descent parser that follows
 * PostgreSQL's {@code gram.y}, {@code scan.l} and keyword tables for the versions of a {@link
 * PgGrammar}, and reports errors at the token and in the words PostgreSQL would.
 *
 * <pre>{@code
 * PgParseResult r = PgParser.parse("SELECT id FROM books WHERE id = :id", PgGrammar.of(15));
 * if (r.ok()) {
 *   Query q = (Query) r.single();
 * } else {
 *   r.error().message();   // syntax error at or near "FORM"
 *   r.error().position();  // offset of FORM in the text
 * }
 * }</pre>
 *
 * <p>Thread-safe: each call works on its own state.
 */
public final class PgParser {
  private PgParser() {}

  /** Parses with the default grammar, PostgreSQL 14 to 18. */
  public static PgParseResult parse(String sql) {
    return parse(sql, PgGrammar.defaultRange());
  }

  /**
   * The {@code :name} parameters of a text by its tokens alone, in order: for text that does not
   * parse, or that the parser does not model, so that its parameters can still be bound. Lexing
   * stops at the first lexical error.
   */
  public static List<Expr.NamedParameter> namedParameters(String sql, PgGrammar grammar) {
    return namedParameters(PgLexer.lex(sql, grammar));
  }

  private static List<Expr.NamedParameter> namedParameters(PgTokens tokens) {
    List<Expr.NamedParameter> out = new ArrayList<>();
    for (int i = 0; i < tokens.size; i++) {
      if (tokens.kind[i] == Tok.NAMED_PARAM) {
        out.add(
            new Expr.NamedParameter(
                tokens.value[i], tokens.property[i], tokens.start[i], tokens.end[i]));
      }
    }
    return out;
  }

  /** Parses every statement of {@code sql}; the result holds them or the first error. */
  public static PgParseResult parse(String sql, PgGrammar grammar) {
    PgTokens tokens = PgLexer.lex(sql, grammar);
    StatementParser parser = new StatementParser(tokens, grammar);
    try {
      List<Statement> statements = parser.statements();
      if (parser.deferred != null) {
        return new PgParseResult(List.of(), error(tokens, parser.deferred));
      }
      return new PgParseResult(statements, null, namedParameters(tokens));
    } catch (ParserBase.Failure f) {
      return new PgParseResult(List.of(), error(tokens, parser.reportable(f)));
    } catch (StackOverflowError e) {
      return new PgParseResult(
          List.of(),
          new SyntaxError(
              "stack depth limit exceeded", "The statement is nested too deeply.", 0, 0, "54001"));
    }
  }

  private static SyntaxError error(PgTokens t, ParserBase.Failure f) {
    if (f.position >= 0) {
      return new SyntaxError(f.text, f.hint, f.position, f.end, f.sqlState);
    }
    int i = f.token;
    String base;
    String state = f.sqlState;
    if (t.kind[i] == Tok.ERROR) {
      base = t.value[i];
      state = t.errorState == null ? SyntaxError.SYNTAX_ERROR : t.errorState;
      if (t.errorPlain) {
        return new SyntaxError(base, t.errorHint, t.start[i], t.end[i], state);
      }
      if (t.errorHint != null) {
        return new SyntaxError(
            base + " at or near \"" + t.sql.substring(t.start[i], t.end[i]) + "\"",
            t.errorHint,
            t.start[i],
            t.end[i],
            state);
      }
    } else {
      base = f.text == null ? "syntax error" : f.text;
    }
    if (t.kind[i] == Tok.EOF) {
      int n = t.sql.length();
      return new SyntaxError(base + " at end of input", f.hint, n, n, state);
    }
    String near = t.sql.substring(t.start[i], t.end[i]);
    return new SyntaxError(
        base + " at or near \"" + near + "\"", f.hint, t.start[i], t.end[i], state);
  }

  /**
   * The dotted parts of a relation name written in a {@code regclass} constant, as PostgreSQL reads
   * them; null when the text is not a name.
   */
  public static java.util.List<String> qualifiedNameInString(String text) {
    return PgIdentifiers.splitQualifiedName(text);
  }
}
