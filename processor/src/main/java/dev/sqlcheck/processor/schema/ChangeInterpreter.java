package dev.sqlcheck.processor.schema;

import dev.sqlcheck.processor.catalog.Column;
import dev.sqlcheck.processor.catalog.HistoryEvent;
import dev.sqlcheck.processor.catalog.Relation;
import dev.sqlcheck.processor.catalog.Relations;
import dev.sqlcheck.processor.catalog.SourceLocation;
import dev.sqlcheck.processor.catalog.SqlType;
import dev.sqlcheck.processor.problem.Message;
import dev.sqlcheck.sources.ChangeNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Applies the Liquibase change types that shape the catalog directly to it, with the same
 * operations the SQL interpreters use (create, rename and drop relations and columns; set a type,
 * NOT NULL or a default; views through the {@link ViewColumnResolver}), so history and messages
 * come out alike: {@code column "full_name" was renamed to "display_name" at changes/002.xml:7}.
 * {@code sql} and {@code sqlFile} never reach here: they are SQL scripts.
 *
 * <p>Change types that cannot change what a query sees (indexes, data, sequences, constraints other
 * than primary keys) are skipped in silence; any other type is skipped with a warning, and when it
 * names a table, that table's columns become unknown, so no query on it is reported wrong.
 */
final class ChangeInterpreter {
  private static final Set<String> HARMLESS =
      Set.of(
          "addUniqueConstraint",
          "addForeignKeyConstraint",
          "dropUniqueConstraint",
          "dropForeignKeyConstraint",
          "dropAllForeignKeyConstraints",
          "dropPrimaryKey",
          "addCheckConstraint",
          "dropCheckConstraint",
          "enableCheckConstraint",
          "disableCheckConstraint",
          "createIndex",
          "dropIndex",
          "insert",
          "update",
          "delete",
          "loadData",
          "loadUpdateData",
          "alterSequence",
          "tagDatabase",
          "output",
          "empty",
          "stop",
          "executeCommand",
          "createProcedure", // without text or path; with them it arrives as a SQL script
          "dropProcedure",
          "setColumnRemarks",
          "setTableRemarks");

  private ChangeInterpreter() {}

  /** Applies one change; whatever goes wrong stays with it. False when it was not modelled. */
  static boolean applySafely(LoadContext ctx, ChangeNode change) {
    try {
      return apply(ctx, change);
    } catch (RuntimeException e) {
      ctx.warn(Message.STATEMENT_NOT_INTERPRETED, e);
      return false;
    }
  }

  private static boolean apply(LoadContext ctx, ChangeNode c) {
    return switch (c.type()) {
      case "createTable" -> createTable(ctx, c);
      case "createView" -> createView(ctx, c);
      case "addColumn" -> onTable(ctx, c, "tableName", r -> addColumns(ctx, r, c));
      case "dropColumn" -> onTable(ctx, c, "tableName", r -> dropColumns(ctx, r, c));
      case "renameColumn" -> onTable(ctx, c, "tableName", r -> renameColumn(ctx, r, c));
      case "modifyDataType" ->
          onColumn(ctx, c, col -> Relations.withType(col, type(ctx, c.attribute("newDataType"))));
      case "addNotNullConstraint" -> onColumn(ctx, c, col -> Relations.withNotNull(col, true));
      case "dropNotNullConstraint" -> onColumn(ctx, c, col -> Relations.withNotNull(col, false));
      case "addDefaultValue" -> onColumn(ctx, c, col -> Relations.withDefault(col, true));
      case "dropDefaultValue" -> onColumn(ctx, c, col -> Relations.withDefault(col, false));
      case "addAutoIncrement" ->
          onColumn(ctx, c, col -> new Column(col.name(), col.type(), true, true, col.definedAt()));
      case "addPrimaryKey" -> onTable(ctx, c, "tableName", r -> primaryKey(r, c));
      case "renameTable" ->
          onTable(ctx, c, "oldTableName", r -> rename(ctx, r, c.attribute("newTableName")));
      case "renameView" ->
          onTable(ctx, c, "oldViewName", r -> rename(ctx, r, c.attribute("newViewName")));
      case "dropTable" -> onTable(ctx, c, "tableName", r -> drop(ctx, r));
      case "dropView" -> onTable(ctx, c, "viewName", r -> drop(ctx, r));
      case "createSequence", "dropSequence", "renameSequence" -> sequence(ctx, c);
      default -> notModelled(ctx, c);
    };
  }

  /** A sequence, which a query may read as a table: created, dropped or renamed. */
  private static boolean sequence(LoadContext ctx, ChangeNode c) {
    String schema = LiquibaseNames.fold(c.attribute("schemaName"));
    if (c.type().equals("createSequence")) {
      ctx.catalog.addSequence(
          ctx.creationSchema(schema),
          LiquibaseNames.fold(c.attribute("sequenceName")),
          ctx.location());
      return true;
    }
    String name =
        LiquibaseNames.fold(
            c.attribute(c.type().equals("dropSequence") ? "sequenceName" : "oldSequenceName"));
    ctx.catalog
        .sequenceSchema(schema, name)
        .ifPresent(
            s -> {
              SourceLocation at = ctx.catalog.removeSequence(s, name);
              if (c.type().equals("renameSequence")) {
                ctx.catalog.addSequence(s, LiquibaseNames.fold(c.attribute("newSequenceName")), at);
              }
            });
    return true;
  }

  private static boolean createTable(LoadContext ctx, ChangeNode c) {
    String table = LiquibaseNames.fold(c.attribute("tableName"));
    if (table == null) {
      ctx.warn(Message.CHANGE_INCOMPLETE, c.type(), "tableName");
      return false;
    }
    String schema = ctx.creationSchema(LiquibaseNames.fold(c.attribute("schemaName")));
    List<Column> columns = new ArrayList<>();
    for (ChangeNode col : c.children("column")) {
      column(ctx, col, schema, table).ifPresent(columns::add);
    }
    ctx.catalog.putRelation(
        new Relation(schema, table, Relation.Kind.TABLE, columns, true, ctx.location()));
    return true;
  }

  /**
   * A {@code column} element of {@code schema.table}: type as Liquibase maps it, NOT NULL, default,
   * identity.
   */
  private static Optional<Column> column(
      LoadContext ctx, ChangeNode col, String schema, String table) {
    String name = LiquibaseNames.fold(col.attribute("name"));
    if (name == null) {
      return Optional.empty();
    }
    String written = col.attribute("type");
    LiquibaseTypes.Mapped mapped =
        written == null ? null : LiquibaseTypes.map(written, col.isTrue("autoIncrement"));
    boolean identity = mapped != null && mapped.identity();
    Optional<ChangeNode> constraints = col.child("constraints");
    boolean ownNotNull =
        identity
            || constraints.map(k -> k.isFalse("nullable") || k.isTrue("primaryKey")).orElse(false);
    boolean notNull = ownNotNull || (mapped != null && ctx.isNotNullDomain(mapped.type()));
    if (mapped != null) {
      ctx.madeColumn(mapped.type(), schema, table, name, ownNotNull);
    }
    boolean hasDefault =
        identity
            || col.attributes().keySet().stream().anyMatch(k -> k.startsWith("defaultValue"))
            || (mapped != null && ctx.isDefaultDomain(mapped.type()));
    SqlType type = mapped == null ? SqlType.UNKNOWN : ctx.resolveType(mapped.type());
    return Optional.of(
        new Column(
            name, type, notNull, hasDefault, new SourceLocation(col.file(), lineOf(ctx, col))));
  }

  private static int lineOf(LoadContext ctx, ChangeNode node) {
    return node.line() > 0 ? node.line() : ctx.location().line();
  }

  private static SqlType type(LoadContext ctx, String written) {
    return written == null
        ? SqlType.UNKNOWN
        : ctx.resolveType(LiquibaseTypes.map(written, false).type());
  }

  private static boolean createView(LoadContext ctx, ChangeNode c) {
    String query = c.text();
    if (query == null || query.isBlank()) {
      ctx.warn(Message.CHANGE_INCOMPLETE, c.type(), "query");
      return false;
    }
    if (c.isTrue("fullDefinition")) {
      return ViewInterpreter.apply(ctx, query.strip());
    }
    String view = LiquibaseNames.fold(c.attribute("viewName"));
    String schema = ctx.creationSchema(LiquibaseNames.fold(c.attribute("schemaName")));
    Optional<List<Column>> columns =
        ctx.resolver.resolve(ctx.catalog.build(), query.strip(), ctx.location());
    ctx.catalog.putRelation(
        new Relation(
            schema,
            view,
            Relation.Kind.VIEW,
            columns.orElse(List.of()),
            columns.isPresent(),
            ctx.location()));
    return true;
  }

  /** Finds the change's relation and replaces it with {@code f}'s result (null: removed). */
  private static boolean onTable(
      LoadContext ctx, ChangeNode c, String nameAttribute, UnaryOperator<Relation> f) {
    String name = LiquibaseNames.fold(c.attribute(nameAttribute));
    if (name == null) {
      ctx.warn(Message.CHANGE_INCOMPLETE, c.type(), nameAttribute);
      return false;
    }
    Optional<Relation> found =
        ctx.catalog.resolve(LiquibaseNames.fold(c.attribute("schemaName")), name);
    if (found.isEmpty()) {
      if (!ctx.wasLost(name)) {
        ctx.warn(Message.CHANGE_ON_MISSING_RELATION, c.type(), name);
      }
      return true;
    }
    Relation changed = f.apply(found.get());
    if (changed != null) {
      ctx.catalog.putRelation(changed);
    }
    return true;
  }

  private static boolean onColumn(LoadContext ctx, ChangeNode c, UnaryOperator<Column> f) {
    String column = LiquibaseNames.fold(c.attribute("columnName"));
    if (column == null) {
      ctx.warn(Message.CHANGE_INCOMPLETE, c.type(), "columnName");
      return false;
    }
    return onTable(ctx, c, "tableName", r -> Relations.mapColumn(r, column, f));
  }

  private static Relation addColumns(LoadContext ctx, Relation r, ChangeNode c) {
    List<Column> columns = new ArrayList<>(r.columns());
    for (ChangeNode col : c.children("column")) {
      column(ctx, col, r.schema(), r.name())
          .filter(added -> r.column(added.name()).isEmpty())
          .ifPresent(columns::add);
    }
    return Relations.withColumns(r, columns);
  }

  private static Relation dropColumns(LoadContext ctx, Relation r, ChangeNode c) {
    List<String> names = new ArrayList<>();
    if (c.attribute("columnName") != null) {
      names.add(c.attribute("columnName"));
    }
    c.children("column").forEach(col -> names.add(col.attribute("name")));
    Relation out = r;
    for (String raw : names) {
      String column = LiquibaseNames.fold(raw);
      if (column != null && out.column(column).isPresent()) {
        ctx.catalog.recordColumnEvent(
            r.schema(),
            r.name(),
            new HistoryEvent(HistoryEvent.Type.DROPPED, column, null, ctx.location()));
        out = Relations.withColumns(out, AlterTableInterpreter.without(out, column));
      }
    }
    return out;
  }

  private static Relation renameColumn(LoadContext ctx, Relation r, ChangeNode c) {
    String from = LiquibaseNames.fold(c.attribute("oldColumnName"));
    String to = LiquibaseNames.fold(c.attribute("newColumnName"));
    if (from == null || to == null || r.column(from).isEmpty()) {
      return r;
    }
    ctx.catalog.recordColumnEvent(
        r.schema(),
        r.name(),
        new HistoryEvent(HistoryEvent.Type.RENAMED, from, to, ctx.location()));
    return Relations.mapColumn(r, from, col -> col.withName(to));
  }

  private static Relation primaryKey(Relation r, ChangeNode c) {
    Relation out = r;
    String names = c.attribute("columnNames");
    for (String raw : names == null ? new String[0] : names.split(",")) {
      out =
          Relations.mapColumn(
              out, LiquibaseNames.fold(raw.strip()), col -> Relations.withNotNull(col, true));
    }
    return out;
  }

  private static Relation rename(LoadContext ctx, Relation r, String newName) {
    AlterExpressions.moveTo(ctx, r, r.schema(), LiquibaseNames.fold(newName));
    return null; // moveTo stored it under its new name
  }

  private static Relation drop(LoadContext ctx, Relation r) {
    ctx.catalog.removeRelation(r.schema(), r.name());
    ctx.catalog.recordRelationEvent(
        r.schema(), new HistoryEvent(HistoryEvent.Type.DROPPED, r.name(), null, ctx.location()));
    return null;
  }

  private static boolean notModelled(LoadContext ctx, ChangeNode c) {
    if (HARMLESS.contains(c.type())) {
      return true;
    }
    ctx.catalog.sequencesUncertain(); // a change not read may have made one, an index or a trigger
    ctx.objects.indexesUncertain();
    ctx.objects.fillers().uncertain();
    String table = LiquibaseNames.fold(c.attribute("tableName"));
    String created = LiquibaseNames.fold(c.attribute("newTableName"));
    String touched = table != null ? table : created;
    if (touched == null) {
      ctx.warn(Message.CHANGE_SKIPPED, c.type());
      return false;
    }
    String schema = LiquibaseNames.fold(c.attribute("schemaName"));
    Optional<Relation> found = ctx.catalog.resolve(schema, touched);
    if (found.isPresent()) {
      ctx.catalog.putRelation(Relations.withUnknownColumns(found.get()));
    }
    ctx.lose(schema, touched);
    ctx.warn(Message.CHANGE_NOT_MODELLED, c.type(), touched, touched);
    return false;
  }
}
