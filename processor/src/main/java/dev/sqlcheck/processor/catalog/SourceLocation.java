package dev.sqlcheck.processor.catalog;

/** A line in a schema source, printed as {@code schema.sql:12}. */
public record SourceLocation(String file, int line) {
  @Override
  public String toString() {
    return file + ":" + line;
  }
}
