package dev.sqlcheck.processor.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The names one query level can see: its FROM items, the columns merged by USING and NATURAL
 * joins, the CTEs it defines, and (for ORDER BY and GROUP BY) its output columns. Lookups that
 * fail here continue in the enclosing level, which is how correlated subqueries resolve.
 */
final class Scope {
  final Scope parent;
  final List<ScopeRelation> relations = new ArrayList<>();
  final Map<String, ScopeColumn> merged = new LinkedHashMap<>();
  final Map<String, Cte> ctes = new LinkedHashMap<>();
  /** The columns {@code *} expands to, in PostgreSQL's order; null when not computable. */
  List<ScopeColumn> star = new ArrayList<>();
  /** True when some FROM item could not be modelled: missing names then prove nothing. */
  boolean incomplete;
  /** The select list, visible by label in ORDER BY and GROUP BY. */
  List<ResultColumn> outputs = List.of();

  /** A WITH query: its output columns, or unknown columns. */
  record Cte(String name, List<ScopeColumn> columns, boolean columnsKnown) {}

  Scope(Scope parent) {
    this.parent = parent;
  }

  Optional<Cte> cte(String name) {
    for (Scope s = this; s != null; s = s.parent) {
      Cte c = s.ctes.get(name);
      if (c != null) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  Optional<ScopeRelation> relation(String qualifier, String schema) {
    for (ScopeRelation r : relations) {
      if (r.qualifier.equals(qualifier)
          && (schema == null || schema.equals(r.schema))) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /** True when every FROM item here has complete columns. */
  boolean fullyKnown() {
    return !incomplete && relations.stream().allMatch(r -> r.columnsKnown);
  }

  void add(ScopeRelation relation) {
    relations.add(relation);
    if (star != null) {
      star.addAll(relation.columns());
    }
    if (!relation.columnsKnown) {
      star = null;
    }
  }

  List<String> qualifiers() {
    List<String> out = new ArrayList<>();
    for (Scope s = this; s != null; s = s.parent) {
      s.relations.forEach(r -> out.add(r.qualifier));
    }
    return out;
  }
}
