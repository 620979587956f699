package dev.sqlcheck.processor.schema;

import dev.sqlcheck.processor.catalog.ForeignKey;
import dev.sqlcheck.processor.catalog.Relation;
import dev.sqlcheck.processor.dialect.postgres.PostgresDialect;
import dev.sqlcheck.processor.dialect.postgres.parse.PgParseResult;
import dev.sqlcheck.processor.problem.Message;
import dev.sqlcheck.processor.schema.SchemaObjects.Kind;
import dev.sqlcheck.processor.schema.SchemaObjects.Named;
import dev.sqlcheck.processor.schema.SqlTokens.Token;
import dev.sqlcheck.processor.sql.ast.AlterSequence;
import dev.sqlcheck.processor.sql.ast.AlterTable;
import dev.sqlcheck.processor.sql.ast.ColumnDefinition;
import dev.sqlcheck.processor.sql.ast.Constraint;
import dev.sqlcheck.processor.sql.ast.CreateIndex;
import dev.sqlcheck.processor.sql.ast.CreateSequence;
import dev.sqlcheck.processor.sql.ast.CreateTable;
import dev.sqlcheck.processor.sql.ast.Drop;
import dev.sqlcheck.processor.sql.ast.Identifier;
import dev.sqlcheck.processor.sql.ast.IndexElement;
import dev.sqlcheck.processor.sql.ast.QualifiedName;
import dev.sqlcheck.processor.sql.ast.RenameTo;
import dev.sqlcheck.processor.sql.ast.SetSchema;
import dev.sqlcheck.processor.sql.ast.Statement;
import dev.sqlcheck.processor.sql.ast.TableLike;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads the indexes and constraints of SQL DDL with the PostgreSQL-grammar parser, alongside the
 * interpreters that shape relations: foreign keys (inline {@code REFERENCES}, table constraints,
 * {@code ALTER TABLE .. ADD}), primary keys, unique, check and exclusion constraints, and indexes,
 * following renames and drops. {@link #before} runs before a statement is applied (names resolve as
 * they did when it ran) and returns what to record once the statement's relation exists, so a table
 * that references itself finds its own primary key.
 *
 * <p>It also reports two of the schema lints: {@code CREATE TABLE IF NOT EXISTS} of a table that
 * exists with other columns (SQLCHECK-005), and {@code CREATE INDEX IF NOT EXISTS} under a name
 * another relation of the schema already has (SQLCHECK-007). See {@link SchemaLints}.
 */
final class ConstraintDdl {
  static final Runnable NOTHING = () -> {};

  private ConstraintDdl() {}

  /** What to record after the statement is applied; never throws. */
  static Runnable before(LoadContext ctx, String sql) {
    return guarded(ctx, () -> plan(ctx, sql));
  }

  /**
   * Runs {@code plan} and wraps the action it returns, so that nothing either throws escapes: a
   * failure becomes a warning on the statement, and the load goes on.
   */
  static Runnable guarded(LoadContext ctx, Supplier<Runnable> plan) {
    try {
      Runnable after = plan.get();
      return () -> {
        try {
          after.run();
        } catch (RuntimeException e) {
          ctx.warn(Message.CONSTRAINTS_NOT_READ, e);
        }
      };
    } catch (RuntimeException e) {
      ctx.warn(Message.CONSTRAINTS_NOT_READ, e);
      return NOTHING;
    }
  }

  private static Runnable plan(LoadContext ctx, String sql) {
    List<Token> head = SqlTokens.tokenize(sql, 8);
    if (!(ctx.dialect instanceof PostgresDialect) // the grammar read here is PostgreSQL's
        || !concernsConstraints(head)) {
      return NOTHING;
    }
    PgParseResult parsed = ctx.pgParse(sql);
    if (!parsed.ok()) {
      ctx.objects.indexesUncertain(); // a table, index or key sqlcheck could not read
      if (OwnedSequences.mayMakeOne(sql)) {
        ctx.catalog.sequencesUncertain();
      }
    }
    if (!parsed.ok() || parsed.statements().size() != 1) {
      // a CREATE TABLE the grammar refuses is already reported, once, by the strict check
      boolean reported = !parsed.ok() && head.get(0).is("CREATE");
      if (!reported && mentionsForeignKey(sql)) {
        ctx.warn(
            Message.CONSTRAINTS_NOT_READ,
            parsed.ok() ? "more than one statement" : parsed.error().message());
      }
      return NOTHING;
    }
    Statement s = parsed.statements().get(0);
    if (s instanceof CreateTable t) {
      return createTable(ctx, sql, t);
    }
    if (s instanceof CreateIndex i) {
      return createIndex(ctx, sql, i);
    }
    if (s instanceof AlterTable a) {
      return alter(ctx, a);
    }
    if (s instanceof Drop d) {
      return drop(ctx, d);
    }
    if (s instanceof CreateSequence c) {
      return () -> OwnedSequences.ownedBy(ctx, c.name(), c.options());
    }
    if (s instanceof AlterSequence a) {
      return () -> OwnedSequences.ownedBy(ctx, a.name(), a.options());
    }
    return NOTHING;
  }

  /**
   * CREATE [mods] TABLE, CREATE [UNIQUE] INDEX, ALTER TABLE|INDEX, DROP TABLE|INDEX, and CREATE or
   * ALTER SEQUENCE (for OWNED BY).
   */
  private static boolean concernsConstraints(List<Token> t) {
    if (t.size() < 3) {
      return false;
    }
    String first = t.get(0).upper();
    if (first.equals("ALTER") || first.equals("DROP")) {
      return t.get(1).is("TABLE")
          || t.get(1).is("INDEX")
          || first.equals("ALTER") && t.get(1).is("SEQUENCE");
    }
    if (!first.equals("CREATE")) {
      return false;
    }
    for (int i = 1; i < t.size(); i++) {
      Token w = t.get(i);
      if (w.is("TABLE") || w.is("INDEX") || w.is("SEQUENCE")) {
        return true;
      }
      if (!(w.is("UNIQUE") || w.is("TEMP") || w.is("TEMPORARY") || w.is("UNLOGGED"))
          && !w.is("GLOBAL")
          && !w.is("LOCAL")) {
        return false;
      }
    }
    return false;
  }

  private static boolean mentionsForeignKey(String sql) {
    return SqlTokens.tokenize(sql, Integer.MAX_VALUE).stream().anyMatch(t -> t.is("REFERENCES"));
  }

  private static Runnable createTable(LoadContext ctx, String sql, CreateTable t) {
    String schema = ctx.creationSchema(qualifier(t.name()));
    String table = t.name().last().name();
    Optional<Relation> existing = ctx.catalog.relation(schema, table);
    if (t.ifNotExists() && existing.isPresent()) {
      SchemaLints.tableAlreadyExists(ctx, sql, t, existing.get());
      return NOTHING; // PostgreSQL skips the whole statement, its constraints too
    }
    List<QualifiedName> parents = new ArrayList<>(t.inherits());
    if (t.partitionOf() != null) {
      parents.add(t.partitionOf());
    }
    for (QualifiedName p : parents) {
      ctx.catalog
          .resolve(qualifier(p), p.last().name())
          .ifPresent(r -> ctx.objects.inheritance().inherits(schema + "." + table, key(r)));
    }
    boolean plain =
        parents.isEmpty()
            && t.ofType() == null
            && t.elements().stream().noneMatch(e -> e instanceof TableLike);
    if (t.elements().stream()
        .anyMatch(e -> e instanceof TableLike l && OwnedSequences.copiesIdentity(l))) {
      ctx.catalog.sequencesUncertain();
    }
    return () -> {
      for (ColumnDefinition c : t.columns()) {
        OwnedSequences.column(ctx, schema, table, c);
      }
      for (ColumnDefinition c : t.columns()) {
        columnConstraints(ctx, schema, table, c);
      }
      for (Constraint c : t.constraints()) {
        tableConstraint(ctx, schema, table, c);
      }
      ctx.objects.keysKnown(schema, table, plain);
    };
  }

  private static void columnConstraints(
      LoadContext ctx, String schema, String table, ColumnDefinition c) {
    for (Constraint k : c.constraints()) {
      constraint(ctx, schema, table, k, List.of(c.name().name()));
    }
  }

  private static void tableConstraint(LoadContext ctx, String schema, String table, Constraint k) {
    constraint(ctx, schema, table, k, List.of());
  }

  /** One constraint; {@code column} is its column after a column, empty for a table constraint. */
  private static void constraint(
      LoadContext ctx, String schema, String table, Constraint k, List<String> column) {
    String name = k.name() == null ? null : k.name().name();
    if (k instanceof Constraint.ForeignKey fk) {
      List<String> columns = column.isEmpty() ? names(fk.columns()) : column;
      String refTable = fk.table().last().name();
      List<String> refColumns = names(fk.referencedColumns());
      addForeignKey(ctx, schema, table, name, columns, qualifier(fk.table()), refTable, refColumns);
    } else if (k instanceof Constraint.PrimaryKey pk) {
      List<String> columns = column.isEmpty() ? names(pk.columns()) : column;
      addKey(ctx, schema, table, name, columns, "pkey", Kind.KEY);
    } else if (k instanceof Constraint.Unique u) {
      addKey(
          ctx,
          schema,
          table,
          name,
          column.isEmpty() ? names(u.columns()) : column,
          "key",
          Kind.KEY);
    } else if (k instanceof Constraint.Exclude x) {
      List<String> cols = new ArrayList<>();
      x.elements().forEach(e -> cols.add(columnOf(e.element())));
      addKey(ctx, schema, table, name, cols, "excl", Kind.KEY);
    } else if (k instanceof Constraint.Check) {
      addKey(ctx, schema, table, name, column, "check", Kind.CHECK);
    }
  }

  /**
   * Records a primary key, unique, exclusion or check constraint under its written name or the one
   * PostgreSQL chooses ({@code t_pkey}, {@code t_a_key}, {@code t_a_check}).
   */
  static void addKey(
      LoadContext ctx,
      String schema,
      String table,
      String name,
      List<String> columns,
      String label,
      Kind kind) {
    List<String> nameParts = label.equals("pkey") ? List.of() : columns;
    String chosen =
        name != null ? name : ctx.objects.chooseName(ctx.catalog, schema, table, nameParts, label);
    Named n = new Named(schema, chosen, table, kind, columns, label, name != null, ctx.location());
    SchemaLints.checkConstraintName(ctx, n);
    ctx.objects.add(n);
  }

  /**
   * Records a foreign key. An unqualified referenced table is found through the search path (or,
   * not yet created, goes to the first schema on it); no referenced columns means the referenced
   * table's primary key, which is looked up now and again at the end of the load.
   */
  static void addForeignKey(
      LoadContext ctx,
      String schema,
      String table,
      String name,
      List<String> columns,
      String refQualifier,
      String refTable,
      List<String> refColumns) {
    Optional<Relation> target = ctx.catalog.resolve(refQualifier, refTable);
    String refSchema =
        target.map(Relation::schema).orElseGet(() -> ctx.creationSchema(refQualifier));
    List<String> refCols =
        refColumns.isEmpty() ? target.map(Relation::primaryKey).orElse(List.of()) : refColumns;
    String chosen =
        name != null ? name : ctx.objects.chooseName(ctx.catalog, schema, table, columns, "fkey");
    ctx.catalog.addForeignKey(
        new ForeignKey(
            chosen, schema, table, columns, refSchema, refTable, refCols, ctx.location()));
    Named n =
        new Named(
            schema, chosen, table, Kind.FOREIGN_KEY, columns, "fkey", name != null, ctx.location());
    SchemaLints.checkConstraintName(ctx, n);
    ctx.objects.add(n);
  }

  private static Runnable createIndex(LoadContext ctx, String sql, CreateIndex i) {
    QualifiedName tableName = i.table().name();
    Optional<Relation> table = ctx.catalog.resolve(qualifier(tableName), tableName.last().name());
    if (table.isEmpty()) {
      return NOTHING;
    }
    String schema = table.get().schema();
    List<String> columns = new ArrayList<>();
    i.elements().forEach(e -> columns.add(columnOf(e)));
    String definition =
        (i.unique() ? "unique " : "")
            + sql.substring(i.table().start())
                .replaceAll("\\s+", " ")
                .strip()
                .toLowerCase(Locale.ROOT);
    if (i.name() != null && i.ifNotExists()) {
      String name = i.name().name();
      if (SchemaLints.indexSkipped(ctx, schema, name, table.get(), definition)) {
        return NOTHING;
      }
    }
    return () -> {
      String name =
          i.name() != null
              ? i.name().name()
              : ctx.objects.chooseName(ctx.catalog, schema, table.get().name(), columns, "idx");
      ctx.objects.add(
          new Named(
              schema,
              name,
              table.get().name(),
              Kind.INDEX,
              columns,
              definition,
              i.name() != null,
              ctx.location()));
    };
  }

  private static Runnable alter(LoadContext ctx, AlterTable a) {
    QualifiedName qn = a.relation().name();
    String name = qn.last().name();
    if (a.objectKind().equals("index")) {
      String schema = indexSchema(ctx, qualifier(qn), name);
      for (AlterTable.Action action : a.actions()) {
        if (action instanceof RenameTo r && schema != null) {
          return () ->
              ctx.objects.rename(ctx.catalog, schema, null, name, r.newName().name(), true);
        }
      }
      return NOTHING;
    }
    if (!a.objectKind().equals("table") && !a.objectKind().equals("foreign table")) {
      return NOTHING;
    }
    Optional<Relation> found = ctx.catalog.resolve(qualifier(qn), name);
    if (found.isEmpty()) {
      return NOTHING;
    }
    String schema = found.get().schema();
    return () -> {
      for (AlterTable.Action action : a.actions()) {
        AlterActions.apply(ctx, schema, name, action);
      }
    };
  }

  private static Runnable drop(LoadContext ctx, Drop d) {
    if (d.objectKind().equals("index")) {
      List<String[]> indexes = new ArrayList<>();
      for (QualifiedName qn : d.names()) {
        String schema = indexSchema(ctx, qualifier(qn), qn.last().name());
        if (schema != null) {
          indexes.add(new String[] {schema, qn.last().name()});
        }
      }
      return () -> indexes.forEach(x -> ctx.objects.dropIndex(x[0], x[1]));
    }
    if (!d.objectKind().equals("table") && !d.objectKind().equals("foreign table")) {
      return NOTHING;
    }
    Set<String> tables = new LinkedHashSet<>();
    for (QualifiedName qn : d.names()) {
      ctx.catalog
          .resolve(qualifier(qn), qn.last().name())
          .ifPresent(r -> tables.add(r.schema() + "." + r.name()));
    }
    return () -> ctx.objects.tablesDropped(ctx.catalog, tables, d.cascade());
  }

  /** The schema of an index named {@code name}: the qualifier, or the first on the path with it. */
  private static String indexSchema(LoadContext ctx, String qualifier, String name) {
    if (qualifier != null) {
      return qualifier;
    }
    for (String s : ctx.catalog.searchPath()) {
      if (ctx.objects.index(s, name).isPresent()) {
        return s;
      }
    }
    return null;
  }

  private static String columnOf(IndexElement e) {
    return e.column() != null ? e.column().name() : "expr";
  }

  private static String key(Relation r) {
    return r.schema() + "." + r.name();
  }

  static String qualifier(QualifiedName name) {
    List<Identifier> q = name.qualifier();
    return q.isEmpty() ? null : q.get(q.size() - 1).name();
  }

  static List<String> names(List<Identifier> ids) {
    List<String> out = new ArrayList<>();
    ids.forEach(id -> out.add(id.name()));
    return out;
  }

  /** The table actions of ALTER TABLE that add, drop or rename keys, columns or the table. */
  private static final class AlterActions {
    private AlterActions() {}

    static void apply(LoadContext ctx, String schema, String table, AlterTable.Action action) {
      SchemaObjects o = ctx.objects;
      String self = schema + "." + table;
      if (action instanceof AlterTable.AttachPartition p) {
        // the partition takes the parent's keys, under names PostgreSQL chooses
        ctx.catalog
            .resolve(qualifier(p.partition()), p.partition().last().name())
            .ifPresent(
                r -> {
                  o.keysKnown(r.schema(), r.name(), false);
                  o.inheritance().inherits(key(r), self);
                });
      } else if (action instanceof AlterTable.DetachPartition p) {
        ctx.catalog
            .resolve(qualifier(p.partition()), p.partition().last().name())
            .ifPresent(r -> o.inheritance().disinherits(key(r), self));
      } else if (action instanceof AlterTable.Inherit i) {
        ctx.catalog
            .resolve(qualifier(i.parent()), i.parent().last().name())
            .ifPresent(
                r -> {
                  if (i.noInherit()) {
                    o.inheritance().disinherits(self, key(r));
                  } else {
                    o.inheritance().inherits(self, key(r));
                  }
                });
      } else if (action instanceof AlterTable.AddConstraint add) {
        tableConstraint(ctx, schema, table, add.constraint());
      } else if (action instanceof AlterTable.AddColumn add) {
        OwnedSequences.column(ctx, schema, table, add.column());
        columnConstraints(ctx, schema, table, add.column());
      } else if (action instanceof AlterTable.DropConstraint drop) {
        o.dropConstraint(ctx.catalog, schema, table, drop.name().name());
      } else if (action instanceof AlterTable.DropColumn drop) {
        o.columnDropped(ctx.catalog, schema, table, drop.column().name(), drop.cascade());
      } else if (action instanceof AlterTable.RenameColumn r) {
        o.columnRenamed(ctx.catalog, schema, table, r.column().name(), r.newName().name());
      } else if (action instanceof AlterTable.RenameConstraint r) {
        o.rename(ctx.catalog, schema, table, r.name().name(), r.newName().name(), false);
      } else if (action instanceof RenameTo r) {
        o.tableMoved(ctx.catalog, schema, table, schema, r.newName().name());
      } else if (action instanceof SetSchema s) {
        o.tableMoved(ctx.catalog, schema, table, s.schema().name(), table);
      } else {
        OwnedSequences.action(ctx, schema, table, action);
      }
    }
  }
}
