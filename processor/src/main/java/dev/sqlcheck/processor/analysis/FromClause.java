package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.catalog.Column;
import dev.sqlcheck.processor.catalog.Relation;
import dev.sqlcheck.processor.catalog.SqlType;
import dev.sqlcheck.processor.problem.Problem;
import dev.sqlcheck.processor.problem.ProblemCode;
import dev.sqlcheck.processor.sql.ast.Alias;
import dev.sqlcheck.processor.sql.ast.Identifier;
import dev.sqlcheck.processor.sql.ast.QualifiedName;
import dev.sqlcheck.processor.sql.ast.TableRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds a query level's FROM items as PostgreSQL's {@code transformFromClause} does. Each comma
 * item is a separate name space: while the list is read, earlier items are visible only to LATERAL
 * items (a subquery without LATERAL sees none of its siblings; functions in FROM are always
 * LATERAL); a join's ON clause sees only its two inputs; a join alias hides the tables inside it;
 * USING and NATURAL merge only the join's own inputs; RIGHT and FULL joins make their other side
 * nullable.
 */
final class FromClause {
  private final Analyzer a;
  private final QueryContext q;
  private final CatalogLookup catalog;

  FromClause(Analyzer a) {
    this.a = a;
    this.q = a.q;
    this.catalog = new CatalogLookup(a.q);
  }

  /** Adds the items of a FROM (or USING) list to {@code level}'s name space. */
  void addAll(List<TableRef> items, Level level) {
    for (TableRef item : items) {
      List<NsItem> added = item(item, level);
      checkConflicts(level.namespace, added);
      for (NsItem n : added) {
        n.lateralOnly = true;
        n.lateralOk = true;
      }
      level.namespace.addAll(added);
    }
    for (NsItem n : level.namespace) {
      n.lateralOnly = false;
      n.lateralOk = true;
    }
  }

  /** One FROM item: its name space items (the visible ones of a join tree). */
  List<NsItem> item(TableRef ref, Level level) {
    if (ref instanceof TableRef.Join j) {
      return join(j, level);
    }
    RangeEntry entry;
    if (ref instanceof TableRef.Relation r) {
      entry = relation(r, level);
    } else if (ref instanceof TableRef.Subquery s) {
      entry = subquery(s, level);
    } else if (ref instanceof TableRef.Function f) {
      entry = a.fromFunctions.function(f, level);
    } else {
      entry = a.fromFunctions.table(ref, level);
    }
    entry.locate(nameRange(ref));
    level.entries.add(entry);
    return new ArrayList<>(List.of(new NsItem(entry, entry.refname != null, true)));
  }

  /** Where a FROM item's name is written: its alias, else its own name, else the item. */
  private static int[] nameRange(TableRef ref) {
    if (ref.alias() != null) {
      return new int[] {ref.alias().name().start(), ref.alias().name().end()};
    }
    if (ref instanceof TableRef.Relation r) {
      return new int[] {r.name().start(), r.name().end()};
    }
    return new int[] {ref.start(), ref.end()};
  }

  // ---- tables -------------------------------------------------------------------------

  /**
   * The target of INSERT, UPDATE, DELETE or MERGE: a relation of the catalog (a CTE of the same
   * name does not count).
   */
  RangeEntry target(TableRef.Relation r, Level level, String verb) {
    RangeEntry e = catalogRelation(r, level);
    e.locate(nameRange(r));
    e.modificationTarget = true;
    Relation rel = e.relation;
    if (rel != null && verb != null && !q.catalog.isUpdatable(rel)) {
      boolean materialized = rel.kind() == Relation.Kind.MATERIALIZED_VIEW;
      String message =
          materialized
              ? "cannot change materialized view \"" + rel.name() + "\""
              : "cannot " + verb + " view \"" + rel.name() + "\"";
      String hint =
          materialized
              ? "a materialized view is changed only by REFRESH MATERIALIZED VIEW"
              : "views that do not select from a single table or view are not automatically"
                  + " updatable; give the view an INSTEAD OF trigger or an unconditional"
                  + " DO INSTEAD rule, or change the table itself";
      q.problems.add(new Problem(ProblemCode.NOT_UPDATABLE, message, e.start, e.end, hint, null));
    }
    return e;
  }

  /** A table, view or CTE named in FROM. */
  RangeEntry relation(TableRef.Relation r, Level level) {
    Alias alias = r.alias();
    QualifiedName name = r.name();
    String refname = alias != null ? alias.name().name() : name.last().name();
    if (r.sample() != null) {
      for (var e : r.sample().args()) {
        a.exprs.value(e, level);
      }
      if (r.sample().repeatable() != null) {
        a.exprs.value(r.sample().repeatable(), level);
      }
    }
    if (name.parts().size() == 1) {
      Level.Cte cte = level.cte(name.last().name());
      if (cte != null && cte.modifying && cte.known && cte.columns.isEmpty()) {
        q.problems.add(
            Problem.at(
                ProblemCode.INVALID_CONSTRUCT,
                "WITH query \"" + cte.name + "\" does not have a RETURNING clause",
                name.start(),
                name.end()));
      }
      if (cte != null && !cte.inProgress) {
        return aliased(cteEntry(cte, refname, alias != null), alias);
      }
      if (cte != null && cte.recursive) {
        return aliased(cteEntry(cte, refname, alias != null), alias);
      }
    }
    return catalogRelation(r, level);
  }

  private RangeEntry catalogRelation(TableRef.Relation r, Level level) {
    Alias alias = r.alias();
    QualifiedName name = r.name();
    String refname = alias != null ? alias.name().name() : name.last().name();
    Optional<Relation> found = catalog.relation(name, level);
    if (found.isEmpty()) {
      // already reported (an error, or warning 207): its columns are not judged again
      return RangeEntry.unknown(
          RangeEntry.Kind.RELATION, refname, null, alias != null, aliasColumns(alias), null);
    }
    Relation rel = found.get();
    q.uses(rel, null);
    List<RangeColumn> columns = new ArrayList<>();
    for (Column c : rel.columns()) {
      columns.add(new RangeColumn(c.name(), c.type(), !c.notNull(), rel, c.name()));
    }
    RangeEntry entry =
        rel.columnsKnown()
            ? RangeEntry.of(RangeEntry.Kind.RELATION, refname, rel, alias != null, columns)
            : RangeEntry.unknown(
                RangeEntry.Kind.RELATION,
                refname,
                rel,
                alias != null,
                columns,
                q.dialect.isSystemSchema(rel.schema())
                    ? "a system catalog whose columns differ between the PostgreSQL versions"
                        + " checked"
                    : "some statement that changed \""
                        + rel.displayName()
                        + "\" was not understood");
    return aliased(entry, alias);
  }

  private RangeEntry cteEntry(Level.Cte cte, String refname, boolean aliased) {
    if (!cte.known) {
      return RangeEntry.unknown(
          RangeEntry.Kind.CTE, refname, null, aliased, cte.columns, cte.reason);
    }
    return RangeEntry.of(RangeEntry.Kind.CTE, refname, null, aliased, cte.columns);
  }

  // ---- subqueries -----------------------------------------------------------------------

  private RangeEntry subquery(TableRef.Subquery s, Level level) {
    boolean saved = level.lateralActive;
    level.lateralActive = s.lateral();
    QueryShape shape;
    try {
      shape = a.queries.subquery(s.query(), level);
    } finally {
      level.lateralActive = saved;
    }
    Alias alias = s.alias();
    String refname = alias == null ? null : alias.name().name();
    RangeEntry entry =
        shape.known()
            ? RangeEntry.of(
                RangeEntry.Kind.SUBQUERY, refname, null, alias != null, shape.asRangeColumns())
            : RangeEntry.unknown(
                RangeEntry.Kind.SUBQUERY, refname, null, alias != null, List.of(), shape.reason());
    return aliased(entry, alias);
  }

  // ---- aliases ------------------------------------------------------------------------

  /**
   * Renames the first columns after the alias column list; a longer list than the columns is
   * PostgreSQL's error {@code table "x" has 2 columns available but 3 columns specified}.
   */
  RangeEntry aliased(RangeEntry e, Alias alias) {
    if (alias == null || alias.columns().isEmpty()) {
      return e;
    }
    List<Identifier> names = alias.columns();
    if (e.columnsKnown && names.size() > e.columns.size()) {
      Identifier extra = names.get(e.columns.size());
      q.problems.add(
          Problem.at(
              ProblemCode.COLUMN_ALIAS_ARITY,
              "table \""
                  + alias.name().name()
                  + "\" has "
                  + e.columns.size()
                  + " columns available but "
                  + names.size()
                  + " columns specified",
              extra.start(),
              names.get(names.size() - 1).end()));
    }
    List<RangeColumn> columns = new ArrayList<>(e.columns);
    for (int i = 0; i < names.size(); i++) {
      if (i < columns.size()) {
        columns.set(i, columns.get(i).renamed(names.get(i).name()));
      } else if (!e.columnsKnown) {
        columns.add(new RangeColumn(names.get(i).name(), SqlType.UNKNOWN, true));
      }
    }
    return e.columnsKnown
        ? RangeEntry.of(e.kind, e.refname, e.relation, e.aliased, columns)
        : RangeEntry.unknown(e.kind, e.refname, e.relation, e.aliased, columns, e.unknownReason);
  }

  private static List<RangeColumn> aliasColumns(Alias alias) {
    if (alias == null) {
      return List.of();
    }
    return alias.columns().stream()
        .map(i -> new RangeColumn(i.name(), SqlType.UNKNOWN, true))
        .toList();
  }

  // ---- joins ----------------------------------------------------------------------------

  private List<NsItem> join(TableRef.Join j, Level level) {
    List<NsItem> left = item(j.left(), level);
    int saved = level.namespace.size();
    boolean lateralOk =
        j.kind() == TableRef.JoinKind.INNER
            || j.kind() == TableRef.JoinKind.LEFT
            || j.kind() == TableRef.JoinKind.CROSS;
    for (NsItem n : left) {
      n.lateralOnly = true;
      n.lateralOk = lateralOk;
    }
    level.namespace.addAll(left);
    List<NsItem> right;
    try {
      right = item(j.right(), level);
    } finally {
      level.namespace.subList(saved, level.namespace.size()).clear();
    }
    checkConflicts(left, right);
    List<NsItem> mine = new ArrayList<>(left);
    mine.addAll(right);
    RangeEntry leftEntry = top(left);
    RangeEntry rightEntry = top(right);
    RangeEntry.JoinBuilder builder = RangeEntry.join(j.kind(), leftEntry, rightEntry);
    List<String> using = usingNames(j, leftEntry, rightEntry);
    Joins.merge(a, j, using, leftEntry, rightEntry, builder, level);
    int step = q.nextJoinStep();
    if (j.on() != null) {
      on(j, mine, level);
      if (j.kind() == TableRef.JoinKind.INNER) {
        a.notNull.proveByJoin(j.on(), level, step);
      }
    }
    switch (j.kind()) {
      case LEFT -> rightEntry.markNullExtended(step);
      case RIGHT -> leftEntry.markNullExtended(step);
      case FULL -> {
        leftEntry.markNullExtended(step);
        rightEntry.markNullExtended(step);
      }
      default -> {}
    }
    Alias alias = j.alias();
    RangeEntry joined = aliased(builder.build(alias == null ? null : alias.name().name()), alias);
    joined.locate(nameRange(j));
    level.entries.add(joined);
    List<NsItem> out = new ArrayList<>();
    if (alias != null) {
      out.add(new NsItem(joined, true, true));
      return out;
    }
    for (NsItem n : mine) {
      n.colsVisible = false;
      out.add(n);
    }
    if (j.usingAlias() != null) {
      RangeEntry u = Joins.usingAliasEntry(j.usingAlias().name(), joined, using.size());
      u.locate(new int[] {j.usingAlias().start(), j.usingAlias().end()});
      level.entries.add(u);
      out.add(new NsItem(u, true, false));
    }
    out.add(new NsItem(joined, false, true)); // last: the entry standing for the whole join
    return out;
  }

  /** The entry that stands for a whole join input (the join's own, or the single item). */
  private static RangeEntry top(List<NsItem> items) {
    return items.get(items.size() - 1).entry;
  }

  private List<String> usingNames(TableRef.Join j, RangeEntry left, RangeEntry right) {
    if (j.natural()) {
      List<String> common = new ArrayList<>();
      if (!left.columnsKnown || !right.columnsKnown) {
        q.problems.notChecked(
            "NATURAL JOIN over "
                + (left.columnsKnown ? right : left).describe()
                + ", whose columns are not all known");
        return common;
      }
      for (String name : left.columnNames()) {
        if (right.columnNames().contains(name) && !common.contains(name)) {
          common.add(name);
        }
      }
      return common;
    }
    return j.using().stream().map(Identifier::name).toList();
  }

  private void on(TableRef.Join j, List<NsItem> mine, Level level) {
    List<NsItem> saved = new ArrayList<>(level.namespace);
    List<Boolean> lateralOnly = new ArrayList<>();
    for (NsItem n : mine) {
      lateralOnly.add(n.lateralOnly);
      n.lateralOnly = false;
    }
    level.namespace.clear();
    level.namespace.addAll(mine);
    try {
      level.in(Clause.JOIN_ON, () -> a.exprs.condition(j.on(), "JOIN/ON", level));
    } finally {
      level.namespace.clear();
      level.namespace.addAll(saved);
      for (int i = 0; i < mine.size(); i++) {
        mine.get(i).lateralOnly = lateralOnly.get(i);
      }
    }
  }

  /**
   * PostgreSQL's {@code checkNameSpaceConflicts}: two visible items of one name are an error,
   * except two tables without aliases from different schemas.
   */
  void checkConflicts(List<NsItem> existing, List<NsItem> added) {
    for (NsItem n1 : existing) {
      if (!n1.relVisible || n1.entry.refname == null) {
        continue;
      }
      for (NsItem n2 : added) {
        if (!n2.relVisible || !n1.entry.refname.equals(n2.entry.refname)) {
          continue;
        }
        RangeEntry e1 = n1.entry;
        RangeEntry e2 = n2.entry;
        if (e1.kind == RangeEntry.Kind.RELATION
            && !e1.aliased
            && e2.kind == RangeEntry.Kind.RELATION
            && !e2.aliased
            && e1.relation != null
            && e2.relation != null
            && e1.relation != e2.relation) {
          continue;
        }
        q.problems.add(
            Problem.at(
                ProblemCode.DUPLICATE_NAME,
                "table name \"" + e1.refname + "\" specified more than once",
                e2.start,
                e2.end));
      }
    }
  }
}
