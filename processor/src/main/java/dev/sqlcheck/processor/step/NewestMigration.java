package dev.sqlcheck.processor.step;

import dev.sqlcheck.processor.catalog.Catalog;
import dev.sqlcheck.processor.catalog.Column;
import dev.sqlcheck.processor.catalog.HistoryEvent;
import dev.sqlcheck.processor.catalog.Relation;
import dev.sqlcheck.processor.schema.SchemaLoader;
import dev.sqlcheck.sources.ChangeNode;
import dev.sqlcheck.sources.Migration;
import dev.sqlcheck.sources.SchemaStep;
import dev.sqlcheck.sources.SqlScript;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What the newest migration of a Flyway folder or Liquibase changelog renamed or dropped, found by
 * loading the schema once more without it and comparing the two histories. The second load happens
 * only when the newest migration could rename or drop anything at all, so a migration that only
 * adds costs nothing.
 */
final class NewestMigration {
  private NewestMigration() {}

  static List<Catalog.Change> changes(
      SchemaLoader loader, SchemaLocator.Result located, Catalog finalSchema) {
    List<Migration> migrations = located.migrations();
    if (migrations.isEmpty()) {
      return List.of();
    }
    Migration newest = migrations.get(migrations.size() - 1);
    List<SchemaStep> steps = located.steps();
    if (!mayRenameOrDrop(steps.subList(newest.from(), newest.to()))) {
      return List.of();
    }
    List<SchemaStep> before = new ArrayList<>(steps.subList(0, newest.from()));
    before.addAll(steps.subList(newest.to(), steps.size()));
    Catalog previous = loader.loadSteps(before).catalog();
    Set<Catalog.Change> earlier = new HashSet<>(previous.history());
    List<Catalog.Change> out = new ArrayList<>();
    for (Catalog.Change c : finalSchema.history()) {
      if (!earlier.contains(c) && visibleToPreviousBuild(c, previous, finalSchema)) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * Whether code built against {@code previous} can notice the change: a rename of something the
   * newest migration itself created (a table rebuilt as {@code users_new} and renamed to {@code
   * users}) never had a user, nor does a rename onto a name the previous schema already had; a
   * table dropped and created again matters only when a column it had is gone or has another type.
   */
  private static boolean visibleToPreviousBuild(
      Catalog.Change c, Catalog previous, Catalog finalSchema) {
    HistoryEvent e = c.event();
    boolean renamed = e.type() == HistoryEvent.Type.RENAMED;
    if (c.relation() == null) {
      Optional<Relation> before = previous.find(c.schema(), e.oldName());
      if (renamed) {
        return before.isPresent() && previous.find(c.schema(), e.newName()).isEmpty();
      }
      Optional<Relation> after = finalSchema.find(c.schema(), e.oldName());
      return before.isPresent() && after.isPresent() && lostOrRetyped(before.get(), after.get());
    }
    Optional<Relation> table = previous.find(c.schema(), c.relation());
    return table.isPresent() && table.get().column(e.oldName()).isPresent();
  }

  private static boolean lostOrRetyped(Relation before, Relation after) {
    for (Column col : before.columns()) {
      Optional<Column> now = after.column(col.name());
      if (now.isEmpty() || !now.get().type().equals(col.type())) {
        return true;
      }
    }
    return false;
  }

  /** A cheap test: can these steps rename or drop anything? */
  private static boolean mayRenameOrDrop(List<SchemaStep> steps) {
    for (SchemaStep s : steps) {
      String text =
          s instanceof SqlScript script
              ? script.text()
              : s instanceof ChangeNode change
                  ? change.type() + " " + (change.text() == null ? "" : change.text())
                  : "";
      String lower = text.toLowerCase(Locale.ROOT);
      if (lower.contains("rename") || lower.contains("drop")) {
        return true;
      }
    }
    return false;
  }
}
