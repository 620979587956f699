package dev.sqlcheck.sources;

/**
 * Something wrong with the schema sources themselves, located by file and line (line 0 when the
 * problem is about a whole file or folder).
 *
 * <ul>
 *   <li>{@link Kind#MISSING}: a file or folder that does not exist or cannot be read, an include
 *       that points nowhere. The schema would be partial, so this is an error.
 *   <li>{@link Kind#INVALID}: sources the migration tool itself would refuse: two Flyway migrations
 *       with one version, a changelog that is not well-formed, a file included twice. An error.
 *   <li>{@link Kind#SKIPPED}: something the migration tool does not apply although it looks as if
 *       it might: a {@code .sql} file in a Flyway folder whose name is not a migration's, a
 *       changeset whose {@code dbms} misspells {@code postgresql}. A warning.
 * </ul>
 */
public record SourceProblem(Kind kind, String file, int line, String message) {
  /** How bad it is; see the type's description. */
  public enum Kind {
    MISSING,
    INVALID,
    SKIPPED
  }

  public boolean isError() {
    return kind != Kind.SKIPPED;
  }

  /** {@code file:line: message}, or {@code file: message} without a line. */
  @Override
  public String toString() {
    return (line > 0 ? file + ":" + line : file) + ": " + message;
  }
}
