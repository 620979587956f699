package dev.sqlcheck.processor.schema;

import dev.sqlcheck.processor.catalog.Catalog;
import dev.sqlcheck.processor.catalog.Column;
import dev.sqlcheck.processor.catalog.ForeignKey;
import dev.sqlcheck.processor.catalog.HistoryEvent;
import dev.sqlcheck.processor.catalog.Relation;
import dev.sqlcheck.processor.catalog.SqlType;
import dev.sqlcheck.processor.problem.Message;
import dev.sqlcheck.processor.schema.SchemaObjects.Kind;
import dev.sqlcheck.processor.schema.SchemaObjects.Named;
import dev.sqlcheck.processor.sql.ast.ColumnDefinition;
import dev.sqlcheck.processor.sql.ast.CreateTable;
import dev.sqlcheck.processor.sql.ast.TableLike;
import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;
import java.util.Optional;

/**
 * The schema lints, each a warning located at the statement (and naming the earlier definition):
 *
 * <ul>
 *   <li>SQLCHECK-005: {@code CREATE TABLE IF NOT EXISTS t} when a relation {@code t} already exists
 *       and is not the same table (another kind, or other column names or types in another order).
 *       PostgreSQL prints a NOTICE and keeps the first definition.
 *   <li>SQLCHECK-006: in the final schema, a foreign key references a table or column that does not
 *       exist (never created, or dropped without CASCADE, which PostgreSQL refuses). When the
 *       target is a relation sqlcheck could not model, the warning says the key is not checked.
 *   <li>SQLCHECK-007: a name used twice in one schema where PostgreSQL does not refuse it: {@code
 *       CREATE INDEX IF NOT EXISTS n} when a relation {@code n} (an index with another definition,
 *       a key's index, a table) exists, which PostgreSQL skips with a NOTICE; and a named foreign
 *       key or check constraint whose name another table's constraint already has, which PostgreSQL
 *       accepts because it keeps constraint names unique per table only. Two indexes (or keys) of
 *       one name are refused by PostgreSQL, and an unnamed constraint never clashes, so neither is
 *       reported.
 * </ul>
 */
final class SchemaLints {
  private SchemaLints() {}

  /** SQLCHECK-005, for a CREATE TABLE IF NOT EXISTS that PostgreSQL skips. */
  static void tableAlreadyExists(LoadContext ctx, String sql, CreateTable t, Relation existing) {
    String name = t.name().last().name();
    if (existing.kind() != Relation.Kind.TABLE) {
      String kind = existing.kind() == Relation.Kind.VIEW ? "view" : "materialized view";
      ctx.warn(
          Message.TABLE_EXISTS_WITH_OTHER_COLUMNS,
          name,
          "a " + kind + " \"" + existing.name() + "\"",
          existing.definedAt(),
          "and no table is created");
      return;
    }
    boolean plain =
        t.partitionOf() == null
            && t.ofType() == null
            && t.inherits().isEmpty()
            && t.elements().stream().noneMatch(e -> e instanceof TableLike);
    if (!existing.columnsKnown() || !plain) {
      return; // cannot compare; the statement does nothing either way
    }
    List<Column> declared = new ArrayList<>();
    for (ColumnDefinition c : t.columns()) {
      if (c.type() == null) {
        return;
      }
      String typeText = sql.substring(c.type().start(), c.type().end());
      declared.add(new Column(c.name().name(), ctx.resolveType(typeText), false, false, null));
    }
    if (!sameColumns(existing.columns(), declared)) {
      ctx.warn(
          Message.TABLE_EXISTS_WITH_OTHER_COLUMNS,
          name,
          "table \"" + existing.name() + "\"",
          existing.definedAt(),
          "with columns " + describe(existing.columns()) + ", not " + describe(declared));
    }
  }

  private static boolean sameColumns(List<Column> a, List<Column> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      SqlType x = a.get(i).type();
      SqlType y = b.get(i).type();
      if (!a.get(i).name().equals(b.get(i).name())
          || !x.isUnknown() && !y.isUnknown() && !x.equals(y)) {
        return false;
      }
    }
    return true;
  }

  private static String describe(List<Column> columns) {
    List<String> parts = new ArrayList<>();
    columns.forEach(c -> parts.add(c.name() + " " + c.type()));
    return "(" + String.join(", ", parts) + ")";
  }

  /**
   * SQLCHECK-007 for {@code CREATE INDEX IF NOT EXISTS name}: true when PostgreSQL skips it because
   * a relation of that name exists in the schema, with a warning unless that relation is an index
   * of the same definition (a migration run twice).
   */
  static boolean indexSkipped(
      LoadContext ctx, String schema, String name, Relation table, String definition) {
    Optional<Relation> relation = ctx.catalog.relation(schema, name);
    if (relation.isPresent()) {
      Relation r = relation.get();
      String kind = r.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
      ctx.warn(Message.INDEX_NAME_TAKEN, name, table.name(), kind, name, "", schema, r.definedAt());
      return true;
    }
    Optional<Named> index = ctx.objects.index(schema, name);
    if (index.isEmpty()) {
      return false;
    }
    Named n = index.get();
    if (n.kind() == Kind.INDEX && n.definition().equals(definition)) {
      return true;
    }
    String kind = n.kind() == Kind.INDEX ? "index" : "the index of constraint";
    ctx.warn(
        Message.INDEX_NAME_TAKEN,
        name,
        table.name(),
        kind,
        name,
        " on table \"" + n.table() + "\"",
        schema,
        n.at());
    return true;
  }

  /** SQLCHECK-007 for a named constraint whose name a constraint of another table has. */
  static void checkConstraintName(LoadContext ctx, Named added) {
    if (!added.explicit()) {
      return;
    }
    for (Named other : ctx.objects.constraints(added.schema(), added.name())) {
      boolean indexPair = added.kind() == Kind.KEY && other.kind() == Kind.KEY;
      boolean inherited =
          ctx.objects
              .inheritance()
              .related(added.schema() + "." + added.table(), other.schema() + "." + other.table());
      if (!other.table().equals(added.table()) && !indexPair && !inherited) {
        ctx.warn(
            Message.CONSTRAINT_NAME_TAKEN,
            added.name(),
            added.table(),
            other.table(),
            added.schema(),
            other.at());
        return;
      }
    }
  }

  /**
   * At the end of a load: fills in the primary key of keys that named no referenced columns, and
   * reports SQLCHECK-006 for keys whose target is missing from the final schema.
   */
  static void finish(LoadContext ctx) {
    Catalog built = ctx.catalog.build();
    ListIterator<ForeignKey> it = ctx.catalog.foreignKeys().listIterator();
    while (it.hasNext()) {
      ForeignKey k = it.next();
      Optional<Relation> target = built.find(k.refSchema(), k.refTable());
      String shown = quote(k.refSchema(), k.refTable());
      if (target.isEmpty()) {
        ctx.warnAt(
            k.definedAt(),
            built.mayExist(k.refSchema(), k.refTable())
                ? Message.FOREIGN_KEY_TARGET_UNKNOWN
                : Message.FOREIGN_KEY_TARGET_MISSING,
            k.name(),
            k.table(),
            "table " + shown,
            tableGone(built, k));
        continue;
      }
      Relation r = target.get();
      if (k.refColumns().isEmpty() && !r.primaryKey().isEmpty()) {
        it.set(SchemaObjects.retarget(k, k.refSchema(), k.refTable(), r.primaryKey()));
        continue;
      }
      for (String column : k.refColumns()) {
        if (r.column(column).isPresent()) {
          continue;
        }
        String what = "column \"" + column + "\" of table " + shown;
        if (!r.columnsKnown()) {
          ctx.warnAt(
              k.definedAt(), Message.FOREIGN_KEY_TARGET_UNKNOWN, k.name(), k.table(), what, "");
        } else {
          ctx.warnAt(
              k.definedAt(),
              Message.FOREIGN_KEY_TARGET_MISSING,
              k.name(),
              k.table(),
              what,
              built
                  .columnHistory(r, column)
                  .map(e -> gone("column", e))
                  .orElse("PostgreSQL refuses to create such a key, so the statement fails"));
        }
        break;
      }
    }
  }

  private static String tableGone(Catalog built, ForeignKey k) {
    return built
        .relationHistory(k.refSchema(), k.refTable())
        .map(e -> gone("table", e))
        .orElse("PostgreSQL refuses to create such a key, so the statement fails");
  }

  private static String gone(String what, HistoryEvent e) {
    if (e.type() == HistoryEvent.Type.RENAMED) {
      return "the " + what + " was renamed to \"" + e.newName() + "\" at " + e.at();
    }
    return "the "
        + what
        + " was dropped at "
        + e.at()
        + " without CASCADE, which PostgreSQL refuses while this key references it";
  }

  private static String quote(String schema, String name) {
    return "public".equals(schema) ? "\"" + name + "\"" : "\"" + schema + "\".\"" + name + "\"";
  }
}
