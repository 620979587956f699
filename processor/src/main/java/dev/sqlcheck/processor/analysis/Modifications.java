package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.problem.Problem;
import dev.sqlcheck.processor.problem.ProblemCode;
import dev.sqlcheck.processor.problem.Suggestions;
import dev.sqlcheck.processor.sql.ast.Delete;
import dev.sqlcheck.processor.sql.ast.Expr;
import dev.sqlcheck.processor.sql.ast.Insert;
import dev.sqlcheck.processor.sql.ast.Merge;
import dev.sqlcheck.processor.sql.ast.OnConflict;
import dev.sqlcheck.processor.sql.ast.Query;
import dev.sqlcheck.processor.sql.ast.Returning;
import dev.sqlcheck.processor.sql.ast.Statement;
import dev.sqlcheck.processor.sql.ast.TableRef;
import dev.sqlcheck.processor.sql.ast.Update;
import dev.sqlcheck.processor.sql.ast.Values;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * INSERT, UPDATE, DELETE and MERGE as PostgreSQL's {@code transformInsertStmt} and friends analyse
 * them: the target must be a relation of the catalog (never a CTE); target columns must exist and
 * be named once; each value must be assignable to its column's type; ON CONFLICT DO UPDATE sees the
 * target and {@code excluded}; RETURNING sees the target (and FROM items).
 */
final class Modifications {
  private final Analyzer a;
  private final QueryContext q;

  private final Assignments targets;

  Modifications(Analyzer a) {
    this.a = a;
    this.q = a.q;
    this.targets = new Assignments(a);
  }

  /** A data-modifying statement in a CTE: analysed in its own level below {@code parent}. */
  QueryShape nested(Statement s, Level parent) {
    return statement(s, parent.child());
  }

  /** The RETURNING shape (empty and known when there is none). */
  QueryShape statement(Statement s, Level level) {
    if (s instanceof Insert i) {
      return insert(i, level);
    } else if (s instanceof Update u) {
      return update(u, level);
    } else if (s instanceof Delete d) {
      return delete(d, level);
    } else if (s instanceof Merge m) {
      return merge(m, level);
    }
    return QueryShape.unknown("statement " + s.getClass().getSimpleName());
  }

  // ---- INSERT -----------------------------------------------------------------------------

  private QueryShape insert(Insert i, Level level) {
    if (i.with() != null) {
      a.ctes.with(i.with(), level);
    }
    TableRef.Relation ref =
        new TableRef.Relation(
            i.table(),
            true,
            false,
            i.alias() == null
                ? null
                : new dev.sqlcheck.processor.sql.ast.Alias(
                    i.alias(), List.of(), true, i.alias().start(), i.alias().end()),
            null,
            i.table().start(),
            i.table().end());
    RangeEntry target = a.from.target(ref, level, "insert into");
    List<RangeColumn> columns = targets.targetColumns(i.columns(), target, "INSERT");
    Values values = i.source() == null ? null : plainValues(i.source());
    if (i.source() != null) {
      source(i.source(), columns, !i.columns().isEmpty(), level);
      if (columns != null) {
        targets.insertsGenerated(
            columns, values == null ? null : values.rows(), i.source(), i.overriding());
      }
    }
    NotNullInserts.check(q, i, target, values);
    if (i.onConflict() != null) {
      onConflict(i.onConflict(), target, level);
    }
    NsItem item = new NsItem(target, true, true);
    level.namespace.add(item);
    level.entries.add(target);
    return returning(i.returning(), target, level, true);
  }

  /** The VALUES list an INSERT's source is, alone (no WITH, ORDER BY or LIMIT); else null. */
  private static Values plainValues(Query source) {
    return source.body() instanceof Values values
            && source.with() == null
            && source.orderBy().isEmpty()
            && source.limit() == null
        ? values
        : null;
  }

  private void source(Query source, List<RangeColumn> columns, boolean listed, Level level) {
    Values values = plainValues(source);
    if (values != null) {
      Level valuesLevel = level.child();
      for (List<Expr> row : values.rows()) {
        if (row.size() != values.rows().get(0).size()) {
          q.problems.add(
              Problem.at(
                  ProblemCode.INSERT_ARITY,
                  "VALUES lists must all be the same length",
                  row.isEmpty() ? values.start() : row.get(0).start(),
                  row.isEmpty() ? values.end() : row.get(row.size() - 1).end()));
          return;
        }
        if (columns != null) {
          targets.arity(
              row.size(),
              columns.size(),
              listed,
              row.isEmpty() ? values : row.get(0),
              row.isEmpty() ? values : row.get(row.size() - 1));
        }
        for (int k = 0; k < row.size(); k++) {
          Expr e = row.get(k);
          if (e instanceof Expr.Default) {
            continue;
          }
          Val v = valuesLevel.in(Clause.INSERT_VALUE, () -> a.exprs.value(e, valuesLevel));
          if (columns != null && k < columns.size() && columns.get(k) != null) {
            targets.assign(v, columns.get(k), e);
          }
        }
      }
      return;
    }
    QueryShape shape = a.queries.subquery(source, level);
    if (!shape.known() || columns == null) {
      return;
    }
    targets.arity(shape.columns().size(), columns.size(), listed, source, source);
    for (int k = 0; k < shape.columns().size() && k < columns.size(); k++) {
      if (columns.get(k) != null) {
        targets.assign(shape.columns().get(k).value(), columns.get(k), source);
      }
    }
  }

  private void onConflict(OnConflict c, RangeEntry target, Level level) {
    if (c.constraint() != null && target.relation != null) {
      String name = c.constraint().name();
      q.catalog
          .constraintNames(target.relation)
          .filter(names -> !names.contains(name))
          .ifPresent(
              names ->
                  q.problems.add(
                      new Problem(
                          ProblemCode.UNKNOWN_CONSTRAINT,
                          "constraint \""
                              + name
                              + "\" for table \""
                              + target.relation.name()
                              + "\" does not exist",
                          c.constraint().start(),
                          c.constraint().end(),
                          Suggestions.hint(name, names),
                          null)));
    }
    if (c.constraint() == null && !c.target().isEmpty() && target.relation != null) {
      ConflictTargets.check(q, c, target);
    }
    Level conflict = level.child();
    conflict.namespace.add(new NsItem(target, true, true));
    conflict.entries.add(target);
    for (OnConflict.IndexElem e : c.target()) {
      if (e.column() != null) {
        if (target.columnsKnown && target.find(e.column().name()).isEmpty()) {
          q.problems.add(
              a.columns.missingIn(target, e.column().name(), e.column().start(), e.column().end()));
        }
      } else if (e.expr() != null) {
        a.exprs.value(e.expr(), conflict);
      }
    }
    if (c.targetWhere() != null) {
      a.exprs.condition(c.targetWhere(), "WHERE", conflict);
    }
    if (!c.doUpdate()) {
      return;
    }
    RangeEntry excluded =
        target.columnsKnown
            ? RangeEntry.of(
                RangeEntry.Kind.RELATION, "excluded", target.relation, true, target.columns)
            : RangeEntry.unknown(
                RangeEntry.Kind.RELATION,
                "excluded",
                target.relation,
                true,
                target.columns,
                target.unknownReason);
    Level update = new Level(q, level.parent);
    update.ctes.putAll(level.ctes);
    update.namespace.add(new NsItem(target, true, true));
    update.namespace.add(new NsItem(excluded, true, true));
    update.entries.add(target);
    update.entries.add(excluded);
    targets.set(c.set(), target, update, Clause.ON_CONFLICT);
    if (c.where() != null) {
      update.in(Clause.ON_CONFLICT, () -> a.exprs.condition(c.where(), "WHERE", update));
    }
  }

  // ---- UPDATE and DELETE ---------------------------------------------------------------------

  private QueryShape update(Update u, Level level) {
    if (u.with() != null) {
      a.ctes.with(u.with(), level);
    }
    RangeEntry target = a.from.target(u.target(), level, "update");
    NsItem item = new NsItem(target, true, true);
    level.namespace.add(item);
    level.entries.add(target);
    item.lateralOnly = true;
    item.lateralOk = false;
    a.from.addAll(u.from(), level);
    targets.set(u.set(), target, level, Clause.UPDATE_SET);
    if (u.where() != null) {
      level.in(Clause.WHERE, () -> a.exprs.condition(u.where(), "WHERE", level));
    }
    return returning(u.returning(), target, level, false);
  }

  private QueryShape delete(Delete d, Level level) {
    if (d.with() != null) {
      a.ctes.with(d.with(), level);
    }
    RangeEntry target = a.from.target(d.target(), level, "delete from");
    NsItem item = new NsItem(target, true, true);
    level.namespace.add(item);
    level.entries.add(target);
    item.lateralOnly = true;
    item.lateralOk = false;
    a.from.addAll(d.using(), level);
    if (d.where() != null) {
      level.in(Clause.WHERE, () -> a.exprs.condition(d.where(), "WHERE", level));
    }
    return returning(d.returning(), target, level, false);
  }

  // ---- MERGE ------------------------------------------------------------------------------

  private QueryShape merge(Merge m, Level level) {
    if (m.with() != null) {
      a.ctes.with(m.with(), level);
    }
    RangeEntry target = a.from.target(m.target(), level, "merge into");
    NsItem targetItem = new NsItem(target, true, true);
    level.namespace.add(targetItem);
    level.entries.add(target);
    a.from.addAll(List.of(m.source()), level);
    level.in(Clause.JOIN_ON, () -> a.exprs.condition(m.on(), "JOIN/ON", level));
    Set<Merge.Match> unconditional = EnumSet.noneOf(Merge.Match.class);
    for (Merge.When w : m.whens()) {
      if (unconditional.contains(w.match())) {
        // PostgreSQL refuses a WHEN that an earlier one without AND of its kind always takes
        a.exprs.invalid("unreachable WHEN clause specified after unconditional WHEN clause", w);
      } else if (w.condition() == null) {
        unconditional.add(w.match());
      }
      boolean notMatched = w.match() == Merge.Match.NOT_MATCHED_BY_TARGET;
      targetItem.colsVisible = !notMatched;
      targetItem.relVisible = !notMatched;
      try {
        if (w.condition() != null) {
          level.in(Clause.MERGE_WHEN, () -> a.exprs.condition(w.condition(), "WHEN", level));
        }
        if (w.action() == Merge.ActionKind.UPDATE) {
          targets.set(w.set(), target, level, Clause.UPDATE_SET);
        } else if (w.action() == Merge.ActionKind.INSERT) {
          List<RangeColumn> columns = targets.targetColumns(w.columns(), target, "INSERT");
          if (w.values() != null) {
            if (columns != null) {
              targets.arity(w.values().size(), columns.size(), !w.columns().isEmpty(), w, w);
            }
            for (int k = 0; k < w.values().size(); k++) {
              Expr e = w.values().get(k);
              if (e instanceof Expr.Default) {
                continue;
              }
              Val v = level.in(Clause.INSERT_VALUE, () -> a.exprs.value(e, level));
              if (columns != null && k < columns.size() && columns.get(k) != null) {
                targets.assign(v, columns.get(k), e);
              }
            }
          }
        }
      } finally {
        targetItem.colsVisible = true;
        targetItem.relVisible = true;
      }
    }
    return returning(m.returning(), target, level, false);
  }

  // ---- RETURNING --------------------------------------------------------------------------

  /**
   * The RETURNING list over the statement's name space. PostgreSQL 18 adds {@code old} and {@code
   * new} for the target's values before and after, unless a FROM item already has that name.
   */
  private QueryShape returning(Returning r, RangeEntry target, Level level, boolean insert) {
    if (r == null) {
      return new QueryShape(List.of(), true, null);
    }
    String oldName = r.oldAlias() != null ? r.oldAlias().name() : "old";
    String newName = r.newAlias() != null ? r.newAlias().name() : "new";
    if (q.returningOldNew || r.oldAlias() != null || r.newAlias() != null) {
      addImplicit(oldName, target, level, true);
      addImplicit(newName, target, level, true);
    }
    TargetList.Result out = level.in(Clause.RETURNING, () -> a.targets.transform(r.items(), level));
    level.outputs = out.outputs();
    return new QueryShape(out.outputs(), out.known(), out.reason());
  }

  private void addImplicit(String name, RangeEntry target, Level level, boolean nullable) {
    for (NsItem n : level.namespace) {
      if (n.relVisible && name.equals(n.entry.refname)) {
        return;
      }
    }
    List<RangeColumn> columns = new ArrayList<>();
    for (RangeColumn c : target.columns) {
      columns.add(c.withNullable(nullable || c.nullable()));
    }
    RangeEntry e =
        target.columnsKnown
            ? RangeEntry.of(RangeEntry.Kind.RELATION, name, null, true, columns)
            : RangeEntry.unknown(
                RangeEntry.Kind.RELATION, name, null, true, columns, target.unknownReason);
    level.namespace.add(new NsItem(e, true, false));
    level.entries.add(e);
  }
}
