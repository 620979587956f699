package dev.sqlcheck.processor.oracle;

import java.util.Objects;
import java.util.Set;

/**
 * One query compared: PostgreSQL's verdict against sqlcheck's, classified.
 *
 * <p>Categories: PostgreSQL accepts and sqlcheck is clean ({@code AGREED}) or warns ({@code
 * ACCEPTED_WARNED}) or reports an error ({@code FALSE_ERROR}); PostgreSQL rejects and sqlcheck
 * reports an error ({@code CAUGHT}), only warns ({@code WARNED_INSTEAD}) or says nothing ({@code
 * SILENT_PASS}).
 *
 * <p>Rejections are classed by SQLSTATE (see {@link #rejectionOf}); the name/arity class is the one
 * sqlcheck promises to catch as errors.
 */
record Judgement(
    OracleCase oracleCase,
    PostgresJudge.Verdict pg,
    SqlcheckVerdict sqlcheck,
    Category category,
    Rejection rejection,
    Types types,
    boolean labelsAgree) {

  /** The comparison's outcome. */
  enum Category {
    AGREED,
    ACCEPTED_WARNED,
    FALSE_ERROR,
    CAUGHT,
    WARNED_INSTEAD,
    SILENT_PASS
  }

  /** Why PostgreSQL rejected a query, by SQLSTATE and, for 42601 and 0A000, message. */
  enum Rejection {
    NONE,
    NAME_ARITY,
    SYNTAX,
    TYPE,
    OTHER
  }

  /** Result-type agreement of an accepted query that returns columns. */
  enum Types {
    NOT_COMPARED,
    AGREE,
    EXCUSED,
    DISAGREE
  }

  /**
   * Name and arity errors: undefined column, table and schema; ambiguous column and table
   * reference; duplicate alias and column; invalid column reference (ORDER BY/GROUP BY/DISTINCT ON
   * positions, DISTINCT ORDER BY, alias lists longer than the columns); grouping errors (ungrouped
   * columns, aggregates where none may be).
   */
  static final Set<String> NAME_ARITY_STATES =
      Set.of("42703", "42P01", "3F000", "42702", "42P09", "42712", "42701", "42P10", "42803");

  /** Type errors: mismatch, no such function or operator, ambiguity, unknown parameter type. */
  static final Set<String> TYPE_STATES =
      Set.of(
          "42804", "42883", "42725", "42846", "42P18", "42P08", "22P02", "22007", "22008", "22003",
          "22023", "2202E", "42P13");

  static Rejection rejectionOf(PostgresJudge.Verdict v) {
    if (v.accepted()) {
      return Rejection.NONE;
    }
    String state = Objects.requireNonNullElse(v.sqlState(), "");
    String m = Objects.requireNonNullElse(v.message(), "");
    if (NAME_ARITY_STATES.contains(state)) {
      return Rejection.NAME_ARITY;
    }
    if (state.equals("42601")) {
      // The parser's own errors are syntax; the analyser's 42601s are arity errors (INSERT
      // has more expressions than target columns, each UNION query must have the same number
      // of columns, VALUES lists must all be the same length).
      boolean parser =
          m.startsWith("syntax error")
              || m.startsWith("trailing junk")
              || m.startsWith("unterminated")
              || m.startsWith("zero-length");
      return parser ? Rejection.SYNTAX : Rejection.NAME_ARITY;
    }
    if (state.equals("0A000") && m.startsWith("invalid UNION/INTERSECT/EXCEPT ORDER BY")) {
      return Rejection.NAME_ARITY;
    }
    if (TYPE_STATES.contains(state) || state.startsWith("22")) {
      return Rejection.TYPE;
    }
    return Rejection.OTHER;
  }

  static Judgement of(OracleCase c, PostgresJudge.Verdict pg, SqlcheckVerdict sc) {
    Category category;
    if (pg.accepted()) {
      category =
          switch (sc.kind()) {
            case ERROR -> Category.FALSE_ERROR;
            case WARNED -> Category.ACCEPTED_WARNED;
            case CLEAN -> Category.AGREED;
          };
    } else {
      category =
          switch (sc.kind()) {
            case ERROR -> Category.CAUGHT;
            case WARNED -> Category.WARNED_INSTEAD;
            case CLEAN -> Category.SILENT_PASS;
          };
    }
    Types types = compareTypes(pg, sc);
    boolean labels =
        types != Types.NOT_COMPARED && sc.columnsKnown() && pg.labels().equals(sc.labels());
    return new Judgement(c, pg, sc, category, rejectionOf(pg), types, labels);
  }

  /**
   * Every column's type equal, in order. Compared when PostgreSQL accepted a statement that returns
   * columns and sqlcheck reported no error. A column sqlcheck cannot type (or a result it cannot
   * list) disagrees, unless sqlcheck warned that the query was not fully checked.
   */
  static Types compareTypes(PostgresJudge.Verdict pg, SqlcheckVerdict sc) {
    if (!pg.accepted() || pg.types().isEmpty() || sc.kind() == SqlcheckVerdict.Kind.ERROR) {
      return Types.NOT_COMPARED;
    }
    boolean warned = sc.kind() == SqlcheckVerdict.Kind.WARNED;
    if (!sc.columnsKnown() || sc.types().size() != pg.types().size()) {
      return warned && !sc.columnsKnown() ? Types.EXCUSED : Types.DISAGREE;
    }
    boolean unknown = false;
    for (int i = 0; i < pg.types().size(); i++) {
      String ours = sc.types().get(i);
      if (ours == null) {
        unknown = true;
      } else if (!ours.equals(pg.types().get(i))) {
        return Types.DISAGREE;
      }
    }
    return !unknown ? Types.AGREE : warned ? Types.EXCUSED : Types.DISAGREE;
  }
}
