package dev.sqlcheck.processor.sql.ast;

import java.util.List;

/**
 * The SQL/JSON expressions: the {@code IS JSON} predicate and the constructors of PostgreSQL 16,
 * and the query functions of PostgreSQL 17. Optional clauses that were not written are null.
 */
public sealed interface JsonExpr extends Expr
    permits JsonExpr.IsJson,
        JsonExpr.ObjectConstructor,
        JsonExpr.ArrayConstructor,
        JsonExpr.ArrayQuery,
        JsonExpr.ObjectAgg,
        JsonExpr.ArrayAgg,
        JsonExpr.Parse,
        JsonExpr.Scalar,
        JsonExpr.Serialize,
        JsonExpr.QueryFunction {

  /**
   * {@code x IS [NOT] JSON [VALUE|ARRAY|OBJECT|SCALAR] [WITH|WITHOUT UNIQUE [KEYS]]}.
   *
   * @param uniqueKeys true for WITH UNIQUE, false for WITHOUT UNIQUE, null when not written
   */
  record IsJson(
      Expr arg, ItemType itemType, Boolean uniqueKeys, boolean negated, int start, int end)
      implements JsonExpr {}

  /** The item type tested by IS JSON. */
  enum ItemType {
    VALUE,
    ARRAY,
    OBJECT,
    SCALAR
  }

  /** {@code expr [FORMAT JSON [ENCODING name]]}. */
  record ValueExpr(Expr expr, Format format, int start, int end) implements Node {}

  /** {@code FORMAT JSON [ENCODING name]}. */
  record Format(Identifier encoding, int start, int end) implements Node {}

  /** {@code RETURNING type [FORMAT JSON …]}. */
  record Returning(TypeName type, Format format, int start, int end) implements Node {}

  /** {@code key VALUE value} or {@code key : value}. */
  record KeyValue(Expr key, ValueExpr value, int start, int end) implements Node {}

  /**
   * {@code JSON_OBJECT(k VALUE v, … [NULL|ABSENT ON NULL] [WITH|WITHOUT UNIQUE [KEYS]] [RETURNING
   * …])}. The plain-argument form {@code JSON_OBJECT('a', 1)} is a {@link Expr.FuncCall} of {@code
   * pg_catalog.json_object}, as in PostgreSQL.
   *
   * @param absentOnNull true for ABSENT ON NULL, false for NULL ON NULL, null when not written
   */
  record ObjectConstructor(
      List<KeyValue> pairs,
      Boolean absentOnNull,
      Boolean uniqueKeys,
      Returning returning,
      int start,
      int end)
      implements JsonExpr {
    public ObjectConstructor {
      pairs = List.copyOf(pairs);
    }
  }

  /** {@code JSON_ARRAY(v, … [NULL|ABSENT ON NULL] [RETURNING …])}. */
  record ArrayConstructor(
      List<ValueExpr> elements, Boolean absentOnNull, Returning returning, int start, int end)
      implements JsonExpr {
    public ArrayConstructor {
      elements = List.copyOf(elements);
    }
  }

  /** {@code JSON_ARRAY(SELECT … [FORMAT JSON] [RETURNING …])}. */
  record ArrayQuery(Query query, Format format, Returning returning, int start, int end)
      implements JsonExpr {}

  /** {@code JSON_OBJECTAGG(k VALUE v …)} with its FILTER and OVER. */
  record ObjectAgg(
      KeyValue pair,
      Boolean absentOnNull,
      Boolean uniqueKeys,
      Returning returning,
      Expr filter,
      WindowDef over,
      int start,
      int end)
      implements JsonExpr {}

  /** {@code JSON_ARRAYAGG(v [ORDER BY …] …)} with its FILTER and OVER. */
  record ArrayAgg(
      ValueExpr value,
      List<SortItem> orderBy,
      Boolean absentOnNull,
      Returning returning,
      Expr filter,
      WindowDef over,
      int start,
      int end)
      implements JsonExpr {
    public ArrayAgg {
      orderBy = List.copyOf(orderBy);
    }
  }

  /** {@code JSON(x [FORMAT JSON] [WITH|WITHOUT UNIQUE [KEYS]])} (PostgreSQL 17). */
  record Parse(ValueExpr value, Boolean uniqueKeys, int start, int end) implements JsonExpr {}

  /** {@code JSON_SCALAR(x)} (PostgreSQL 17). */
  record Scalar(Expr arg, int start, int end) implements JsonExpr {}

  /** {@code JSON_SERIALIZE(x [RETURNING …])} (PostgreSQL 17). */
  record Serialize(ValueExpr value, Returning returning, int start, int end) implements JsonExpr {}

  /**
   * {@code JSON_QUERY}, {@code JSON_VALUE} and {@code JSON_EXISTS} (PostgreSQL 17).
   *
   * @param path the path expression (usually a string constant)
   * @param passing the {@code PASSING value AS name} arguments
   * @param wrapper JSON_QUERY's wrapper behaviour, or null
   * @param quotes JSON_QUERY's {@code KEEP|OMIT QUOTES [ON SCALAR STRING]} in upper case ({@code
   *     "KEEP"} or {@code "OMIT"}), or null
   * @param onEmpty the ON EMPTY behaviour, or null
   * @param onError the ON ERROR behaviour, or null
   */
  record QueryFunction(
      QueryOp op,
      ValueExpr context,
      Expr path,
      List<Argument> passing,
      Returning returning,
      Wrapper wrapper,
      String quotes,
      Behavior onEmpty,
      Behavior onError,
      int start,
      int end)
      implements JsonExpr {
    public QueryFunction {
      passing = List.copyOf(passing);
    }
  }

  /** The JSON query function. */
  enum QueryOp {
    JSON_QUERY,
    JSON_VALUE,
    JSON_EXISTS
  }

  /** {@code value AS name} of a PASSING clause. */
  record Argument(ValueExpr value, Identifier name, int start, int end) implements Node {}

  /** JSON_QUERY's wrapper clause. */
  enum Wrapper {
    WITHOUT,
    UNCONDITIONAL,
    CONDITIONAL
  }

  /**
   * An ON EMPTY / ON ERROR behaviour: {@code ERROR}, {@code NULL}, {@code TRUE}, {@code FALSE},
   * {@code UNKNOWN}, {@code EMPTY [ARRAY|OBJECT]} or {@code DEFAULT expr}.
   *
   * @param defaultExpr the expression of {@code DEFAULT expr}, else null
   */
  record Behavior(BehaviorKind kind, Expr defaultExpr, int start, int end) implements Node {}

  /** The kind of ON EMPTY / ON ERROR behaviour. */
  enum BehaviorKind {
    ERROR,
    NULL,
    TRUE,
    FALSE,
    UNKNOWN,
    EMPTY,
    EMPTY_ARRAY,
    EMPTY_OBJECT,
    DEFAULT
  }
}
