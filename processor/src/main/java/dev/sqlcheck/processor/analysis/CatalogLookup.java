package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.catalog.Column;
import dev.sqlcheck.processor.catalog.HistoryEvent;
import dev.sqlcheck.processor.catalog.Relation;
import dev.sqlcheck.processor.catalog.SourceLocation;
import dev.sqlcheck.processor.catalog.SqlType;
import dev.sqlcheck.processor.dialect.Dialect;
import dev.sqlcheck.processor.dialect.postgres.types.SystemRelations;
import dev.sqlcheck.processor.problem.Problem;
import dev.sqlcheck.processor.problem.ProblemCode;
import dev.sqlcheck.processor.problem.Suggestions;
import dev.sqlcheck.processor.sql.ast.Identifier;
import dev.sqlcheck.processor.sql.ast.QualifiedName;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the catalog relation a name in FROM (or a DML target) refers to, as PostgreSQL's {@code
 * RangeVarGetRelid} does through the search path, and reports what is wrong with the name: a
 * missing schema or table (with the closest name, and what the schema history says became of it), a
 * relation the schema could not model, or a system catalog sqlcheck does not model.
 */
final class CatalogLookup {
  private final QueryContext q;

  CatalogLookup(QueryContext q) {
    this.q = q;
  }

  /**
   * The catalog relation a name refers to; reports a missing schema or table (with what became of
   * it), or warns for relations the catalog could not model.
   */
  Optional<Relation> relation(QualifiedName name, Level level) {
    List<Identifier> parts = name.parts();
    Identifier table = name.last();
    String schema = parts.size() >= 2 ? parts.get(parts.size() - 2).name() : null;
    if (parts.size() > 3) {
      q.problems.add(
          Problem.at(
              ProblemCode.SYNTAX_ERROR,
              "improper qualified name (too many dotted names): " + name.dotted(),
              name.start(),
              name.end()));
      return Optional.empty();
    }
    if (parts.size() == 3) {
      q.problems.notChecked("the database-qualified name \"" + name.dotted() + "\"");
      return Optional.empty();
    }
    if (isSystemCatalog(schema, table.name())) {
      Optional<Relation> r = q.catalog.find(schema, table.name());
      if (r.isEmpty()) {
        r = systemRelation(schema, table.name());
      }
      if (r.isEmpty()) {
        q.problems.notChecked("system catalog \"" + name.dotted() + "\"");
      }
      return r;
    }
    if (schema != null && !q.catalog.hasSchema(schema)) {
      Identifier s = parts.get(parts.size() - 2);
      q.problems.add(
          new Problem(
              ProblemCode.UNKNOWN_SCHEMA,
              "schema \"" + schema + "\" does not exist",
              s.start(),
              s.end(),
              Suggestions.hint(schema, schemaNames()),
              q.catalog
                  .schemaHistory(schema)
                  .map(e -> History.describe("schema", schema, e))
                  .orElse(null)));
      return Optional.empty();
    }
    Optional<Relation> found = q.catalog.find(schema, table.name());
    if (found.isPresent()) {
      return found;
    }
    if (q.catalog.mayExist(schema, table.name())) {
      q.problems.add(
          Problem.at(
              ProblemCode.UNKNOWN_RELATION_USED,
              "relation \""
                  + name.dotted()
                  + "\" could not be modelled from the schema; its columns were not checked",
              name.start(),
              name.end()));
      return Optional.empty();
    }
    if (table.name().endsWith("_seq") && !q.catalog.relationNamesComplete()) {
      // a sequence the schema may have made in a statement sqlcheck could not read
      q.problems.notChecked("sequence \"" + name.dotted() + "\" used as a table");
      return Optional.empty();
    }
    q.problems.add(
        new Problem(
            ProblemCode.UNKNOWN_TABLE,
            "table \"" + name.dotted() + "\" does not exist",
            table.start(),
            table.end(),
            tableHint(schema, table.name(), level),
            q.catalog
                .relationHistory(schema, table.name())
                .map(e -> History.describe("table", table.name(), e))
                .orElse(null)));
    return Optional.empty();
  }

  /**
   * A table or view of {@code pg_catalog} or {@code information_schema} as every PostgreSQL version
   * checked has it. Where the versions' columns differ, its columns are not all known: a column
   * outside those they share, and its {@code *}, are then warned about.
   */
  private Optional<Relation> systemRelation(String schema, String name) {
    Optional<SystemRelations.SystemRelation> found =
        SystemRelations.find(schema, name, q.types.versions());
    if (found.isEmpty()) {
      return Optional.empty();
    }
    SystemRelations.SystemRelation s = found.get();
    List<Column> columns = new ArrayList<>();
    SourceLocation at = new SourceLocation("PostgreSQL's " + s.schema(), 0);
    for (SystemRelations.SystemColumn c : s.columns()) {
      Dialect.TypeName type = q.dialect.normalizeType(c.type());
      SqlType sqlType = type.array() ? SqlType.arrayOf(type.name()) : SqlType.of(type.name());
      columns.add(new Column(c.name(), sqlType, c.notNull(), false, at));
    }
    return Optional.of(
        new Relation(
            s.schema(),
            s.name(),
            s.view() ? Relation.Kind.VIEW : Relation.Kind.TABLE,
            columns,
            s.complete(),
            at));
  }

  private boolean isSystemCatalog(String schema, String name) {
    if (schema != null) {
      return q.dialect.isSystemSchema(schema);
    }
    return name.startsWith("pg_") && q.catalog.find(null, name).isEmpty();
  }

  private String tableHint(String schema, String name, Level level) {
    Optional<HistoryEvent> event = q.catalog.relationHistory(schema, name);
    if (event.isPresent() && event.get().type() == HistoryEvent.Type.RENAMED) {
      return "did you mean \"" + event.get().newName() + "\"?";
    }
    List<Relation> elsewhere = q.catalog.findAnywhere(name);
    if (schema == null && elsewhere.size() == 1) {
      return "did you mean \"" + elsewhere.get(0).displayName() + "\"?";
    }
    Set<String> candidates = new LinkedHashSet<>();
    for (Relation r : q.catalog.relations()) {
      if (schema == null
          ? q.catalog.searchPath().contains(r.schema())
          : r.schema().equals(schema)) {
        candidates.add(r.name());
      }
    }
    for (Level l = level; l != null; l = l.parent) {
      candidates.addAll(l.ctes.keySet());
    }
    return Suggestions.hint(name, candidates);
  }

  private List<String> schemaNames() {
    Set<String> names = new LinkedHashSet<>();
    q.catalog.relations().forEach(r -> names.add(r.schema()));
    return new ArrayList<>(names);
  }
}
