package dev.sqlcheck.processor.sql.ast;

import java.util.List;

/**
 * {@code ALTER SEQUENCE [IF EXISTS] name option …}, for instance pg_dump's {@code ALTER SEQUENCE s
 * OWNED BY t.id}. The other forms (OWNER TO, RENAME, SET SCHEMA, SET LOGGED) are {@link AlterTable}
 * actions, as in PostgreSQL.
 */
public record AlterSequence(
    boolean ifExists, QualifiedName name, List<SequenceOption> options, int start, int end)
    implements Statement {
  public AlterSequence {
    options = List.copyOf(options);
  }
}
