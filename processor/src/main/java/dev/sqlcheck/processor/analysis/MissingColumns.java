package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.catalog.HistoryEvent;
import dev.sqlcheck.processor.problem.Problem;
import dev.sqlcheck.processor.problem.ProblemCode;
import dev.sqlcheck.processor.problem.Suggestions;
import dev.sqlcheck.processor.sql.ast.Identifier;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The errors for a column reference that names no column, or more than one: what was searched, the
 * closest name, a column that exists but is out of reach (and why), an output alias used where only
 * input columns count, and what the schema history says became of the name.
 */
final class MissingColumns {
  private final QueryContext q;

  MissingColumns(QueryContext q) {
    this.q = q;
  }

  void ambiguous(Identifier id, List<ColumnRefs.Hit> hits) {
    List<String> qualifiers = new ArrayList<>();
    List<String> tables = new ArrayList<>();
    for (ColumnRefs.Hit h : hits) {
      RangeEntry e = h.index() < 0 ? h.item().entry : h.item().entry.flatten(h.index()).entry();
      qualifiers.add(e.refname == null ? "?" : "\"" + e.refname + "\"");
      tables.add(e.describe());
    }
    q.problems.add(
        new Problem(
            ProblemCode.AMBIGUOUS_COLUMN,
            "column reference \"" + id.name() + "\" is ambiguous",
            id.start(),
            id.end(),
            "qualify it with one of " + String.join(", ", new LinkedHashSet<>(qualifiers)),
            "it exists in " + String.join(", ", new LinkedHashSet<>(tables))));
  }

  void missing(Identifier id, Level level) {
    String name = id.name();
    List<RangeEntry> searched = new ArrayList<>();
    Set<String> candidates = new LinkedHashSet<>();
    String hidden = null;
    for (Level l = level; l != null; l = l.parent) {
      for (NsItem item : l.namespace) {
        if (item.colsVisible && item.visibleTo(l.lateralActive)) {
          for (RangeEntry base : item.entry.leaves()) {
            if (!searched.contains(base)) {
              searched.add(base);
            }
          }
          candidates.addAll(item.entry.columnNames());
        }
      }
      for (RangeEntry e : l.entries) {
        if (hidden == null
            && e.kind != RangeEntry.Kind.JOIN
            && !e.find(name).isEmpty()
            && !searched.contains(e)) {
          hidden =
              "there is a column \""
                  + name
                  + "\" in "
                  + e.describe()
                  + ", but "
                  + ColumnRefs.advice(l, e, e.refname == null ? name : e.refname);
        }
      }
    }
    String outputHint = outputNameHint(name, level);
    if (searched.size() == 1 && outputHint == null) {
      Problem p = in(searched.get(0), name, id.start(), id.end());
      q.problems.add(hidden == null ? p : p.withHint(hidden));
      return;
    }
    String note =
        searched.isEmpty()
            ? "no table is in scope here"
            : "searched "
                + searched.stream()
                    .map(RangeEntry::describe)
                    .distinct()
                    .collect(Collectors.joining(", "));
    String hint =
        hidden != null
            ? hidden
            : outputHint != null ? outputHint : Suggestions.hint(name, candidates);
    q.problems.add(
        new Problem(
            ProblemCode.UNKNOWN_COLUMN,
            "column \"" + name + "\" does not exist",
            id.start(),
            id.end(),
            hint,
            note));
  }

  /** When the name is an output column of the level: aliases cannot be used in expressions. */
  private static String outputNameHint(String name, Level level) {
    for (Level.Output o : level.outputs) {
      if (name.equals(o.label())) {
        return "\""
            + name
            + "\" is an output column name; ORDER BY and GROUP BY can name it only on its own,"
            + " not inside an expression, and WHERE and HAVING cannot use it";
      }
    }
    return null;
  }

  /** {@code column "emial" does not exist in table "users"}, with hint and note. */
  Problem in(RangeEntry e, String name, int start, int end) {
    String hint = Suggestions.hint(name, e.columnNames());
    String note = null;
    if (e.relation != null) {
      Optional<HistoryEvent> event = q.catalog.columnHistory(e.relation, name);
      if (event.isPresent()) {
        note = History.describe("column", name, event.get());
        String newName = event.get().newName();
        if (newName != null && !e.find(newName).isEmpty()) {
          hint = "did you mean \"" + newName + "\"?";
        }
      } else if (e.relation.definedAt() != null) {
        note = e.describe() + " is defined at " + e.relation.definedAt();
      }
    }
    return new Problem(
        ProblemCode.UNKNOWN_COLUMN,
        "column \"" + name + "\" does not exist in " + e.describe(),
        start,
        end,
        hint,
        note);
  }
}
