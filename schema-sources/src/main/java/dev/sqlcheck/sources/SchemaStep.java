package dev.sqlcheck.sources;

/**
 * One step of a schema's history, in the order a migration tool applies them: either SQL text to
 * split and run ({@link SqlScript}), or one Liquibase change read from an XML, YAML or JSON
 * changelog ({@link ChangeNode}).
 */
public sealed interface SchemaStep permits SqlScript, ChangeNode {
  /** The file the step comes from, as messages name it ({@code changes/002-rename.xml}). */
  String file();

  /** The 1-based line in {@link #file()} where the step starts. */
  int line();
}
