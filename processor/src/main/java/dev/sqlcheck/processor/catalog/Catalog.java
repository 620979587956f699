package dev.sqlcheck.processor.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * An immutable snapshot of the schema: schemas, relations with their columns, enum types, and the
 * history of renamed and dropped tables and columns. All names are as the dialect folds them
 * ({@code Dialect.foldIdentifier}). Relations whose definition failed to parse are
 * <em>unknown</em>: a query that touches one is never reported as wrong.
 */
public final class Catalog {
  private final List<String> searchPath;
  private final Set<String> schemas;
  private final Map<String, Relation> relations; // key: schema + "." + name
  private final Set<String> unknownRelations; // key: schema + "." + name, or "*." + name
  private final Set<String> unknownSchemas; // schemas any relation of which may exist
  private final boolean hasUnnamedUnknowns;
  private final Map<String, List<String>> enums; // key: schema + "." + name
  private final Map<String, List<Attribute>> composites; // key: schema + "." + name
  private final Map<String, HistoryEvent> attributeHistory; // key: type + "." + old attribute
  private final Map<String, HistoryEvent> relationHistory; // key: schema + "." + oldName
  private final Map<String, HistoryEvent> schemaHistory; // key: old schema name
  private final Map<String, HistoryEvent> typeHistory; // key: old type name, any schema
  private final Map<String, HistoryEvent> columnHistory; // key: schema.relation.oldColumn
  private final Map<String, SqlType> domains; // key: schema + "." + name
  private final Routines routines;
  private final Set<String> fixedViews; // views that are not automatically updatable
  private final Set<String> insteadOf; // relations with an INSTEAD OF trigger or DO INSTEAD rule
  private final Map<String, SourceLocation> sequences; // key: schema + "." + name
  private final boolean sequencesUncertain;
  private final TableKeys keys;
  private final List<ForeignKey> foreignKeys;

  private Catalog(Builder b) {
    this.searchPath = List.copyOf(b.searchPath);
    this.schemas = Set.copyOf(b.schemas);
    this.relations = Map.copyOf(b.relations);
    this.unknownRelations = Set.copyOf(b.unknownRelations);
    this.unknownSchemas = Set.copyOf(b.unknownSchemas);
    this.hasUnnamedUnknowns = b.hasUnnamedUnknowns;
    this.enums = Map.copyOf(b.enums);
    this.composites = Map.copyOf(b.composites);
    this.attributeHistory = Map.copyOf(b.attributeHistory);
    this.relationHistory = Map.copyOf(b.relationHistory);
    this.schemaHistory = Map.copyOf(b.schemaHistory);
    this.typeHistory = Map.copyOf(b.typeHistory);
    this.columnHistory = Map.copyOf(b.columnHistory);
    this.domains = Map.copyOf(b.domains);
    this.routines = b.routines.build();
    this.fixedViews = Set.copyOf(b.fixedViews);
    this.insteadOf = Set.copyOf(b.insteadOf);
    this.sequences = Map.copyOf(b.sequences);
    this.sequencesUncertain = b.sequencesUncertain;
    this.keys = b.keys;
    this.foreignKeys = List.copyOf(b.foreignKeys);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * This catalog with every column allowed to be NULL. A query analysed against it shows which of
   * its result columns the query itself proves non-null (a WHERE condition, an aggregate), whatever
   * the columns declare.
   */
  public Catalog withNullableColumns() {
    Builder b = new Builder();
    b.searchPath.clear();
    b.searchPath.addAll(searchPath);
    b.schemas.addAll(schemas);
    for (Map.Entry<String, Relation> e : relations.entrySet()) {
      Relation r = e.getValue();
      List<Column> columns = new ArrayList<>();
      for (Column c : r.columns()) {
        columns.add(Relations.withNotNull(c, false));
      }
      b.relations.put(
          e.getKey(),
          new Relation(
              r.schema(),
              r.name(),
              r.kind(),
              columns,
              r.columnsKnown(),
              r.definedAt(),
              r.primaryKey()));
    }
    b.unknownRelations.addAll(unknownRelations);
    b.unknownSchemas.addAll(unknownSchemas);
    b.hasUnnamedUnknowns = hasUnnamedUnknowns;
    b.enums.putAll(enums);
    b.composites.putAll(composites);
    b.attributeHistory.putAll(attributeHistory);
    b.relationHistory.putAll(relationHistory);
    b.schemaHistory.putAll(schemaHistory);
    b.typeHistory.putAll(typeHistory);
    b.columnHistory.putAll(columnHistory);
    b.domains.putAll(domains);
    b.routines = new Routines.Collector(routines);
    b.fixedViews.addAll(fixedViews);
    b.insteadOf.addAll(insteadOf);
    b.sequences.putAll(sequences);
    b.sequencesUncertain = sequencesUncertain;
    b.keys = keys;
    b.foreignKeys.addAll(foreignKeys);
    return new Catalog(b);
  }

  /** The schemas searched for an unqualified name, {@code [public]} by default. */
  public List<String> searchPath() {
    return searchPath;
  }

  public boolean hasSchema(String schema) {
    return schemas.contains(schema);
  }

  /**
   * Finds a relation. With a null {@code schema}, the search path is tried in order; a name that
   * matches nothing there may still match a relation in another schema (see {@link #findAnywhere}),
   * which helps messages but does not resolve the query.
   */
  public Optional<Relation> find(String schema, String name) {
    if (schema != null) {
      return Optional.ofNullable(inSchema(schema, name));
    }
    for (String s : searchPath) {
      Relation r = inSchema(s, name);
      if (r != null) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /**
   * The relation of this name in a schema: a table or view, or a sequence, which PostgreSQL reads
   * as a one-row table ({@link Relations#sequence}).
   */
  private Relation inSchema(String schema, String name) {
    String key = schema + "." + name;
    Relation r = relations.get(key);
    if (r == null && !sequences.isEmpty()) {
      SourceLocation at = sequences.get(key);
      return at == null ? null : Relations.sequence(schema, name, at);
    }
    return r;
  }

  /** The names of the sequences of one schema. */
  public List<String> sequenceNames(String schema) {
    return namesIn(sequences.keySet(), schema);
  }

  /** The names among "schema.name" keys that are in {@code schema}. */
  private static List<String> namesIn(Set<String> keys, String schema) {
    List<String> out = new ArrayList<>();
    for (String key : keys) {
      if (key.startsWith(schema + ".")) {
        out.add(key.substring(schema.length() + 1));
      }
    }
    return out;
  }

  /** Every sequence, as "schema.name". */
  public Set<String> sequences() {
    return sequences.keySet();
  }

  /**
   * Whether {@code schema.name} is in {@code pg_class} as the schema made it: a table, view,
   * sequence or index. A {@code regclass} constant may name any of them.
   */
  public boolean hasRelationOrIndex(String schema, String name) {
    return inSchema(schema, name) != null || keys.indexNames().contains(schema + "." + name);
  }

  /**
   * Whether every relation, sequence and index the schema made is known by name, apart from the
   * names {@link #mayExist} allows: no statement that could have made a sequence or a relation of a
   * name sqlcheck cannot tell was left unread.
   */
  public boolean relationNamesComplete() {
    return !sequencesUncertain && !hasUnnamedUnknowns;
  }

  /**
   * Whether an INSERT into this table stores what it is given (see {@link TableKeys}), so that a
   * NOT NULL column left without a value is sure to fail it.
   */
  public boolean insertsJudged(Relation table) {
    return keys.insertsJudged().contains(table.schema() + "." + table.name())
        && !insteadOf.contains(table.schema() + "." + table.name());
  }

  /**
   * The unique indexes of a table, when the schema made all of them in statements sqlcheck read;
   * empty when it cannot be sure.
   */
  public Optional<UniqueKeys> uniqueKeys(Relation table) {
    return Optional.ofNullable(keys.uniqueKeys().get(table.schema() + "." + table.name()));
  }

  /**
   * The names of every constraint of a table (primary key, unique, exclusion, foreign key, check),
   * when the schema made all of them in statements sqlcheck read; empty when it cannot be sure.
   */
  public Optional<Set<String>> constraintNames(Relation table) {
    return Optional.ofNullable(keys.constraintNames().get(table.schema() + "." + table.name()));
  }

  /** Relations of this name in any schema, for "did you mean" hints. */
  public List<Relation> findAnywhere(String name) {
    List<Relation> found = new ArrayList<>();
    for (Relation r : relations.values()) {
      if (r.name().equals(name)) {
        found.add(r);
      }
    }
    return found;
  }

  /**
   * True when the relation may exist but could not be modelled (its CREATE failed to parse), or
   * when some failed statement defined a relation whose name could not even be read. A missing
   * relation for which this is true must be reported as a warning at most, never an error.
   */
  public boolean mayExist(String schema, String name) {
    if (hasUnnamedUnknowns) {
      return true;
    }
    if (!unknownSchemas.isEmpty()
        && (schema != null
            ? unknownSchemas.contains(schema)
            : searchPath.stream().anyMatch(unknownSchemas::contains))) {
      return true;
    }
    if (unknownRelations.contains("*." + name)) {
      return true;
    }
    if (schema != null) {
      return unknownRelations.contains(schema + "." + name);
    }
    for (String s : searchPath) {
      if (unknownRelations.contains(s + "." + name)) {
        return true;
      }
    }
    return false;
  }

  public Collection<Relation> relations() {
    return relations.values();
  }

  /** Every foreign key of the schema, in declaration order. */
  public List<ForeignKey> foreignKeys() {
    return foreignKeys;
  }

  /** The foreign keys that reference {@code schema.table}. */
  public List<ForeignKey> referencing(String schema, String table) {
    return foreignKeys.stream().filter(k -> k.references(schema, table)).toList();
  }

  /** One attribute of a composite type: its name and type. */
  public record Attribute(String name, SqlType type) {}

  /**
   * The attributes of a composite type named without its schema, in order, as an unqualified name
   * resolves (the search path, then {@code public}): a type made by {@code CREATE TYPE … AS (…)},
   * else the row type of a table or view of that name.
   */
  public Optional<List<Attribute>> compositeAttributes(String name) {
    List<String> order = new ArrayList<>(searchPath);
    order.add("public");
    for (String schema : order) {
      List<Attribute> attributes = composites.get(schema + "." + name);
      if (attributes != null) {
        return Optional.of(attributes);
      }
    }
    for (String schema : order) {
      Relation r = relations.get(schema + "." + name);
      if (r != null) {
        return r.columnsKnown()
            ? Optional.of(r.columns().stream().map(c -> new Attribute(c.name(), c.type())).toList())
            : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** What became of an attribute a composite type (named in any schema) no longer has. */
  public Optional<HistoryEvent> attributeHistory(String type, String oldAttribute) {
    return Optional.ofNullable(attributeHistory.get(type + "." + oldAttribute));
  }

  /** The labels of an enum type, in declaration order. */
  public Optional<List<String>> enumLabels(String schema, String name) {
    return Optional.ofNullable(enums.get(schema + "." + name));
  }

  /**
   * The labels of an enum type named without its schema, as an unqualified name resolves: through
   * the search path, then {@code public}.
   */
  public Optional<List<String>> enumLabels(String name) {
    for (String schema : searchPath) {
      Optional<List<String>> labels = enumLabels(schema, name);
      if (labels.isPresent()) {
        return labels;
      }
    }
    return enumLabels("public", name);
  }

  /**
   * The names under which {@link #compositeAttributes} finds a type: the composite types and the
   * tables and views (each has a row type) of the search path and {@code public}.
   */
  public Set<String> compositeNames() {
    Set<String> schemas = new HashSet<>(searchPath);
    schemas.add("public");
    Set<String> out = namesIn(composites, schemas, attributes -> true);
    out.addAll(namesIn(relations, schemas, Relation::columnsKnown));
    return out;
  }

  /** The enum types that their name alone finds, on the search path. */
  public Set<String> enumsOnPath() {
    return namesIn(enums, new HashSet<>(searchPath), labels -> true);
  }

  /** The names of the entries of a map keyed {@code schema.name} in these schemas. */
  private static <V> Set<String> namesIn(
      Map<String, V> bySchemaAndName, Set<String> schemas, Predicate<V> keep) {
    Set<String> out = new HashSet<>();
    for (Map.Entry<String, V> e : bySchemaAndName.entrySet()) {
      int dot = e.getKey().indexOf('.');
      if (schemas.contains(e.getKey().substring(0, dot)) && keep.test(e.getValue())) {
        out.add(e.getKey().substring(dot + 1));
      }
    }
    return out;
  }

  /** Whether the relation's name alone, through the search path, finds this relation. */
  public boolean foundByName(Relation r) {
    return find(null, r.name()).orElse(null) == r;
  }

  /** Every enum type, by name (schemas merged, first one wins), with its labels in order. */
  public Map<String, List<String>> enumsByName() {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : enums.entrySet()) {
      out.putIfAbsent(e.getKey().substring(e.getKey().indexOf('.') + 1), e.getValue());
    }
    return out;
  }

  /**
   * Whether INSERT, UPDATE and DELETE may target this relation: a table, an automatically updatable
   * view (one table, no grouping, no set operation…), or any view with an INSTEAD OF trigger or an
   * unconditional DO INSTEAD rule.
   */
  public boolean isUpdatable(Relation relation) {
    String key = relation.schema() + "." + relation.name();
    return relation.kind() == Relation.Kind.TABLE
        || insteadOf.contains(key)
        || relation.kind() == Relation.Kind.VIEW && !fixedViews.contains(key);
  }

  /** The base type of a domain the schema defines. */
  public Optional<SqlType> domain(String schema, String name) {
    return Optional.ofNullable(domains.get(schema + "." + name));
  }

  /** The functions, aggregates and extensions the schema defines. */
  public Routines routines() {
    return routines;
  }

  /** What became of a relation that no longer exists under this name. */
  /** What became of an enum type or domain that no longer exists under this name. */
  public Optional<HistoryEvent> typeHistory(String oldName) {
    return Optional.ofNullable(typeHistory.get(oldName));
  }

  /** What became of a schema that no longer exists under this name: renamed or dropped. */
  public Optional<HistoryEvent> schemaHistory(String oldName) {
    return Optional.ofNullable(schemaHistory.get(oldName));
  }

  public Optional<HistoryEvent> relationHistory(String schema, String oldName) {
    if (schema != null) {
      return Optional.ofNullable(relationHistory.get(schema + "." + oldName));
    }
    for (String s : searchPath) {
      HistoryEvent e = relationHistory.get(s + "." + oldName);
      if (e != null) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /**
   * Something the schema's history did to a relation ({@code column} null, {@code event.oldName()}
   * the relation's old name) or to a column of {@code relation} (named as it is at the end).
   */
  public record Change(String schema, String relation, String column, HistoryEvent event) {}

  /** Every rename and drop the schema's history records, relations first. */
  public List<Change> history() {
    List<Change> out = new ArrayList<>();
    relationHistory.forEach(
        (key, e) -> out.add(new Change(key.substring(0, key.indexOf('.')), null, null, e)));
    columnHistory.forEach(
        (key, e) -> {
          int first = key.indexOf('.');
          int last = key.lastIndexOf('.');
          out.add(
              new Change(key.substring(0, first), key.substring(first + 1, last), e.oldName(), e));
        });
    return out;
  }

  /** What became of a column that no longer exists in {@code relation} under this name. */
  public Optional<HistoryEvent> columnHistory(Relation relation, String oldColumn) {
    return Optional.ofNullable(
        columnHistory.get(relation.schema() + "." + relation.name() + "." + oldColumn));
  }

  /**
   * A mutable builder, used by the schema loader while it replays statements, and by tests. Every
   * method takes normalised names.
   */
  public static final class Builder {
    private final List<String> searchPath = new ArrayList<>(List.of("public"));
    private final Set<String> schemas = new LinkedHashSet<>(List.of("public", "pg_catalog"));
    private final Map<String, Relation> relations = new LinkedHashMap<>();
    private final Set<String> unknownRelations = new LinkedHashSet<>();
    private final Set<String> unknownSchemas = new LinkedHashSet<>();
    private boolean hasUnnamedUnknowns;
    private final Map<String, List<String>> enums = new LinkedHashMap<>();
    private final Map<String, List<Attribute>> composites = new LinkedHashMap<>();
    private final Map<String, HistoryEvent> attributeHistory = new LinkedHashMap<>();
    private final Map<String, HistoryEvent> relationHistory = new LinkedHashMap<>();
    private final Map<String, HistoryEvent> schemaHistory = new LinkedHashMap<>();
    private final Map<String, HistoryEvent> typeHistory = new LinkedHashMap<>();
    private final Map<String, HistoryEvent> columnHistory = new LinkedHashMap<>();
    private final Map<String, SqlType> domains = new LinkedHashMap<>();
    private Routines.Collector routines = new Routines.Collector();
    private final Set<String> fixedViews = new LinkedHashSet<>();
    private final Set<String> insteadOf = new LinkedHashSet<>();
    private final Map<String, SourceLocation> sequences = new LinkedHashMap<>();
    private boolean sequencesUncertain;
    private TableKeys keys = TableKeys.NONE;
    private final ViewUses viewUses = new ViewUses();
    private final List<ForeignKey> foreignKeys = new ArrayList<>();

    private Builder() {}

    /** Records whether a view is automatically updatable. */
    public Builder viewUpdatable(String schema, String name, boolean updatable) {
      if (updatable) {
        fixedViews.remove(schema + "." + name);
      } else {
        fixedViews.add(schema + "." + name);
      }
      return this;
    }

    /** Records an INSTEAD OF trigger or an unconditional DO INSTEAD rule on a relation. */
    public Builder insteadOf(String schema, String name) {
      insteadOf.add(schema + "." + name);
      return this;
    }

    /** Records a domain and its base type. */
    public Builder putDomain(String schema, String name, SqlType base) {
      domains.put(schema + "." + name, base);
      typeHistory.remove(name);
      return this;
    }

    /** Collects the functions, aggregates and extensions the schema defines. */
    public Routines.Collector routines() {
      return routines;
    }

    /** Records a function of the schema whose result is not known. */
    public Builder addFunction(String name) {
      routines.addFunction(name, null);
      return this;
    }

    public Builder searchPath(List<String> path) {
      searchPath.clear();
      searchPath.addAll(path);
      return this;
    }

    public List<String> searchPath() {
      return List.copyOf(searchPath);
    }

    public Builder addSchema(String schema) {
      schemas.add(schema);
      schemaHistory.remove(schema);
      return this;
    }

    public boolean hasSchema(String schema) {
      return schemas.contains(schema);
    }

    /** Sets the keys and indexes of the tables, as the load followed them. */
    public Builder keys(TableKeys tableKeys) {
      keys = tableKeys;
      return this;
    }

    /**
     * Notes that the schema may have made a sequence sqlcheck did not see (a CREATE TABLE it could
     * not read that names a serial type or IDENTITY, or LIKE … INCLUDING IDENTITY).
     */
    public Builder sequencesUncertain() {
      sequencesUncertain = true;
      return this;
    }

    /** Records a sequence ({@code CREATE SEQUENCE}) and where it was created. */
    public Builder addSequence(String schema, String name, SourceLocation at) {
      schemas.add(schema);
      sequences.put(schema + "." + name, at);
      return this;
    }

    /** The schema of the sequence a DDL statement names, through the search path; or empty. */
    public Optional<String> sequenceSchema(String schema, String name) {
      for (String s : schema != null ? List.of(schema) : searchPath) {
        if (sequences.containsKey(s + "." + name)) {
          return Optional.of(s);
        }
      }
      return Optional.empty();
    }

    /** Forgets a sequence; its creation place, or null when there was none. */
    public SourceLocation removeSequence(String schema, String name) {
      return sequences.remove(schema + "." + name);
    }

    /** The names of the sequences in one schema. */
    public List<String> sequencesIn(String schema) {
      return namesIn(sequences.keySet(), schema);
    }

    /** Forgets a schema (DROP SCHEMA, or the old name after ALTER SCHEMA .. RENAME). */
    public Builder removeSchema(String schema, HistoryEvent event) {
      schemas.remove(schema);
      schemaHistory.put(schema, event);
      return this;
    }

    /** The relations defined so far, in the order they were defined. */
    public List<Relation> relations() {
      return List.copyOf(relations.values());
    }

    /** The relations of one schema defined so far, in the order they were defined. */
    public List<Relation> relationsIn(String schema) {
      List<Relation> out = new ArrayList<>();
      for (Relation r : relations.values()) {
        if (r.schema().equals(schema)) {
          out.add(r);
        }
      }
      return out;
    }

    /** Adds or replaces a relation, and forgets any history and unknown mark under its name. */
    public Builder putRelation(Relation relation) {
      String key = relation.schema() + "." + relation.name();
      schemas.add(relation.schema());
      relations.put(key, relation);
      unknownRelations.remove(key);
      relationHistory.remove(key);
      return this;
    }

    public Optional<Relation> relation(String schema, String name) {
      return Optional.ofNullable(relations.get(schema + "." + name));
    }

    /** Resolves an unqualified name through the search path, as PostgreSQL would for DDL. */
    public Optional<Relation> resolve(String schema, String name) {
      if (schema != null) {
        return relation(schema, name);
      }
      for (String s : searchPath) {
        Relation r = relations.get(s + "." + name);
        if (r != null) {
          return Optional.of(r);
        }
      }
      return Optional.empty();
    }

    public Builder removeRelation(String schema, String name) {
      relations.remove(schema + "." + name);
      return this;
    }

    /**
     * Marks a relation as unknown: it may exist, but its columns cannot be trusted. A null schema
     * means "in whatever schema"; a null name means a failed statement whose name could not be
     * read, which makes every missing relation a possibility.
     */
    public Builder markUnknown(String schema, String name) {
      if (name == null) {
        hasUnnamedUnknowns = true;
      } else {
        unknownRelations.add((schema == null ? "*" : schema) + "." + name);
      }
      return this;
    }

    /** Marks every relation of a schema as possible: its tables are described elsewhere. */
    public Builder markSchemaUnknown(String schema) {
      unknownSchemas.add(schema);
      return this;
    }

    /** Adds a foreign key; the schema loader keeps them in step with renames and drops. */
    public Builder addForeignKey(ForeignKey key) {
      foreignKeys.add(key);
      return this;
    }

    /** The foreign keys declared so far, for the loader to rewrite after a rename or drop. */
    public List<ForeignKey> foreignKeys() {
      return foreignKeys;
    }

    public Builder putEnum(String schema, String name, List<String> labels) {
      schemas.add(schema);
      typeHistory.remove(name);
      enums.put(schema + "." + name, List.copyOf(labels));
      return this;
    }

    /** Records a composite type's attributes, in order, or forgets the type ({@code null}). */
    public Builder putComposite(String schema, String name, List<Attribute> attributes) {
      if (attributes == null) {
        composites.remove(schema + "." + name);
      } else {
        schemas.add(schema);
        composites.put(schema + "." + name, List.copyOf(attributes));
      }
      return this;
    }

    /** Records what became of an attribute of a composite type (by the type's name). */
    public Builder recordAttributeEvent(String type, HistoryEvent event) {
      attributeHistory.put(type + "." + event.oldName(), event);
      return this;
    }

    public boolean hasEnum(String schema, String name) {
      return enums.containsKey(schema + "." + name);
    }

    /** Forgets an enum type or a domain of this name; true when there was one. */
    public boolean removeType(String schema, String name) {
      String key = schema + "." + name;
      return enums.remove(key) != null | domains.remove(key) != null;
    }

    /** Records what became of an enum type or domain (by its name, in any schema). */
    public Builder recordTypeEvent(HistoryEvent event) {
      typeHistory.put(event.oldName(), event);
      return this;
    }

    /** The names of the enum types and domains in one schema. */
    public List<String> typesIn(String schema) {
      List<String> out = new ArrayList<>();
      for (String key : enums.keySet()) {
        if (key.startsWith(schema + ".")) {
          out.add(key.substring(schema.length() + 1));
        }
      }
      for (String key : domains.keySet()) {
        if (key.startsWith(schema + ".")) {
          out.add(key.substring(schema.length() + 1));
        }
      }
      return out;
    }

    /** The labels of an enum declared so far, in order. */
    public Optional<List<String>> enumLabels(String schema, String name) {
      return Optional.ofNullable(enums.get(schema + "." + name));
    }

    /**
     * Records what became of a relation. A drop takes the views that use it along (and theirs), as
     * PostgreSQL's {@code CASCADE} does; without it PostgreSQL refuses the drop, so a history that
     * ran has the CASCADE.
     */
    public Builder recordRelationEvent(String schema, HistoryEvent event) {
      relationHistory.put(schema + "." + event.oldName(), event);
      if (event.type() != HistoryEvent.Type.RENAMED) {
        viewUses.forget(schema, event.oldName());
        dropViews(viewUses.using(schema, event.oldName(), null), event.at());
      }
      return this;
    }

    /**
     * Records what became of a column: a rename follows into what views use, and a drop takes the
     * views that use the column along, as for {@link #recordRelationEvent}.
     */
    public Builder recordColumnEvent(String schema, String relation, HistoryEvent event) {
      columnHistory.put(schema + "." + relation + "." + event.oldName(), event);
      if (event.type() == HistoryEvent.Type.DROPPED) {
        dropViews(viewUses.using(schema, relation, event.oldName()), event.at());
      } else {
        viewUses.columnRenamed(schema, relation, event.oldName(), event.newName());
      }
      return this;
    }

    /** The views (as "schema.view") whose query uses this relation. */
    public List<String> viewsUsing(String schema, String relation) {
      return viewUses.using(schema, relation, null);
    }

    /** The views (as "schema.view") whose query uses this column. */
    public List<String> viewsUsing(String schema, String relation, String column) {
      return viewUses.using(schema, relation, column);
    }

    /** Records what a view's query uses, replacing what an earlier definition used. */
    public Builder viewUses(String schema, String view, List<ViewUses.Use> uses) {
      viewUses.define(schema, view, uses);
      return this;
    }

    /** Re-files what views use of a relation after it was renamed or moved. */
    public Builder relationMoved(
        String oldSchema, String oldRelation, String newSchema, String newRelation) {
      moveColumnHistory(oldSchema, oldRelation, newSchema, newRelation);
      viewUses.relationMoved(oldSchema, oldRelation, newSchema, newRelation);
      return this;
    }

    /** Drops views (keys "schema.view") and, through their history events, the views on them. */
    private void dropViews(List<String> keys, SourceLocation at) {
      for (String key : keys) {
        Relation view = relations.remove(key);
        viewUses.forget(key);
        if (view != null) {
          fixedViews.remove(key);
          insteadOf.remove(key);
          recordRelationEvent(
              view.schema(), new HistoryEvent(HistoryEvent.Type.DROPPED, view.name(), null, at));
        }
      }
    }

    /** Re-files the column history of a relation under its new name after a rename or move. */
    private Builder moveColumnHistory(
        String oldSchema, String oldRelation, String newSchema, String newRelation) {
      String oldPrefix = oldSchema + "." + oldRelation + ".";
      Map<String, HistoryEvent> moved = new LinkedHashMap<>();
      columnHistory
          .entrySet()
          .removeIf(
              e -> {
                if (!e.getKey().startsWith(oldPrefix)) {
                  return false;
                }
                String column = e.getKey().substring(oldPrefix.length());
                moved.put(newSchema + "." + newRelation + "." + column, e.getValue());
                return true;
              });
      columnHistory.putAll(moved);
      return this;
    }

    public Catalog build() {
      return new Catalog(this);
    }
  }
}
