package dev.sqlcheck.processor.step;

import dev.sqlcheck.processor.catalog.Catalog;
import dev.sqlcheck.processor.schema.SchemaLoader;
import dev.sqlcheck.sources.ChangeNode;
import dev.sqlcheck.sources.Migration;
import dev.sqlcheck.sources.SchemaStep;
import dev.sqlcheck.sources.SqlScript;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
    Set<Catalog.Change> earlier = new HashSet<>(loader.loadSteps(before).catalog().history());
    List<Catalog.Change> out = new ArrayList<>();
    for (Catalog.Change c : finalSchema.history()) {
      if (!earlier.contains(c)) {
        out.add(c);
      }
    }
    return out;
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
