package dev.sqlcheck.processor.sql.ast;

import java.util.List;

/**
 * An item of a FROM list (or USING list, or MERGE source) as a join tree: joins hold their two
 * inputs, so {@code FROM a JOIN b ON … , c} is the list {@code [Join(a, b), c]}.
 *
 * <pre>{@code
 * FROM ONLY s.t AS x(a, b)             -> Relation(only, s.t, alias x(a, b))
 * FROM LATERAL (SELECT …) sub          -> Subquery(lateral, …, alias sub)
 * FROM f(1) WITH ORDINALITY AS r(v, n) -> Function([f(1)], ordinality, alias r(v, n))
 * FROM (a JOIN b USING (id) AS u) j    -> Join(INNER, a, b, using [id], usingAlias u, alias j)
 * }</pre>
 */
public sealed interface TableRef extends Node
    permits TableRef.Relation,
        TableRef.Subquery,
        TableRef.Function,
        TableRef.Join,
        TableRef.XmlTable,
        TableRef.JsonTable {

  /** The correlation name of the item, or null. */
  Alias alias();

  /**
   * A table, view or CTE reference: {@code [ONLY] name [*] [alias] [TABLESAMPLE …]}.
   *
   * @param inherit false when written with {@code ONLY}
   * @param star whether written {@code name *}
   * @param sample the TABLESAMPLE clause, or null
   */
  record Relation(
      QualifiedName name,
      boolean inherit,
      boolean star,
      Alias alias,
      TableSample sample,
      int start,
      int end)
      implements TableRef {}

  /**
   * {@code TABLESAMPLE method(args) [REPEATABLE (seed)]}.
   *
   * @param repeatable the seed, or null
   */
  record TableSample(QualifiedName method, List<Expr> args, Expr repeatable, int start, int end)
      implements Node {
    public TableSample {
      args = List.copyOf(args);
    }
  }

  /** {@code [LATERAL] (query) [alias]}; the alias is required up to PostgreSQL 15. */
  record Subquery(boolean lateral, Query query, Alias alias, int start, int end)
      implements TableRef {}

  /**
   * A function in FROM: {@code [LATERAL] f(…) [WITH ORDINALITY] [alias]} or {@code [LATERAL] ROWS
   * FROM (f(…) [AS (coldefs)], …) [WITH ORDINALITY] [alias]}. Any function expression PostgreSQL
   * allows there ({@code current_date}, {@code CAST(…)}, {@code coalesce(…)}) may stand as a call.
   *
   * @param functions the functions with their own column definition lists (one unless ROWS FROM)
   * @param rowsFrom whether written with {@code ROWS FROM}
   * @param columnDefs the column definition list of the alias ({@code AS x(a int, b text)} or
   *     {@code AS (a int)}); empty when the alias has plain column names or none
   */
  record Function(
      boolean lateral,
      List<FunctionItem> functions,
      boolean rowsFrom,
      boolean ordinality,
      Alias alias,
      List<ColumnDef> columnDefs,
      int start,
      int end)
      implements TableRef {
    public Function {
      functions = List.copyOf(functions);
      columnDefs = List.copyOf(columnDefs);
    }
  }

  /** One function of a FROM function item, with its {@code AS (coldefs)} inside ROWS FROM. */
  record FunctionItem(Expr call, List<ColumnDef> columnDefs, int start, int end) implements Node {
    public FunctionItem {
      columnDefs = List.copyOf(columnDefs);
    }
  }

  /**
   * A join. CROSS JOIN and comma-free NATURAL joins have neither {@code on} nor {@code using}.
   *
   * @param on the ON condition, or null
   * @param using the USING column names (empty unless USING)
   * @param usingAlias the {@code USING (…) AS alias} name (PostgreSQL 14), or null
   * @param alias the alias of a parenthesised join {@code (a JOIN b …) AS j}, or null
   */
  record Join(
      JoinKind kind,
      boolean natural,
      TableRef left,
      TableRef right,
      Expr on,
      List<Identifier> using,
      Identifier usingAlias,
      Alias alias,
      int start,
      int end)
      implements TableRef {
    public Join {
      using = List.copyOf(using);
    }
  }

  /** The join type. */
  enum JoinKind {
    CROSS,
    INNER,
    LEFT,
    RIGHT,
    FULL
  }

  /**
   * {@code [LATERAL] XMLTABLE([XMLNAMESPACES(…),] row PASSING doc COLUMNS …) [alias]}.
   *
   * @param namespaces the namespace declarations ({@code uri AS name}, or {@code DEFAULT uri} with
   *     a null name)
   */
  record XmlTable(
      boolean lateral,
      List<XmlExpr.Attribute> namespaces,
      Expr rowExpr,
      Expr document,
      List<XmlTableColumn> columns,
      Alias alias,
      int start,
      int end)
      implements TableRef {
    public XmlTable {
      namespaces = List.copyOf(namespaces);
      columns = List.copyOf(columns);
    }
  }

  /**
   * A column of XMLTABLE: {@code name FOR ORDINALITY} ({@code type} null) or {@code name type [PATH
   * p] [DEFAULT d] [NOT NULL|NULL]}.
   *
   * @param notNull whether NOT NULL was written
   */
  record XmlTableColumn(
      Identifier name,
      TypeName type,
      boolean forOrdinality,
      Expr path,
      Expr defaultValue,
      boolean notNull,
      int start,
      int end)
      implements Node {}

  /**
   * {@code [LATERAL] JSON_TABLE(context, path [AS name] [PASSING …] COLUMNS (…) [ON ERROR])
   * [alias]} (PostgreSQL 17). The columns keep their names and types, and NESTED paths hold their
   * own columns.
   */
  record JsonTable(
      boolean lateral,
      JsonExpr.ValueExpr context,
      Expr path,
      Identifier pathName,
      List<JsonExpr.Argument> passing,
      List<JsonTableColumn> columns,
      JsonExpr.Behavior onError,
      Alias alias,
      int start,
      int end)
      implements TableRef {
    public JsonTable {
      passing = List.copyOf(passing);
      columns = List.copyOf(columns);
    }
  }

  /**
   * A JSON_TABLE column: {@code name FOR ORDINALITY}, {@code name type [FORMAT JSON] [PATH p] …},
   * {@code name type EXISTS [PATH p]}, or {@code NESTED [PATH] p [AS name] COLUMNS (…)}.
   *
   * @param name the column name (for NESTED, the optional path name)
   * @param type the column type, or null for ORDINALITY and NESTED
   * @param path the PATH expression, or null
   * @param nested the columns of a NESTED path (empty otherwise)
   */
  record JsonTableColumn(
      JsonColumnKind kind,
      Identifier name,
      TypeName type,
      Expr path,
      List<JsonTableColumn> nested,
      int start,
      int end)
      implements Node {
    public JsonTableColumn {
      nested = List.copyOf(nested);
    }
  }

  /** The kind of a JSON_TABLE column. */
  enum JsonColumnKind {
    ORDINALITY,
    REGULAR,
    FORMATTED,
    EXISTS,
    NESTED
  }
}
