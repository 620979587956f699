package dev.sqlcheck.processor.schema;

import dev.sqlcheck.processor.catalog.Catalog;
import dev.sqlcheck.processor.catalog.ForeignKey;
import dev.sqlcheck.processor.catalog.SourceLocation;
import dev.sqlcheck.processor.catalog.TableKeys;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The named objects of a schema besides its relations, as a load replays statements: indexes and
 * constraints, kept so that foreign keys (stored in the catalog being built) follow renames and
 * drops, so that unnamed constraints get the name PostgreSQL gives them, and so that the schema
 * lints can see a name used twice.
 *
 * <p>Two name spaces matter, as in PostgreSQL: an index shares {@code pg_class} with the tables,
 * views and sequences of its schema, so a second index of the same name is refused (or, with {@code
 * IF NOT EXISTS}, skipped); a constraint name needs only be unique within its table, so two tables
 * of one schema may both have a constraint {@code fk_owner}.
 */
final class SchemaObjects {
  /** What sort of named object. */
  enum Kind {
    /** CREATE INDEX. */
    INDEX,
    /** PRIMARY KEY, UNIQUE or EXCLUDE: a constraint that owns an index of the same name. */
    KEY,
    FOREIGN_KEY,
    CHECK,
    /**
     * A sequence a column owns: made for a serial or identity column, or tied to one by {@code
     * ALTER SEQUENCE … OWNED BY}. It goes with its column and its table, and moves with the table
     * to another schema.
     */
    SEQUENCE
  }

  /**
   * An index or constraint: its schema and name, the table it belongs to, its columns, a normalised
   * definition (to tell a repeated identical index from another one), whether its name was written
   * or chosen by PostgreSQL, and where it was declared.
   */
  record Named(
      String schema,
      String name,
      String table,
      Kind kind,
      List<String> columns,
      String definition,
      boolean explicit,
      SourceLocation at) {
    Named {
      columns = List.copyOf(columns);
    }

    boolean ownsIndex() {
      return kind == Kind.INDEX || kind == Kind.KEY;
    }

    boolean isConstraint() {
      return kind == Kind.KEY || kind == Kind.FOREIGN_KEY || kind == Kind.CHECK;
    }

    Named withTable(String newSchema, String newTable) {
      return new Named(newSchema, name, newTable, kind, columns, definition, explicit, at);
    }

    Named withName(String newName) {
      return new Named(schema, newName, table, kind, columns, definition, explicit, at);
    }

    Named withName(String newSchema, String newName) {
      return new Named(newSchema, newName, table, kind, columns, definition, explicit, at);
    }

    Named withColumns(List<String> newColumns) {
      return new Named(schema, name, table, kind, newColumns, definition, explicit, at);
    }
  }

  /** PostgreSQL's NAMEDATALEN - 1: longer names are cut. */
  private static final int MAX_NAME = 63;

  private final List<Named> objects = new ArrayList<>();

  /**
   * Tables ("schema.table") whose every constraint this load has seen made, renamed and dropped.
   */
  private final Set<String> keysKnown = new java.util.HashSet<>();

  private final Inheritance inheritance = new Inheritance();

  /** Whether a statement that may have made an index was not read. */
  private boolean indexesUncertain;

  private final InsertFillers fillers = new InsertFillers();

  /**
   * Records whether every constraint of a table is known: true for a plain CREATE TABLE read by the
   * grammar; false for one made with LIKE, INHERITS, PARTITION OF or OF type, or attached as a
   * partition, which take constraints (and names PostgreSQL chooses) from elsewhere.
   */
  void keysKnown(String schema, String table, boolean known) {
    if (known) {
      keysKnown.add(schema + "." + table);
    } else {
      keysKnown.remove(schema + "." + table);
    }
  }

  /** The keys and indexes, for the catalog. */
  TableKeys keys() {
    return TableKeysOf.of(
        objects, keysKnown, indexesUncertain, fillers.judged(keysKnown, inheritance));
  }

  /** The triggers and rules that may fill in the rows of INSERTs. */
  InsertFillers fillers() {
    return fillers;
  }

  /** Notes that a statement that may have made an index was not read. */
  void indexesUncertain() {
    indexesUncertain = true;
  }

  /** Which tables inherit from or are partitions of which. */
  Inheritance inheritance() {
    return inheritance;
  }

  /** The index or index-owning constraint of this name in {@code schema}. */
  Optional<Named> index(String schema, String name) {
    return objects.stream()
        .filter(o -> o.ownsIndex() && o.schema().equals(schema) && o.name().equals(name))
        .findFirst();
  }

  /** The constraints of this name in {@code schema}, on any table. */
  List<Named> constraints(String schema, String name) {
    return objects.stream()
        .filter(o -> o.isConstraint() && o.schema().equals(schema) && o.name().equals(name))
        .toList();
  }

  void add(Named object) {
    objects.add(object);
  }

  /**
   * The name PostgreSQL gives an unnamed constraint or index ({@code ChooseConstraintName} and
   * {@code ChooseRelationName}): {@code table_col1_col2_label}, each part cut so the whole fits in
   * 63 bytes, with a number after the label while the name is taken in the schema.
   */
  String chooseName(
      Catalog.Builder catalog, String schema, String table, List<String> columns, String label) {
    String addition = columns.isEmpty() ? null : String.join("_", columns);
    for (int pass = 0; ; pass++) {
      String candidate = makeObjectName(table, addition, pass == 0 ? label : label + pass);
      boolean taken =
          objects.stream().anyMatch(o -> o.schema().equals(schema) && o.name().equals(candidate))
              || catalog.relation(schema, candidate).isPresent()
              || catalog.sequenceSchema(schema, candidate).isPresent();
      if (!taken) {
        return candidate;
      }
    }
  }

  private static String makeObjectName(String name1, String name2, String label) {
    String a = name1;
    String b = name2 == null ? "" : name2;
    int overhead = label.length() + 1 + (name2 == null ? 0 : 1);
    while (a.length() + b.length() > MAX_NAME - overhead) {
      if (a.length() > b.length()) {
        a = a.substring(0, a.length() - 1);
      } else {
        b = b.substring(0, b.length() - 1);
      }
    }
    return a + (name2 == null ? "" : "_" + b) + "_" + label;
  }

  /** Drops the constraint {@code name} of a table, and the foreign key it is. */
  void dropConstraint(Catalog.Builder catalog, String schema, String table, String name) {
    objects.removeIf(
        o ->
            o.isConstraint()
                && o.schema().equals(schema)
                && table.equals(o.table())
                && o.name().equals(name));
    catalog
        .foreignKeys()
        .removeIf(
            k -> k.schema().equals(schema) && k.table().equals(table) && name.equals(k.name()));
  }

  void dropIndex(String schema, String name) {
    objects.removeIf(
        o -> o.kind() == Kind.INDEX && o.schema().equals(schema) && o.name().equals(name));
  }

  /** Renames an index or constraint ({@code ALTER INDEX .. RENAME}, {@code RENAME CONSTRAINT}). */
  void rename(
      Catalog.Builder catalog, String schema, String table, String from, String to, boolean index) {
    objects.replaceAll(
        o ->
            o.schema().equals(schema)
                    && o.name().equals(from)
                    && (index ? o.ownsIndex() : table.equals(o.table()) && o.isConstraint())
                ? o.withName(to)
                : o);
    if (!index) {
      catalog
          .foreignKeys()
          .replaceAll(
              k ->
                  k.schema().equals(schema) && k.table().equals(table) && from.equals(k.name())
                      ? withName(k, to)
                      : k);
    }
  }

  /** A table was renamed or moved to another schema: its keys and indexes go with it. */
  void tableMoved(
      Catalog.Builder catalog, String oldSchema, String oldTable, String schema, String table) {
    if (keysKnown.remove(oldSchema + "." + oldTable)) {
      keysKnown.add(schema + "." + table);
    }
    inheritance.moved(oldSchema + "." + oldTable, schema + "." + table);
    fillers.moved(oldSchema + "." + oldTable, schema + "." + table);
    if (!schema.equals(oldSchema)) {
      for (Named o : objects) {
        if (o.kind() == Kind.SEQUENCE
            && o.schema().equals(oldSchema)
            && oldTable.equals(o.table())) {
          catalog.addSequence(schema, o.name(), catalog.removeSequence(oldSchema, o.name()));
        }
      }
    }
    objects.replaceAll(
        o ->
            o.schema().equals(oldSchema) && oldTable.equals(o.table())
                ? o.withTable(schema, table)
                : o);
    rewriteKeys(catalog, oldSchema, oldTable, schema, table, cols -> cols);
  }

  void columnRenamed(Catalog.Builder catalog, String schema, String table, String from, String to) {
    objects.replaceAll(
        o ->
            o.schema().equals(schema) && table.equals(o.table()) && o.columns().contains(from)
                ? o.withColumns(replace(o.columns(), from, to))
                : o);
    rewriteKeys(catalog, schema, table, schema, table, cols -> replace(cols, from, to));
  }

  /**
   * Moves the keys of {@code schema.table} and the keys that reference it to {@code
   * newSchema.newTable}, rewriting their columns on that table with {@code columns}.
   */
  private static void rewriteKeys(
      Catalog.Builder catalog,
      String schema,
      String table,
      String newSchema,
      String newTable,
      UnaryOperator<List<String>> columns) {
    catalog
        .foreignKeys()
        .replaceAll(
            k -> {
              ForeignKey out = k;
              if (k.schema().equals(schema) && k.table().equals(table)) {
                out = owned(out, newSchema, newTable, columns.apply(out.columns()));
              }
              if (out.references(schema, table)) {
                out = retarget(out, newSchema, newTable, columns.apply(out.refColumns()));
              }
              return out;
            });
  }

  /**
   * A column was dropped: the table's own constraints on it go (PostgreSQL drops them with the
   * column), and so do other tables' keys that reference it when {@code cascade}; without CASCADE
   * PostgreSQL refuses the drop, and those keys are left to point at nothing.
   */
  void columnDropped(
      Catalog.Builder catalog, String schema, String table, String column, boolean cascade) {
    remove(
        catalog,
        o -> o.schema().equals(schema) && table.equals(o.table()) && o.columns().contains(column));
    Predicate<ForeignKey> own =
        k -> k.schema().equals(schema) && k.table().equals(table) && k.columns().contains(column);
    Predicate<ForeignKey> referencing =
        k -> cascade && k.references(schema, table) && k.refColumns().contains(column);
    removeKeys(catalog, own.or(referencing));
  }

  /**
   * Tables were dropped together: their indexes and constraints go, and so do the keys of other
   * tables that reference them when {@code cascade} (without it PostgreSQL refuses the drop).
   */
  void tablesDropped(Catalog.Builder catalog, Set<String> qualified, boolean cascade) {
    keysKnown.removeAll(qualified);
    inheritance.dropped(qualified);
    fillers.dropped(qualified);
    remove(catalog, o -> qualified.contains(o.schema() + "." + o.table()));
    removeKeys(
        catalog,
        k ->
            qualified.contains(k.schema() + "." + k.table())
                || cascade && qualified.contains(k.refSchema() + "." + k.refTable()));
  }

  /** Forgets objects, and nothing else: a sequence stays in the catalog. */
  void forget(Predicate<Named> which) {
    objects.removeIf(which);
  }

  /** Changes each object as {@code f} says. */
  void replace(UnaryOperator<Named> f) {
    objects.replaceAll(f);
  }

  /** Removes objects; a sequence a column owned leaves the catalog with it. */
  void remove(Catalog.Builder catalog, Predicate<Named> which) {
    objects.removeIf(
        o -> {
          if (!which.test(o)) {
            return false;
          }
          if (o.kind() == Kind.SEQUENCE) {
            catalog.removeSequence(o.schema(), o.name());
          }
          return true;
        });
  }

  /** Every foreign key of a table, for Liquibase's dropAllForeignKeyConstraints. */
  void dropAllForeignKeys(Catalog.Builder catalog, String schema, String table) {
    removeKeys(catalog, k -> k.schema().equals(schema) && k.table().equals(table));
  }

  private void removeKeys(Catalog.Builder catalog, Predicate<ForeignKey> which) {
    Map<String, ForeignKey> removed = new LinkedHashMap<>();
    catalog
        .foreignKeys()
        .removeIf(
            k -> {
              if (which.test(k)) {
                removed.put(k.schema() + "." + k.table() + "." + k.name(), k);
                return true;
              }
              return false;
            });
    objects.removeIf(
        o ->
            o.kind() == Kind.FOREIGN_KEY
                && removed.containsKey(o.schema() + "." + o.table() + "." + o.name()));
  }

  private static List<String> replace(List<String> names, String from, String to) {
    return names.stream().map(n -> n.equals(from) ? to : n).toList();
  }

  private static ForeignKey owned(ForeignKey k, String schema, String table, List<String> cols) {
    return new ForeignKey(
        k.name(), schema, table, cols, k.refSchema(), k.refTable(), k.refColumns(), k.definedAt());
  }

  static ForeignKey retarget(ForeignKey k, String refSchema, String refTable, List<String> cols) {
    return new ForeignKey(
        k.name(), k.schema(), k.table(), k.columns(), refSchema, refTable, cols, k.definedAt());
  }

  private static ForeignKey withName(ForeignKey k, String name) {
    return new ForeignKey(
        name,
        k.schema(),
        k.table(),
        k.columns(),
        k.refSchema(),
        k.refTable(),
        k.refColumns(),
        k.definedAt());
  }
}
