package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.catalog.SqlType;
import dev.sqlcheck.processor.dialect.postgres.types.Arg;
import dev.sqlcheck.processor.dialect.postgres.types.OperatorMatch;
import dev.sqlcheck.processor.dialect.postgres.types.Resolution;
import dev.sqlcheck.processor.problem.Problem;
import dev.sqlcheck.processor.problem.ProblemCode;
import dev.sqlcheck.processor.sql.ast.Expr;
import dev.sqlcheck.processor.sql.ast.Node;
import dev.sqlcheck.processor.sql.ast.OperatorName;
import java.util.ArrayList;
import java.util.List;

/**
 * Operators and the predicates built on them, as PostgreSQL resolves them: binary and prefix
 * operators, AND/OR/NOT, IS [NOT] NULL/TRUE/DISTINCT FROM, BETWEEN (as {@code >=} and {@code <=}),
 * IN lists, LIKE/ILIKE/SIMILAR TO, {@code op ANY/ALL}, subquery comparisons and row comparisons. A
 * parameter takes the type its operator chose for it; the sole element of an IN list, and the array
 * of {@code = ANY(:ids)}, are marked for collection binding.
 */
final class Operators {
  private static final SqlType BOOLEAN = SqlType.of("boolean");

  private final Analyzer a;
  private final QueryContext q;

  Operators(Analyzer a) {
    this.a = a;
    this.q = a.q;
  }

  /** The value of an operator-like expression, or null when {@code e} is none. */
  Val value(Expr e, Level level) {
    if (e instanceof Expr.Operator o) {
      return operator(o, level);
    } else if (e instanceof Expr.BoolExpr b) {
      boolean nullable = false;
      for (Expr arg : b.args()) {
        nullable |= a.exprs.condition(arg, b.op().name(), level).nullable();
      }
      return Val.typed(BOOLEAN, nullable);
    } else if (e instanceof Expr.NullTest t) {
      return nullTest(t.arg(), level);
    } else if (e instanceof Expr.BooleanTest t) {
      a.exprs.condition(t.arg(), "IS " + (t.negated() ? "NOT " : "") + t.value(), level);
      return Val.typed(BOOLEAN, false);
    } else if (e instanceof Expr.DistinctFrom d) {
      // PostgreSQL reads x IS [NOT] DISTINCT FROM NULL (either way round) as x IS [NOT] NULL
      if (d.right() instanceof Expr.NullLiteral) {
        return nullTest(d.left(), level);
      }
      if (d.left() instanceof Expr.NullLiteral) {
        return nullTest(d.right(), level);
      }
      Val l = a.exprs.value(d.left(), level);
      Val r = a.exprs.value(d.right(), level);
      if (isRow(d.left()) || isRow(d.right())) {
        rowCompare("=", d.left(), d.right(), d, level);
      } else {
        compare("=", l, r, d, d);
      }
      return Val.typed(BOOLEAN, false);
    } else if (e instanceof Expr.DocumentTest t) {
      a.exprs.value(t.arg(), level);
      return Val.typed(BOOLEAN, true);
    } else if (e instanceof Expr.NormalizedTest t) {
      a.exprs.value(t.arg(), level);
      return Val.typed(BOOLEAN, true);
    } else if (e instanceof Expr.Between b) {
      return between(b, level);
    } else if (e instanceof Expr.InList in) {
      return inList(in, level);
    } else if (e instanceof Expr.Like l) {
      return like(l, level);
    } else if (e instanceof Expr.Quantified qt) {
      return quantified(qt, level);
    } else if (e instanceof Expr.InSubquery in) {
      return inSubquery(in, level);
    } else if (e instanceof Expr.AtTimeZone z) {
      return atTimeZone(z, level);
    }
    return null;
  }

  private Val operator(Expr.Operator o, Level level) {
    String name = o.operator().symbol();
    if (o.left() == null) {
      Val r = a.exprs.value(o.right(), level);
      return apply(name, null, r, o.operator(), o);
    }
    if (isRow(o.left()) && isRow(o.right())) {
      // ROW() op ROW(), whatever the operator, is a row comparison (make_row_comparison_op)
      return rowCompare(name, o.left(), o.right(), o, level);
    }
    if (isRow(o.left()) && o.right() instanceof Expr.ScalarSubquery sub && isComparison(name)) {
      QueryShape shape = a.queries.subquery(sub.query(), level);
      return a.subqueries.compare(name, o.left(), null, shape, o, level);
    }
    Val l = a.exprs.value(o.left(), level);
    Val r = a.exprs.value(o.right(), level);
    return apply(name, l, r, o.operator(), o);
  }

  /** Resolves {@code l op r} (or {@code op r}); parameters take the chosen operand types. */
  private Val apply(String name, Val l, Val r, OperatorName op, Node whole) {
    OperatorMatch m = q.types.operator(name, l == null ? null : l.arg(), r.arg());
    if (!m.ok()) {
      typeError(m, name, op, l, r);
      return Val.wildcard();
    }
    if (l != null) {
      a.exprs.bindParameter(l, m.leftType());
    }
    a.exprs.bindParameter(r, m.rightType());
    boolean nullable = (l != null && l.nullable()) || r.nullable() || mayReturnNull(name, m);
    Val v = Val.typed(m.type(), nullable);
    if ((l != null && l.kind() == Val.Kind.PARAMETER) != (r.kind() == Val.Kind.PARAMETER)) {
      v = v.asGuessed();
    }
    return (l == null || l.constant()) && r.constant() ? v.asConstant() : v;
  }

  /**
   * Operators that give NULL for operands that are not: a JSON key or element that is not there
   * ({@code data ->> 'k'}, {@code ->}, {@code #>}, {@code #>>}), and a JSON path match whose result
   * is not one boolean ({@code jsonb @@ jsonpath}).
   */
  private static boolean mayReturnNull(String name, OperatorMatch m) {
    String left = m.leftType() == null ? "" : m.leftType().name();
    String right = m.rightType() == null ? "" : m.rightType().name();
    boolean json =
        (left.equals("json") || left.equals("jsonb"))
            && m.leftType() != null
            && !m.leftType().array();
    return switch (name) {
      case "->", "->>", "#>", "#>>" -> json;
      case "@@" -> right.equals("jsonpath");
      default -> false;
    };
  }

  /** A comparison of two values with {@code op}, reported at {@code at}; the result is boolean. */
  Val compare(String op, Val l, Val r, Node at, Node whole) {
    OperatorMatch m = q.types.operator(op, l.arg(), r.arg());
    if (!m.ok()) {
      typeError(m, op, at, l, r);
      return Val.typed(BOOLEAN, true);
    }
    a.exprs.bindParameter(l, m.leftType());
    a.exprs.bindParameter(r, m.rightType());
    return Val.typed(m.type(), l.nullable() || r.nullable());
  }

  /**
   * Reports an operator that does not exist; when an operand's type was inferred from an untyped
   * parameter, says so, since the generated code sends each {@code :name} as its own parameter.
   */
  private void typeError(OperatorMatch m, String name, Node at, Val l, Val r) {
    var e = m.error();
    if (a.exprs.extensionOperator(name, e)) {
      return;
    }
    if ((l != null && l.guessed()) || r.guessed()) {
      e =
          new dev.sqlcheck.processor.dialect.postgres.types.PgError(
              e.sqlState(),
              e.message(),
              "an operand holds a :parameter, which PostgreSQL typed from the other side of its"
                  + " operator; cast the parameter (for example :from::timestamp) to the type"
                  + " you mean",
              e.detail());
    }
    a.exprs.typeError(e, at.start(), at.end(), l, r);
  }

  private static boolean isRow(Expr e) {
    return e instanceof Expr.Row;
  }

  private static boolean isComparison(String op) {
    return switch (op) {
      case "=", "<>", "<", "<=", ">", ">=" -> true;
      default -> false;
    };
  }

  /** {@code (a, b) op (c, d)}: one comparison per pair, as PostgreSQL's row comparison. */
  private Val rowCompare(String op, Expr left, Expr right, Node at, Level level) {
    List<Expr> ls = ((Expr.Row) left).fields();
    List<Expr> rs = ((Expr.Row) right).fields();
    List<Val> lv = a.exprs.values(ls, level);
    List<Val> rv = a.exprs.values(rs, level);
    if (ls.size() != rs.size()) {
      q.problems.add(
          Problem.at(
              ProblemCode.TYPE_MISMATCH,
              "unequal number of entries in row expressions",
              at.start(),
              at.end()));
      return Val.typed(BOOLEAN, true);
    }
    boolean nullable = false;
    for (int i = 0; i < ls.size(); i++) {
      Val result = compare(op, lv.get(i), rv.get(i), ls.get(i), at);
      if (!result.isWildcard() && !BOOLEAN.equals(result.type())) {
        q.problems.add(
            Problem.at(
                ProblemCode.TYPE_MISMATCH,
                "row comparison operator must yield type boolean, not type " + result.type(),
                at.start(),
                at.end()));
        return Val.typed(BOOLEAN, true);
      }
      nullable |= result.nullable();
    }
    if (!isComparison(op) && !PATTERN_COMPARISONS.contains(op)) {
      // PostgreSQL takes other operators only from a btree operator family, which is not modelled
      q.problems.notChecked("the row comparison operator " + op);
    }
    return Val.typed(BOOLEAN, nullable);
  }

  /** The btree operators of text_pattern_ops and bpchar_pattern_ops, good for row comparisons. */
  private static final java.util.Set<String> PATTERN_COMPARISONS =
      java.util.Set.of("~<~", "~<=~", "~>=~", "~>~");

  private Val nullTest(Expr arg, Level level) {
    if (arg instanceof Expr.NamedParameter p) {
      q.nullTested(p);
    }
    a.exprs.value(arg, level);
    return Val.typed(BOOLEAN, false);
  }

  private Val between(Expr.Between b, Level level) {
    // PostgreSQL reads x >= lo before x <= hi, so a parameter that lo settles is typed in hi
    Val x = a.exprs.value(b.arg(), level);
    Val lo = a.exprs.value(b.low(), level);
    boolean nullable = compare(">=", x, lo, b, b).nullable();
    Val hi = a.exprs.value(b.high(), level);
    nullable |= compare("<=", x, hi, b, b).nullable();
    if (b.symmetric()) {
      compare(">=", x, hi, b, b);
      compare("<=", x, lo, b, b);
    }
    return Val.typed(BOOLEAN, nullable);
  }

  private Val inList(Expr.InList in, Level level) {
    Val left = a.exprs.value(in.arg(), level);
    if (in.values().size() == 1 && in.values().get(0) instanceof Expr.NamedParameter p) {
      a.exprs.value(p, level);
      SqlType element = left.isWildcard() || left.isUntyped() ? SqlType.UNKNOWN : left.type();
      q.expect(p, element, ParameterUse.Context.IN_LIST);
      return Val.typed(BOOLEAN, true);
    }
    List<Val> items = new ArrayList<>();
    for (Expr item : in.values()) {
      items.add(a.exprs.value(item, level));
    }
    if (isRow(in.arg())) {
      for (Expr item : in.values()) {
        if (isRow(item)) {
          rowCompare("=", in.arg(), item, item, level);
        }
      }
      return Val.typed(BOOLEAN, true);
    }
    List<Arg> args = items.stream().map(Val::arg).toList();
    Resolution r = q.types.in(left.arg(), args, in.negated());
    if (!r.ok()) {
      List<Val> operands = new ArrayList<>(items);
      operands.add(left);
      a.exprs.typeError(r.error(), in.start(), in.end(), operands.toArray(Val[]::new));
    } else {
      for (Val item : items) {
        if (item.kind() == Val.Kind.PARAMETER) {
          OperatorMatch m = q.types.operator("=", left.arg(), item.arg());
          if (m.ok()) {
            a.exprs.bindParameter(item, m.rightType());
            a.exprs.bindParameter(left, m.leftType());
          }
        }
      }
      if (left.kind() == Val.Kind.PARAMETER && !items.isEmpty()) {
        OperatorMatch m = q.types.operator("=", left.arg(), items.get(0).arg());
        if (m.ok()) {
          a.exprs.bindParameter(left, m.leftType());
        }
      }
    }
    boolean nullable = left.nullable() || items.stream().anyMatch(Val::nullable);
    return Val.typed(BOOLEAN, nullable);
  }

  private Val like(Expr.Like l, Level level) {
    Val x = a.exprs.value(l.arg(), level);
    Val pattern = a.exprs.value(l.pattern(), level);
    if (l.escape() != null) {
      Val escape = a.exprs.value(l.escape(), level);
      a.exprs.bindParameter(escape, SqlType.of("text"));
    }
    String op =
        switch (l.kind()) {
          case LIKE -> l.negated() ? "!~~" : "~~";
          case ILIKE -> l.negated() ? "!~~*" : "~~*";
          case SIMILAR -> l.negated() ? "!~" : "~";
        };
    if (l.kind() == Expr.LikeKind.SIMILAR) {
      a.exprs.bindParameter(pattern, SqlType.of("text"));
      pattern = Val.typed(SqlType.of("text"), pattern.nullable());
    }
    return compare(op, x, pattern, l, l);
  }

  private Val quantified(Expr.Quantified qt, Level level) {
    String op = qt.operator().symbol();
    Val left = a.exprs.value(qt.left(), level);
    if (qt.query() != null) {
      QueryShape shape = a.queries.subquery(qt.query(), level);
      return a.subqueries.compare(op, qt.left(), left, shape, qt, level);
    }
    Val array = a.exprs.value(qt.array(), level);
    OperatorMatch m = q.types.quantified(op, left.arg(), array.arg());
    if (!m.ok()) {
      if (!a.exprs.extensionOperator(op, m.error())) {
        a.exprs.typeError(m.error(), qt.operator().start(), qt.operator().end(), left, array);
      }
      return Val.typed(BOOLEAN, true);
    }
    a.exprs.bindParameter(left, m.leftType());
    if (array.kind() == Val.Kind.PARAMETER && array.param() != null) {
      SqlType element = m.rightType();
      SqlType arrayType =
          element == null || element.isUnknown()
              ? SqlType.UNKNOWN
              : element.array() ? element : element.asArray();
      q.expect(array.param(), arrayType, ParameterUse.Context.ARRAY);
    }
    return Val.typed(BOOLEAN, true);
  }

  private Val inSubquery(Expr.InSubquery in, Level level) {
    Val left = a.exprs.value(in.arg(), level);
    QueryShape shape = a.queries.subquery(in.query(), level);
    return a.subqueries.compare("=", in.arg(), left, shape, in, level);
  }

  private Val atTimeZone(Expr.AtTimeZone z, Level level) {
    Val value = a.exprs.value(z.arg(), level);
    List<Val> args = new ArrayList<>();
    if (z.zone() != null) {
      args.add(a.exprs.value(z.zone(), level));
    }
    args.add(value);
    return a.calls.builtin("timezone", args, z);
  }
}
