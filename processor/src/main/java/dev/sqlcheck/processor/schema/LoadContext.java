package dev.sqlcheck.processor.schema;

import dev.sqlcheck.processor.catalog.Catalog;
import dev.sqlcheck.processor.catalog.Relations;
import dev.sqlcheck.processor.catalog.SourceLocation;
import dev.sqlcheck.processor.catalog.SqlType;
import dev.sqlcheck.processor.dialect.Dialect;
import dev.sqlcheck.processor.dialect.postgres.PostgresDialect;
import dev.sqlcheck.processor.dialect.postgres.parse.PgParseResult;
import dev.sqlcheck.processor.dialect.postgres.parse.PgParser;
import dev.sqlcheck.processor.problem.Message;
import dev.sqlcheck.processor.schema.SchemaLoadResult.Diagnostic;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The state shared by the interpreters while a load replays statements: the catalog builder, the
 * domains seen so far, the relations already reported as lost, the diagnostics, and where the
 * current statement is.
 */
final class LoadContext {
  /** A domain's base type and whether it forbids NULL. */
  record Domain(SqlType baseType, boolean notNull, boolean hasDefault) {}

  /**
   * A column made of a domain: where it is, and whether it is NOT NULL by a constraint of its own
   * (then the domain's NOT NULL does not decide it).
   */
  record DomainColumn(String schema, String table, String column, boolean ownNotNull) {}

  final Catalog.Builder catalog = Catalog.builder();
  final Dialect dialect;
  final ViewColumnResolver resolver;
  final SchemaObjects objects = new SchemaObjects();

  /** The composite types seen so far, which typed tables are made of. */
  final Composites composites = new Composites(catalog, this::resolveType);

  /** Temporary tables and views made so far, which end with the load. */
  final TempRelations temporaries = new TempRelations();

  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Map<String, Domain> domains = new HashMap<>();
  private final Map<String, List<DomainColumn>> domainColumns = new HashMap<>();
  private final Set<String> lostRelations = new HashSet<>();

  /** Set once a refused statement looked like MySQL: one message says so for the whole load. */
  boolean notPostgresqlReported;

  /** The last statement read by PostgreSQL's grammar, which the strict check and keys share. */
  private String parsedSql;

  private PgParseResult parsed;

  private String file = "schema.sql";
  private int line = 1;

  LoadContext(Dialect dialect, ViewColumnResolver resolver) {
    this.dialect = dialect;
    this.resolver = resolver;
  }

  void at(String newFile, int newLine) {
    this.file = newFile;
    this.line = newLine;
  }

  SourceLocation location() {
    return new SourceLocation(file, line);
  }

  List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** Records a problem with the current statement. */
  void warn(Message message, Object... args) {
    diagnostics.add(new Diagnostic(message.code(), location(), message.text(args)));
  }

  /**
   * Reports a statement PostgreSQL refuses, and that therefore changes nothing, because a view it
   * would keep (as "schema.view") uses what the statement drops or changes.
   */
  void refusedForView(String statement, String viewKey, boolean cascadeHelps) {
    warn(
        Message.DROP_REFUSED,
        statement,
        "view \""
            + viewKey.substring(viewKey.indexOf('.') + 1)
            + (cascadeHelps
                ? "\" depends on it (add CASCADE to drop the view too)"
                : "\" uses the column (drop the view first, and create it again)"));
  }

  /** Records a problem found later than its statement, at {@code where}. */
  void warnAt(SourceLocation where, Message message, Object... args) {
    diagnostics.add(new Diagnostic(message.code(), where, message.text(args)));
  }

  /** The schema an unqualified new object goes to: the first one on the search path. */
  String creationSchema(String schema) {
    if (schema != null) {
      return schema;
    }
    List<String> path = catalog.searchPath();
    return path.isEmpty() ? dialect.defaultSchema() : path.get(0);
  }

  /** Marks a relation unknown after its statement failed, remembering not to warn twice. */
  void lose(String schema, String name) {
    catalog.markUnknown(schema, name);
    if (name != null) {
      lostRelations.add(name);
    }
  }

  boolean wasLost(String name) {
    return lostRelations.contains(name);
  }

  void putDomain(String schema, String name, Domain domain) {
    catalog.addSchema(schema);
    catalog.putDomain(schema, name, domain.baseType());
    domains.put(schema + "." + name, domain);
  }

  /** The names of the enum types and domains in one schema. */
  List<String> typesIn(String schema) {
    return catalog.typesIn(schema);
  }

  /** Forgets an enum type or a domain; true when there was one. */
  boolean removeType(String schema, String name) {
    domains.remove(schema + "." + name);
    return catalog.removeType(schema, name);
  }

  /**
   * Renames or moves an enum type or a domain; false when there is none, or when the new name is
   * taken (PostgreSQL then refuses, and nothing changes).
   */
  boolean moveType(String schema, String name, String newSchema, String newName) {
    if (catalog.hasEnum(newSchema, newName) || domains.containsKey(newSchema + "." + newName)) {
      return false;
    }
    Optional<List<String>> labels = catalog.enumLabels(schema, name);
    Domain domain = domains.get(schema + "." + name);
    if (labels.isEmpty() && domain == null) {
      return false;
    }
    removeType(schema, name);
    if (labels.isPresent()) {
      catalog.putEnum(newSchema, newName, labels.get());
    } else {
      putDomain(newSchema, newName, domain);
    }
    return true;
  }

  /**
   * The schema of a type named in DDL: the one written, else the first on the search path that has
   * an enum or domain of that name, else where a new object would go.
   */
  String typeSchema(String schema, String name) {
    if (schema != null) {
      return schema;
    }
    for (String s : catalog.searchPath()) {
      if (catalog.hasEnum(s, name) || domains.containsKey(s + "." + name)) {
        return s;
      }
    }
    return creationSchema(null);
  }

  /** Turns a type as written in DDL into a catalog type, resolving enums and domains. */
  SqlType resolveType(String raw) {
    Dialect.TypeName n = dialect.normalizeType(raw);
    Optional<Domain> domain = findDomain(n.schema(), n.name());
    if (domain.isPresent()) {
      SqlType base = domain.get().baseType();
      return n.array() ? base.asArray() : base;
    }
    SqlType type = isEnum(n.schema(), n.name()) ? SqlType.enumOf(n.name()) : SqlType.of(n.name());
    return n.array() ? type.asArray() : type;
  }

  /** Notes a column made with the type {@code raw}, when that is a domain. */
  void madeColumn(String raw, String schema, String table, String column, boolean ownNotNull) {
    if (domains.isEmpty()) {
      return;
    }
    Dialect.TypeName n = dialect.normalizeType(raw);
    String key = n.array() ? null : domainKey(n.schema(), n.name());
    if (key != null) {
      domainColumns
          .computeIfAbsent(key, k -> new ArrayList<>())
          .add(new DomainColumn(schema, table, column, ownNotNull));
    }
  }

  /** The columns noted as made of the domain {@code schema.name}. */
  List<DomainColumn> domainColumns(String schema, String name) {
    return domainColumns.getOrDefault(schema + "." + name, List.of());
  }

  /**
   * {@code ALTER DOMAIN d SET|DROP NOT NULL}: later columns of it follow, and so do the columns
   * made of it that have no NOT NULL of their own.
   */
  void domainNotNull(String schema, String name, boolean notNull) {
    String key = schema + "." + name;
    Domain d = domains.get(key);
    if (d == null) {
      return;
    }
    domains.put(key, new Domain(d.baseType(), notNull, d.hasDefault()));
    for (DomainColumn dc : domainColumns.getOrDefault(key, List.of())) {
      if (dc.ownNotNull()) {
        continue;
      }
      catalog
          .relation(dc.schema(), dc.table())
          .ifPresent(
              r ->
                  catalog.putRelation(
                      Relations.mapColumn(r, dc.column(), c -> Relations.withNotNull(c, notNull))));
    }
  }

  /** {@code ALTER DOMAIN d SET|DROP DEFAULT}: the columns made of it later follow. */
  void domainDefault(String schema, String name, boolean hasDefault) {
    String key = schema + "." + name;
    Domain d = domains.get(key);
    if (d != null) {
      domains.put(key, new Domain(d.baseType(), d.notNull(), hasDefault));
    }
  }

  /** True when the type is a domain with a DEFAULT, which a column of it takes when omitted. */
  boolean isDefaultDomain(String raw) {
    Dialect.TypeName n = dialect.normalizeType(raw);
    return !n.array() && findDomain(n.schema(), n.name()).map(Domain::hasDefault).orElse(false);
  }

  /** True when the type is a domain declared NOT NULL. */
  boolean isNotNullDomain(String raw) {
    Dialect.TypeName n = dialect.normalizeType(raw);
    return !n.array() && findDomain(n.schema(), n.name()).map(Domain::notNull).orElse(false);
  }

  private Optional<Domain> findDomain(String schema, String name) {
    if (domains.isEmpty()) {
      return Optional.empty(); // most schemas declare none; asked for every column
    }
    String key = domainKey(schema, name);
    return key == null ? Optional.empty() : Optional.of(domains.get(key));
  }

  /** The key of the domain a name in DDL means: in its schema, on the path, else any schema. */
  private String domainKey(String schema, String name) {
    if (schema != null) {
      return domains.containsKey(schema + "." + name) ? schema + "." + name : null;
    }
    for (String s : catalog.searchPath()) {
      if (domains.containsKey(s + "." + name)) {
        return s + "." + name;
      }
    }
    return domains.keySet().stream().filter(k -> k.endsWith("." + name)).findFirst().orElse(null);
  }

  private boolean isEnum(String schema, String name) {
    if (schema != null) {
      return catalog.hasEnum(schema, name);
    }
    for (String s : catalog.searchPath()) {
      if (catalog.hasEnum(s, name)) {
        return true;
      }
    }
    return catalog.hasEnum("public", name);
  }

  /**
   * {@code sql} read by the grammar of this load's PostgreSQL dialect. The strict check and the key
   * reader both read each CREATE TABLE, so the last result is kept for the second.
   */
  PgParseResult pgParse(String sql) {
    if (parsed == null || !sql.equals(parsedSql)) {
      parsed = PgParser.parse(sql, ((PostgresDialect) dialect).grammar());
      parsedSql = sql;
    }
    return parsed;
  }

  /**
   * The one statement {@code sql} is, as this load's PostgreSQL grammar reads it; null when the
   * dialect is not PostgreSQL, the text is not exactly one statement the grammar accepts, or the
   * parser fails (a fault of the parser is no verdict: the caller reads the statement otherwise or
   * reports it as not read).
   */
  dev.sqlcheck.processor.sql.ast.Statement pgStatement(String sql) {
    if (!(dialect instanceof PostgresDialect)) {
      return null;
    }
    try {
      PgParseResult result = pgParse(sql);
      return result.ok() && result.statements().size() == 1 ? result.statements().get(0) : null;
    } catch (RuntimeException e) {
      return null;
    }
  }
}
