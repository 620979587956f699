package dev.sqlcheck.processor.catalog;

/**
 * Something that happened to a table or column in the schema's history, kept so that a query using
 * an old name can be told what became of it: {@code column "full_name" was renamed to
 * "display_name" at schema.sql:61}. {@code newName} is null for {@link Type#DROPPED} and {@link
 * Type#TEMPORARY}.
 */
public record HistoryEvent(Type type, String oldName, String newName, SourceLocation at) {
  /** What happened. */
  public enum Type {
    RENAMED,
    DROPPED,
    /** Created TEMPORARY ({@code at}): it went with the migration's session. */
    TEMPORARY
  }
}
