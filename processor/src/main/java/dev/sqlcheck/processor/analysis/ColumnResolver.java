package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.dialect.postgres.PgIdentifiers;
import dev.sqlcheck.processor.problem.Problem;
import dev.sqlcheck.processor.problem.ProblemCode;
import dev.sqlcheck.processor.problem.Suggestions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;

/**
 * Resolves a column reference ({@code email}, {@code u.email}, {@code public.users.email}) through
 * the scopes from the innermost outwards, as PostgreSQL does, and reports unknown columns, unknown
 * qualifiers and ambiguous references, but only when the scopes searched are fully known.
 */
final class ColumnResolver {
  /** Words that parse as columns but are SQL value functions or keywords. */
  private static final Set<String> VALUE_KEYWORDS =
      Set.of(
          "current_user",
          "session_user",
          "user",
          "current_role",
          "current_catalog",
          "current_schema",
          "current_date",
          "current_time",
          "current_timestamp",
          "localtime",
          "localtimestamp",
          "default",
          "true",
          "false",
          "null",
          "unknown",
          "system_user");

  /** The hint for a subquery in FROM that refers to a FROM item beside it. */
  private static final String LATERAL_HINT =
      "a subquery in FROM cannot refer to the other FROM"
          + " items of its query level; write LATERAL before the subquery to use \"%s\"";

  private final AnalysisContext ctx;

  ColumnResolver(AnalysisContext ctx) {
    this.ctx = ctx;
  }

  Typed resolve(Column column, Scope scope) {
    String name = PgIdentifiers.fold(column.getColumnName());
    Table table = column.getTable();
    if (table == null || table.getName() == null) {
      return unqualified(column, name, scope);
    }
    String qualifier = PgIdentifiers.fold(table.getName());
    String schema = PgIdentifiers.fold(table.getSchemaName());
    List<String> parts = new ArrayList<>();
    if (schema != null) {
      parts.add(schema);
    }
    parts.add(qualifier);
    parts.add(name);
    for (Scope s = scope; s != null; s = s.parent) {
      Optional<ScopeRelation> rel = s.relation(qualifier, schema);
      if (rel.isPresent()) {
        return inRelation(column, parts, rel.get(), name);
      }
    }
    if (anyIncomplete(scope)) {
      return Typed.unknown().withLabel(name);
    }
    reportQualifier(column, parts, qualifier, schema, scope);
    return Typed.unknown().withLabel(name);
  }

  private Typed inRelation(Column column, List<String> parts, ScopeRelation rel, String name) {
    Optional<ScopeColumn> c = rel.column(name);
    if (c.isPresent()) {
      ctx.references().column(rel.relation, name);
      return new Typed(c.get().type(), c.get().nullable(), name);
    }
    if (rel.columnsKnown) {
      int[] at = ctx.locator().locate(column, parts, parts.size() - 1);
      ctx.problems().add(missingIn(rel, name, at));
    }
    return Typed.unknown().withLabel(name);
  }

  /** {@code column "emial" does not exist in table "users"}, with hint and note. */
  Problem missingIn(ScopeRelation rel, String name, int[] at) {
    String hint = Suggestions.hint(name, rel.columnNames());
    String note = null;
    if (rel.relation != null) {
      var event = ctx.catalog().columnHistory(rel.relation, name);
      if (event.isPresent()) {
        note = TableResolver.describe("column", name, event.get());
        if (event.get().newName() != null && rel.column(event.get().newName()).isPresent()) {
          hint = "did you mean \"" + event.get().newName() + "\"?";
        }
      } else if (rel.relation.definedAt() != null) {
        note = rel.describe() + " is defined at " + rel.relation.definedAt();
      }
    }
    return new Problem(
        ProblemCode.UNKNOWN_COLUMN,
        "column \"" + name + "\" does not exist in " + rel.describe(),
        at[0],
        at[1],
        hint,
        note);
  }

  private void reportQualifier(
      Column column, List<String> parts, String qualifier, String schema, Scope scope) {
    int[] at = ctx.locator().locate(column, parts, parts.size() - 2);
    String hint = Suggestions.hint(qualifier, scope.qualifiers());
    String message = "missing FROM-clause entry for table \"" + qualifier + "\"";
    for (Scope s = scope; s != null; s = s.parent) {
      for (ScopeRelation r : s.relations) {
        if (r.relation != null && r.relation.name().equals(qualifier) && schema == null) {
          message = "invalid reference to FROM-clause entry for table \"" + qualifier + "\"";
          hint = "perhaps you meant to reference the table alias \"" + r.qualifier + "\"";
        }
      }
    }
    if (scope.hiddenRelation(qualifier, schema).isPresent()) {
      message = "invalid reference to FROM-clause entry for table \"" + qualifier + "\"";
      hint = LATERAL_HINT.formatted(qualifier);
    }
    ctx.problems()
        .add(new Problem(ProblemCode.UNKNOWN_QUALIFIER, message, at[0], at[1], hint, null));
  }

  private Typed unqualified(Column column, String name, Scope scope) {
    for (Scope s = scope; s != null; s = s.parent) {
      Optional<Typed> found = findAt(column, name, s);
      if (found.isPresent()) {
        return found.get();
      }
      if (!s.fullyKnown()) {
        return Typed.unknown().withLabel(name);
      }
    }
    if (VALUE_KEYWORDS.contains(name) || isWholeRow(name, scope)) {
      return Typed.unknown().withLabel(name);
    }
    reportMissing(column, name, scope);
    return Typed.unknown().withLabel(name);
  }

  /** The column at one scope level, or empty; reports ambiguity. */
  private Optional<Typed> findAt(Column column, String name, Scope s) {
    ScopeColumn merged = s.merged.get(name);
    if (merged != null) {
      return Optional.of(new Typed(merged.type(), merged.nullable(), name));
    }
    List<ScopeRelation> matches = new ArrayList<>();
    ScopeColumn hit = null;
    for (ScopeRelation r : s.relations) {
      Optional<ScopeColumn> c = r.column(name);
      if (c.isPresent()) {
        matches.add(r);
        hit = c.get();
      }
    }
    if (matches.size() == 1) {
      ctx.references().column(matches.get(0).relation, name);
    }
    if (matches.size() > 1) {
      int[] at = ctx.locator().locate(column, List.of(name), 0);
      String tables =
          matches.stream().map(ScopeRelation::describe).collect(Collectors.joining(", "));
      ctx.problems()
          .add(
              new Problem(
                  ProblemCode.AMBIGUOUS_COLUMN,
                  "column reference \"" + name + "\" is ambiguous",
                  at[0],
                  at[1],
                  "qualify it with one of "
                      + matches.stream()
                          .map(r -> "\"" + r.qualifier + "\"")
                          .collect(Collectors.joining(", ")),
                  "it exists in " + tables));
      return Optional.of(Typed.unknown().withLabel(name));
    }
    if (hit != null) {
      return Optional.of(new Typed(hit.type(), hit.nullable(), name));
    }
    for (ResultColumn out : s.outputs) {
      if (out.label().equals(name)) {
        return Optional.of(new Typed(out.type(), out.nullable(), name));
      }
    }
    return Optional.empty();
  }

  private static boolean isWholeRow(String name, Scope scope) {
    for (Scope s = scope; s != null; s = s.parent) {
      if (s.relations.stream().anyMatch(r -> r.qualifier.equals(name))) {
        return true;
      }
    }
    return false;
  }

  private static boolean anyIncomplete(Scope scope) {
    for (Scope s = scope; s != null; s = s.parent) {
      if (s.incomplete) {
        return true;
      }
    }
    return false;
  }

  private void reportMissing(Column column, String name, Scope scope) {
    int[] at = ctx.locator().locate(column, List.of(name), 0);
    List<ScopeRelation> searched = new ArrayList<>();
    Set<String> candidates = new LinkedHashSet<>();
    for (Scope s = scope; s != null; s = s.parent) {
      searched.addAll(s.relations);
      s.relations.forEach(r -> candidates.addAll(r.columnNames()));
      s.outputs.forEach(o -> candidates.add(o.label()));
    }
    Optional<ScopeRelation> hidden = scope.hiddenRelationWithColumn(name);
    String lateral =
        hidden
            .map(
                r ->
                    "there is a column \""
                        + name
                        + "\" in "
                        + r.describe()
                        + ", but "
                        + LATERAL_HINT.formatted(r.qualifier))
            .orElse(null);
    if (searched.size() == 1) {
      Problem p = missingIn(searched.get(0), name, at);
      ctx.problems().add(lateral == null ? p : p.withHint(lateral));
      return;
    }
    String note =
        searched.isEmpty()
            ? "no table is in scope here"
            : "searched "
                + searched.stream().map(ScopeRelation::describe).collect(Collectors.joining(", "));
    String hint = lateral != null ? lateral : Suggestions.hint(name, candidates);
    ctx.problems()
        .add(
            new Problem(
                ProblemCode.UNKNOWN_COLUMN,
                "column \"" + name + "\" does not exist",
                at[0],
                at[1],
                hint,
                note));
  }

  /** A name that may be a column: resolves it if in scope, without reporting anything. */
  Optional<Typed> lookupQuietly(String name, Scope scope) {
    for (Scope s = scope; s != null; s = s.parent) {
      ScopeColumn merged = s.merged.get(name);
      if (merged != null) {
        return Optional.of(new Typed(merged.type(), merged.nullable(), name));
      }
      for (ScopeRelation r : s.relations) {
        Optional<ScopeColumn> c = r.column(name);
        if (c.isPresent()) {
          return Optional.of(new Typed(c.get().type(), c.get().nullable(), name));
        }
      }
    }
    return Optional.empty();
  }
}
