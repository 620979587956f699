package dev.sqlcheck.processor.schema;

import dev.sqlcheck.processor.catalog.Column;
import dev.sqlcheck.processor.catalog.Relation;
import dev.sqlcheck.processor.catalog.Relations;
import dev.sqlcheck.processor.dialect.postgres.PgIdentifiers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.create.table.ColDataType;
import net.sf.jsqlparser.statement.create.table.ColumnDefinition;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.create.table.Index;

/**
 * Models {@code CREATE TABLE}: columns with normalised types, NOT NULL, defaults (serial, identity
 * and generated columns count), inline and table-level primary keys; {@code PARTITION OF} and
 * {@code INHERITS} copy the parent's columns, {@code LIKE} copies the source's. {@code CREATE TABLE
 * … AS query} goes to {@link ViewInterpreter#applyTableAs}, which reads it with the
 * PostgreSQL-grammar parser.
 */
final class CreateTableInterpreter {
  /** JSqlParser rejects the SQL-standard {@code integer ARRAY}; {@code integer[]} is the same. */
  private static final Pattern TYPE_ARRAY_KEYWORD =
      Pattern.compile("(?i)([\\w\")])\\s+ARRAY\\b(?!\\s*[\\[(])");

  /** A foreign table is queried like any table; its SERVER/OPTIONS clauses do not parse. */
  private static final Pattern FOREIGN = Pattern.compile("(?is)^CREATE\\s+FOREIGN\\s+TABLE\\b");

  private static final Pattern SERVER_CLAUSE = Pattern.compile("(?is)\\)\\s*SERVER\\s.*$");
  private static final Pattern INHERITS = Pattern.compile("(?i)\\bINHERITS\\s*\\(([^)]*)\\)");

  private CreateTableInterpreter() {}

  static boolean apply(LoadContext ctx, String sql) {
    if (ViewInterpreter.applyTableAs(ctx, sql)) {
      return true;
    }
    if (CreateTableReader.isTyped(sql)) {
      // the token reader reads every typed table it can; the parser cannot read one at all
      if (!applyWithoutParser(ctx, sql)) {
        Failures.createFailed(
            ctx,
            "CREATE TABLE",
            sql,
            "a typed table (OF type) with options sqlcheck does not read");
        return false;
      }
      return true;
    }
    String text = TYPE_ARRAY_KEYWORD.matcher(sql).replaceAll("$1[]");
    if (FOREIGN.matcher(text).find()) {
      text =
          SERVER_CLAUSE
              .matcher(FOREIGN.matcher(text).replaceFirst("CREATE TABLE"))
              .replaceFirst(")");
    }
    // JSqlParser does not take a schema-qualified parent (pg_dump writes INHERITS (public.a)):
    // the parents are read from the text instead.
    text = INHERITS.matcher(text).replaceFirst("");
    DdlParser.Result parsed = DdlParser.parse(text);
    if (!parsed.ok() || !(parsed.statement() instanceof CreateTable create)) {
      Failures.createFailed(ctx, "CREATE TABLE", sql, errorOf(parsed));
      return false;
    }
    Table table = create.getTable();
    String schema = ctx.creationSchema(PgIdentifiers.fold(table.getSchemaName()));
    String name = PgIdentifiers.fold(table.getName());
    if (create.isIfNotExists() && ctx.catalog.relation(schema, name).isPresent()) {
      return true;
    }
    Optional<List<Column>> columns = columns(ctx, create, sql, schema, name);
    ctx.catalog.putRelation(
        new Relation(
            schema,
            name,
            Relation.Kind.TABLE,
            columns.orElse(List.of()),
            columns.isPresent(),
            ctx.location(),
            primaryKey(create)));
    return true;
  }

  /**
   * Models a table read by {@link CreateTableReader} from tokens, exactly as {@link #apply} models
   * it from the parser's tree; false, with nothing changed, when the reader gave up.
   */
  static boolean applyWithoutParser(LoadContext ctx, String sql) {
    CreateTableReader.TableDef def = CreateTableReader.read(sql);
    if (def == null) {
      return false;
    }
    String schema = ctx.creationSchema(def.schema());
    if (def.ifNotExists() && ctx.catalog.relation(schema, def.name()).isPresent()) {
      return true;
    }
    if (def.ofType() != null) {
      return applyTyped(ctx, sql, schema, def);
    }
    Map<String, Column> byName = new LinkedHashMap<>();
    for (CreateTableReader.ColumnDef c : def.columns()) {
      putColumn(byName, column(ctx, schema, def.name(), c.rawName(), c.typeText(), c.specs()));
    }
    putTable(ctx, schema, def, byName);
    return true;
  }

  /**
   * Puts the table {@code def} read with the columns {@code byName}: the primary key, written as a
   * table constraint or on its columns, makes them NOT NULL and is its key.
   */
  private static void putTable(
      LoadContext ctx, String schema, CreateTableReader.TableDef def, Map<String, Column> byName) {
    markPrimaryKey(byName, def.primaryKey());
    List<String> key = new ArrayList<>(def.primaryKey());
    for (CreateTableReader.ColumnDef c : def.columns()) {
      if (c.specs().primaryKey()) {
        key.add(PgIdentifiers.fold(c.rawName()));
      }
    }
    ctx.catalog.putRelation(
        new Relation(
            schema,
            def.name(),
            Relation.Kind.TABLE,
            List.copyOf(byName.values()),
            true,
            ctx.location(),
            key));
  }

  /**
   * A typed table: the composite type's attributes are its columns, in order, and the list adds NOT
   * NULL, defaults and keys to some of them. It follows later {@code ALTER TYPE .. ATTRIBUTE}
   * changes ({@link TypeDdl#alterComposite}). True when handled, also when it could not be read
   * (then reported), so that the parser does not try it again.
   */
  private static boolean applyTyped(
      LoadContext ctx, String sql, String schema, CreateTableReader.TableDef def) {
    List<String> type = def.ofType();
    String typeName = type.get(type.size() - 1);
    Optional<Composites.Composite> composite =
        ctx.composites.find(type.size() > 1 ? type.get(0) : null, typeName);
    if (composite.isEmpty()) {
      Failures.createFailed(
          ctx,
          "CREATE TABLE",
          sql,
          "its type \"" + typeName + "\" is not a composite type the schema defines");
      return true;
    }
    Map<String, ColumnSpecs> options = new LinkedHashMap<>();
    for (CreateTableReader.ColumnDef option : def.columns()) {
      options.put(PgIdentifiers.fold(option.rawName()), option.specs());
    }
    Map<String, Column> byName = new LinkedHashMap<>();
    for (Composites.Attribute a : composite.get().attributes()) {
      ColumnSpecs specs = options.remove(a.name());
      putColumn(
          byName,
          column(
              ctx,
              schema,
              def.name(),
              quoted(a.name()),
              a.typeText(),
              specs == null ? ColumnSpecs.NONE : specs));
    }
    if (!options.isEmpty()) {
      String name = options.keySet().iterator().next();
      Failures.createFailed(
          ctx, "CREATE TABLE", sql, "column \"" + name + "\" is not an attribute of " + typeName);
      return true;
    }
    putTable(ctx, schema, def, byName);
    composite.get().typedTables().add(List.of(schema, def.name()));
    return true;
  }

  /** A folded name as an identifier that folds to itself. */
  private static String quoted(String name) {
    return '"' + name.replace("\"", "\"\"") + '"';
  }

  static String errorOf(DdlParser.Result parsed) {
    return parsed.ok() ? "unexpected statement type" : parsed.error();
  }

  /** The table's columns, or empty when they cannot be known. */
  private static Optional<List<Column>> columns(
      LoadContext ctx, CreateTable create, String sql, String schema, String name) {
    Map<String, Column> byName = new LinkedHashMap<>();
    boolean known = true;
    List<Table> parents = new ArrayList<>();
    if (create.getPartitionOf() != null) {
      parents.add(create.getPartitionOf());
    }
    if (create.getLikeTable() != null) {
      parents.add(create.getLikeTable());
    }
    parents.addAll(inherited(sql));
    for (Table parent : parents) {
      known &=
          copyParent(
              ctx,
              parent,
              byName,
              parent == create.getLikeTable() ? LikeCopies.of(sql) : LikeCopies.INHERITED);
    }
    if (create.getSelect() != null) {
      // AS query is read by ViewInterpreter.applyTableAs; here only when that parser failed.
      known = false;
    }
    if (create.getColumnDefinitions() != null) {
      for (ColumnDefinition def : create.getColumnDefinitions()) {
        putColumn(
            byName,
            column(
                ctx,
                schema,
                name,
                def.getColumnName(),
                def.getColDataType(),
                def.getColumnSpecs()));
      }
    }
    applyPrimaryKeys(create, byName);
    return known ? Optional.of(List.copyOf(byName.values())) : Optional.empty();
  }

  private static void putColumn(Map<String, Column> byName, Column c) {
    byName.merge(
        c.name(), c, (old, now) -> Relations.withNotNull(old, old.notNull() || now.notNull()));
  }

  /** Builds one column of {@code table} from its definition; shared with ALTER TABLE ADD COLUMN. */
  static Column column(
      LoadContext ctx,
      String schema,
      String table,
      String rawName,
      ColDataType type,
      List<String> specs) {
    return column(ctx, schema, table, rawName, typeText(type), ColumnSpecs.read(specs));
  }

  private static Column column(
      LoadContext ctx,
      String schema,
      String table,
      String rawName,
      String typeText,
      ColumnSpecs s) {
    boolean serial = ctx.dialect.isSerial(typeText);
    boolean notNull = s.notNull() || serial || ctx.isNotNullDomain(typeText);
    String name = PgIdentifiers.fold(rawName);
    ctx.madeColumn(typeText, schema, table, name, s.notNull() || serial);
    return new Column(
        name,
        ctx.resolveType(typeText),
        notNull,
        s.hasDefault() || serial || ctx.isDefaultDomain(typeText),
        ctx.location(),
        s.generated());
  }

  static String typeText(ColDataType type) {
    String text = type.getDataType();
    if (type.getArgumentsStringList() != null && !type.getArgumentsStringList().isEmpty()) {
      text += "(" + String.join(",", type.getArgumentsStringList()) + ")";
    }
    if (type.getArrayData() != null && !type.getArrayData().isEmpty()) {
      text += "[]";
    }
    return text;
  }

  /**
   * What {@code LIKE source} copies besides names, types and NOT NULL, after its {@code
   * INCLUDING|EXCLUDING} options, read in order: plain defaults, generation expressions, identity.
   */
  record LikeCopies(boolean defaults, boolean generated, boolean identity) {
    /**
     * What a child of INHERITS or PARTITION OF gets: defaults and generation, not identity (before
     * PostgreSQL 17 a partition has none, and a value written to it is allowed somewhere).
     */
    static final LikeCopies INHERITED = new LikeCopies(true, true, false);

    static LikeCopies of(String sql) {
      boolean defaults = false;
      boolean generated = false;
      boolean identity = false;
      List<SqlTokens.Token> t = SqlTokens.tokenize(sql, Integer.MAX_VALUE);
      int i = likeElement(t);
      for (i++; i < t.size() && !t.get(i).isSymbol(",") && !t.get(i).isSymbol(")"); i++) {
        boolean including = t.get(i).is("INCLUDING");
        if ((including || t.get(i).is("EXCLUDING")) && i + 1 < t.size()) {
          String what = t.get(++i).upper();
          boolean all = what.equals("ALL");
          defaults = all || what.equals("DEFAULTS") ? including : defaults;
          generated = all || what.equals("GENERATED") ? including : generated;
          identity = all || what.equals("IDENTITY") ? including : identity;
        }
      }
      return new LikeCopies(defaults, generated, identity);
    }

    /**
     * Where the {@code LIKE} element starts: a LIKE that opens an element of the column list, not
     * one inside a CHECK expression; past the end when there is none.
     */
    private static int likeElement(List<SqlTokens.Token> t) {
      int depth = 0;
      for (int i = 0; i < t.size(); i++) {
        SqlTokens.Token token = t.get(i);
        if (token.is("LIKE")
            && depth == 1
            && (t.get(i - 1).isSymbol("(") || t.get(i - 1).isSymbol(","))) {
          return i;
        }
        depth += token.isSymbol("(") ? 1 : token.isSymbol(")") ? -1 : 0;
      }
      return t.size();
    }

    /** The copy of {@code c}: an identity, generated or defaulted column keeps that if copied. */
    Column copy(Column c) {
      boolean keeps =
          switch (c.generated()) {
            case IDENTITY_ALWAYS -> identity;
            case EXPRESSION -> generated;
            case NONE -> defaults;
          };
      return keeps ? c : Relations.withDefault(c.withGenerated(Column.Generated.NONE), false);
    }
  }

  private static boolean copyParent(
      LoadContext ctx, Table parent, Map<String, Column> into, LikeCopies copies) {
    String schema = PgIdentifiers.fold(parent.getSchemaName());
    Optional<Relation> found = ctx.catalog.resolve(schema, PgIdentifiers.fold(parent.getName()));
    if (found.isEmpty() || !found.get().columnsKnown()) {
      return false;
    }
    for (Column c : found.get().columns()) {
      into.putIfAbsent(c.name(), copies.copy(c));
    }
    return true;
  }

  /** The parents an {@code INHERITS (…)} clause of the statement names. */
  private static List<Table> inherited(String sql) {
    List<Table> parents = new ArrayList<>();
    Matcher m = INHERITS.matcher(sql);
    if (m.find()) {
      for (String part : m.group(1).split(",")) {
        String[] qualified = part.strip().split("\\.");
        Table t = new Table(qualified[qualified.length - 1]);
        if (qualified.length > 1) {
          t.setSchemaName(qualified[qualified.length - 2]);
        }
        parents.add(t);
      }
    }
    return parents;
  }

  /** The primary key's columns: a table constraint, or a column declared PRIMARY KEY. */
  private static List<String> primaryKey(CreateTable create) {
    List<String> key = new ArrayList<>();
    if (create.getIndexes() != null) {
      for (Index index : create.getIndexes()) {
        if (index.getType() != null
            && index.getType().toUpperCase(Locale.ROOT).startsWith("PRIMARY")) {
          index.getColumnsNames().stream().map(PgIdentifiers::fold).forEach(key::add);
        }
      }
    }
    if (create.getColumnDefinitions() != null) {
      for (ColumnDefinition def : create.getColumnDefinitions()) {
        if (def.getColumnSpecs() != null && ColumnSpecs.read(def.getColumnSpecs()).primaryKey()) {
          key.add(PgIdentifiers.fold(def.getColumnName()));
        }
      }
    }
    return key;
  }

  private static void applyPrimaryKeys(CreateTable create, Map<String, Column> byName) {
    if (create.getIndexes() == null) {
      return;
    }
    for (Index index : create.getIndexes()) {
      if (index.getType() != null
          && index.getType().toUpperCase(Locale.ROOT).startsWith("PRIMARY")) {
        markPrimaryKey(byName, index.getColumnsNames().stream().map(PgIdentifiers::fold).toList());
      }
    }
  }

  private static void markPrimaryKey(Map<String, Column> byName, List<String> columns) {
    for (String name : columns) {
      byName.computeIfPresent(name, (k, c) -> Relations.withNotNull(c, true));
    }
  }
}
