package dev.sqlcheck.processor.sql.ast;

import java.util.List;

/**
 * {@code CREATE [TEMP|UNLOGGED] SEQUENCE [IF NOT EXISTS] name [options]}.
 *
 * @param persistence {@code "temp"}, {@code "unlogged"} or {@code "permanent"}
 */
public record CreateSequence(
    String persistence,
    boolean ifNotExists,
    QualifiedName name,
    List<SequenceOption> options,
    int start,
    int end)
    implements Statement {
  public CreateSequence {
    options = List.copyOf(options);
  }
}
