package dev.sqlcheck.processor.signature;

import dev.sqlcheck.processor.catalog.SqlType;
import java.util.List;
import java.util.Optional;

/**
 * The labels of SQL enum types, in the order the schema declares them: what Java enum constants are
 * checked against. Backed by the catalog during a compilation; {@link #NONE} knows no enum, so
 * every Java enum then travels by its constants' names.
 */
@FunctionalInterface
public interface EnumLabels {
  EnumLabels NONE = type -> Optional.empty();

  /** The labels of {@code type}, or empty when it is not a SQL enum the schema declares. */
  Optional<List<String>> of(SqlType type);
}
