package dev.sqlcheck.processor.dialect.postgres.parse;

import static dev.sqlcheck.processor.dialect.postgres.parse.PgKeywords.*;

import dev.sqlcheck.processor.sql.ast.Expr;
import dev.sqlcheck.processor.sql.ast.Limit;
import dev.sqlcheck.processor.sql.ast.LockingClause;
import dev.sqlcheck.processor.sql.ast.QualifiedName;
import dev.sqlcheck.processor.sql.ast.Query;
import dev.sqlcheck.processor.sql.ast.SortItem;
import dev.sqlcheck.processor.sql.ast.WithClause;
import java.util.ArrayList;
import java.util.List;

/**
 * The clauses after a query body (ORDER BY; LIMIT/OFFSET/FETCH and FOR UPDATE… in either order) and
 * their attachment to the query, as gram.y's {@code insertSelectOptions} does it: a clause the
 * query (through parentheses) already has is an error.
 */
final class QueryOptions {
  private final SelectParser p;
  private final int start;
  private List<SortItem> orderBy = List.of();
  private int orderAt = -1;
  private final List<LockingClause> locking = new ArrayList<>();
  private Expr count;
  private boolean all;
  private Expr offset;
  private boolean withTies;
  private boolean fetch;
  private boolean fetchWithoutCount;
  private int limitAt = -1;
  private int limitEnd = -1;
  private int offsetAt = -1;

  QueryOptions(SelectParser parser, int start) {
    this.p = parser;
    this.start = start;
  }

  void parse() {
    if (p.kw(ORDER)) {
      orderAt = p.start();
      orderBy = p.sortClause();
    }
    if (p.kw(FOR)) {
      locking();
      limits();
    } else {
      limits();
      if (p.kw(FOR)) {
        locking();
      }
    }
  }

  private void limits() {
    boolean any = false;
    for (int i = 0; i < 2; i++) {
      if (p.kw(LIMIT) && limitAt < 0 && (!any || offsetAt >= 0)) {
        limit();
        any = true;
      } else if (p.kw(FETCH) && limitAt < 0 && (!any || offsetAt >= 0)) {
        fetch();
        any = true;
      } else if (p.kw(OFFSET) && offsetAt < 0) {
        offset();
        any = true;
      } else {
        break;
      }
    }
  }

  private void limit() {
    limitAt = p.start();
    p.advance();
    if (p.acceptKw(ALL)) {
      all = true;
    } else {
      count = p.aExpr();
    }
    if (p.is(',')) {
      p.advance();
      p.aExpr();
      throw p.fatal(
          "LIMIT #,# syntax is not supported",
          "Use separate LIMIT and OFFSET clauses.",
          SyntaxError.SYNTAX_ERROR,
          limitAt,
          limitAt + 5);
    }
    limitEnd = p.lastEnd();
  }

  private void fetch() {
    limitAt = p.start();
    fetch = true;
    p.advance();
    if (!p.acceptKw(FIRST)) {
      p.expectKw(NEXT);
    }
    if ((p.kw(ROW) || p.kw(ROWS)) && (p.kw(1, ONLY) || p.kw(1, WITH))) {
      fetchWithoutCount = true;
    } else {
      count = fetchValue();
    }
    if (!p.acceptKw(ROW)) {
      p.expectKw(ROWS);
    }
    if (p.acceptKw(WITH)) {
      p.expectKw(TIES);
      withTies = true;
    } else {
      p.expectKw(ONLY);
    }
    limitEnd = p.lastEnd();
  }

  /** {@code select_fetch_first_value}: a c_expr or a signed numeric constant. */
  private Expr fetchValue() {
    if ((p.is('+') || p.is('-')) && (p.kind(1) == Tok.ICONST || p.kind(1) == Tok.FCONST)) {
      return p.expr(ExprParser.P_UMINUS, false, false);
    }
    return p.cExpr();
  }

  private void offset() {
    offsetAt = p.start();
    p.advance();
    offset = p.aExpr();
    if (!p.acceptKw(ROW)) {
      p.acceptKw(ROWS);
    }
  }

  private void locking() {
    if (p.kw(FOR) && p.kw(1, READ)) {
      int s = p.start();
      p.advance();
      p.advance();
      p.expectKw(ONLY);
      locking.add(
          new LockingClause(
              LockingClause.Strength.READ_ONLY,
              List.of(),
              LockingClause.WaitPolicy.BLOCK,
              s,
              p.lastEnd()));
      return;
    }
    while (p.kw(FOR)) {
      int s = p.start();
      p.advance();
      LockingClause.Strength strength;
      if (p.acceptKw(UPDATE)) {
        strength = LockingClause.Strength.UPDATE;
      } else if (p.acceptKw(SHARE)) {
        strength = LockingClause.Strength.SHARE;
      } else if (p.acceptKw(NO)) {
        p.expectKw(KEY);
        p.expectKw(UPDATE);
        strength = LockingClause.Strength.NO_KEY_UPDATE;
      } else {
        p.expectKw(KEY);
        p.expectKw(SHARE);
        strength = LockingClause.Strength.KEY_SHARE;
      }
      List<QualifiedName> of = new ArrayList<>();
      if (p.acceptKw(OF)) {
        do {
          of.add(p.qualifiedName());
        } while (p.accept(','));
      }
      LockingClause.WaitPolicy wait = LockingClause.WaitPolicy.BLOCK;
      if (p.acceptKw(NOWAIT)) {
        wait = LockingClause.WaitPolicy.NOWAIT;
      } else if (p.kw(SKIP)) {
        p.advance();
        p.expectKw(LOCKED);
        wait = LockingClause.WaitPolicy.SKIP_LOCKED;
      }
      locking.add(new LockingClause(strength, of, wait, s, p.lastEnd()));
    }
  }

  /** Attaches the clauses (and the WITH clause) to the query, as insertSelectOptions does. */
  Query apply(Query q, WithClause with) {
    boolean none =
        orderBy.isEmpty()
            && locking.isEmpty()
            && count == null
            && !all
            && offset == null
            && !fetch
            && with == null;
    if (none) {
      return q;
    }
    if (!orderBy.isEmpty() && !q.orderBy().isEmpty()) {
      throw p.fatal("multiple ORDER BY clauses not allowed", orderAt, orderAt + 5);
    }
    if (offsetAt >= 0 && q.limit() != null && q.limit().offset() != null) {
      throw p.fatal("multiple OFFSET clauses not allowed", offsetAt, offsetAt + 6);
    }
    boolean hasLimit = limitAt >= 0;
    Limit old = q.limit();
    if (hasLimit && old != null && (old.count() != null || old.all() || old.fetchSyntax())) {
      throw p.fatal("multiple LIMIT clauses not allowed", limitAt, limitEnd);
    }
    List<SortItem> order = orderBy.isEmpty() ? q.orderBy() : orderBy;
    if (withTies && order.isEmpty()) {
      throw p.fatal("WITH TIES cannot be specified without ORDER BY clause", limitAt, limitEnd);
    }
    if (with != null && q.with() != null) {
      throw p.fatal("multiple WITH clauses not allowed", with.start(), with.end());
    }
    Limit limit = mergeLimit(old);
    List<LockingClause> locks = new ArrayList<>(q.locking());
    locks.addAll(locking);
    if (withTies
        && locks.stream().anyMatch(l -> l.waitPolicy() == LockingClause.WaitPolicy.SKIP_LOCKED)) {
      throw p.fatal("SKIP LOCKED and WITH TIES options cannot be used together", limitAt, limitEnd);
    }
    return new Query(
        with != null ? with : q.with(),
        q.body(),
        order,
        limit,
        locks,
        Math.min(start, q.start()),
        p.lastEnd());
  }

  private Limit mergeLimit(Limit old) {
    if (limitAt < 0 && offsetAt < 0) {
      return old;
    }
    int s = limitAt < 0 ? offsetAt : offsetAt < 0 ? limitAt : Math.min(limitAt, offsetAt);
    if (old != null) {
      return new Limit(
          limitAt >= 0 ? count : old.count(),
          limitAt >= 0 ? all : old.all(),
          offsetAt >= 0 ? offset : old.offset(),
          limitAt >= 0 ? withTies : old.withTies(),
          limitAt >= 0 ? fetch : old.fetchSyntax(),
          limitAt >= 0 ? fetchWithoutCount : old.fetchWithoutCount(),
          old.start(),
          p.lastEnd());
    }
    return new Limit(count, all, offset, withTies, fetch, fetchWithoutCount, s, p.lastEnd());
  }
}
