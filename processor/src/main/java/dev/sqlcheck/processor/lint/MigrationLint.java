package dev.sqlcheck.processor.lint;

import dev.sqlcheck.processor.analysis.Reference;
import dev.sqlcheck.processor.catalog.Catalog;
import dev.sqlcheck.processor.catalog.HistoryEvent;
import dev.sqlcheck.processor.catalog.Relation;
import dev.sqlcheck.processor.problem.Message;
import dev.sqlcheck.processor.problem.Problem;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * SQLCHECK-008: the newest migration renames a table, view or column that queries use under its new
 * name, or drops one that it then creates again. During a rolling deploy the code built against the
 * previous schema keeps running for a while and still uses the old name (or the old shape), so it
 * fails from the moment the migration runs. The safe way is expand and contract: add the new name
 * beside the old one, keep both in step, switch the code, and drop the old name in a later
 * migration.
 *
 * <p>A plain drop of something no query uses is not reported (that is the contract step), and a
 * migration that only adds gets nothing.
 */
public final class MigrationLint {
  /** The catalog names one method's query uses. */
  public record QueryUse(String method, List<Reference> references) {
    public QueryUse {
      references = List.copyOf(references);
    }
  }

  private MigrationLint() {}

  /**
   * The warnings for {@code newest}, the changes the newest migration made (the history of the
   * final schema less that of the schema before it), given the final catalog and every query's
   * uses.
   */
  public static List<Problem> check(
      List<Catalog.Change> newest, Catalog finalSchema, List<QueryUse> uses) {
    List<Problem> out = new ArrayList<>();
    for (Catalog.Change c : newest) {
      Target t = target(c, finalSchema);
      if (t == null) {
        continue;
      }
      Set<String> methods = new LinkedHashSet<>();
      for (QueryUse u : uses) {
        if (u.references().stream().anyMatch(r -> t.matches(r))) {
          methods.add(u.method());
        }
      }
      if (!methods.isEmpty()) {
        out.add(problem(c, t, methods));
      }
    }
    return out;
  }

  /** What queries use now that the change touched, and how the message names it. */
  private record Target(String schema, String relation, String column, String what) {
    boolean matches(Reference r) {
      return r.schema().equals(schema)
          && r.relation().equals(relation)
          && (column == null || column.equals(r.column()));
    }
  }

  private static Target target(Catalog.Change c, Catalog finalSchema) {
    HistoryEvent e = c.event();
    boolean renamed = e.type() == HistoryEvent.Type.RENAMED;
    if (c.relation() == null) {
      String now = renamed ? e.newName() : e.oldName();
      Optional<Relation> rel = finalSchema.find(c.schema(), now);
      if (rel.isEmpty()) {
        return null; // dropped for good: no query can use it
      }
      String kind = kind(rel.get());
      String what =
          renamed
              ? "renames " + kind + " " + quote(e.oldName()) + " to " + quote(now)
              : "drops " + kind + " " + quote(now) + " and creates it again";
      return new Target(c.schema(), now, null, what);
    }
    String now = renamed ? e.newName() : e.oldName();
    Optional<Relation> rel = finalSchema.find(c.schema(), c.relation());
    if (rel.isEmpty() || rel.get().column(now).isEmpty()) {
      return null;
    }
    String column = quote(c.relation()) + "." + quote(e.oldName());
    String what =
        renamed
            ? "renames column " + column + " to " + quote(now)
            : "drops column " + column + " and adds it again";
    return new Target(c.schema(), c.relation(), now, what);
  }

  private static Problem problem(Catalog.Change c, Target t, Set<String> methods) {
    HistoryEvent e = c.event();
    int n = methods.size();
    String queries = n == 1 ? "1 query uses" : n + " queries use";
    String oldName = e.type() == HistoryEvent.Type.RENAMED ? quote(e.oldName()) : "its old shape";
    String newName = quote(t.column() != null ? t.column() : t.relation());
    String hint =
        e.type() == HistoryEvent.Type.RENAMED
            ? "expand and contract instead: add "
                + newName
                + " beside "
                + oldName
                + " and keep both in step (write both, or a trigger); deploy the code that uses "
                + newName
                + "; drop "
                + oldName
                + " in a later migration. Switch this warning off with"
                + " -Asqlcheck.disable=SQLCHECK-008 once no old code runs"
            : "expand and contract instead: create the new shape under a new name, keep both in"
                + " step, switch the code, and drop the old one in a later migration";
    return Message.MIGRATION_BREAKS_RUNNING_CODE
        .unpositioned(e.at(), t.what(), queries, String.join(", ", methods), oldName)
        .withHint(hint);
  }

  private static String kind(Relation r) {
    return switch (r.kind()) {
      case TABLE -> "table";
      case VIEW -> "view";
      case MATERIALIZED_VIEW -> "materialized view";
    };
  }

  private static String quote(String name) {
    return "\"" + name + "\"";
  }
}
