package dev.sqlcheck;

/**
 * A row that cannot become the Java value a method returns: a SQL enum label with no Java constant,
 * or a NULL where the Java type is primitive. Row mappers are shared between methods and do not
 * know which one called them, so the helpers that run a mapper ({@link JdbcSupport#one}, {@link
 * JdbcSupport#list}, a {@code Stream}'s reader, ...) catch this and throw {@link #in} instead,
 * naming the method.
 */
final class RowFailure extends SqlCheckException {
  private static final long serialVersionUID = 1L;

  RowFailure(String message) {
    super(message);
  }

  /** The same failure, its message starting with the repository method: {@code Repo.find: ...}. */
  SqlCheckException in(String method) {
    SqlCheckException named = new SqlCheckException(method + ": " + getMessage());
    named.setStackTrace(getStackTrace());
    return named;
  }
}
