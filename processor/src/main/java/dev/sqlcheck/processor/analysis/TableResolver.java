package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.catalog.Catalog;
import dev.sqlcheck.processor.catalog.HistoryEvent;
import dev.sqlcheck.processor.catalog.Relation;
import dev.sqlcheck.processor.dialect.postgres.PgIdentifiers;
import dev.sqlcheck.processor.dialect.postgres.PostgresDialect;
import dev.sqlcheck.processor.problem.Problem;
import dev.sqlcheck.processor.problem.ProblemCode;
import dev.sqlcheck.processor.problem.Suggestions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.sf.jsqlparser.schema.Table;

/**
 * Resolves a table name written in a query (FROM, JOIN, INSERT INTO, UPDATE, DELETE) to a CTE or a
 * catalog relation, reporting unknown schemas and tables with a did-you-mean. A relation the
 * catalog could not model is only a warning, and its columns are then unknown.
 */
final class TableResolver {
  private final AnalysisContext ctx;

  TableResolver(AnalysisContext ctx) {
    this.ctx = ctx;
  }

  /**
   * The FROM item for {@code table}, qualified by its alias or its own name; an alias column list
   * ({@code users AS u(uid, mail)}) renames the first columns.
   */
  ScopeRelation resolve(Table table, Scope scope) {
    ScopeRelation rel = resolveName(table, scope);
    var alias = table.getAlias();
    if (alias == null || alias.getAliasColumns() == null || alias.getAliasColumns().isEmpty()) {
      return rel;
    }
    List<ScopeColumn> cols = new ArrayList<>(rel.columns());
    boolean known = rel.columnsKnown && alias.getAliasColumns().size() <= cols.size();
    for (int i = 0; i < alias.getAliasColumns().size() && i < cols.size(); i++) {
      ScopeColumn c = cols.get(i);
      cols.set(
          i,
          new ScopeColumn(
              PgIdentifiers.fold(alias.getAliasColumns().get(i).name), c.type(), c.nullable()));
    }
    return new ScopeRelation(rel.qualifier, rel.schema, rel.relation, cols, known);
  }

  private ScopeRelation resolveName(Table table, Scope scope) {
    String name = PgIdentifiers.fold(table.getName());
    String schema = PgIdentifiers.fold(table.getSchemaName());
    String qualifier =
        table.getAlias() != null ? PgIdentifiers.fold(table.getAlias().getName()) : name;
    Catalog catalog = ctx.catalog();
    if (schema == null) {
      Optional<Scope.Cte> cte = scope.cte(name);
      if (cte.isPresent()) {
        return new ScopeRelation(
            qualifier, null, null, cte.get().columns(), cte.get().columnsKnown());
      }
    }
    if (schema == null && "table".equalsIgnoreCase(table.getName())) {
      // (TABLE owners): TABLE is reserved in PostgreSQL, so this is the TABLE command, which
      // JSqlParser reads as a table named "table" aliased "owners".
      ctx.problems().notChecked("TABLE command in FROM");
      return unknown(qualifier, schema);
    }
    List<String> parts = schema == null ? List.of(name) : List.of(schema, name);
    if (isSystemCatalog(schema, name) && catalog.find(schema, name).isEmpty()) {
      ctx.problems().notChecked("system catalog \"" + display(schema, name) + "\"");
      return unknown(qualifier, schema);
    }
    if (schema != null && !catalog.hasSchema(schema)) {
      int[] at = ctx.locator().locate(table, parts, 0);
      ctx.problems()
          .add(
              new Problem(
                  ProblemCode.UNKNOWN_SCHEMA,
                  "schema \"" + schema + "\" does not exist",
                  at[0],
                  at[1],
                  Suggestions.hint(schema, schemaNames()),
                  null));
      return unknown(qualifier, schema);
    }
    Optional<Relation> found = catalog.find(schema, name);
    if (found.isPresent()) {
      ctx.references().relation(found.get());
      return ScopeRelation.of(qualifier, found.get());
    }
    int[] at = ctx.locator().locate(table, parts, parts.size() - 1);
    if (catalog.mayExist(schema, name) || name.endsWith("_seq")) {
      // A sequence (often implicit, from serial columns) is a relation the catalog does not list.
      ctx.problems()
          .add(
              Problem.at(
                  ProblemCode.UNKNOWN_RELATION_USED,
                  "relation \""
                      + display(schema, name)
                      + "\" could not be modelled from the schema;"
                      + " its columns were not checked",
                  at[0],
                  at[1]));
      return unknown(qualifier, schema);
    }
    ctx.problems()
        .add(
            new Problem(
                ProblemCode.UNKNOWN_TABLE,
                "table \"" + display(schema, name) + "\" does not exist",
                at[0],
                at[1],
                hint(schema, name, scope),
                history(schema, name)));
    return unknown(qualifier, schema);
  }

  /** pg_catalog and information_schema relations, which the schema sources never define. */
  private static boolean isSystemCatalog(String schema, String name) {
    if (schema != null) {
      return PostgresDialect.INSTANCE.isSystemSchema(schema);
    }
    return name.startsWith("pg_");
  }

  private static ScopeRelation unknown(String qualifier, String schema) {
    return new ScopeRelation(qualifier, schema, null, List.of(), false);
  }

  private static String display(String schema, String name) {
    return schema == null || schema.equals("public") ? name : schema + "." + name;
  }

  private String hint(String schema, String name, Scope scope) {
    Catalog catalog = ctx.catalog();
    Optional<HistoryEvent> event = catalog.relationHistory(schema, name);
    if (event.isPresent() && event.get().type() == HistoryEvent.Type.RENAMED) {
      return "did you mean \"" + event.get().newName() + "\"?";
    }
    List<Relation> elsewhere = catalog.findAnywhere(name);
    if (schema == null && elsewhere.size() == 1) {
      return "did you mean \"" + elsewhere.get(0).displayName() + "\"?";
    }
    Set<String> candidates = new LinkedHashSet<>();
    for (Relation r : catalog.relations()) {
      if (schema == null ? catalog.searchPath().contains(r.schema()) : r.schema().equals(schema)) {
        candidates.add(r.name());
      }
    }
    for (Scope s = scope; s != null; s = s.parent) {
      candidates.addAll(s.ctes.keySet());
    }
    return Suggestions.hint(name, candidates);
  }

  private String history(String schema, String name) {
    return ctx.catalog()
        .relationHistory(schema, name)
        .map(e -> describe("table", name, e))
        .orElse(null);
  }

  static String describe(String what, String oldName, HistoryEvent e) {
    String where = e.at() == null ? "" : " at " + e.at();
    if (e.type() == HistoryEvent.Type.RENAMED) {
      return what + " \"" + oldName + "\" was renamed to \"" + e.newName() + "\"" + where;
    }
    return what + " \"" + oldName + "\" was dropped" + where;
  }

  private List<String> schemaNames() {
    Set<String> names = new LinkedHashSet<>();
    ctx.catalog().relations().forEach(r -> names.add(r.schema()));
    return new ArrayList<>(names);
  }
}
