package dev.sqlcheck.processor.dialect.postgres.parse;

import static dev.sqlcheck.processor.dialect.postgres.parse.PgKeywords.*;

import dev.sqlcheck.processor.sql.ast.Expr;
import dev.sqlcheck.processor.sql.ast.Identifier;
import dev.sqlcheck.processor.sql.ast.OperatorName;
import dev.sqlcheck.processor.sql.ast.QualifiedName;
import dev.sqlcheck.processor.sql.ast.SortItem;
import dev.sqlcheck.processor.sql.ast.WindowDef;
import java.util.ArrayList;
import java.util.List;

/**
 * Function calls (gram.y {@code func_application}, {@code func_expr}) with their argument forms,
 * aggregate ORDER BY, WITHIN GROUP, FILTER and OVER; window specifications and frames; ORDER BY
 * items; and operator names.
 */
abstract class FuncParser extends TypeParser {
  FuncParser(PgTokens tokens, PgGrammar grammar) {
    super(tokens, grammar);
  }

  /** The arguments and decorations inside the parentheses of a call, and what follows. */
  private static final class Args {
    List<Expr> args = new ArrayList<>();
    boolean star;
    boolean distinct;
    boolean all;
    boolean variadic;
    List<SortItem> orderBy = List.of();
  }

  /**
   * {@code func_expr} for a function whose name has been read and whose {@code (} is current: the
   * call, then WITHIN GROUP, FILTER and OVER. With {@code windowless} (a FROM item), none of those
   * three.
   */
  final Expr.FuncCall funcCall(QualifiedName name, boolean windowless) {
    Args a = funcArgs();
    if (windowless) {
      return call(name, a, List.of(), null, null, name.start());
    }
    List<SortItem> within = List.of();
    if (kw(WITHIN)) {
      int w = start();
      advance();
      expectKw(GROUP);
      expect('(');
      within = sortClause();
      expect(')');
      checkWithinGroup(a, w);
    }
    Expr filter = filterClause();
    WindowDef over = overClause();
    return call(name, a, within, filter, over, name.start());
  }

  private Expr.FuncCall call(
      QualifiedName name, Args a, List<SortItem> within, Expr filter, WindowDef over, int s) {
    return new Expr.FuncCall(
        name,
        a.args,
        a.star,
        a.distinct,
        a.all,
        a.variadic,
        a.orderBy,
        within,
        filter,
        over,
        Expr.Special.NONE,
        s,
        lastEnd());
  }

  private void checkWithinGroup(Args a, int w) {
    String problem =
        !a.orderBy.isEmpty()
            ? "cannot use multiple ORDER BY clauses with WITHIN GROUP"
            : a.distinct
                ? "cannot use DISTINCT with WITHIN GROUP"
                : a.variadic ? "cannot use VARIADIC with WITHIN GROUP" : null;
    if (problem != null) {
      throw fatal(problem, w, w + 6);
    }
  }

  /** The parenthesised arguments of {@code func_application}, from {@code (} to {@code )}. */
  private Args funcArgs() {
    expect('(');
    Args a = new Args();
    if (accept(')')) {
      return a;
    }
    if (is('*')) {
      advance();
      expect(')');
      a.star = true;
      return a;
    }
    if (acceptKw(ALL)) {
      a.all = true;
    } else if (acceptKw(DISTINCT)) {
      a.distinct = true;
    }
    boolean plain = a.all || a.distinct;
    while (true) {
      if (!plain && kw(VARIADIC)) {
        advance();
        a.args.add(funcArgExpr());
        a.variadic = true;
        break;
      }
      a.args.add(funcArgExpr());
      if (!accept(',')) {
        break;
      }
    }
    if (kw(ORDER)) {
      a.orderBy = sortClause();
    }
    expect(')');
    return a;
  }

  /** {@code func_arg_expr}: {@code a_expr}, {@code name => a_expr} or {@code name := a_expr}. */
  final Expr funcArgExpr() {
    if (isTypeFunctionName(0) && (kind(1) == Tok.EQUALS_GREATER || kind(1) == Tok.COLON_EQUALS)) {
      int s = start();
      Identifier name = word();
      boolean colon = is(Tok.COLON_EQUALS);
      advance();
      Expr v = aExpr();
      return new Expr.NamedArg(name, v, colon, s, lastEnd());
    }
    return aExpr();
  }

  /** {@code func_arg_list}. */
  final List<Expr> funcArgList() {
    List<Expr> out = new ArrayList<>();
    do {
      out.add(funcArgExpr());
    } while (accept(','));
    return out;
  }

  final Expr filterClause() {
    if (!kw(FILTER)) {
      return null;
    }
    advance();
    expect('(');
    expectKw(WHERE);
    Expr e = aExpr();
    expect(')');
    return e;
  }

  final WindowDef overClause() {
    if (!kw(OVER)) {
      return null;
    }
    int s = start();
    advance();
    if (is('(')) {
      return windowSpecification(null, s);
    }
    Identifier ref = colId();
    return new WindowDef(null, ref, true, List.of(), List.of(), null, s, lastEnd());
  }

  /** {@code window_specification}: {@code ( [name] [PARTITION BY …] [ORDER BY …] [frame] )}. */
  final WindowDef windowSpecification(Identifier defName, int s) {
    expect('(');
    Identifier ref = null;
    if (isColId() && !kw(PARTITION) && !kw(RANGE) && !kw(ROWS) && !kw(GROUPS)) {
      ref = word();
    }
    List<Expr> partition = List.of();
    if (kw(PARTITION)) {
      advance();
      expectKw(BY);
      partition = exprList();
    }
    List<SortItem> order = kw(ORDER) ? sortClause() : List.of();
    WindowDef.Frame frame = null;
    if (kw(RANGE) || kw(ROWS) || kw(GROUPS)) {
      frame = frame();
    }
    expect(')');
    return new WindowDef(defName, ref, false, partition, order, frame, s, lastEnd());
  }

  private WindowDef.Frame frame() {
    int s = start();
    WindowDef.Mode mode =
        kw(RANGE) ? WindowDef.Mode.RANGE : kw(ROWS) ? WindowDef.Mode.ROWS : WindowDef.Mode.GROUPS;
    advance();
    int extentStart = start();
    WindowDef.Bound from;
    WindowDef.Bound to = null;
    if (acceptKw(BETWEEN)) {
      from = frameBound();
      expectKw(AND);
      to = frameBound();
    } else {
      from = frameBound();
    }
    checkFrame(from, to, extentStart);
    WindowDef.Exclusion ex = WindowDef.Exclusion.NONE;
    if (acceptKw(EXCLUDE)) {
      if (kw(CURRENT)) {
        advance();
        expectKw(ROW);
        ex = WindowDef.Exclusion.CURRENT_ROW;
      } else if (acceptKw(GROUP)) {
        ex = WindowDef.Exclusion.GROUP;
      } else if (acceptKw(TIES)) {
        ex = WindowDef.Exclusion.TIES;
      } else {
        expectKw(NO);
        expectKw(OTHERS);
        ex = WindowDef.Exclusion.NO_OTHERS;
      }
    }
    return new WindowDef.Frame(mode, from, to, ex, s, lastEnd());
  }

  private WindowDef.Bound frameBound() {
    int s = start();
    if (kw(UNBOUNDED) && (kw(1, PRECEDING) || kw(1, FOLLOWING))) {
      advance();
      boolean preceding = kw(PRECEDING);
      advance();
      return new WindowDef.Bound(
          preceding
              ? WindowDef.BoundKind.UNBOUNDED_PRECEDING
              : WindowDef.BoundKind.UNBOUNDED_FOLLOWING,
          null,
          s,
          lastEnd());
    }
    if (kw(CURRENT) && kw(1, ROW)) {
      advance();
      advance();
      return new WindowDef.Bound(WindowDef.BoundKind.CURRENT_ROW, null, s, lastEnd());
    }
    Expr offset = aExpr();
    if (!kw(PRECEDING) && !kw(FOLLOWING)) {
      throw fail();
    }
    boolean preceding = kw(PRECEDING);
    advance();
    return new WindowDef.Bound(
        preceding ? WindowDef.BoundKind.OFFSET_PRECEDING : WindowDef.BoundKind.OFFSET_FOLLOWING,
        offset,
        s,
        lastEnd());
  }

  /** The frame checks gram.y makes (SQLSTATE 42P20), at the frame extent. */
  private void checkFrame(WindowDef.Bound from, WindowDef.Bound to, int s) {
    WindowDef.BoundKind f = from.kind();
    String msg = null;
    if (f == WindowDef.BoundKind.UNBOUNDED_FOLLOWING) {
      msg = "frame start cannot be UNBOUNDED FOLLOWING";
    } else if (to == null) {
      if (f == WindowDef.BoundKind.OFFSET_FOLLOWING) {
        msg = "frame starting from following row cannot end with current row";
      }
    } else if (to.kind() == WindowDef.BoundKind.UNBOUNDED_PRECEDING) {
      msg = "frame end cannot be UNBOUNDED PRECEDING";
    } else if (f == WindowDef.BoundKind.CURRENT_ROW
        && to.kind() == WindowDef.BoundKind.OFFSET_PRECEDING) {
      msg = "frame starting from current row cannot have preceding rows";
    } else if (f == WindowDef.BoundKind.OFFSET_FOLLOWING
        && (to.kind() == WindowDef.BoundKind.OFFSET_PRECEDING
            || to.kind() == WindowDef.BoundKind.CURRENT_ROW)) {
      msg = "frame starting from following row cannot have preceding rows";
    }
    if (msg != null) {
      throw fatal(msg, null, "42P20", s, s);
    }
  }

  /** {@code sort_clause}: {@code ORDER BY sortby, …}. */
  @Override
  final List<SortItem> sortClause() {
    expectKw(ORDER);
    expectKw(BY);
    List<SortItem> out = new ArrayList<>();
    do {
      out.add(sortBy());
    } while (accept(','));
    return out;
  }

  private SortItem sortBy() {
    int s = start();
    Expr e = aExpr();
    SortItem.Direction dir = SortItem.Direction.DEFAULT;
    OperatorName using = null;
    if (acceptKw(USING)) {
      using = qualAllOp();
      dir = SortItem.Direction.USING;
    } else if (acceptKw(ASC)) {
      dir = SortItem.Direction.ASC;
    } else if (acceptKw(DESC)) {
      dir = SortItem.Direction.DESC;
    }
    SortItem.Nulls nulls = nullsOrder();
    return new SortItem(e, dir, using, nulls, s, lastEnd());
  }

  final SortItem.Nulls nullsOrder() {
    if (!kw(PgTokens.NULLS_LA)) {
      return SortItem.Nulls.DEFAULT;
    }
    advance();
    boolean first = kw(FIRST);
    advance();
    return first ? SortItem.Nulls.FIRST : SortItem.Nulls.LAST;
  }

  /** Whether the current token is an {@code all_Op}: {@code Op} or a {@code MathOp}. */
  final boolean isAllOp() {
    switch (kind()) {
      case Tok.OP,
      '+',
      '-',
      '*',
      '/',
      '%',
      '^',
      '<',
      '>',
      '=',
      Tok.LESS_EQUALS,
      Tok.GREATER_EQUALS,
      Tok.NOT_EQUALS:
        return true;
      default:
        return false;
    }
  }

  /** {@code qual_all_Op}: an operator symbol or {@code OPERATOR(…)}. */
  final OperatorName qualAllOp() {
    if (kw(OPERATOR) && kind(1) == '(') {
      return explicitOperator();
    }
    if (!isAllOp()) {
      throw fail();
    }
    return symbol();
  }

  /** The current operator symbol token as an operator name, consumed. */
  final OperatorName symbol() {
    OperatorName op = OperatorName.of(opText(p), start(), t.end[p]);
    advance();
    return op;
  }

  final String opText(int i) {
    String v = t.value[i];
    return v != null ? v : String.valueOf((char) t.kind[i]);
  }

  /** {@code OPERATOR '(' any_operator ')'}: {@code OPERATOR(schema.op)}. */
  final OperatorName explicitOperator() {
    int s = start();
    advance();
    expect('(');
    List<Identifier> schema = new ArrayList<>();
    while (isColId()) {
      schema.add(word());
      expect('.');
    }
    if (!isAllOp()) {
      throw fail();
    }
    String sym = opText(p);
    advance();
    expect(')');
    return new OperatorName(schema, sym, true, s, lastEnd());
  }
}
