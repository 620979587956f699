package dev.sqlcheck.processor.dialect.postgres.types;

/**
 * The constructs that choose one type for several inputs, each with the word PostgreSQL puts in its
 * errors ({@code CASE types integer and text cannot be matched}).
 */
public enum CommonContext {
  UNION("UNION"),
  INTERSECT("INTERSECT"),
  EXCEPT("EXCEPT"),
  UNION_ALL("UNION"),
  INTERSECT_ALL("INTERSECT"),
  EXCEPT_ALL("EXCEPT"),
  CASE("CASE"),
  COALESCE("COALESCE"),
  GREATEST("GREATEST"),
  LEAST("LEAST"),
  VALUES("VALUES"),
  ARRAY("ARRAY"),
  JOIN_USING("JOIN/USING");

  private final String word;

  CommonContext(String word) {
    this.word = word;
  }

  /** The word in PostgreSQL's messages. */
  public String word() {
    return word;
  }

  boolean isSetOperation() {
    return ordinal() <= EXCEPT_ALL.ordinal();
  }

  /** Without ALL, a set operation removes duplicates, so each column needs an equality. */
  boolean removesDuplicates() {
    return this == UNION || this == INTERSECT || this == EXCEPT;
  }
}
