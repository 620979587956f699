package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.catalog.HistoryEvent;

/** Words what became of a renamed or dropped table or column, for the note of a report. */
final class History {
  private History() {}

  /** {@code column "full_name" was renamed to "display_name" at schema.sql:61}. */
  static String describe(String what, String oldName, HistoryEvent e) {
    String where = e.at() == null ? "" : " at " + e.at();
    if (e.type() == HistoryEvent.Type.RENAMED) {
      return what + " \"" + oldName + "\" was renamed to \"" + e.newName() + "\"" + where;
    }
    if (e.type() == HistoryEvent.Type.TEMPORARY) {
      return what
          + " \""
          + oldName
          + "\" was created TEMPORARY"
          + where
          + ", so it ended with the session that ran the migration";
    }
    return what + " \"" + oldName + "\" was dropped" + where;
  }
}
