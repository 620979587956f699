package dev.sqlcheck.processor.oracle;

import java.util.ArrayList;
import java.util.List;

/**
 * The constructs whose result type PostgreSQL resolves from several inputs (docs 10.5): CASE,
 * COALESCE, GREATEST, LEAST, NULLIF and ARRAY[...], fed with columns and literals of different
 * kinds of one type group (every integer width, numeric, real and double; text, varchar and char;
 * date, timestamp and timestamptz), typed and untyped NULLs and untyped literals; and casts in
 * their several spellings.
 */
final class MixGen {
  private final Gen g;

  MixGen(Gen g) {
    this.g = g;
  }

  Expr mix(ExprCtx c, PgType t) {
    g.use(Feature.TYPE_MIX);
    List<Expr> members = members(c, t, g.between(2, 4));
    switch (g.random.nextInt(5)) {
      case 0:
        return searchedCase(c, t, members);
      case 1:
        return simpleCase(c, t, members);
      case 2:
        return function("coalesce", members, t);
      case 3:
        return function(g.pickOf("greatest", "least"), members, t);
      default:
        return function("nullif", members(c, t, 2), t);
    }
  }

  /** An ARRAY[...] of mixed members; its exact type is PostgreSQL's to decide. */
  Expr array(ExprCtx c, PgType element) {
    g.use(Feature.TYPE_MIX);
    List<Expr> members = members(c, element, g.between(1, 3));
    Sql sql = Sql.of("ARRAY[").join(", ", members.stream().map(Expr::sql).toList()).add("]");
    return Expr.of(sql, PgType.arrayOf(typeOf(members, element)), "array");
  }

  private List<Expr> members(ExprCtx c, PgType t, int n) {
    List<Expr> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(member(c, t));
    }
    if (out.stream().allMatch(Expr::untyped)
        && (t.group() != PgType.Group.STRING || g.chance(0.85))) {
      out.set(0, g.exprs.lits.typed(g.exprs.lits.sibling(t)));
    }
    return out;
  }

  private Expr member(ExprCtx c, PgType t) {
    Literals lits = g.exprs.lits;
    double r = g.random.nextDouble();
    if (r < 0.3) {
      return g.exprs.of(c.deeper(), lits.sibling(t));
    }
    if (r < 0.45) {
      Expr col = g.exprs.column(c, t);
      if (col != null) {
        return col;
      }
    }
    if (r < 0.7) {
      return lits.typed(lits.sibling(t));
    }
    if (r < 0.9) {
      return lits.untyped(t);
    }
    return lits.typedNull(lits.sibling(t));
  }

  private Expr searchedCase(ExprCtx c, PgType t, List<Expr> members) {
    Sql sql = Sql.of("CASE");
    int whens = g.chance(0.6) ? members.size() - 1 : members.size();
    for (int i = 0; i < whens; i++) {
      sql.add(" WHEN ")
          .add(g.predicates.predicate(c.deeper()).sql())
          .add(" THEN ")
          .add(members.get(i).sql());
    }
    if (whens < members.size()) {
      sql.add(" ELSE ").add(members.get(whens).sql());
      return caseExpr(sql.add(" END"), typeOf(members, t), members.get(whens));
    }
    return caseExpr(sql.add(" END"), typeOf(members, t), null);
  }

  private Expr simpleCase(ExprCtx c, PgType t, List<Expr> members) {
    Expr subject = g.exprs.typedOf(c.deeper(), g.exprs.anyType(c));
    Sql sql = Sql.of("CASE ").add(subject.sql());
    for (int i = 0; i < members.size() - 1; i++) {
      sql.add(" WHEN ")
          .add(g.exprs.lits.typed(g.exprs.lits.sibling(subject.type())).sql())
          .add(" THEN ")
          .add(members.get(i).sql());
    }
    Expr last = members.get(members.size() - 1);
    sql.add(" ELSE ").add(last.sql());
    return caseExpr(sql.add(" END"), typeOf(members, t), last);
  }

  /**
   * A CASE is named after its ELSE result when that is a column or function (FigureColname strength
   * 2), else {@code case}, a name a cast around it replaces.
   */
  private static Expr caseExpr(Sql sql, PgType type, Expr otherwise) {
    if (otherwise == null || otherwise.name() == null || otherwise.weakName()) {
      return new Expr(sql, type, "case", false, true);
    }
    return Expr.of(sql, type, otherwise.name());
  }

  private static Expr function(String name, List<Expr> members, PgType t) {
    if (name.equals("nullif")) {
      // NULLIF has the type of its first argument.
      PgType first = members.get(0).untyped() ? typeOf(members, t) : members.get(0).type();
      Sql sql = Sql.of("nullif(").join(", ", members.stream().map(Expr::sql).toList()).add(")");
      return Expr.of(sql, first, name);
    }
    Sql sql = Sql.of(name + "(").join(", ", members.stream().map(Expr::sql).toList()).add(")");
    return Expr.of(sql, typeOf(members, t), name);
  }

  private static PgType typeOf(List<Expr> members, PgType t) {
    return members.stream()
        .filter(m -> !m.untyped())
        .map(Expr::type)
        .reduce(PgType::common)
        .orElse(PgType.TEXT);
  }

  /** A cast to {@code t} from something that may be cast to it, in one of its spellings. */
  Expr cast(ExprCtx c, PgType t) {
    g.use(Feature.CAST);
    Expr from;
    if (t.group() == PgType.Group.STRING) {
      from = g.exprs.any(c.deeper());
    } else if (g.chance(0.2) && t.group() != PgType.Group.ARRAY) {
      from = g.exprs.lits.untyped(t);
    } else {
      from = g.exprs.of(c.deeper(), g.exprs.lits.sibling(t));
    }
    String type = spelling(t);
    Sql sql =
        g.chance(0.7)
            ? new Sql().add(from.paren()).add("::" + type)
            : Sql.of("CAST(").add(from.sql()).add(" AS " + type + ")");
    // A cast is named after its operand when that has a column or function name, else after
    // the type (FigureColname).
    if (from.name() != null && !from.weakName() && !from.untyped()) {
      return Expr.of(sql, t, from.name());
    }
    return Expr.castNamed(sql, t, type);
  }

  private String spelling(PgType t) {
    return switch (t.kind()) {
      case SMALLINT -> g.pickOf("smallint", "int2");
      case INTEGER -> g.pickOf("integer", "int", "int4");
      case BIGINT -> g.pickOf("bigint", "int8");
      case NUMERIC -> g.pickOf("numeric", "numeric(10,2)", "decimal");
      case REAL -> g.pickOf("real", "float4");
      case DOUBLE -> g.pickOf("double precision", "float8", "float");
      case VARCHAR -> g.pickOf("varchar", "varchar(20)", "character varying(10)");
      case CHAR -> g.pickOf("char(3)", "character(2)", "bpchar");
      case TIMESTAMP -> g.pickOf("timestamp", "timestamp without time zone");
      case TIMESTAMPTZ -> g.pickOf("timestamptz", "timestamp with time zone");
      case BOOLEAN -> g.pickOf("boolean", "bool");
      default -> t.name();
    };
  }
}
