package dev.sqlcheck.processor.schema;

import dev.sqlcheck.processor.catalog.Relation;
import dev.sqlcheck.processor.problem.Message;
import dev.sqlcheck.processor.schema.SchemaObjects.Kind;
import dev.sqlcheck.sources.ChangeNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The keys and indexes of Liquibase changes, as {@link ConstraintDdl} reads them from SQL: {@code
 * addForeignKeyConstraint}, a column's {@code constraints} with {@code references} or {@code
 * referencedTableName} (in createTable and addColumn), primary keys, unique constraints and
 * indexes, and what renameTable, renameColumn, dropColumn, dropTable ({@code cascadeConstraints}),
 * dropForeignKeyConstraint and dropAllForeignKeyConstraints do to them. Names are resolved before
 * the change is applied; the returned action records what it adds once it has been.
 */
final class LiquibaseConstraints {
  /**
   * The changes only read here (the relation interpreter skips them as harmless), so a missing
   * table is reported here; for the others {@link ChangeInterpreter} reports it.
   */
  private static final Set<String> ONLY_HERE =
      Set.of(
          "addForeignKeyConstraint",
          "addUniqueConstraint",
          "createIndex",
          "dropForeignKeyConstraint",
          "dropAllForeignKeyConstraints",
          "dropPrimaryKey",
          "dropUniqueConstraint");

  private LiquibaseConstraints() {}

  /** What to record after the change is applied; never throws. */
  static Runnable before(LoadContext ctx, ChangeNode c) {
    return ConstraintDdl.guarded(ctx, () -> plan(ctx, c));
  }

  private static Runnable plan(LoadContext ctx, ChangeNode c) {
    return switch (c.type()) {
      case "createTable" -> {
        String schema = ctx.creationSchema(fold(c.attribute("schemaName")));
        String table = fold(c.attribute("tableName"));
        yield table == null ? ConstraintDdl.NOTHING : () -> columns(ctx, schema, table, c);
      }
      case "addAutoIncrement" -> {
        String column = fold(c.attribute("columnName"));
        yield column == null
            ? ConstraintDdl.NOTHING
            : onTable(
                ctx,
                c,
                "tableName",
                "schemaName",
                (s, t) -> OwnedSequences.own(ctx, s, null, t, column));
      }
      case "addColumn" ->
          onTable(ctx, c, "tableName", "schemaName", (s, t) -> columns(ctx, s, t, c));
      case "addForeignKeyConstraint" ->
          onTable(
              ctx, c, "baseTableName", "baseTableSchemaName", (s, t) -> foreignKey(ctx, s, t, c));
      case "addPrimaryKey" ->
          onTable(ctx, c, "tableName", "schemaName", (s, t) -> key(ctx, s, t, c, "pkey"));
      case "addUniqueConstraint" ->
          onTable(ctx, c, "tableName", "schemaName", (s, t) -> key(ctx, s, t, c, "key"));
      case "createIndex" ->
          onTable(ctx, c, "tableName", "schemaName", (s, t) -> index(ctx, s, t, c));
      case "dropForeignKeyConstraint" ->
          onTable(
              ctx,
              c,
              "baseTableName",
              "baseTableSchemaName",
              (s, t) -> dropConstraint(ctx, s, t, c.attribute("constraintName")));
      case "dropPrimaryKey", "dropUniqueConstraint" ->
          onTable(
              ctx,
              c,
              "tableName",
              "schemaName",
              (s, t) -> dropConstraint(ctx, s, t, c.attribute("constraintName")));
      case "dropAllForeignKeyConstraints" ->
          onTable(
              ctx,
              c,
              "baseTableName",
              "baseTableSchemaName",
              (s, t) -> ctx.objects.dropAllForeignKeys(ctx.catalog, s, t));
      case "dropIndex" -> {
        String name = fold(c.attribute("indexName"));
        String schema = ctx.creationSchema(fold(c.attribute("schemaName")));
        yield name == null ? ConstraintDdl.NOTHING : () -> ctx.objects.dropIndex(schema, name);
      }
      case "renameTable" ->
          onTable(
              ctx,
              c,
              "oldTableName",
              "schemaName",
              (s, t) ->
                  ctx.objects.tableMoved(ctx.catalog, s, t, s, fold(c.attribute("newTableName"))));
      case "renameColumn" ->
          onTable(
              ctx,
              c,
              "tableName",
              "schemaName",
              (s, t) ->
                  ctx.objects.columnRenamed(
                      ctx.catalog,
                      s,
                      t,
                      fold(c.attribute("oldColumnName")),
                      fold(c.attribute("newColumnName"))));
      case "dropColumn" ->
          onTable(ctx, c, "tableName", "schemaName", (s, t) -> dropColumns(ctx, s, t, c));
      case "dropTable" ->
          onTable(
              ctx,
              c,
              "tableName",
              "schemaName",
              (s, t) ->
                  ctx.objects.tablesDropped(
                      ctx.catalog, Set.of(s + "." + t), c.isTrue("cascadeConstraints")));
      default -> ConstraintDdl.NOTHING;
    };
  }

  /** An action on the change's table, named by its schema and table once resolved. */
  private interface TableAction {
    void run(String schema, String table);
  }

  private static Runnable onTable(
      LoadContext ctx, ChangeNode c, String tableAttribute, String schemaAttribute, TableAction f) {
    String name = fold(c.attribute(tableAttribute));
    if (name == null) {
      return ConstraintDdl.NOTHING;
    }
    Optional<Relation> found = ctx.catalog.resolve(fold(c.attribute(schemaAttribute)), name);
    if (found.isEmpty()) {
      if (ONLY_HERE.contains(c.type()) && !ctx.wasLost(name)) {
        ctx.warn(Message.CHANGE_ON_MISSING_RELATION, c.type(), name);
      }
      return ConstraintDdl.NOTHING;
    }
    String schema = found.get().schema();
    String table = found.get().name();
    return () -> f.run(schema, table);
  }

  /** The keys declared in the {@code constraints} of each column of createTable or addColumn. */
  private static void columns(LoadContext ctx, String schema, String table, ChangeNode c) {
    for (ChangeNode col : c.children("column")) {
      String column = fold(col.attribute("name"));
      if (column != null && isAutoIncrement(col)) {
        OwnedSequences.own(ctx, schema, null, table, column);
      }
      Optional<ChangeNode> k = col.child("constraints");
      if (column == null || k.isEmpty()) {
        continue;
      }
      ChangeNode constraints = k.get();
      List<String> cols = List.of(column);
      for (String kind : List.of("primaryKey", "unique")) {
        if (constraints.isTrue(kind)) {
          boolean pk = kind.equals("primaryKey");
          String name = fold(constraints.attribute(pk ? "primaryKeyName" : "uniqueConstraintName"));
          ConstraintDdl.addKey(ctx, schema, table, name, cols, pk ? "pkey" : "key", Kind.KEY);
        }
      }
      columnReference(ctx, schema, table, column, constraints);
    }
  }

  /** A column Liquibase makes as an identity or serial column, which then owns a sequence. */
  private static boolean isAutoIncrement(ChangeNode col) {
    String type = col.attribute("type");
    return type == null
        ? col.isTrue("autoIncrement")
        : LiquibaseTypes.map(type, col.isTrue("autoIncrement")).identity();
  }

  /** {@code references="t(id)"}, or {@code referencedTableName} with its columns and schema. */
  private static void columnReference(
      LoadContext ctx, String schema, String table, String column, ChangeNode k) {
    String refSchema = fold(k.attribute("referencedTableSchemaName"));
    String refTable = fold(k.attribute("referencedTableName"));
    List<String> refColumns = list(k.attribute("referencedColumnNames"));
    String references = k.attribute("references");
    if (references != null) {
      String target = references.strip();
      int open = target.indexOf('(');
      refColumns = open < 0 ? List.of() : list(target.substring(open + 1, target.lastIndexOf(')')));
      target = open < 0 ? target : target.substring(0, open).strip();
      int dot = target.lastIndexOf('.');
      refSchema = dot < 0 ? null : fold(target.substring(0, dot));
      refTable = fold(target.substring(dot + 1));
    }
    if (refTable != null) {
      String name = fold(k.attribute("foreignKeyName"));
      ConstraintDdl.addForeignKey(
          ctx, schema, table, name, List.of(column), refSchema, refTable, refColumns);
    }
  }

  private static void foreignKey(LoadContext ctx, String schema, String table, ChangeNode c) {
    String refTable = fold(c.attribute("referencedTableName"));
    if (refTable == null) {
      return;
    }
    ConstraintDdl.addForeignKey(
        ctx,
        schema,
        table,
        fold(c.attribute("constraintName")),
        list(c.attribute("baseColumnNames")),
        fold(c.attribute("referencedTableSchemaName")),
        refTable,
        list(c.attribute("referencedColumnNames")));
  }

  private static void key(
      LoadContext ctx, String schema, String table, ChangeNode c, String label) {
    ConstraintDdl.addKey(
        ctx,
        schema,
        table,
        fold(c.attribute("constraintName")),
        list(c.attribute("columnNames")),
        label,
        Kind.KEY);
  }

  private static void index(LoadContext ctx, String schema, String table, ChangeNode c) {
    List<String> cols = new ArrayList<>();
    c.children("column")
        .forEach(col -> cols.add(col.isTrue("computed") ? "expr" : fold(col.attribute("name"))));
    String name = fold(c.attribute("indexName"));
    String definition = (c.isTrue("unique") ? "unique " : "") + table + " " + cols;
    ctx.objects.add(
        new SchemaObjects.Named(
            schema,
            name != null ? name : ctx.objects.chooseName(ctx.catalog, schema, table, cols, "idx"),
            table,
            Kind.INDEX,
            cols,
            definition,
            name != null,
            ctx.location()));
  }

  private static void dropConstraint(LoadContext ctx, String schema, String table, String name) {
    if (name != null) {
      ctx.objects.dropConstraint(ctx.catalog, schema, table, fold(name));
    }
  }

  private static void dropColumns(LoadContext ctx, String schema, String table, ChangeNode c) {
    List<String> names = new ArrayList<>();
    if (c.attribute("columnName") != null) {
      names.add(c.attribute("columnName"));
    }
    c.children("column").forEach(col -> names.add(col.attribute("name")));
    for (String raw : names) {
      if (raw != null) {
        ctx.objects.columnDropped(ctx.catalog, schema, table, fold(raw), false);
      }
    }
  }

  private static List<String> list(String commaSeparated) {
    List<String> out = new ArrayList<>();
    if (commaSeparated != null) {
      for (String part : commaSeparated.split(",")) {
        if (!part.isBlank()) {
          out.add(fold(part.strip()));
        }
      }
    }
    return out;
  }

  private static String fold(String name) {
    return LiquibaseNames.fold(name);
  }
}
