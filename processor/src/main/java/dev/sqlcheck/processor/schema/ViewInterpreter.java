package dev.sqlcheck.processor.schema;

import dev.sqlcheck.processor.catalog.Column;
import dev.sqlcheck.processor.catalog.Relation;
import dev.sqlcheck.processor.catalog.SqlType;
import dev.sqlcheck.processor.dialect.postgres.PgIdentifiers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.sf.jsqlparser.statement.create.view.CreateView;

/**
 * Models {@code CREATE [OR REPLACE] [MATERIALIZED] VIEW name [(aliases)] AS query}. The output
 * columns come from the {@link ViewColumnResolver}; explicit aliases rename them. Without a
 * resolver answer the view exists with unknown columns (aliases still give their names).
 */
final class ViewInterpreter {
  private ViewInterpreter() {}

  static boolean apply(LoadContext ctx, String sql) {
    DdlParser.Result parsed = DdlParser.parse(sql);
    boolean materialized = sql.toUpperCase(java.util.Locale.ROOT).contains("MATERIALIZED");
    String kind = materialized ? "CREATE MATERIALIZED VIEW" : "CREATE VIEW";
    if (!parsed.ok() || !(parsed.statement() instanceof CreateView view)) {
      Failures.createFailed(ctx, kind, sql, CreateTableInterpreter.errorOf(parsed));
      return false;
    }
    String schema = ctx.creationSchema(PgIdentifiers.fold(view.getView().getSchemaName()));
    String name = PgIdentifiers.fold(view.getView().getName());
    if (view.isIfNotExists() && ctx.catalog.relation(schema, name).isPresent()) {
      return true;
    }
    List<String> aliases = new ArrayList<>();
    if (view.getColumnNames() != null) {
      view.getColumnNames().forEach(c -> aliases.add(PgIdentifiers.fold(c.getColumnName())));
    }
    Optional<List<Column>> derived =
        ctx.resolver.resolve(
            ctx.catalog.build(), CreateTableInterpreter.selectText(sql), ctx.location());
    if (derived.isEmpty() && ViewReferences.missing(ctx, schema, name, sql)) {
      return false;
    }
    List<Column> columns =
        derived.map(list -> renamed(list, aliases)).orElse(unknown(ctx, aliases));
    Relation.Kind relationKind =
        view.isMaterialized() ? Relation.Kind.MATERIALIZED_VIEW : Relation.Kind.VIEW;
    ctx.catalog.putRelation(
        new Relation(schema, name, relationKind, columns, derived.isPresent(), ctx.location()));
    if (relationKind == Relation.Kind.VIEW) {
      boolean updatable =
          ctx.resolver
              .autoUpdatable(ctx.catalog.build(), CreateTableInterpreter.selectText(sql))
              .orElse(true);
      ctx.catalog.viewUpdatable(schema, name, updatable);
    }
    return true;
  }

  private static List<Column> renamed(List<Column> columns, List<String> aliases) {
    List<Column> out = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      out.add(i < aliases.size() ? columns.get(i).withName(aliases.get(i)) : columns.get(i));
    }
    return out;
  }

  private static List<Column> unknown(LoadContext ctx, List<String> aliases) {
    List<Column> out = new ArrayList<>();
    for (String alias : aliases) {
      out.add(new Column(alias, SqlType.UNKNOWN, false, false, ctx.location()));
    }
    return out;
  }
}
