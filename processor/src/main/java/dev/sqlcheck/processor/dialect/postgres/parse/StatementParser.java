package dev.sqlcheck.processor.dialect.postgres.parse;

import static dev.sqlcheck.processor.dialect.postgres.parse.PgKeywords.*;

import dev.sqlcheck.processor.sql.ast.Call;
import dev.sqlcheck.processor.sql.ast.ColumnTarget;
import dev.sqlcheck.processor.sql.ast.CreateIndex;
import dev.sqlcheck.processor.sql.ast.Expr;
import dev.sqlcheck.processor.sql.ast.Merge;
import dev.sqlcheck.processor.sql.ast.QualifiedName;
import dev.sqlcheck.processor.sql.ast.Statement;
import dev.sqlcheck.processor.sql.ast.TableRef;
import dev.sqlcheck.processor.sql.ast.Truncate;
import dev.sqlcheck.processor.sql.ast.UnsupportedStatement;
import dev.sqlcheck.processor.sql.ast.WithClause;
import java.util.ArrayList;
import java.util.List;

/**
 * The top layer: statements separated by semicolons (gram.y {@code stmtmulti}), dispatch on the
 * first token, MERGE, TRUNCATE and CALL. CREATE statements go to {@link CreateParser}; ALTER, DROP,
 * SET, RESET, COMMENT, GRANT, REVOKE, COPY and DO to the DDL layers below this one; other
 * statements PostgreSQL knows become {@link UnsupportedStatement}s.
 */
final class StatementParser extends GrantParser {
  StatementParser(PgTokens tokens, PgGrammar grammar) {
    super(tokens, grammar);
  }

  /** All statements of the text; throws {@link Failure} on the first error. */
  List<Statement> statements() {
    List<Statement> out = new ArrayList<>();
    while (true) {
      while (accept(';')) {
        // empty statement
      }
      if (is(Tok.EOF)) {
        return out;
      }
      out.add(statement());
      if (!is(Tok.EOF)) {
        expect(';');
      }
    }
  }

  /**
   * A statement, then the checks PostgreSQL makes once its grammar accepted it (DDL only; the
   * queries' are out of scope). An inner statement (CREATE SCHEMA's elements, a BEGIN ATOMIC body)
   * keeps its DEFAULTs to itself.
   */
  private Statement statement() {
    int outerDefault = defaultStart;
    defaultStart = -1;
    Statement statement = statementProper();
    AnalysisRules.Problem problem = AnalysisRules.check(statement, g);
    later(problem);
    if (problem == null && defaultStart >= 0 && AnalysisRules.rejectsDefault(statement)) {
      int at = defaultStart;
      if (statement instanceof CreateIndex i && i.where() != null) {
        at = firstDefault(i.where(), at); // transformIndexStmt reads WHERE before the elements
      }
      later(new AnalysisRules.Problem("DEFAULT is not allowed in this context", at, at + 7));
    }
    defaultStart = outerDefault;
    return statement;
  }

  private Statement statementProper() {
    int s = start();
    if (is('(')) {
      return selectStatement();
    }
    if (!is(Tok.KEYWORD)) {
      throw fail();
    }
    switch (t.keyword[p]) {
      case SELECT, VALUES, TABLE:
        return selectStatement();
      case WITH, PgTokens.WITH_LA:
        return withStatement(s);
      case INSERT:
        return insert(null, s);
      case UPDATE:
        return update(null, s);
      case DELETE:
        return delete(null, s);
      case MERGE:
        if (g.since(15)) {
          return merge(null, s);
        }
        throw fail();
      case TRUNCATE:
        return truncate(s);
      case CALL:
        return call(s);
      case CREATE:
        return new CreateParser(this).create(s);
      case ALTER:
        return alter(s);
      case DROP:
        return drop(s);
      case SET:
        return variableSet(s);
      case RESET:
        return variableReset(s);
      case COMMENT:
        return comment(s);
      case GRANT, REVOKE:
        return grant(s);
      case COPY:
        return copy(s);
      case DO:
        return doBlock(s);
      default:
        return unsupported(s);
    }
  }

  /** The first DEFAULT key word inside the expression's text, else {@code otherwise}. */
  private int firstDefault(Expr e, int otherwise) {
    for (int i = tokenAt(e.start()); i < t.size && t.start[i] < e.end(); i++) {
      if (t.kind[i] == Tok.KEYWORD && t.keyword[i] == DEFAULT) {
        return t.start[i];
      }
    }
    return otherwise;
  }

  @Override
  Statement innerStatement() {
    return statement();
  }

  /** ALTER, dispatched on the kind of object. */
  private Statement alter(int s) {
    advance();
    if (kw(TABLE)
        || kw(INDEX)
        || kw(SEQUENCE)
        || kw(VIEW)
        || kw(MATERIALIZED) && kw(1, VIEW)
        || kw(FOREIGN) && kw(1, TABLE)) {
      return alterRelation(s);
    }
    if (kw(TYPE)) {
      return alterType(s);
    }
    if (kw(DOMAIN)) {
      return alterDomain(s);
    }
    return alterObject(s);
  }

  private Statement withStatement(int s) {
    WithClause with = withClause();
    if (kw(INSERT)) {
      return insert(with, s);
    }
    if (kw(UPDATE)) {
      return update(with, s);
    }
    if (kw(DELETE)) {
      return delete(with, s);
    }
    if (kw(MERGE) && g.since(15)) {
      return merge(with, s);
    }
    return selectAfterWith(with, s);
  }

  @Override
  final Statement preparableStatement() {
    int s = start();
    if (kw(WITH) || kw(PgTokens.WITH_LA)) {
      return withStatement(s);
    }
    if (kw(INSERT)) {
      return insert(null, s);
    }
    if (kw(UPDATE)) {
      return update(null, s);
    }
    if (kw(DELETE)) {
      return delete(null, s);
    }
    if (kw(MERGE) && g.since(15)) {
      return merge(null, s);
    }
    return selectStatement();
  }

  private Statement merge(WithClause with, int s) {
    advance();
    expectKw(INTO);
    TableRef.Relation target = relationWithAlias(false);
    expectKw(USING);
    TableRef source = tableRef();
    expectKw(ON);
    Expr on = aExpr();
    List<Merge.When> whens = new ArrayList<>();
    do {
      whens.add(mergeWhen());
    } while (kw(WHEN));
    var ret = g.since(17) ? returning() : null;
    return new Merge(with, target, source, on, whens, ret, s, lastEnd());
  }

  private Merge.When mergeWhen() {
    int s = start();
    expectKw(WHEN);
    Merge.Match match = Merge.Match.MATCHED;
    if (acceptKw(NOT)) {
      expectKw(MATCHED);
      match = Merge.Match.NOT_MATCHED_BY_TARGET;
      if (g.since(17) && acceptKw(BY)) {
        if (acceptKw(SOURCE)) {
          match = Merge.Match.NOT_MATCHED_BY_SOURCE;
        } else {
          expectKw(TARGET);
        }
      }
    } else {
      expectKw(MATCHED);
    }
    Expr cond = acceptKw(AND) ? aExpr() : null;
    expectKw(THEN);
    if (kw(DO)) {
      advance();
      expectKw(NOTHING);
      return new Merge.When(
          match, cond, Merge.ActionKind.DO_NOTHING, List.of(), List.of(), null, null, s, lastEnd());
    }
    if (match != Merge.Match.NOT_MATCHED_BY_TARGET) {
      if (acceptKw(DELETE)) {
        return new Merge.When(
            match, cond, Merge.ActionKind.DELETE, List.of(), List.of(), null, null, s, lastEnd());
      }
      expectKw(UPDATE);
      expectKw(SET);
      var set = setClauses();
      return new Merge.When(
          match, cond, Merge.ActionKind.UPDATE, set, List.of(), null, null, s, lastEnd());
    }
    expectKw(INSERT);
    List<ColumnTarget> cols = List.of();
    if (accept('(')) {
      cols = columnTargets();
      expect(')');
    }
    String overriding = overriding();
    List<Expr> values = null;
    if (kw(DEFAULT)) {
      advance();
      expectKw(VALUES);
    } else {
      expectKw(VALUES);
      expect('(');
      values = exprList();
      expect(')');
    }
    return new Merge.When(
        match, cond, Merge.ActionKind.INSERT, List.of(), cols, overriding, values, s, lastEnd());
  }

  private Statement truncate(int s) {
    advance();
    acceptKw(TABLE);
    List<TableRef.Relation> tables = new ArrayList<>();
    do {
      tables.add(relationExpr());
    } while (accept(','));
    boolean restart = false;
    if (kw(RESTART) || kw(CONTINUE)) {
      restart = kw(RESTART);
      advance();
      expectKw(IDENTITY);
    }
    boolean cascade = acceptKw(CASCADE);
    if (!cascade) {
      acceptKw(RESTRICT);
    }
    return new Truncate(tables, restart, cascade, s, lastEnd());
  }

  private Statement call(int s) {
    advance();
    QualifiedName name = funcName();
    if (!is('(')) {
      throw fail();
    }
    Expr.FuncCall c = funcCall(name, true);
    return new Call(c, s, lastEnd());
  }

  @Override
  Statement unsupported(int s, String kind) {
    String keyword = t.value[tokenAt(s)];
    skipStatement();
    return new UnsupportedStatement(keyword, kind, s, lastEnd());
  }

  /** A statement this parser does not model: its first key word must start a statement. */
  Statement unsupported(int s) {
    if (!isStatementKeyword(t.keyword[p])) {
      throw fail();
    }
    String keyword = t.value[p];
    skipStatement();
    return new UnsupportedStatement(keyword, s, lastEnd());
  }

  /** Skips to the end of the statement (a {@code ;} outside parentheses and BEGIN ATOMIC). */
  void skipStatement() {
    int depth = 0;
    int atomic = 0;
    while (!is(Tok.EOF) && !(is(';') && depth == 0 && atomic == 0)) {
      if (is(Tok.ERROR)) {
        throw fail();
      }
      if (is('(')) {
        depth++;
      } else if (is(')') && depth > 0) {
        depth--;
      } else if (kw(BEGIN) && kw(1, ATOMIC)) {
        atomic++;
      } else if (atomic > 0 && kw(CASE)) {
        atomic++;
      } else if (atomic > 0 && kw(END)) {
        atomic--;
      }
      advance();
    }
  }

  private static boolean isStatementKeyword(int k) {
    switch (k) {
      case ABORT,
      ALTER,
      ANALYZE,
      ANALYSE,
      BEGIN,
      CHECKPOINT,
      CLOSE,
      CLUSTER,
      COMMENT,
      COMMIT,
      COPY,
      DEALLOCATE,
      DECLARE,
      DISCARD,
      DO,
      DROP,
      END,
      EXECUTE,
      EXPLAIN,
      FETCH,
      GRANT,
      IMPORT,
      LISTEN,
      LOAD,
      LOCK,
      MOVE,
      NOTIFY,
      PREPARE,
      REASSIGN,
      REFRESH,
      REINDEX,
      RELEASE,
      RESET,
      REVOKE,
      ROLLBACK,
      SAVEPOINT,
      SECURITY,
      SET,
      SHOW,
      START,
      UNLISTEN,
      VACUUM:
        return true;
      default:
        return false;
    }
  }
}
