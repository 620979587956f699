package dev.sqlcheck.processor.problem;

/**
 * One problem found in a query (or a schema source). {@code start} and {@code end} are character
 * offsets into the SQL text as written in {@code @Query} (end exclusive), or -1 when the problem
 * has no position. {@code hint} is a "did you mean" line or null; {@code note} says where something
 * is defined, or what became of it, or null.
 *
 * <p>Messages quote identifiers in double quotes: {@code column "emial" does not exist in table
 * "users"}.
 */
public record Problem(
    ProblemCode code, String message, int start, int end, String hint, String note) {

  public static Problem at(ProblemCode code, String message, int start, int end) {
    return new Problem(code, message, start, end, null, null);
  }

  public static Problem unpositioned(ProblemCode code, String message) {
    return new Problem(code, message, -1, -1, null, null);
  }

  public Problem withHint(String newHint) {
    return new Problem(code, message, start, end, newHint, note);
  }

  public Problem withNote(String newNote) {
    return new Problem(code, message, start, end, hint, newNote);
  }

  public Severity severity() {
    return code.severity();
  }

  public boolean hasPosition() {
    return start >= 0;
  }
}
