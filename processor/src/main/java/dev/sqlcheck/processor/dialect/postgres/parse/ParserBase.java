package dev.sqlcheck.processor.dialect.postgres.parse;

import dev.sqlcheck.processor.sql.ast.Expr;
import dev.sqlcheck.processor.sql.ast.Identifier;
import dev.sqlcheck.processor.sql.ast.QualifiedName;
import dev.sqlcheck.processor.sql.ast.Query;
import dev.sqlcheck.processor.sql.ast.SortItem;
import dev.sqlcheck.processor.sql.ast.TypeName;
import java.util.ArrayList;
import java.util.List;

/**
 * The bottom layer of the recursive-descent parser: the token cursor, PostgreSQL's name classes
 * (ColId, ColLabel, type_function_name…) and failure handling. The layers above ({@link TypeParser}
 * … {@link StatementParser}) each add one part of the grammar; methods that a lower layer needs
 * from a higher one are declared here.
 *
 * <p>A syntax error is found, as in PostgreSQL's LR parser, at the first token that cannot continue
 * any valid statement. Where this parser must guess between alternatives (a parenthesis may open a
 * subquery, an expression or a join), it tries one and backtracks; the error reported is then the
 * one found furthest into the text.
 */
abstract class ParserBase {
  /** Deeper nesting than this is reported instead of overflowing the Java stack. */
  private static final int MAX_DEPTH = 800;

  final PgTokens t;
  final PgGrammar g;
  final String sql;

  /** The current token. */
  int p;

  private int depth;

  /** The furthest failure seen in an abandoned alternative, or null. */
  private Failure furthest;

  /** An error PostgreSQL raises only after parsing succeeded (bad bit-string digits). */
  Failure deferred;

  ParserBase(PgTokens tokens, PgGrammar grammar) {
    this.t = tokens;
    this.g = grammar;
    this.sql = tokens.sql;
  }

  // ---- methods of higher layers -------------------------------------------------------------

  abstract Expr aExpr();

  abstract Expr bExpr();

  abstract Expr cExpr();

  abstract TypeName typeName();

  abstract Query selectWithParens();

  abstract Query selectNoParens();

  abstract List<SortItem> sortClause();

  // ---- the cursor ---------------------------------------------------------------------------

  final int kind() {
    return t.kind[p];
  }

  final int kind(int ahead) {
    return t.kind[Math.min(p + ahead, t.size - 1)];
  }

  /** Whether the current token is key word {@code kw} (look-ahead variants are distinct). */
  final boolean kw(int kw) {
    return t.kind[p] == Tok.KEYWORD && t.keyword[p] == kw;
  }

  final boolean kw(int ahead, int kw) {
    int i = Math.min(p + ahead, t.size - 1);
    return t.kind[i] == Tok.KEYWORD && t.keyword[i] == kw;
  }

  final boolean is(int kind) {
    return t.kind[p] == kind;
  }

  final int start() {
    return t.start[p];
  }

  /** The end of the previous token: where a node just parsed ends. */
  final int lastEnd() {
    return p > 0 ? t.end[p - 1] : 0;
  }

  final void advance() {
    if (p < t.size - 1) {
      p++;
    }
  }

  final boolean accept(int kind) {
    if (t.kind[p] == kind) {
      advance();
      return true;
    }
    return false;
  }

  final boolean acceptKw(int kw) {
    if (kw(kw)) {
      advance();
      return true;
    }
    return false;
  }

  final void expect(int kind) {
    if (t.kind[p] != kind) {
      throw fail();
    }
    advance();
  }

  final void expectKw(int kw) {
    if (!kw(kw)) {
      throw fail();
    }
    advance();
  }

  // ---- names --------------------------------------------------------------------------------

  final boolean isColId(int ahead) {
    int i = Math.min(p + ahead, t.size - 1);
    int k = t.kind[i];
    return k == Tok.IDENT || k == Tok.QIDENT || k == Tok.KEYWORD && g.colId(t.keyword[i]);
  }

  final boolean isColId() {
    return isColId(0);
  }

  final boolean isTypeFunctionName(int ahead) {
    int i = Math.min(p + ahead, t.size - 1);
    int k = t.kind[i];
    return k == Tok.IDENT
        || k == Tok.QIDENT
        || k == Tok.KEYWORD && g.typeFunctionName(t.keyword[i]);
  }

  /** ColLabel: any word, key words included (PostgreSQL's look-ahead tokens excepted). */
  final boolean isColLabel(int ahead) {
    int i = Math.min(p + ahead, t.size - 1);
    return Tok.isWord(t.kind[i]) && (t.kind[i] != Tok.KEYWORD || t.keyword[i] < PgTokens.NOT_LA);
  }

  final boolean isBareColLabel() {
    int k = t.kind[p];
    return k == Tok.IDENT || k == Tok.QIDENT || k == Tok.KEYWORD && g.bareLabel(t.keyword[p]);
  }

  final boolean isNonReservedWord() {
    int k = t.kind[p];
    return k == Tok.IDENT || k == Tok.QIDENT || k == Tok.KEYWORD && g.nonReserved(t.keyword[p]);
  }

  /** The current word as an identifier, consumed. */
  final Identifier word() {
    Identifier id = new Identifier(t.value[p], t.kind[p] == Tok.QIDENT, t.start[p], t.end[p]);
    advance();
    return id;
  }

  final Identifier colId() {
    if (!isColId()) {
      throw fail();
    }
    return word();
  }

  final Identifier colLabel() {
    if (!isColLabel(0)) {
      throw fail();
    }
    return word();
  }

  final Identifier typeFunctionName() {
    if (!isTypeFunctionName(0)) {
      throw fail();
    }
    return word();
  }

  final Identifier nonReservedWord() {
    if (!isNonReservedWord()) {
      throw fail();
    }
    return word();
  }

  /** A list of ColIds separated by commas ({@code name_list}, {@code columnList}). */
  final List<Identifier> nameList() {
    List<Identifier> out = new ArrayList<>();
    do {
      out.add(colId());
    } while (accept(','));
    return out;
  }

  /** {@code any_name}/{@code qualified_name}: ColId followed by {@code .attr_name}s. */
  final QualifiedName anyName() {
    int s = start();
    List<Identifier> parts = new ArrayList<>();
    parts.add(colId());
    while (is('.')) {
      advance();
      parts.add(colLabel());
    }
    return new QualifiedName(parts, s, lastEnd());
  }

  /** {@code qualified_name}: at most catalog.schema.name. */
  final QualifiedName qualifiedName() {
    QualifiedName n = anyName();
    if (n.parts().size() > 3) {
      throw fatal(
          "improper qualified name (too many dotted names): " + n.dotted(), n.start(), n.end());
    }
    return n;
  }

  /** A synthetic {@code pg_catalog.name} spanning {@code [s, e)}. */
  static QualifiedName systemName(String name, int s, int e) {
    return new QualifiedName(
        List.of(new Identifier("pg_catalog", false, s, e), new Identifier(name, false, s, e)),
        s,
        e);
  }

  // ---- nesting ------------------------------------------------------------------------------

  final void enter() {
    if (++depth > MAX_DEPTH) {
      throw new Failure(
          p,
          "stack depth limit exceeded",
          "The statement is nested too deeply.",
          "54001",
          true,
          t.start[p],
          t.end[p]);
    }
  }

  final void leave() {
    depth--;
  }

  /** The current nesting depth of expressions and queries. */
  final int depth() {
    return depth;
  }

  // ---- failures -----------------------------------------------------------------------------

  /** A syntax error at the current token. */
  final Failure fail() {
    return new Failure(p, null, null, SyntaxError.SYNTAX_ERROR, false, -1, -1);
  }

  /** A syntax error with PostgreSQL's {@code parser_yyerror} wording at the current token. */
  final Failure failWith(String message) {
    return new Failure(p, message, null, SyntaxError.SYNTAX_ERROR, true, -1, -1);
  }

  /** An error raised by a grammar action, at an explicit position; ends the parse. */
  final Failure fatal(String message, int s, int e) {
    return new Failure(p, message, null, SyntaxError.SYNTAX_ERROR, true, s, e);
  }

  final Failure fatal(String message, String hint, String sqlState, int s, int e) {
    return new Failure(p, message, hint, sqlState, true, s, e);
  }

  /** Remembers a failure of an alternative that is being abandoned. */
  final void abandoned(Failure f) {
    if (f.fatal) {
      throw f;
    }
    if (furthest == null || f.token > furthest.token) {
      furthest = f;
    }
  }

  /** The failure to report: the furthest of the final one and those abandoned before. */
  final Failure reportable(Failure f) {
    if (!f.fatal && furthest != null && furthest.token > f.token) {
      return furthest;
    }
    return f;
  }

  /** Forgets abandoned failures (a new statement starts). */
  final void clearFurthest() {
    furthest = null;
  }

  /** Saves the cursor for backtracking. */
  final int mark() {
    return p;
  }

  final void reset(int mark) {
    p = mark;
  }

  /**
   * A parse failure. Ordinary syntax errors (not {@code fatal}) may be caught by a backtracking
   * alternative; fatal ones are errors PostgreSQL's grammar actions raise and end the parse.
   */
  static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final int token;
    final String text;
    final String hint;
    final String sqlState;
    final boolean fatal;
    final int position;
    final int end;

    Failure(
        int token,
        String text,
        String hint,
        String sqlState,
        boolean fatal,
        int position,
        int end) {
      super(text, null, false, false);
      this.token = token;
      this.text = text;
      this.hint = hint;
      this.sqlState = sqlState;
      this.fatal = fatal;
      this.position = position;
      this.end = end;
    }
  }
}
