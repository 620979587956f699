package dev.sqlcheck.processor.sql.ast;

import java.util.List;

/**
 * A value expression. The kinds follow PostgreSQL's raw parse tree where analysis depends on the
 * difference (COALESCE, GREATEST/LEAST and NULLIF are their own kinds; IN with a list differs from
 * IN with a subquery), and parentheses leave no node, as in PostgreSQL: {@code (a + b)} is the
 * {@link Operator} itself, its range without the parentheses.
 *
 * <p>As PostgreSQL does, a minus sign directly applied to a numeric literal is folded into it
 * ({@code -2} is one {@link NumberLiteral}), and SQL's special-syntax functions become {@link
 * FuncCall}s of the {@code pg_catalog} function that implements them, flagged with their {@link
 * FuncCall#special() special form}:
 *
 * <pre>{@code
 * EXTRACT(year FROM d)        -> FuncCall(pg_catalog.extract, ['year', d], special=EXTRACT)
 * POSITION(a IN b)            -> FuncCall(pg_catalog.position, [b, a], special=POSITION)
 * TRIM(BOTH 'x' FROM s)       -> FuncCall(pg_catalog.btrim, [s, 'x'], special=TRIM)
 * a[1:2].f                    -> Indirection(ColumnRef(a), [Slice(1, 2), Field(f)])
 * t.c                         -> ColumnRef([t, c])
 * }</pre>
 */
public sealed interface Expr extends GroupingElement
    permits Expr.ColumnRef,
        Expr.Indirection,
        Expr.NumberLiteral,
        Expr.StringLiteral,
        Expr.BitStringLiteral,
        Expr.BooleanLiteral,
        Expr.NullLiteral,
        Expr.Parameter,
        Expr.NamedParameter,
        Expr.TypeCast,
        Expr.Operator,
        Expr.BoolExpr,
        Expr.NullTest,
        Expr.BooleanTest,
        Expr.DistinctFrom,
        Expr.DocumentTest,
        Expr.NormalizedTest,
        Expr.Between,
        Expr.InList,
        Expr.Like,
        Expr.Exists,
        Expr.ScalarSubquery,
        Expr.ArraySubquery,
        Expr.InSubquery,
        Expr.Quantified,
        Expr.Case,
        Expr.Coalesce,
        Expr.MinMax,
        Expr.NullIf,
        Expr.ArrayExpr,
        Expr.Row,
        Expr.FuncCall,
        Expr.NamedArg,
        Expr.SqlValueFunction,
        Expr.Collate,
        Expr.AtTimeZone,
        Expr.Grouping,
        Expr.Default,
        Expr.CurrentOf,
        Expr.MergeAction,
        XmlExpr,
        JsonExpr {

  /**
   * A column reference: {@code a}, {@code t.a}, {@code s.t.a}, {@code t.*}, {@code *}. Names after
   * the first may be any key word ({@code t.select}). Subscripts and field selections after a
   * subscript make an {@link Indirection} around it.
   *
   * @param names the dotted names (empty only for a bare {@code *})
   * @param star whether the reference ends in {@code *}
   */
  record ColumnRef(List<Identifier> names, boolean star, int start, int end) implements Expr {
    public ColumnRef {
      names = List.copyOf(names);
    }
  }

  /**
   * Subscripts and field selections applied to an expression: {@code (f(x)).a}, {@code
   * arr[1][2:3]}, {@code (row).*}, {@code $1[1]}.
   */
  record Indirection(Expr base, List<Step> steps, int start, int end) implements Expr {
    public Indirection {
      steps = List.copyOf(steps);
    }
  }

  /** One step of an indirection: {@code .name}, {@code .*}, {@code [i]} or {@code [i:j]}. */
  sealed interface Step extends Node permits FieldStep, StarStep, SubscriptStep, SliceStep {}

  /** {@code .name}; the name may be any key word. */
  record FieldStep(Identifier name, int start, int end) implements Step {}

  /** {@code .*}. */
  record StarStep(int start, int end) implements Step {}

  /** {@code [index]}. */
  record SubscriptStep(Expr index, int start, int end) implements Step {}

  /** {@code [lower:upper]}; either bound may be absent (null): {@code [:]}, {@code [2:]}. */
  record SliceStep(Expr lower, Expr upper, int start, int end) implements Step {}

  /**
   * A numeric constant. {@code text} is the token as written (with a folded minus sign: {@code
   * -2}); {@code value} is its decimal value without underscores (hexadecimal, octal and binary
   * integers of PostgreSQL 16 converted), and {@code type} is the type PostgreSQL gives it.
   */
  record NumberLiteral(String text, String value, NumberType type, int start, int end)
      implements Expr {}

  /** The type PostgreSQL gives a numeric constant. */
  enum NumberType {
    /** Fits in 32 bits: {@code integer}. */
    INTEGER,
    /** Fits in 64 bits: {@code bigint}. */
    BIGINT,
    /** Anything else, and every constant with a point or exponent: {@code numeric}. */
    NUMERIC
  }

  /**
   * A string constant, of type {@code unknown} until context decides. {@code value} is the decoded
   * text (escapes processed, quotes undoubled, continuation lines joined).
   */
  record StringLiteral(String value, StringKind kind, int start, int end) implements Expr {}

  /** How a string constant was written. */
  enum StringKind {
    /** {@code 'text'}. */
    STANDARD,
    /** {@code E'text'} with backslash escapes. */
    ESCAPE,
    /** {@code U&'text'} with Unicode escapes. */
    UNICODE,
    /** {@code $$text$$} or {@code $tag$text$tag$}. */
    DOLLAR
  }

  /**
   * A bit-string constant {@code B'101'} or {@code X'1F'}; {@code bits} is the value as binary
   * digits.
   */
  record BitStringLiteral(String bits, boolean hex, int start, int end) implements Expr {}

  /** {@code TRUE} or {@code FALSE}. */
  record BooleanLiteral(boolean value, int start, int end) implements Expr {}

  /** {@code NULL}. */
  record NullLiteral(int start, int end) implements Expr {}

  /** A positional parameter {@code $n}. */
  record Parameter(int number, int start, int end) implements Expr {}

  /**
   * One of sqlcheck's named parameters, {@code :name} or {@code :name.property}; the range covers
   * the whole token, colon included.
   *
   * @param property the part after the dot, or null
   */
  record NamedParameter(String name, String property, int start, int end) implements Expr {}

  /**
   * A type cast: {@code x::t}, {@code CAST(x AS t)}, {@code TREAT(x AS t)} or a typed literal
   * ({@code date '2024-01-01'}, {@code interval '1' day}, {@code int4 '1'}, {@code N'x'} as {@code
   * bpchar}).
   */
  record TypeCast(Expr arg, TypeName type, CastSyntax syntax, int start, int end) implements Expr {}

  /** How a cast was written. */
  enum CastSyntax {
    DOUBLE_COLON,
    CAST,
    TREAT,
    TYPED_LITERAL
  }

  /**
   * An operator application: binary ({@code a + b}, {@code a @> b}, {@code a OPERATOR(s.=) b}) or
   * prefix ({@code -a}, {@code @ x}, {@code OPERATOR(s.-) a}, with {@code left} null).
   */
  record Operator(OperatorName operator, Expr left, Expr right, int start, int end)
      implements Expr {}

  /**
   * {@code AND}/{@code OR} with two or more arguments (nested ones of the same kind flattened, as
   * PostgreSQL does), or {@code NOT} with one.
   */
  record BoolExpr(BoolOp op, List<Expr> args, int start, int end) implements Expr {
    public BoolExpr {
      args = List.copyOf(args);
    }
  }

  /** The boolean connective. */
  enum BoolOp {
    AND,
    OR,
    NOT
  }

  /**
   * {@code x IS [NOT] NULL}, {@code x ISNULL}, {@code x NOTNULL}.
   *
   * @param postfix whether written {@code ISNULL}/{@code NOTNULL}
   */
  record NullTest(Expr arg, boolean negated, boolean postfix, int start, int end) implements Expr {}

  /** {@code x IS [NOT] TRUE|FALSE|UNKNOWN}. */
  record BooleanTest(Expr arg, TruthValue value, boolean negated, int start, int end)
      implements Expr {}

  /** The truth value tested by {@link BooleanTest}. */
  enum TruthValue {
    TRUE,
    FALSE,
    UNKNOWN
  }

  /** {@code a IS [NOT] DISTINCT FROM b}. */
  record DistinctFrom(Expr left, Expr right, boolean negated, int start, int end) implements Expr {}

  /** {@code x IS [NOT] DOCUMENT}. */
  record DocumentTest(Expr arg, boolean negated, int start, int end) implements Expr {}

  /**
   * {@code x IS [NOT] [NFC|NFD|NFKC|NFKD] NORMALIZED}.
   *
   * @param form the normal form in upper case, or null for the default (NFC)
   */
  record NormalizedTest(Expr arg, String form, boolean negated, int start, int end)
      implements Expr {}

  /**
   * {@code x [NOT] BETWEEN [SYMMETRIC|ASYMMETRIC] low AND high}.
   *
   * @param symmetric whether {@code SYMMETRIC} was written
   */
  record Between(
      Expr arg, Expr low, Expr high, boolean negated, boolean symmetric, int start, int end)
      implements Expr {}

  /** {@code x [NOT] IN (a, b, …)}. */
  record InList(Expr arg, List<Expr> values, boolean negated, int start, int end) implements Expr {
    public InList {
      values = List.copyOf(values);
    }
  }

  /** {@code x [NOT] LIKE|ILIKE|SIMILAR TO pattern [ESCAPE e]}; {@code escape} may be null. */
  record Like(
      Expr arg, Expr pattern, Expr escape, LikeKind kind, boolean negated, int start, int end)
      implements Expr {}

  /** The pattern-matching operator. */
  enum LikeKind {
    LIKE,
    ILIKE,
    SIMILAR
  }

  /** {@code EXISTS (query)}. */
  record Exists(Query query, int start, int end) implements Expr {}

  /** A scalar subquery {@code (SELECT …)}. */
  record ScalarSubquery(Query query, int start, int end) implements Expr {}

  /** {@code ARRAY(SELECT …)}. */
  record ArraySubquery(Query query, int start, int end) implements Expr {}

  /** {@code x [NOT] IN (SELECT …)}. */
  record InSubquery(Expr arg, Query query, boolean negated, int start, int end) implements Expr {}

  /**
   * {@code x op ANY|SOME|ALL (query)} or {@code x op ANY|SOME|ALL (array)}: exactly one of {@code
   * query} and {@code array} is set. {@code LIKE ANY} and friends use the operators {@code ~~},
   * {@code !~~}, {@code ~~*} and {@code !~~*}, as PostgreSQL does.
   */
  record Quantified(
      Expr left,
      OperatorName operator,
      Quantifier quantifier,
      Query query,
      Expr array,
      int start,
      int end)
      implements Expr {}

  /** The quantifier of {@link Quantified}. */
  enum Quantifier {
    ANY,
    SOME,
    ALL
  }

  /**
   * {@code CASE [arg] WHEN … THEN … [ELSE …] END}.
   *
   * @param arg the operand of a simple CASE, or null
   * @param otherwise the ELSE result, or null
   */
  record Case(Expr arg, List<When> whens, Expr otherwise, int start, int end) implements Expr {
    public Case {
      whens = List.copyOf(whens);
    }
  }

  /** One {@code WHEN condition THEN result} of a {@link Case}. */
  record When(Expr condition, Expr result, int start, int end) implements Node {}

  /** {@code COALESCE(a, …)}. */
  record Coalesce(List<Expr> args, int start, int end) implements Expr {
    public Coalesce {
      args = List.copyOf(args);
    }
  }

  /** {@code GREATEST(…)} ({@code greatest} true) or {@code LEAST(…)}. */
  record MinMax(boolean greatest, List<Expr> args, int start, int end) implements Expr {
    public MinMax {
      args = List.copyOf(args);
    }
  }

  /** {@code NULLIF(a, b)}. */
  record NullIf(Expr left, Expr right, int start, int end) implements Expr {}

  /** {@code ARRAY[a, b]}, or a nested {@code [a, b]} inside one ({@code keyword} false). */
  record ArrayExpr(List<Expr> elements, boolean keyword, int start, int end) implements Expr {
    public ArrayExpr {
      elements = List.copyOf(elements);
    }
  }

  /**
   * A row constructor: {@code ROW(a, b)}, {@code ROW()} ({@code explicit} true) or {@code (a, b)}.
   */
  record Row(List<Expr> fields, boolean explicit, int start, int end) implements Expr {
    public Row {
      fields = List.copyOf(fields);
    }
  }

  /**
   * A function call with all its decorations. {@code name} has its own range; the call's range ends
   * after the last decoration ({@code OVER (…)}).
   *
   * @param args the arguments; named ones are {@link NamedArg}s
   * @param star whether written {@code f(*)}
   * @param distinct whether written {@code f(DISTINCT …)}
   * @param explicitAll whether written {@code f(ALL …)}
   * @param variadic whether the last argument was marked {@code VARIADIC}
   * @param orderBy the {@code ORDER BY} inside the parentheses (aggregates)
   * @param withinGroup the {@code WITHIN GROUP (ORDER BY …)} list; empty if none
   * @param filter the {@code FILTER (WHERE …)} condition, or null
   * @param over the window, or null
   * @param special the SQL special syntax this call was written in, or {@link Special#NONE}
   */
  record FuncCall(
      QualifiedName name,
      List<Expr> args,
      boolean star,
      boolean distinct,
      boolean explicitAll,
      boolean variadic,
      List<SortItem> orderBy,
      List<SortItem> withinGroup,
      Expr filter,
      WindowDef over,
      Special special,
      int start,
      int end)
      implements Expr {
    public FuncCall {
      args = List.copyOf(args);
      orderBy = List.copyOf(orderBy);
      withinGroup = List.copyOf(withinGroup);
    }
  }

  /** SQL syntax that PostgreSQL turns into an ordinary function call. */
  enum Special {
    NONE,
    EXTRACT,
    OVERLAY,
    POSITION,
    SUBSTRING,
    TRIM,
    NORMALIZE,
    COLLATION_FOR,
    OVERLAPS,
    XMLEXISTS
  }

  /** A named argument {@code name => value} or {@code name := value}. */
  record NamedArg(Identifier name, Expr value, boolean colonEquals, int start, int end)
      implements Expr {}

  /**
   * An SQL value function without parentheses: {@code CURRENT_DATE}, {@code CURRENT_TIMESTAMP(3)},
   * {@code CURRENT_USER}, {@code SYSTEM_USER}…
   *
   * @param precision the precision in parentheses, or null
   */
  record SqlValueFunction(ValueFunction function, Integer precision, int start, int end)
      implements Expr {}

  /** The SQL value functions. */
  enum ValueFunction {
    CURRENT_DATE,
    CURRENT_TIME,
    CURRENT_TIMESTAMP,
    LOCALTIME,
    LOCALTIMESTAMP,
    CURRENT_ROLE,
    CURRENT_USER,
    SESSION_USER,
    USER,
    CURRENT_CATALOG,
    CURRENT_SCHEMA,
    SYSTEM_USER
  }

  /** {@code x COLLATE name}. */
  record Collate(Expr arg, QualifiedName collation, int start, int end) implements Expr {}

  /** {@code x AT TIME ZONE zone}, or {@code x AT LOCAL} (PostgreSQL 17) with {@code zone} null. */
  record AtTimeZone(Expr arg, Expr zone, int start, int end) implements Expr {}

  /** {@code GROUPING(a, b)}. */
  record Grouping(List<Expr> args, int start, int end) implements Expr {
    public Grouping {
      args = List.copyOf(args);
    }
  }

  /**
   * The key word {@code DEFAULT} as a value. PostgreSQL's grammar accepts it wherever an expression
   * may stand and rejects it during analysis except in VALUES rows and SET.
   */
  record Default(int start, int end) implements Expr {}

  /** {@code WHERE CURRENT OF cursor} of UPDATE and DELETE. */
  record CurrentOf(Identifier cursor, int start, int end) implements Expr {}

  /** {@code MERGE_ACTION()} (PostgreSQL 17). */
  record MergeAction(int start, int end) implements Expr {}
}
