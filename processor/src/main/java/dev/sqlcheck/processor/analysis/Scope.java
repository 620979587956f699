package dev.sqlcheck.processor.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The names one query level can see: its FROM items, the columns merged by USING and NATURAL joins,
 * the CTEs it defines, and (for ORDER BY and GROUP BY) its output columns. Lookups that fail here
 * continue in the enclosing level, which is how correlated subqueries resolve.
 */
final class Scope {
  final Scope parent;

  /**
   * For a subquery in FROM without LATERAL: the query level whose FROM items it cannot see
   * (PostgreSQL rejects such references). Only used to explain the error; null otherwise.
   */
  final Scope hidden;

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
    this(parent, null);
  }

  private Scope(Scope parent, Scope hidden) {
    this.parent = parent;
    this.hidden = hidden;
  }

  /**
   * Where a subquery in FROM without LATERAL starts resolving: the levels around {@code level}, but
   * not the FROM items of {@code level} itself, nor its outputs. Its CTEs stay visible.
   */
  static Scope outsideFromItemsOf(Scope level) {
    return new Scope(level.parent, level);
  }

  Optional<Cte> cte(String name) {
    for (Scope s = this; s != null; s = s.parent) {
      Cte c = s.ctes.get(name);
      if (c == null && s.hidden != null) {
        c = s.hidden.ctes.get(name);
      }
      if (c != null) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** The FROM item of a hidden level (see {@link #hidden}) that a failed lookup would have hit. */
  Optional<ScopeRelation> hiddenRelation(String qualifier, String schema) {
    for (Scope s = this; s != null; s = s.parent) {
      if (s.hidden != null) {
        Optional<ScopeRelation> r = s.hidden.relation(qualifier, schema);
        if (r.isPresent()) {
          return r;
        }
      }
    }
    return Optional.empty();
  }

  /** The FROM item of a hidden level (see {@link #hidden}) that has this column. */
  Optional<ScopeRelation> hiddenRelationWithColumn(String column) {
    for (Scope s = this; s != null; s = s.parent) {
      if (s.hidden != null) {
        for (ScopeRelation r : s.hidden.relations) {
          if (r.column(column).isPresent()) {
            return Optional.of(r);
          }
        }
      }
    }
    return Optional.empty();
  }

  Optional<ScopeRelation> relation(String qualifier, String schema) {
    for (ScopeRelation r : relations) {
      if (r.qualifier.equals(qualifier) && (schema == null || schema.equals(r.schema))) {
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
