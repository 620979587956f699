package dev.sqlcheck.processor.dialect.postgres.parse;

import static dev.sqlcheck.processor.dialect.postgres.parse.PgKeywords.*;

import dev.sqlcheck.processor.sql.ast.Alias;
import dev.sqlcheck.processor.sql.ast.ColumnTarget;
import dev.sqlcheck.processor.sql.ast.Delete;
import dev.sqlcheck.processor.sql.ast.Expr;
import dev.sqlcheck.processor.sql.ast.Identifier;
import dev.sqlcheck.processor.sql.ast.Insert;
import dev.sqlcheck.processor.sql.ast.OnConflict;
import dev.sqlcheck.processor.sql.ast.QualifiedName;
import dev.sqlcheck.processor.sql.ast.Query;
import dev.sqlcheck.processor.sql.ast.Returning;
import dev.sqlcheck.processor.sql.ast.SelectItem;
import dev.sqlcheck.processor.sql.ast.SetClause;
import dev.sqlcheck.processor.sql.ast.SortItem;
import dev.sqlcheck.processor.sql.ast.TableRef;
import dev.sqlcheck.processor.sql.ast.Update;
import dev.sqlcheck.processor.sql.ast.WithClause;
import java.util.ArrayList;
import java.util.List;

/**
 * INSERT, UPDATE and DELETE (gram.y {@code InsertStmt}, {@code UpdateStmt}, {@code DeleteStmt})
 * with ON CONFLICT, SET lists, WHERE CURRENT OF and RETURNING (with PostgreSQL 18's {@code WITH
 * (OLD AS o, NEW AS n)}).
 */
abstract class DmlParser extends SelectParser {
  DmlParser(PgTokens tokens, PgGrammar grammar) {
    super(tokens, grammar);
  }

  final Insert insert(WithClause with, int s) {
    expectKw(INSERT);
    expectKw(INTO);
    QualifiedName table = qualifiedName();
    Identifier alias = acceptKw(AS) ? colId() : null;
    List<ColumnTarget> columns = List.of();
    String overriding = null;
    Query source = null;
    if (kw(DEFAULT) && kw(1, VALUES)) {
      advance();
      advance();
    } else {
      if (is('(')) {
        columns = columnListOrNothing();
      }
      overriding = overriding();
      source = selectStatement();
    }
    OnConflict conflict = kw(ON) ? onConflict() : null;
    Returning ret = returning();
    return new Insert(with, table, alias, columns, overriding, source, conflict, ret, s, lastEnd());
  }

  /**
   * The column list of INSERT, or nothing when the parenthesis opens the query instead: {@code
   * (values) VALUES (1)} names a column, {@code (VALUES (1))} is the query.
   */
  private List<ColumnTarget> columnListOrNothing() {
    int m = mark();
    try {
      advance();
      List<ColumnTarget> cols = columnTargets();
      expect(')');
      return cols;
    } catch (Failure f) {
      abandoned(f); // "(" may also open the query; the failure that got further is reported
      reset(m);
      return List.of();
    }
  }

  /** {@code SelectStmt}: a query without or within parentheses. */
  final Query selectStatement() {
    return selectNoParens();
  }

  final String overriding() {
    if (!acceptKw(OVERRIDING)) {
      return null;
    }
    String kind;
    if (acceptKw(USER)) {
      kind = "user";
    } else {
      expectKw(SYSTEM);
      kind = "system";
    }
    expectKw(VALUE);
    return kind;
  }

  /** {@code insert_column_list}: {@code ColId opt_indirection, …}. */
  final List<ColumnTarget> columnTargets() {
    List<ColumnTarget> out = new ArrayList<>();
    do {
      out.add(columnTarget());
    } while (accept(','));
    return out;
  }

  private ColumnTarget columnTarget() {
    int s = start();
    Identifier col = colId();
    List<Expr.Step> steps = is('.') || is('[') ? indirection() : List.of();
    return new ColumnTarget(col, steps, s, lastEnd());
  }

  private OnConflict onConflict() {
    int s = start();
    advance();
    expectKw(CONFLICT);
    List<OnConflict.IndexElem> target = List.of();
    Expr targetWhere = null;
    Identifier constraint = null;
    if (is('(')) {
      advance();
      target = new ArrayList<>();
      do {
        target.add(indexElem());
      } while (accept(','));
      expect(')');
      targetWhere = acceptKw(WHERE) ? aExpr() : null;
    } else if (kw(ON) && kw(1, CONSTRAINT)) {
      advance();
      advance();
      constraint = colId();
    }
    expectKw(DO);
    if (acceptKw(NOTHING)) {
      return new OnConflict(target, targetWhere, constraint, false, List.of(), null, s, lastEnd());
    }
    expectKw(UPDATE);
    expectKw(SET);
    List<SetClause> set = setClauses();
    Expr where = acceptKw(WHERE) ? aExpr() : null;
    return new OnConflict(target, targetWhere, constraint, true, set, where, s, lastEnd());
  }

  private OnConflict.IndexElem indexElem() {
    int s = start();
    Identifier col = null;
    Expr expr = null;
    if (is('(')) {
      advance();
      expr = aExpr();
      expect(')');
    } else if (isColId() && kind(1) != '(' && kind(1) != '.') {
      col = word();
    } else {
      expr = cExpr();
    }
    QualifiedName coll = acceptKw(COLLATE) ? anyName() : null;
    QualifiedName opclass = null;
    if (isColId() && !kw(ASC) && !kw(DESC)) {
      opclass = anyName();
    }
    SortItem.Direction dir = SortItem.Direction.DEFAULT;
    if (acceptKw(ASC)) {
      dir = SortItem.Direction.ASC;
    } else if (acceptKw(DESC)) {
      dir = SortItem.Direction.DESC;
    }
    SortItem.Nulls nulls = nullsOrder();
    return new OnConflict.IndexElem(col, expr, coll, opclass, dir, nulls, s, lastEnd());
  }

  /** {@code set_clause_list}. */
  final List<SetClause> setClauses() {
    List<SetClause> out = new ArrayList<>();
    do {
      int s = start();
      if (is('(')) {
        advance();
        List<ColumnTarget> targets = columnTargets();
        expect(')');
        expect('=');
        Expr v = aExpr();
        out.add(new SetClause(targets, true, v, s, lastEnd()));
      } else {
        ColumnTarget target = columnTarget();
        expect('=');
        Expr v = aExpr();
        out.add(new SetClause(List.of(target), false, v, s, lastEnd()));
      }
    } while (accept(','));
    return out;
  }

  /** {@code returning_clause}, or null. */
  final Returning returning() {
    if (!kw(RETURNING)) {
      return null;
    }
    int s = start();
    advance();
    Identifier oldAlias = null;
    Identifier newAlias = null;
    if (kw(WITH) && kind(1) == '(' && g.since(18)) {
      advance();
      advance();
      do {
        boolean old = kw(OLD);
        if (!old) {
          expectKw(NEW);
        } else {
          advance();
        }
        expectKw(AS);
        Identifier name = colId();
        if (old) {
          oldAlias = name;
        } else {
          newAlias = name;
        }
      } while (accept(','));
      expect(')');
    }
    List<SelectItem> items = targetList();
    return new Returning(oldAlias, newAlias, items, s, lastEnd());
  }

  /**
   * {@code relation_expr_opt_alias}. The word SET is never an alias here, in any statement: gram.y
   * gives the alias-less form precedence over SET, for UPDATE's sake.
   */
  final TableRef.Relation relationWithAlias(boolean update) {
    int s = start();
    TableRef.Relation rel = relationExpr();
    Alias alias = null;
    int as = start();
    if (acceptKw(AS)) {
      alias = new Alias(colId(), List.of(), true, as, lastEnd());
    } else if (isColId() && !kw(SET)) {
      alias = new Alias(word(), List.of(), false, as, lastEnd());
    }
    return new TableRef.Relation(rel.name(), rel.inherit(), rel.star(), alias, null, s, lastEnd());
  }

  final Update update(WithClause with, int s) {
    expectKw(UPDATE);
    TableRef.Relation target = relationWithAlias(true);
    expectKw(SET);
    List<SetClause> set = setClauses();
    List<TableRef> from = acceptKw(FROM) ? fromList() : List.of();
    Expr where = whereOrCurrent();
    Returning ret = returning();
    return new Update(with, target, set, from, where, ret, s, lastEnd());
  }

  final Delete delete(WithClause with, int s) {
    expectKw(DELETE);
    expectKw(FROM);
    TableRef.Relation target = relationWithAlias(false);
    List<TableRef> using = acceptKw(USING) ? fromList() : List.of();
    Expr where = whereOrCurrent();
    Returning ret = returning();
    return new Delete(with, target, using, where, ret, s, lastEnd());
  }

  private Expr whereOrCurrent() {
    if (!acceptKw(WHERE)) {
      return null;
    }
    if (kw(CURRENT) && kw(1, OF)) {
      int s = start();
      advance();
      advance();
      Identifier cursor = colId();
      return new Expr.CurrentOf(cursor, s, lastEnd());
    }
    return aExpr();
  }
}
