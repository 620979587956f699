package dev.sqlcheck.processor.schema;

import dev.sqlcheck.processor.catalog.Catalog;
import dev.sqlcheck.processor.catalog.Column;
import dev.sqlcheck.processor.catalog.Relation;
import dev.sqlcheck.processor.catalog.Relations;
import dev.sqlcheck.processor.catalog.SqlType;
import dev.sqlcheck.processor.problem.Message;
import dev.sqlcheck.processor.sql.ast.CreateTableAs;
import dev.sqlcheck.processor.sql.ast.CreateView;
import dev.sqlcheck.processor.sql.ast.Identifier;
import dev.sqlcheck.processor.sql.ast.QualifiedName;
import dev.sqlcheck.processor.sql.ast.Query;
import dev.sqlcheck.processor.sql.ast.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Models the relations a query defines, read by the PostgreSQL-grammar parser: {@code CREATE [OR
 * REPLACE] [RECURSIVE] VIEW name [(names)] AS query}, {@code CREATE MATERIALIZED VIEW [IF NOT
 * EXISTS] name [(names)] AS query} and {@code CREATE TABLE [IF NOT EXISTS] name [(names)] AS
 * query}. The columns are the query's output columns as the analyser derives them, renamed by the
 * names given, as PostgreSQL does; more names than columns is PostgreSQL's error. A table made by
 * {@code AS} has no constraints, so its columns may be null and have no default, whatever the
 * query's columns were. A view keeps what the query proves (a view's row is its query's row).
 * Without an answer from the analyser the relation exists with unknown columns (the names given
 * still name them).
 */
final class ViewInterpreter {
  private ViewInterpreter() {}

  /** A CREATE [MATERIALIZED] VIEW; false, with a warning, when it defines nothing. */
  static boolean apply(LoadContext ctx, String sql) {
    Statement parsed = ctx.pgStatement(sql);
    if (parsed instanceof CreateView view) {
      return define(
          ctx,
          sql,
          new Definition(
              "CREATE VIEW",
              Relation.Kind.VIEW,
              view.name(),
              view.columns(),
              view.recursive() ? null : view.query(),
              false));
    }
    if (parsed instanceof CreateTableAs m && m.materializedView()) {
      return define(
          ctx,
          sql,
          new Definition(
              "CREATE MATERIALIZED VIEW",
              Relation.Kind.MATERIALIZED_VIEW,
              m.name(),
              m.columns(),
              m.query(),
              m.ifNotExists()));
    }
    boolean materialized = sql.toUpperCase(java.util.Locale.ROOT).contains("MATERIALIZED");
    Failures.createFailed(
        ctx,
        materialized ? "CREATE MATERIALIZED VIEW" : "CREATE VIEW",
        sql,
        "not read as a view definition");
    return false;
  }

  /**
   * A {@code CREATE TABLE … AS query}: defines the table and returns true; returns false, with
   * nothing done, for any other statement.
   */
  static boolean applyTableAs(LoadContext ctx, String sql) {
    if (!(ctx.pgStatement(sql) instanceof CreateTableAs t) || t.materializedView()) {
      return false;
    }
    define(
        ctx,
        sql,
        new Definition(
            "CREATE TABLE",
            Relation.Kind.TABLE,
            t.name(),
            t.columns(),
            t.query(),
            t.ifNotExists()));
    return true;
  }

  /** What a definition says; {@code query} is null where it cannot be analysed on its own. */
  private record Definition(
      String statement,
      Relation.Kind kind,
      QualifiedName name,
      List<Identifier> names,
      Query query,
      boolean ifNotExists) {}

  private static boolean define(LoadContext ctx, String sql, Definition d) {
    List<Identifier> qualifier = d.name().qualifier();
    String name = d.name().last().name();
    String schema =
        ctx.creationSchema(qualifier.isEmpty() ? null : qualifier.get(qualifier.size() - 1).name());
    if (d.ifNotExists() && ctx.catalog.relation(schema, name).isPresent()) {
      return true;
    }
    List<String> names = new ArrayList<>();
    d.names().forEach(n -> names.add(n.name()));
    String query = d.query() == null ? null : sql.substring(d.query().start(), d.query().end());
    Catalog soFar = ctx.catalog.build();
    Optional<List<Column>> derived =
        query == null ? Optional.empty() : ctx.resolver.resolve(soFar, query, ctx.location());
    if (derived.isEmpty() && query != null && ViewReferences.missing(ctx, schema, name, query)) {
      return false;
    }
    if (derived.isPresent() && names.size() > derived.get().size()) {
      ctx.lose(schema, name);
      ctx.warn(
          Message.DEFINITION_REJECTED,
          d.statement() + " \"" + d.name().dotted() + "\"",
          d.kind() == Relation.Kind.VIEW
              ? "CREATE VIEW specifies more column names than columns"
              : "too many column names were specified",
          "\"" + name + "\"",
          "name no more columns than the query returns");
      return false;
    }
    List<Column> columns =
        derived
            .map(list -> renamed(list, names, d.kind() == Relation.Kind.TABLE))
            .orElse(unknown(ctx, names));
    ctx.catalog.putRelation(
        new Relation(schema, name, d.kind(), columns, derived.isPresent(), ctx.location()));
    // What a view uses goes with it; a table made by AS uses nothing, and an underived view is
    // never dropped along with anything (it stays unknown instead).
    ctx.catalog.viewUses(
        schema,
        name,
        d.kind() != Relation.Kind.TABLE && derived.isPresent()
            ? ctx.resolver.uses(soFar, query)
            : List.of());
    if (d.kind() == Relation.Kind.VIEW) {
      // The view's own query cannot name the view, so the catalog before it serves.
      boolean updatable = query == null || ctx.resolver.autoUpdatable(soFar, query).orElse(true);
      ctx.catalog.viewUpdatable(schema, name, updatable);
    }
    return true;
  }

  private static List<Column> renamed(List<Column> columns, List<String> names, boolean table) {
    List<Column> out = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      Column c = i < names.size() ? columns.get(i).withName(names.get(i)) : columns.get(i);
      out.add(table ? Relations.withDefault(Relations.withNotNull(c, false), false) : c);
    }
    return out;
  }

  private static List<Column> unknown(LoadContext ctx, List<String> names) {
    List<Column> out = new ArrayList<>();
    for (String n : names) {
      out.add(new Column(n, SqlType.UNKNOWN, false, false, ctx.location()));
    }
    return out;
  }
}
