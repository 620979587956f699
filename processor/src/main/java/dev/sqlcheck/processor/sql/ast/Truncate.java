package dev.sqlcheck.processor.sql.ast;

import java.util.List;

/** {@code TRUNCATE [TABLE] [ONLY] name [*], … [RESTART|CONTINUE IDENTITY] [CASCADE|RESTRICT]}. */
public record Truncate(
    List<TableRef.Relation> tables, boolean restartIdentity, boolean cascade, int start, int end)
    implements Statement {
  public Truncate {
    tables = List.copyOf(tables);
  }
}
