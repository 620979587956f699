package dev.sqlcheck.processor.sql.ast;

import java.util.List;

/** {@code FOR UPDATE|NO KEY UPDATE|SHARE|KEY SHARE [OF rel, …] [NOWAIT|SKIP LOCKED]}. */
public record LockingClause(
    Strength strength, List<QualifiedName> of, WaitPolicy waitPolicy, int start, int end)
    implements Node {
  public LockingClause {
    of = List.copyOf(of);
  }

  /** The lock strength. */
  public enum Strength {
    UPDATE,
    NO_KEY_UPDATE,
    SHARE,
    KEY_SHARE,
    /** {@code FOR READ ONLY}: accepted by PostgreSQL and ignored. */
    READ_ONLY
  }

  /** What to do with locked rows. */
  public enum WaitPolicy {
    BLOCK,
    NOWAIT,
    SKIP_LOCKED
  }
}
