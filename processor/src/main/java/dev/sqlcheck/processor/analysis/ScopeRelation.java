package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.catalog.Relation;
import dev.sqlcheck.processor.dialect.postgres.PostgresDialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One FROM item as a query sees it: the name that qualifies its columns (alias, or table name), its
 * columns, and whether those are complete. {@code relation} is the catalog table or view it reads,
 * or null for a derived table, CTE or function. {@code nullable} marks the optional side of an
 * outer join.
 */
final class ScopeRelation {
  final String qualifier;
  final String schema;
  final Relation relation;
  final boolean columnsKnown;
  private final List<ScopeColumn> columns;
  private boolean nullable;

  /** Columns the WHERE clause proves non-null (see {@link NotNullFilter}). */
  private final java.util.Set<String> provenNotNull = new java.util.HashSet<>();

  ScopeRelation(
      String qualifier,
      String schema,
      Relation relation,
      List<ScopeColumn> columns,
      boolean columnsKnown) {
    this.qualifier = qualifier;
    this.schema = schema;
    this.relation = relation;
    this.columns = new ArrayList<>(columns);
    this.columnsKnown = columnsKnown;
  }

  static ScopeRelation of(String qualifier, Relation relation) {
    List<ScopeColumn> cols = new ArrayList<>();
    relation.columns().forEach(c -> cols.add(new ScopeColumn(c.name(), c.type(), !c.notNull())));
    return new ScopeRelation(qualifier, relation.schema(), relation, cols, relation.columnsKnown());
  }

  void makeNullable() {
    nullable = true;
  }

  boolean nullable() {
    return nullable;
  }

  /** Every row the query keeps has a value in this column, whatever the table or join says. */
  void proveNotNull(String column) {
    provenNotNull.add(column);
  }

  private ScopeColumn asSeen(ScopeColumn c) {
    if (provenNotNull.contains(c.name())) {
      return c.nullable() ? new ScopeColumn(c.name(), c.type(), false) : c;
    }
    return nullable ? c.asNullable() : c;
  }

  List<ScopeColumn> columns() {
    List<ScopeColumn> out = new ArrayList<>();
    for (ScopeColumn c : columns) {
      out.add(asSeen(c));
    }
    return out;
  }

  Optional<ScopeColumn> column(String name) {
    for (ScopeColumn c : columns) {
      if (c.name().equals(name)) {
        return Optional.of(asSeen(c));
      }
    }
    if (relation == null || relation.kind() == Relation.Kind.VIEW) {
      return Optional.empty();
    }
    // Columns every table has without declaring them; {@code *} does not expand to them.
    return PostgresDialect.INSTANCE
        .systemColumn(name)
        .map(type -> new ScopeColumn(name, type, nullable));
  }

  List<String> columnNames() {
    return columns.stream().map(ScopeColumn::name).toList();
  }

  /** {@code table "users"} for catalog relations, {@code relation "t"} otherwise. */
  String describe() {
    if (relation != null) {
      return "table \"" + relation.displayName() + "\"";
    }
    return "relation \"" + qualifier + "\"";
  }
}
