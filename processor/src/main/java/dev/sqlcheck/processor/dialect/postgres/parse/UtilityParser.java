package dev.sqlcheck.processor.dialect.postgres.parse;

import static dev.sqlcheck.processor.dialect.postgres.parse.PgKeywords.*;

import dev.sqlcheck.processor.sql.ast.Comment;
import dev.sqlcheck.processor.sql.ast.Copy;
import dev.sqlcheck.processor.sql.ast.DoBlock;
import dev.sqlcheck.processor.sql.ast.Expr;
import dev.sqlcheck.processor.sql.ast.Identifier;
import dev.sqlcheck.processor.sql.ast.Node;
import dev.sqlcheck.processor.sql.ast.QualifiedName;
import dev.sqlcheck.processor.sql.ast.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * COMMENT ON (gram.y {@code CommentStmt}), COPY (gram.y {@code CopyStmt}, old and new option
 * syntax) and DO (gram.y {@code DoStmt}). GRANT and REVOKE are in {@link GrantParser}.
 */
abstract class UtilityParser extends AlterObjectParser {
  UtilityParser(PgTokens tokens, PgGrammar grammar) {
    super(tokens, grammar);
  }

  /** COMMENT ON kind object IS text, at COMMENT. */
  final Statement comment(int s) {
    advance();
    expectKw(ON);
    List<Node> target = new ArrayList<>();
    String kind = commentTarget(target);
    expectKw(IS);
    Expr.StringLiteral text = null;
    if (!acceptKw(NULL)) {
      text = sconst();
    }
    return new Comment(kind, target, text, s, lastEnd());
  }

  private String commentTarget(List<Node> target) {
    int from = p;
    String kind = objectKindAnyName();
    if (kind != null || acceptKw(COLUMN)) {
      target.add(anyName());
      return kind != null ? kind : "column";
    }
    kind = dropTypeName();
    if (kind != null || kw(DATABASE) || kw(ROLE) || kw(SUBSCRIPTION) || kw(TABLESPACE)) {
      if (kind == null) {
        kind = t.value[p];
        advance();
      }
      target.add(QualifiedName.of(colId()));
      return kind;
    }
    if (kw(TYPE) || kw(DOMAIN)) {
      kind = t.value[p];
      advance();
      target.add(typeName());
      return kind;
    }
    if (kw(AGGREGATE) || kw(FUNCTION) || kw(PROCEDURE) || kw(ROUTINE)) {
      boolean aggregate = kw(AGGREGATE);
      kind = t.value[p];
      advance();
      target.add(aggregate ? aggregateSignature() : routineSignature());
      return kind;
    }
    if (kw(CONSTRAINT) || kw(POLICY) || kw(RULE) || kw(TRIGGER)) {
      return onTable(target);
    }
    return otherCommentTarget(target, from);
  }

  /** {@code CONSTRAINT name ON [DOMAIN] name} and the POLICY, RULE, TRIGGER forms. */
  private String onTable(List<Node> target) {
    String kind = t.value[p];
    advance();
    target.add(colId());
    expectKw(ON);
    if (kind.equals("constraint") && acceptKw(DOMAIN)) {
      kind = "domain constraint";
    }
    target.add(anyName());
    return kind;
  }

  private String otherCommentTarget(List<Node> target, int from) {
    if (kw(OPERATOR) && (kw(1, CLASS) || kw(1, FAMILY))) {
      advance();
      advance();
      String kind = words(from);
      target.add(anyName());
      expectKw(USING);
      target.add(colId());
      return kind;
    }
    if (acceptKw(OPERATOR)) {
      target.addAll(operatorSignature());
      return "operator";
    }
    if (acceptKw(TRANSFORM)) {
      expectKw(FOR);
      target.add(typeName());
      expectKw(LANGUAGE);
      target.add(colId());
      return "transform";
    }
    if (acceptKw(LARGE)) {
      expectKw(OBJECT);
      target.add(numericOnly());
      return "large object";
    }
    expectKw(CAST);
    expect('(');
    target.add(typeName());
    expectKw(AS);
    target.add(typeName());
    expect(')');
    return "cast";
  }

  /**
   * {@code operator_with_argtypes}: the operator and its two argument types ({@code NONE} for a
   * missing one, as an identifier).
   */
  private List<Node> operatorSignature() {
    List<Node> out = new ArrayList<>();
    out.add(new KeyConstraints(this).anyOperator());
    expect('(');
    boolean leftNone = kw(NONE);
    out.add(leftNone ? word() : typeName());
    if (is(')') && !leftNone) {
      int close = start();
      throw new Failure(
          p,
          "missing argument",
          "Use NONE to denote the missing argument of a unary operator.",
          SyntaxError.SYNTAX_ERROR,
          true,
          close,
          close + 1);
    }
    expect(',');
    out.add(kw(NONE) && !leftNone ? word() : typeName());
    expect(')');
    return out;
  }

  /** COPY, at COPY. */
  final Statement copy(int s) {
    advance();
    if (accept('(')) {
      Statement query = preparableStatement();
      expect(')');
      expectKw(TO);
      boolean program = acceptKw(PROGRAM);
      int f = start();
      String file = copyFile(program, f);
      List<Identifier> options = copyOptions();
      return new Copy(null, List.of(), query, false, program, file, options, null, s, lastEnd());
    }
    boolean binary = kw(BINARY);
    int b = start();
    acceptKw(BINARY);
    QualifiedName table = qualifiedName();
    List<Identifier> columns = is('(') ? parenColumns() : List.of();
    boolean from = kw(FROM);
    if (!acceptKw(FROM)) {
      expectKw(TO);
    }
    boolean program = acceptKw(PROGRAM);
    String file = copyFile(program, start());
    List<Identifier> options = new ArrayList<>();
    if (binary) {
      options.add(new Identifier("format", false, b, b + 6));
    }
    if (kw(USING) && kw(1, DELIMITERS) || kw(DELIMITERS)) {
      acceptKw(USING);
      options.add(new Identifier("delimiter", false, start(), t.end[p]));
      advance();
      sconst();
    }
    options.addAll(copyOptions());
    Expr where = null;
    if (kw(WHERE)) {
      int w = start();
      advance();
      where = aExpr();
      if (!from) {
        throw fatal("WHERE clause not allowed with COPY TO", w, w + 5);
      }
    }
    return new Copy(table, columns, null, from, program, file, options, where, s, lastEnd());
  }

  private String copyFile(boolean program, int f) {
    if (kw(STDIN) || kw(STDOUT)) {
      advance();
      if (program) {
        throw fatal("STDIN/STDOUT not allowed with PROGRAM", f, lastEnd());
      }
      return null;
    }
    return sconst().value();
  }

  /** {@code opt_with copy_options}: the new parenthesised list or the old key-word options. */
  private List<Identifier> copyOptions() {
    optWith();
    List<Identifier> out = new ArrayList<>();
    if (accept('(')) {
      do {
        out.add(colLabel());
        copyOptionArgument();
      } while (accept(','));
      expect(')');
      return out;
    }
    while (startsOldCopyOption()) {
      out.add(oldCopyOption());
    }
    return out;
  }

  private void copyOptionArgument() {
    if (kw(TRUE)
        || kw(FALSE)
        || kw(ON)
        || is(Tok.SCONST)
        || is('*')
        || isNonReservedWord()
        || kw(DEFAULT) && g.since(17)) {
      advance();
    } else if (startsNumeric()) {
      numericOnly();
    } else if (accept('(')) {
      do {
        if (kw(TRUE) || kw(FALSE) || kw(ON) || is(Tok.SCONST) || isNonReservedWord()) {
          advance();
        } else {
          throw fail();
        }
      } while (accept(','));
      expect(')');
    }
  }

  private boolean startsOldCopyOption() {
    return kw(BINARY)
        || kw(FREEZE)
        || kw(DELIMITER)
        || kw(NULL)
        || kw(CSV)
        || kw(HEADER)
        || kw(QUOTE)
        || kw(ESCAPE)
        || kw(FORCE)
        || kw(ENCODING);
  }

  /** {@code copy_opt_item}: the option's name as PostgreSQL records it. */
  private Identifier oldCopyOption() {
    int s = start();
    int k = t.keyword[p];
    String word = t.value[p];
    advance();
    switch (k) {
      case BINARY, CSV:
        return new Identifier("format", false, s, lastEnd());
      case DELIMITER, NULL, QUOTE, ESCAPE:
        acceptKw(AS);
        sconst();
        return new Identifier(word, false, s, lastEnd());
      case ENCODING:
        sconst();
        return new Identifier(word, false, s, lastEnd());
      case FORCE:
        return force(s);
      default:
        return new Identifier(word, false, s, lastEnd());
    }
  }

  private Identifier force(int s) {
    String name;
    if (acceptKw(QUOTE)) {
      name = "force_quote";
    } else {
      name = acceptKw(NOT) ? "force_not_null" : "force_null";
      expectKw(NULL);
    }
    if (is('*') && (name.equals("force_quote") || g.since(17))) {
      advance();
    } else {
      nameList();
    }
    return new Identifier(name, false, s, lastEnd());
  }

  /**
   * {@code DO [LANGUAGE l] 'code'}, options in any order, at DO; {@code ExecuteDoStmt} wants each
   * once and the code present.
   */
  final Statement doBlock(int s) {
    advance();
    String language = null;
    Expr.StringLiteral body = null;
    AnalysisRules.Problem problem = null;
    do {
      int o = start();
      boolean again;
      if (acceptKw(LANGUAGE)) {
        again = language != null;
        language = nonReservedWordOrSconst();
      } else {
        Expr.StringLiteral b = sconst();
        again = body != null;
        body = body == null ? b : body;
      }
      if (again && problem == null) {
        problem = AnalysisRules.conflicting(o, lastEnd());
      }
    } while (kw(LANGUAGE) || is(Tok.SCONST));
    if (problem == null && body == null) {
      problem = new AnalysisRules.Problem("no inline code specified", s, lastEnd());
    }
    later(problem);
    return new DoBlock(language, body, s, lastEnd());
  }
}
