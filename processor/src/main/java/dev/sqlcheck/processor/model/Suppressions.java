package dev.sqlcheck.processor.model;

/**
 * The {@code @SuppressWarnings} tokens sqlcheck understands on a method or its interface. They are
 * read by the collector and named in messages, so they live with the values both share.
 */
public final class Suppressions {
  /** Result columns that no component uses are not reported ({@code SQLCHECK-407}). */
  public static final String UNUSED_COLUMN = "sqlcheck:unused-column";

  /** The SQL is not checked against the schema: an escape hatch for what it cannot describe. */
  public static final String UNCHECKED = "sqlcheck:unchecked";

  private Suppressions() {}
}
