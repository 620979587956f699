package dev.sqlcheck.processor.schema;

import dev.sqlcheck.processor.catalog.Column;
import dev.sqlcheck.processor.catalog.HistoryEvent;
import dev.sqlcheck.processor.catalog.Relation;
import dev.sqlcheck.processor.catalog.Relations;
import dev.sqlcheck.processor.catalog.SqlType;
import dev.sqlcheck.processor.dialect.postgres.PgIdentifiers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.sf.jsqlparser.statement.alter.AlterExpression;
import net.sf.jsqlparser.statement.alter.AlterExpression.ColumnDataType;

/**
 * Applies one parsed {@link AlterExpression} to a relation and puts the result in the catalog being
 * built. Operations that cannot change columns leave the relation as it was.
 */
final class AlterExpressions {
  private AlterExpressions() {}

  static Relation apply(LoadContext ctx, Relation r, AlterExpression e) {
    return switch (e.getOperation()) {
      case ADD -> store(ctx, add(ctx, r, e));
      case DROP -> store(ctx, drop(ctx, r, e));
      case ALTER -> store(ctx, alterColumns(ctx, r, e));
      case RENAME -> store(ctx, renameColumn(ctx, r, e));
      case RENAME_TABLE -> moveTo(ctx, r, r.schema(), PgIdentifiers.fold(e.getNewTableName()));
      case UNSPECIFIC -> setSchema(ctx, r, e.getOptionalSpecifier());
      default -> r;
    };
  }

  private static Relation store(LoadContext ctx, Relation r) {
    ctx.catalog.putRelation(r);
    return r;
  }

  private static Relation add(LoadContext ctx, Relation r, AlterExpression e) {
    if (e.getColDataTypeList() == null) {
      return r;
    }
    List<Column> columns = new ArrayList<>(r.columns());
    for (ColumnDataType def : e.getColDataTypeList()) {
      Column c =
          CreateTableInterpreter.column(
              ctx,
              r.schema(),
              r.name(),
              def.getColumnName(),
              def.getColDataType(),
              def.getColumnSpecs());
      if (r.column(c.name()).isEmpty()) {
        columns.add(c);
      }
    }
    return Relations.withColumns(r, columns);
  }

  private static Relation drop(LoadContext ctx, Relation r, AlterExpression e) {
    String column = e.getColumnName() == null ? null : PgIdentifiers.fold(e.getColumnName());
    if (column == null || r.column(column).isEmpty()) {
      return r;
    }
    ctx.catalog.recordColumnEvent(
        r.schema(),
        r.name(),
        new HistoryEvent(HistoryEvent.Type.DROPPED, column, null, ctx.location()));
    return Relations.withColumns(r, AlterTableInterpreter.without(r, column));
  }

  private static Relation alterColumns(LoadContext ctx, Relation r, AlterExpression e) {
    Relation out = r;
    if (e.getColDataTypeList() != null) {
      for (ColumnDataType def : e.getColDataTypeList()) {
        String typeText = CreateTableInterpreter.typeText(def.getColDataType());
        SqlType type = ctx.resolveType(typeText);
        out =
            Relations.mapColumn(
                out, PgIdentifiers.fold(def.getColumnName()), c -> Relations.withType(c, type));
      }
    }
    if (e.getColumnSetNotNullList() != null) {
      for (var c : e.getColumnSetNotNullList()) {
        out =
            Relations.mapColumn(
                out,
                PgIdentifiers.fold(c.getColumnName()),
                col -> Relations.withNotNull(col, true));
      }
    }
    if (e.getColumnDropNotNullList() != null) {
      for (var c : e.getColumnDropNotNullList()) {
        out =
            Relations.mapColumn(
                out,
                PgIdentifiers.fold(c.getColumnName()),
                col -> Relations.withNotNull(col, false));
      }
    }
    if (e.getColumnSetDefaultList() != null) {
      for (var c : e.getColumnSetDefaultList()) {
        boolean isNull = String.valueOf(c.getDefaultValue()).strip().equalsIgnoreCase("NULL");
        out =
            Relations.mapColumn(
                out,
                PgIdentifiers.fold(c.getColumnName()),
                col -> Relations.withDefault(col, !isNull));
      }
    }
    if (e.getColumnDropDefaultList() != null) {
      for (var c : e.getColumnDropDefaultList()) {
        out =
            Relations.mapColumn(
                out,
                PgIdentifiers.fold(c.getColumnName()),
                col -> Relations.withDefault(col, false));
      }
    }
    return out;
  }

  private static Relation renameColumn(LoadContext ctx, Relation r, AlterExpression e) {
    if (e.getColumnOldName() == null || e.getColumnName() == null) {
      return r;
    }
    String from = PgIdentifiers.fold(e.getColumnOldName());
    String to = PgIdentifiers.fold(e.getColumnName());
    if (r.column(from).isEmpty()) {
      return r;
    }
    ctx.catalog.recordColumnEvent(
        r.schema(),
        r.name(),
        new HistoryEvent(HistoryEvent.Type.RENAMED, from, to, ctx.location()));
    return Relations.mapColumn(r, from, c -> c.withName(to));
  }

  /** Renames or moves a relation, recording what became of the old name. */
  static Relation moveTo(LoadContext ctx, Relation r, String schema, String name) {
    if (name == null || (schema.equals(r.schema()) && name.equals(r.name()))) {
      return r;
    }
    ctx.catalog.removeRelation(r.schema(), r.name());
    Relation moved = Relations.renamed(r, schema, name);
    ctx.catalog.putRelation(moved);
    ctx.catalog.relationMoved(r.schema(), r.name(), schema, name);
    String shown = schema.equals(r.schema()) ? name : schema + "." + name;
    ctx.catalog.recordRelationEvent(
        r.schema(), new HistoryEvent(HistoryEvent.Type.RENAMED, r.name(), shown, ctx.location()));
    return moved;
  }

  private static Relation setSchema(LoadContext ctx, Relation r, String specifier) {
    if (specifier == null) {
      return r;
    }
    String[] words = specifier.strip().split("\\s+");
    if (words.length == 3
        && words[0].toUpperCase(Locale.ROOT).equals("SET")
        && words[1].toUpperCase(Locale.ROOT).equals("SCHEMA")) {
      return moveTo(ctx, r, PgIdentifiers.fold(words[2]), r.name());
    }
    return r;
  }
}
