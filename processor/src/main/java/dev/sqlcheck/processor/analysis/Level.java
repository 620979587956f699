package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.sql.ast.Expr;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One query level, PostgreSQL's {@code ParseState}: the FROM items visible for column references
 * ({@link #namespace}), every entry made at this level (for the "cannot be referenced from this
 * part of the query" hints), the CTEs defined here, the level it is nested in, and what the level
 * has seen so far (aggregates, window functions, its output columns).
 */
final class Level {
  /** A CTE as the queries below its WITH see it. */
  static final class Cte {
    final String name;
    List<RangeColumn> columns;
    boolean known;
    String reason;

    /** Set while the CTE's own body is analysed: only a recursive CTE may refer to itself. */
    boolean inProgress;

    boolean recursive;
    boolean modifying;

    Cte(String name) {
      this.name = name;
    }
  }

  /**
   * One output column of the level: its label, value, and the expression it came from, or for a
   * column a {@code *} expanded to, that column.
   */
  record Output(String label, Val value, Expr expr, RangeEntry.Ref column) {
    Output(String label, Val value, Expr expr) {
      this(label, value, expr, null);
    }
  }

  final QueryContext q;
  final Level parent;
  final List<NsItem> namespace = new ArrayList<>();
  final List<RangeEntry> entries = new ArrayList<>();
  final Map<String, Cte> ctes = new LinkedHashMap<>();

  boolean lateralActive;
  Clause clause = Clause.NONE;
  boolean hasAggregates;
  boolean hasWindowFunctions;

  /**
   * Every group this level's aggregates see has a row: it has a GROUP BY without grouping sets
   * (which may hold the empty set, one group even over no rows).
   */
  boolean groupsHaveRows;

  /** A function of this level's select list or clauses may return a set (or is not known). */
  boolean hasSetReturning;

  /** The select list, once analysed (ORDER BY and GROUP BY may name its columns). */
  List<Output> outputs = List.of();

  /**
   * Whether {@link #outputs} is the whole select list: false where a {@code *} covers an item whose
   * columns sqlcheck does not know (a system catalog), so positions past it are not judged.
   */
  boolean outputsKnown = true;

  /** Names of the WINDOW clause. */
  final List<String> windowNames = new ArrayList<>();

  /** An aggregate's arguments are being analysed: aggregates may not nest. */
  int aggregateDepth;

  /** A window function's arguments are being analysed. */
  int windowDepth;

  Level(QueryContext q, Level parent) {
    this.q = q;
    this.parent = parent;
  }

  /** A level nested in this one (a subquery), seeing this one's names as outer references. */
  Level child() {
    return new Level(q, this);
  }

  /** The CTE of that name visible here, searching outwards. */
  Cte cte(String name) {
    for (Level l = this; l != null; l = l.parent) {
      Cte c = l.ctes.get(name);
      if (c != null) {
        return c;
      }
    }
    return null;
  }

  /** How many levels out {@code other} is (0: this one), or -1. */
  int distanceTo(Level other) {
    int d = 0;
    for (Level l = this; l != null; l = l.parent, d++) {
      if (l == other) {
        return d;
      }
    }
    return -1;
  }

  /** Runs {@code work} with {@code c} as the current clause. */
  <T> T in(Clause c, java.util.function.Supplier<T> work) {
    Clause saved = clause;
    clause = c;
    try {
      return work.get();
    } finally {
      clause = saved;
    }
  }
}
