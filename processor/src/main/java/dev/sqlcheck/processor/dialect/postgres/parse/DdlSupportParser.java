package dev.sqlcheck.processor.dialect.postgres.parse;

import static dev.sqlcheck.processor.dialect.postgres.parse.PgKeywords.*;

import dev.sqlcheck.processor.sql.ast.DefinitionElement;
import dev.sqlcheck.processor.sql.ast.Expr;
import dev.sqlcheck.processor.sql.ast.Identifier;
import dev.sqlcheck.processor.sql.ast.Node;
import dev.sqlcheck.processor.sql.ast.QualifiedName;
import dev.sqlcheck.processor.sql.ast.Statement;
import dev.sqlcheck.processor.sql.ast.TypeName;
import java.util.ArrayList;
import java.util.List;

/**
 * The small productions DDL statements share (gram.y): {@code IF [NOT] EXISTS}, {@code
 * opt_drop_behavior}, {@code RoleSpec}, {@code NumericOnly}, {@code NonReservedWord_or_Sconst},
 * {@code reloptions}, {@code definition} and {@code def_arg}, {@code create_generic_options} and
 * the sequence options {@code SeqOptList}.
 */
abstract class DdlSupportParser extends DmlParser {
  DdlSupportParser(PgTokens tokens, PgGrammar grammar) {
    super(tokens, grammar);
  }

  /** A statement inside another one (CREATE SCHEMA elements, BEGIN ATOMIC bodies). */
  abstract Statement innerStatement();

  /** Skips a statement this parser does not model, from its start {@code s}. */
  abstract Statement unsupported(int s, String kind);

  /**
   * {@code func_name} of CREATE FUNCTION and the like: as {@link #funcName()}, but a col_name key
   * word alone fails at the token after it, where PostgreSQL's parser notices.
   */
  final QualifiedName routineName() {
    if (isColId() && !isTypeFunctionName(0) && kind(1) != '.') {
      advance();
      throw fail();
    }
    return funcName();
  }

  /** {@code IF NOT EXISTS}, consumed if present. */
  final boolean ifNotExists() {
    if (kw(IF) && kw(1, NOT)) {
      advance();
      advance();
      expectKw(EXISTS);
      return true;
    }
    return false;
  }

  /** {@code IF EXISTS}, consumed if present. */
  final boolean ifExists() {
    if (kw(IF) && kw(1, EXISTS)) {
      advance();
      advance();
      return true;
    }
    return false;
  }

  /** {@code opt_drop_behavior}: true for CASCADE. */
  final boolean dropBehavior() {
    if (acceptKw(CASCADE)) {
      return true;
    }
    acceptKw(RESTRICT);
    return false;
  }

  /** {@code RoleSpec}: a non-reserved word, CURRENT_ROLE, CURRENT_USER or SESSION_USER. */
  final Identifier roleSpec() {
    if (kw(CURRENT_ROLE) || kw(CURRENT_USER) || kw(SESSION_USER)) {
      return word();
    }
    Identifier id = nonReservedWord();
    if (id.name().equals("none")) {
      throw fatal("role name \"none\" is reserved", null, "42939", id.start(), id.end());
    }
    return id;
  }

  /** {@code role_list}. */
  final List<Identifier> roleList() {
    List<Identifier> out = new ArrayList<>();
    do {
      out.add(roleSpec());
    } while (accept(','));
    return out;
  }

  /** {@code NumericOnly}: a number with an optional sign. */
  final Expr.NumberLiteral numericOnly() {
    int s = start();
    boolean minus = is('-');
    if (is('-') || is('+')) {
      advance();
    }
    if (!is(Tok.ICONST) && !is(Tok.FCONST)) {
      throw fail();
    }
    String v = t.value[p];
    int e = t.end[p];
    advance();
    return numberLiteral(sql.substring(s, e), minus ? "-" + v : v, s, e);
  }

  /** Whether a {@code NumericOnly} starts here. */
  final boolean startsNumeric() {
    int k = kind();
    if (k == '+' || k == '-') {
      k = kind(1);
    }
    return k == Tok.ICONST || k == Tok.FCONST;
  }

  /** {@code SignedIconst}. */
  final Expr.NumberLiteral signedIconst() {
    int s = start();
    if ((is('-') || is('+')) && kind(1) == Tok.ICONST || is(Tok.ICONST)) {
      return numericOnly();
    }
    if (is('-') || is('+')) {
      advance();
    }
    throw fail();
  }

  /** {@code Sconst}: a string constant as a literal node. */
  final Expr.StringLiteral sconst() {
    if (!is(Tok.SCONST)) {
      throw fail();
    }
    return (Expr.StringLiteral) cExpr();
  }

  /** {@code NonReservedWord_or_Sconst}: the word (folded) or the string's value. */
  final String nonReservedWordOrSconst() {
    if (is(Tok.SCONST)) {
      String v = t.value[p];
      advance();
      return v;
    }
    return nonReservedWord().name();
  }

  /** {@code opt_with}: WITH, consumed if present. */
  final void optWith() {
    if (kw(WITH) || kw(PgTokens.WITH_LA)) {
      advance();
    }
  }

  /** {@code any_name_list}. */
  final List<QualifiedName> anyNameList() {
    List<QualifiedName> out = new ArrayList<>();
    do {
      out.add(anyName());
    } while (accept(','));
    return out;
  }

  /** {@code qualified_name_list}. */
  final List<QualifiedName> qualifiedNameList() {
    List<QualifiedName> out = new ArrayList<>();
    do {
      out.add(qualifiedName());
    } while (accept(','));
    return out;
  }

  /** {@code name_list} as one-part qualified names. */
  final List<QualifiedName> nameListAsNames() {
    List<QualifiedName> out = new ArrayList<>();
    do {
      out.add(QualifiedName.of(colId()));
    } while (accept(','));
    return out;
  }

  /** {@code '(' columnList ')'}. */
  final List<Identifier> parenColumns() {
    expect('(');
    List<Identifier> cols = nameList();
    expect(')');
    return cols;
  }

  /**
   * {@code reloptions}: {@code ( name [= value], … )}, names possibly qualified ({@code
   * toast.fillfactor}); returns the names (the last part of a qualified one).
   */
  final List<Identifier> reloptions() {
    expect('(');
    List<Identifier> out = new ArrayList<>();
    do {
      Identifier name = colLabel();
      if (accept('.')) {
        name = colLabel();
      }
      out.add(name);
      if (accept('=')) {
        defArg();
      }
    } while (accept(','));
    expect(')');
    return out;
  }

  /** {@code opt_reloptions}: {@code WITH reloptions}, or nothing. */
  final List<Identifier> optWithReloptions() {
    if (acceptKw(WITH)) {
      return reloptions();
    }
    return List.of();
  }

  /** {@code definition}: {@code ( name [= def_arg], … )}. */
  final List<DefinitionElement> definition() {
    expect('(');
    List<DefinitionElement> out = new ArrayList<>();
    do {
      int s = start();
      Identifier name = colLabel();
      Node value = accept('=') ? defArg() : null;
      out.add(new DefinitionElement(name, value, s, lastEnd()));
    } while (accept(','));
    expect(')');
    return out;
  }

  /** {@code opt_definition}: {@code WITH definition}, names only, or nothing. */
  final List<Identifier> optDefinition() {
    if (!(kw(WITH) && kind(1) == '(')) {
      return List.of();
    }
    advance();
    List<Identifier> out = new ArrayList<>();
    for (DefinitionElement d : definition()) {
      out.add(d.name());
    }
    return out;
  }

  /**
   * {@code def_arg}: a type or name ({@code func_type}), a reserved key word, an operator, a
   * number, a string or NONE.
   */
  final Node defArg() {
    if (is(Tok.SCONST)) {
      return sconst();
    }
    if (startsNumeric()) {
      return numericOnly();
    }
    if (isAllOp() || kw(OPERATOR) && kind(1) == '(') {
      return qualAllOp();
    }
    if (kw(NONE) || is(Tok.KEYWORD) && !g.nonReserved(t.keyword[p])) {
      return word();
    }
    return funcType();
  }

  /**
   * {@code func_type}: a type, or {@code name.attr%TYPE} (returned as a type name flagged through
   * {@link #lastTypeCopied}).
   */
  final TypeName funcType() {
    lastTypeCopied = false;
    int s = start();
    boolean setof = kw(SETOF);
    int first = setof ? 1 : 0;
    if (isTypeFunctionName(first) && (kind(first + 1) == '.' || kind(first + 1) == '%')) {
      int m = mark();
      if (setof) {
        advance();
      }
      if (isTypeFunctionName(0)) {
        List<Identifier> parts = new ArrayList<>();
        parts.add(word());
        while (accept('.')) {
          parts.add(colLabel());
        }
        if (is('%') && kw(1, TYPE)) {
          advance();
          advance();
          lastTypeCopied = true;
          QualifiedName n =
              new QualifiedName(parts, parts.get(0).start(), parts.get(parts.size() - 1).end());
          return new TypeName(n, false, List.of(), null, List.of(), setof, s, lastEnd());
        }
      }
      reset(m);
    }
    return typeName();
  }

  /** Whether the last {@link #funcType()} was written {@code name%TYPE}. */
  boolean lastTypeCopied;

  /** {@code create_generic_options}: {@code OPTIONS ( name 'value', … )}; the names. */
  final List<Identifier> genericOptions() {
    if (!kw(OPTIONS)) {
      return List.of();
    }
    advance();
    expect('(');
    List<Identifier> out = new ArrayList<>();
    do {
      out.add(colLabel());
      sconst();
    } while (accept(','));
    expect(')');
    return out;
  }

  /** {@code alter_generic_options}: {@code OPTIONS ( [SET|ADD] name 'v' | DROP name, … )}. */
  final void alterGenericOptions() {
    expectKw(OPTIONS);
    expect('(');
    do {
      if (kw(DROP) && isColLabel(1)) {
        advance();
        colLabel();
        continue;
      }
      if ((kw(SET) || kw(ADD)) && isColLabel(1) && kind(2) == Tok.SCONST) {
        advance();
      }
      colLabel();
      sconst();
    } while (accept(','));
    expect(')');
  }

  /**
   * Keeps the first error PostgreSQL raises only after its grammar accepted the statement (see
   * {@link AnalysisRules}); it is reported if the rest of the text parses, as PostgreSQL parses the
   * whole text before it analyses and runs the first statement.
   */
  final void later(AnalysisRules.Problem problem) {
    if (problem != null && problem != AnalysisRules.STOP && deferred == null) {
      deferred = fatal(problem.message(), problem.start(), problem.end());
    }
  }

  /** The key words from token {@code from} to the current one, lower case, space-separated. */
  final String words(int from) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < p; i++) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(t.kind[i] == Tok.KEYWORD ? t.value[i] : t.text(i));
    }
    return b.toString();
  }
}
