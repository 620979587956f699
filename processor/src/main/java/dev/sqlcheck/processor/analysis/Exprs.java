package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.catalog.Catalog;
import dev.sqlcheck.processor.catalog.SqlType;
import dev.sqlcheck.processor.dialect.postgres.types.Arg;
import dev.sqlcheck.processor.dialect.postgres.types.CoercionContext;
import dev.sqlcheck.processor.dialect.postgres.types.CommonContext;
import dev.sqlcheck.processor.dialect.postgres.types.OperatorMatch;
import dev.sqlcheck.processor.dialect.postgres.types.PgError;
import dev.sqlcheck.processor.dialect.postgres.types.Resolution;
import dev.sqlcheck.processor.problem.Problem;
import dev.sqlcheck.processor.problem.ProblemCode;
import dev.sqlcheck.processor.problem.Suggestions;
import dev.sqlcheck.processor.sql.ast.Expr;
import dev.sqlcheck.processor.sql.ast.JsonExpr;
import dev.sqlcheck.processor.sql.ast.Node;
import dev.sqlcheck.processor.sql.ast.XmlExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Analyses value expressions as PostgreSQL's {@code transformExpr} does: resolves their column
 * references, types them through the dialect's type system (operators, functions, common types,
 * casts), records the type each {@code :name} meets, and reports what PostgreSQL would reject while
 * parsing. Operators, calls and subqueries have their own classes.
 */
final class Exprs {
  private static final SqlType BOOLEAN = SqlType.of("boolean");

  private final Analyzer a;
  private final QueryContext q;

  private final TypeErrors typeErrors;

  Exprs(Analyzer a) {
    this.a = a;
    this.q = a.q;
    this.typeErrors = new TypeErrors(a.q);
  }

  /** The value of an expression at {@code level}. */
  Val value(Expr e, Level level) {
    if (e instanceof Expr.ColumnRef c) {
      return columnRef(c, level);
    } else if (e instanceof Expr.NumberLiteral n) {
      return Val.constant(SqlType.of(numberType(n)), false);
    } else if (e instanceof Expr.StringLiteral s) {
      return Val.literal(s.value());
    } else if (e instanceof Expr.BitStringLiteral) {
      return Val.constant(SqlType.of("bit"), false);
    } else if (e instanceof Expr.BooleanLiteral) {
      return Val.constant(SqlType.of("boolean"), false);
    } else if (e instanceof Expr.NullLiteral) {
      return Val.literal(null);
    } else if (e instanceof Expr.NamedParameter p) {
      SentType sent = q.sentType(p);
      if (sent != null) {
        // typed by the value bound, as by a declared parameter type: no expectation to meet
        q.expect(p, SqlType.UNKNOWN, ParameterUse.Context.SCALAR);
        return Val.constant(sent.type(), sent.nullable());
      }
      SqlType settled = q.settledType(p);
      if (settled != null) {
        q.expect(p, settled, ParameterUse.Context.SCALAR);
        return Val.constant(settled, true);
      }
      q.expect(p, SqlType.UNKNOWN, ParameterUse.Context.SCALAR);
      return Val.parameter(p);
    } else if (e instanceof Expr.Parameter p) {
      q.problems.add(
          Problem.at(
              ProblemCode.UNBOUND_PARAMETER,
              "positional parameter $"
                  + p.number()
                  + " cannot be bound; name it instead (:name), and sqlcheck binds it",
              p.start(),
              p.end()));
      return Val.wildcard();
    } else if (e instanceof Expr.TypeCast c) {
      return cast(c, level);
    } else if (e instanceof Expr.Indirection i) {
      return indirection(i, level);
    } else if (e instanceof Expr.Collate c) {
      return value(c.arg(), level);
    }
    Val v = a.operators.value(e, level);
    if (v != null) {
      return v;
    }
    v = structured(e, level);
    if (v != null) {
      return v;
    }
    return a.calls.value(e, level);
  }

  /** A value that must be boolean ({@code WHERE}, {@code ON}, {@code HAVING}, ...). */
  Val condition(Expr e, String construct, Level level) {
    Val v = value(e, level);
    bindParameter(v, BOOLEAN); // PostgreSQL types a parameter standing as a condition boolean
    Resolution r = q.types.condition(v.arg(), construct);
    if (!r.ok()) {
      typeError(r.error(), e.start(), e.end(), v);
    }
    return v;
  }

  /** Values of several expressions, in order. */
  List<Val> values(List<? extends Expr> exprs, Level level) {
    List<Val> out = new ArrayList<>(exprs.size());
    for (Expr e : exprs) {
      out.add(value(e, level));
    }
    return out;
  }

  /**
   * Reports a type error as PostgreSQL words it at {@code start..end}, unless one of the values
   * involved has a type sqlcheck does not model (see {@link TypeErrors#report}).
   */
  void typeError(PgError error, int start, int end, Val... operands) {
    typeErrors.report(error, start, end, operands);
  }

  /** See {@link TypeErrors#extensionOperator}. */
  boolean extensionOperator(String op, PgError error) {
    return typeErrors.extensionOperator(op, error);
  }

  /** Reports an error on a construct PostgreSQL does not allow where it stands. */
  void invalid(String message, Node at) {
    q.problems.add(Problem.at(ProblemCode.INVALID_CONSTRUCT, message, at.start(), at.end()));
  }

  /** Records the type the context chose for each parameter among {@code args}. */
  void bindParameters(List<Val> args, List<SqlType> chosen) {
    for (int i = 0; i < args.size() && i < chosen.size(); i++) {
      bindParameter(args.get(i), chosen.get(i));
    }
  }

  void bindParameter(Val arg, SqlType chosen) {
    if (arg.kind() == Val.Kind.PARAMETER && arg.param() != null && chosen != null) {
      q.expect(arg.param(), chosen, ParameterUse.Context.SCALAR);
    }
  }

  // ---- column references ----------------------------------------------------------------

  private Val columnRef(Expr.ColumnRef c, Level level) {
    if (c.star()) {
      if (c.names().isEmpty()) {
        invalid("\"*\" is not allowed here; name the columns", c);
        return Val.wildcard();
      }
      return a.columns.starValue(c, level);
    }
    return a.columns.resolve(c, level);
  }

  // ---- literals and casts ---------------------------------------------------------------

  private static String numberType(Expr.NumberLiteral n) {
    return switch (n.type()) {
      case INTEGER -> "integer";
      case BIGINT -> "bigint";
      case NUMERIC -> "numeric";
    };
  }

  private Val cast(Expr.TypeCast c, Level level) {
    SqlType target = a.typeNames.resolve(c.type());
    if (c.arg() instanceof Expr.ArrayExpr array && array.elements().isEmpty()) {
      return Val.constant(target, false);
    }
    if (c.arg() instanceof Expr.Row row && !target.array() && q.types.isComposite(target)) {
      return rowCast(c, row, target, level);
    }
    Val arg = value(c.arg(), level);
    if (arg.kind() == Val.Kind.PARAMETER && arg.param() != null) {
      q.expectCast(arg.param(), target);
    }
    if (target.isUnknown()) {
      return Val.wildcard(arg.nullable());
    }
    Resolution r = q.types.cast(arg.arg(), target);
    if (!r.ok()) {
      typeError(r.error(), c.start(), c.end(), arg, Val.typed(target, true));
      return Val.wildcard(arg.nullable());
    }
    if (c.arg() instanceof Expr.StringLiteral literal && target.name().equals("regclass")) {
      if (target.array()) {
        q.problems.notChecked("the relation names of a regclass[] constant");
      } else {
        RegclassConstants.check(q, literal);
      }
    } else if (c.arg() instanceof Expr.StringLiteral literal
        && RegclassConstants.isOtherRegType(target.name())) {
      if (target.array()) {
        q.problems.notChecked("the names of a " + target.name() + "[] constant");
      } else {
        RegclassConstants.checkOther(q, literal, target.name());
      }
    }
    Val out = Val.typed(target, arg.nullable());
    return arg.constant() ? out.asConstant() : out;
  }

  /**
   * {@code ROW(…)::t} to a composite type: PostgreSQL converts each field to its attribute's type
   * as the cast does, and refuses another number of fields ({@code coerce_record_to_complex}).
   */
  private Val rowCast(Expr.TypeCast c, Expr.Row row, SqlType target, Level level) {
    List<Val> fields = new ArrayList<>();
    for (Expr f : row.fields()) {
      fields.add(value(f, level));
    }
    Optional<List<Catalog.Attribute>> attributes = q.catalog.compositeAttributes(target.name());
    if (attributes.isEmpty()) {
      q.problems.notChecked("the cast of a row to type \"" + target.name() + "\"");
      return Val.wildcard(false);
    }
    List<Catalog.Attribute> attrs = attributes.get();
    String why = null;
    if (fields.size() != attrs.size()) {
      why = "input has too " + (fields.size() < attrs.size() ? "few" : "many") + " columns";
    }
    for (int i = 0; why == null && i < fields.size(); i++) {
      Val field = fields.get(i);
      SqlType to = attrs.get(i).type();
      if (field.kind() == Val.Kind.PARAMETER && field.param() != null) {
        q.expectCast(field.param(), to);
      }
      boolean known = !field.isWildcard() && to != null && !to.isUnknown();
      if (known && !q.types.cast(field.arg(), to).ok()) {
        why = "cannot cast type " + field.type() + " to " + to + " in column " + (i + 1);
      }
    }
    if (why != null) {
      q.problems.add(
          new Problem(
              ProblemCode.TYPE_MISMATCH,
              "cannot cast type record to " + target.name(),
              c.start(),
              c.end(),
              why,
              null));
    }
    Val out = Val.typed(target, false);
    // Without column references it is a constant, which an IN list converts with the others.
    return fields.stream().allMatch(Val::constant) ? out.asConstant() : out;
  }

  // ---- subscripts and fields ------------------------------------------------------------

  private Val indirection(Expr.Indirection i, Level level) {
    Val v = value(i.base(), level);
    List<Expr.Step> steps = i.steps();
    int first = 0;
    if (i.base() instanceof Expr.ColumnRef ref
        && !steps.isEmpty()
        && steps.get(0) instanceof Expr.FieldStep f) {
      Optional<Val> column = a.columns.fieldOfWholeRow(ref, f.name());
      if (column.isPresent()) {
        v = column.get();
        first = 1;
      }
    }
    // Subscripts in a row apply to an array together (a[1][2] is one element, a[1:2][1] a slice),
    // as PostgreSQL takes them: an array type does not fix its number of dimensions.
    Val array = null;
    boolean sliced = false;
    for (int k = first; k < steps.size(); k++) {
      Expr.Step step = steps.get(k);
      if (!(step instanceof Expr.SubscriptStep) && !(step instanceof Expr.SliceStep)) {
        array = null;
        sliced = false;
        v = step(v, step, level);
        continue;
      }
      if (array == null && isArray(v)) {
        array = v;
      }
      if (array == null) {
        v = step(v, step, level);
        continue;
      }
      sliced |= step instanceof Expr.SliceStep;
      Val element = step(array, step, level);
      v = sliced ? Val.typed(array.type(), true) : element;
    }
    return v;
  }

  private Val step(Val v, Expr.Step step, Level level) {
    if (step instanceof Expr.SubscriptStep s) {
      Val index = value(s.index(), level);
      return subscript(v, index, false, s);
    }
    if (step instanceof Expr.SliceStep s) {
      Val lower = s.lower() == null ? null : value(s.lower(), level);
      Val upper = s.upper() == null ? null : value(s.upper(), level);
      for (Val bound : new Val[] {lower, upper}) {
        if (bound != null && isArray(v)) {
          arrayIndex(bound, s);
        } else if (bound != null) {
          bindParameter(bound, SqlType.of("integer"));
        }
      }
      return subscript(v, null, true, s);
    }
    if (step instanceof Expr.FieldStep f) {
      return field(v, f);
    }
    return Val.wildcard(); // .* is expanded by the select list, which reports it
  }

  /**
   * {@code (value).field}: the attribute of a composite type the schema defines (or of a table's
   * row type), and SQLCHECK-201 for a name it does not have, as PostgreSQL finds it when it
   * prepares the query. A value of a type sqlcheck does not know as composite is named in the
   * not-fully-checked warning, never passed in silence.
   */
  private Val field(Val v, Expr.FieldStep f) {
    String name = f.name().name();
    SqlType t = v.type();
    Optional<List<Catalog.Attribute>> attributes =
        v.isWildcard() || t == null || t.array() || t.enumType()
            ? Optional.empty()
            : q.catalog.compositeAttributes(t.name());
    if (attributes.isEmpty()) {
      q.problems.notChecked("the field \"" + name + "\" of a value whose type it does not know");
      return Val.wildcard();
    }
    for (Catalog.Attribute a : attributes.get()) {
      if (a.name().equals(name)) {
        Val out = Val.typed(a.type(), true);
        return v.constant() ? out.asConstant() : out;
      }
    }
    List<String> names = attributes.get().stream().map(Catalog.Attribute::name).toList();
    q.problems.add(
        new Problem(
            ProblemCode.UNKNOWN_COLUMN,
            "column \"" + name + "\" not found in data type " + t.name(),
            f.name().start(),
            f.name().end(),
            Suggestions.hint(name, names),
            q.catalog
                .attributeHistory(t.name(), name)
                .map(e -> History.describe("attribute", name, e))
                .orElse(null)));
    return Val.wildcard();
  }

  /**
   * {@code v[index]} or a slice {@code v[lower:upper]}, as PostgreSQL's subscripting handlers take
   * them: arrays; {@code jsonb} by an index that converts implicitly to {@code integer} or {@code
   * text}, and never sliced; {@code int2vector}, {@code oidvector}, {@code name} and the geometric
   * types as arrays of their parts. Any other built-in type cannot be subscripted.
   */
  private Val subscript(Val v, Val index, boolean slice, Expr.Step at) {
    SqlType t = v.type();
    if (v.isWildcard() || t == null) {
      return Val.wildcard();
    }
    if (t.array()) {
      if (index != null) {
        arrayIndex(index, at);
      }
      return slice ? Val.typed(t, true) : Val.typed(t.elementType(), true);
    }
    if (t.name().equals("jsonb")) {
      if (slice) {
        subscriptError("jsonb subscript does not support slices", null, at);
        return Val.wildcard();
      }
      if (index != null && index.kind() == Val.Kind.TYPED && !index.isWildcard()) {
        SqlType i = index.type();
        if (!q.types.coercible(i, SqlType.of("integer"), CoercionContext.IMPLICIT)
            && !q.types.coercible(i, SqlType.of("text"), CoercionContext.IMPLICIT)) {
          subscriptError(
              "subscript type " + i + " is not supported",
              "jsonb subscript must be coercible to either integer or text.",
              at);
          return Val.wildcard();
        }
      }
      if (index != null) {
        bindParameter(index, SqlType.of("text"));
      }
      return Val.typed(t, true);
    }
    String element = FIXED_ARRAYS.get(t.name());
    if (element != null) {
      if (index != null) {
        arrayIndex(index, at);
      }
      return slice ? Val.wildcard() : Val.typed(SqlType.of(element), true);
    }
    if (!t.enumType() && q.types.isBuiltin(t)) {
      subscriptError(
          "cannot subscript type " + t + " because it does not support subscripting", null, at);
    }
    return Val.wildcard();
  }

  private static boolean isArray(Val v) {
    return !v.isWildcard() && v.type() != null && v.type().array();
  }

  /**
   * An array subscript is converted to {@code integer} as an assignment is: {@code '2'} and {@code
   * 1.5} are, {@code true} and {@code 'x'} are PostgreSQL's errors; a {@code :parameter} is bound
   * as an integer.
   */
  private void arrayIndex(Val index, Expr.Step at) {
    SqlType integer = SqlType.of("integer");
    bindParameter(index, integer);
    if (index.kind() == Val.Kind.LITERAL) {
      Resolution r = q.types.cast(index.arg(), integer);
      if (!r.ok()) {
        subscriptError(r.error().message(), null, at);
      }
    } else if (index.kind() == Val.Kind.TYPED
        && !q.types.coercible(index.type(), integer, CoercionContext.ASSIGNMENT)) {
      subscriptError("array subscript must have type integer", null, at);
    }
  }

  /**
   * The built-in types besides arrays and {@code jsonb} that PostgreSQL subscripts ({@code
   * pg_type.typsubscript}), with the type of an element.
   */
  private static final java.util.Map<String, String> FIXED_ARRAYS =
      java.util.Map.of(
          "name", "char",
          "int2vector", "smallint",
          "oidvector", "oid",
          "point", "double precision",
          "lseg", "point",
          "box", "point",
          "line", "double precision");

  private void subscriptError(String message, String hint, Expr.Step at) {
    q.problems.add(
        new Problem(ProblemCode.TYPE_MISMATCH, message, at.start(), at.end(), hint, null));
  }

  // ---- CASE, COALESCE and other structured forms --------------------------------------------

  private Val structured(Expr e, Level level) {
    if (e instanceof Expr.Case c) {
      return caseExpr(c, level);
    } else if (e instanceof Expr.Coalesce c) {
      List<Val> args = values(c.args(), level);
      Val v = common(CommonContext.COALESCE, args, c);
      return v.withNullable(args.stream().allMatch(Val::nullable));
    } else if (e instanceof Expr.MinMax m) {
      List<Val> args = values(m.args(), level);
      Val v = common(m.greatest() ? CommonContext.GREATEST : CommonContext.LEAST, args, m);
      return v.withNullable(args.stream().allMatch(Val::nullable));
    } else if (e instanceof Expr.NullIf n) {
      Val l = value(n.left(), level);
      Val r = value(n.right(), level);
      Resolution res = q.types.nullIf(l.arg(), r.arg());
      if (!res.ok()) {
        typeError(res.error(), n.start(), n.end(), l, r);
        return Val.wildcard();
      }
      // nullif compares with =: its parameters take the types of the = PostgreSQL chose
      OperatorMatch eq = q.types.operator("=", l.arg(), r.arg());
      if (eq.ok()) {
        bindParameter(l, eq.leftType());
        bindParameter(r, eq.rightType());
      }
      return Val.typed(res.type(), true);
    } else if (e instanceof Expr.ArrayExpr arr) {
      return array(arr, level);
    } else if (e instanceof Expr.Row r) {
      Val row = Val.typed(SqlType.of("record"), false);
      return values(r.fields(), level).stream().allMatch(Val::constant) ? row.asConstant() : row;
    } else if (e instanceof Expr.Exists x) {
      a.queries.subquery(x.query(), level);
      return Val.typed(SqlType.of("boolean"), false);
    } else if (e instanceof Expr.ScalarSubquery s) {
      QueryShape shape = a.queries.subquery(s.query(), level);
      return a.subqueries.scalar(shape, s);
    } else if (e instanceof Expr.ArraySubquery s) {
      QueryShape shape = a.queries.subquery(s.query(), level);
      return a.subqueries.array(shape, s);
    } else if (e instanceof Expr.Default d) {
      invalid("DEFAULT is not allowed in this context", d);
      return Val.wildcard();
    } else if (e instanceof Expr.CurrentOf) {
      return Val.typed(SqlType.of("boolean"), false);
    } else if (e instanceof Expr.MergeAction m) {
      return Val.typed(SqlType.of("text"), false);
    } else if (e instanceof Expr.NamedArg n) {
      invalid("a named argument (=>) is allowed only in a function call", n);
      return value(n.value(), level);
    } else if (e instanceof XmlExpr x) {
      return xml(x, level);
    } else if (e instanceof JsonExpr j) {
      return a.jsonExprs.value(j, level);
    }
    return null;
  }

  private Val caseExpr(Expr.Case c, Level level) {
    Val subject = c.arg() == null ? null : value(c.arg(), level);
    if (subject != null && subject.isUntyped()) {
      // PostgreSQL makes an untyped subject (a literal, NULL, a parameter) text before comparing
      bindParameter(subject, SqlType.of("text"));
      subject = Val.typed(SqlType.of("text"), subject.nullable());
    }
    List<Val> results = new ArrayList<>();
    boolean nullable = c.otherwise() == null;
    for (Expr.When w : c.whens()) {
      if (subject == null) {
        condition(w.condition(), "CASE/WHEN", level);
      } else {
        Val test = value(w.condition(), level);
        a.operators.compare("=", subject, test, w.condition(), w.condition());
      }
      Val r = value(w.result(), level);
      nullable |= r.nullable();
      results.add(r);
    }
    Val otherwise = c.otherwise() == null ? null : value(c.otherwise(), level);
    if (otherwise != null) {
      nullable |= otherwise.nullable();
    }
    List<Arg> args = results.stream().map(Val::arg).toList();
    Resolution r = q.types.caseType(args, otherwise == null ? null : otherwise.arg());
    if (!r.ok()) {
      List<Val> operands = new ArrayList<>(results);
      operands.add(otherwise);
      typeError(r.error(), c.start(), c.end(), operands.toArray(Val[]::new));
      return Val.wildcard(nullable);
    }
    List<Val> all = new ArrayList<>(results);
    if (otherwise != null) {
      all.add(otherwise);
    }
    for (Val v : all) {
      bindParameter(v, r.type());
    }
    return Val.typed(r.type(), nullable);
  }

  /** The common type of COALESCE, GREATEST or LEAST; parameters get that type. */
  private Val common(CommonContext context, List<Val> args, Node at) {
    Resolution r = q.types.commonType(context, args.stream().map(Val::arg).toList());
    if (!r.ok()) {
      typeError(r.error(), at.start(), at.end(), args.toArray(Val[]::new));
      return Val.wildcard();
    }
    for (Val v : args) {
      bindParameter(v, r.type());
    }
    return Val.typed(r.type(), true);
  }

  private Val array(Expr.ArrayExpr arr, Level level) {
    List<Val> elements = values(arr.elements(), level);
    if (elements.isEmpty()) {
      q.problems.add(
          new Problem(
              ProblemCode.TYPE_MISMATCH,
              "cannot determine type of empty array",
              arr.start(),
              arr.end(),
              "explicitly cast to the desired type, for example ARRAY[]::integer[]",
              null));
      return Val.wildcard(false);
    }
    Resolution r = q.types.array(elements.stream().map(Val::arg).toList());
    if (!r.ok()) {
      typeError(r.error(), arr.start(), arr.end(), elements.toArray(Val[]::new));
      return Val.wildcard(false);
    }
    SqlType element = r.type().array() ? r.type().elementType() : r.type();
    for (Val v : elements) {
      bindParameter(v, v.type() != null && v.type().array() ? r.type() : element);
    }
    return Val.typed(r.type(), false);
  }

  private Val xml(XmlExpr x, Level level) {
    if (x instanceof XmlExpr.Serialize s) {
      value(s.arg(), level);
      return Val.typed(a.typeNames.resolve(s.type()), true);
    }
    XmlExpr.Function f = (XmlExpr.Function) x;
    for (XmlExpr.Attribute attr : f.attributes()) {
      value(attr.value(), level);
    }
    for (Expr arg : f.args()) {
      if (arg != null) {
        value(arg, level);
      }
    }
    return Val.typed(SqlType.of("xml"), true);
  }
}
