package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.catalog.Relation;
import dev.sqlcheck.processor.catalog.SqlType;
import dev.sqlcheck.processor.sql.ast.TableRef.JoinKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One FROM item after analysis, PostgreSQL's range-table entry: a catalog relation, a subquery, a
 * function, a CTE reference, a VALUES list, or a join of two entries. It knows its reference name
 * (the alias, or the relation's own name, or none for an unaliased join), its columns, and whether
 * those are all of its columns: an entry built from something sqlcheck could not model has unknown
 * columns, and then any column name may belong to it.
 *
 * <p>Nullability is decided where a column is referenced: a column may be NULL when it is declared
 * so, when its entry is on the nullable side of an outer join ({@link #nullExtended}), unless
 * WHERE, or an inner join's ON above every outer join that extends it, proved it non-null ({@link
 * #proveNotNull}). A join's columns take theirs from the columns they come from.
 */
final class RangeEntry {
  /** What sort of FROM item this is. */
  enum Kind {
    RELATION,
    SUBQUERY,
    FUNCTION,
    JOIN,
    CTE,
    VALUES
  }

  /** Where a join's column comes from: one column of an input, or two for a merged column. */
  private record Origin(RangeEntry left, int leftIndex, RangeEntry right, int rightIndex) {}

  final Kind kind;

  /** The name that qualifies its columns, or null (an unaliased join or subquery). */
  final String refname;

  /** The catalog relation, for {@link Kind#RELATION}. */
  final Relation relation;

  /** Whether an alias was written; an alias hides the relation's own name. */
  final boolean aliased;

  final List<RangeColumn> columns;

  /** False when the entry may have columns sqlcheck does not know. */
  final boolean columnsKnown;

  /** Why the columns are not known (for the warning), or null. */
  final String unknownReason;

  /** For a join: the kind, and where each column comes from. */
  final JoinKind joinKind;

  /** The target of INSERT, UPDATE, DELETE or MERGE. */
  boolean modificationTarget;

  /** Where its name is written in the SQL, for reports (-1 when unknown). */
  int start = -1;

  int end = -1;

  private final List<Origin> origins;
  private final List<RangeEntry> inputs;

  /**
   * Columns proven non-null, with the step of the proof: an inner join's ON at the step that join
   * was built (joins are built inside out, so a later step is a join further out), WHERE at {@link
   * #AFTER_ALL_JOINS}. Null until a proof.
   */
  private Map<String, Integer> provenAt;

  /** WHERE's step: it filters the rows every join of its level made. */
  static final int AFTER_ALL_JOINS = Integer.MAX_VALUE;

  /** The step at which the outermost outer join so far extended this entry with NULLs; 0: none. */
  private int extendedAt;

  private boolean nullExtended;

  private RangeEntry(
      Kind kind,
      String refname,
      Relation relation,
      boolean aliased,
      List<RangeColumn> columns,
      boolean columnsKnown,
      String unknownReason,
      JoinKind joinKind,
      List<Origin> origins,
      List<RangeEntry> inputs) {
    this.kind = kind;
    this.refname = refname;
    this.relation = relation;
    this.aliased = aliased;
    this.columns = List.copyOf(columns);
    this.columnsKnown = columnsKnown;
    this.unknownReason = unknownReason;
    this.joinKind = joinKind;
    this.origins = origins;
    this.inputs = inputs;
  }

  /** An entry with these columns. */
  static RangeEntry of(
      Kind kind, String refname, Relation relation, boolean aliased, List<RangeColumn> columns) {
    return new RangeEntry(
        kind, refname, relation, aliased, columns, true, null, null, List.of(), List.of());
  }

  /** An entry whose columns are not (all) known, with the reason. */
  static RangeEntry unknown(
      Kind kind,
      String refname,
      Relation relation,
      boolean aliased,
      List<RangeColumn> known,
      String reason) {
    return new RangeEntry(
        kind, refname, relation, aliased, known, false, reason, null, List.of(), List.of());
  }

  /**
   * The entry of {@code JOIN … USING (…) AS name}: the first {@code count} columns of the join (its
   * merged columns), qualified by {@code name}.
   */
  static RangeEntry usingAlias(String name, RangeEntry join, int count) {
    List<Origin> origins = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      origins.add(new Origin(join, i, null, -1));
    }
    return new RangeEntry(
        Kind.JOIN,
        name,
        null,
        true,
        join.columns.subList(0, count),
        true,
        null,
        JoinKind.INNER,
        List.copyOf(origins),
        List.of());
  }

  /** A builder for a join's entry. */
  static JoinBuilder join(JoinKind kind, RangeEntry left, RangeEntry right) {
    return new JoinBuilder(kind, left, right);
  }

  /** Collects a join's columns in PostgreSQL's order: merged, then the rest of each input. */
  static final class JoinBuilder {
    private final JoinKind kind;
    private final RangeEntry left;
    private final RangeEntry right;
    private final List<RangeColumn> columns = new ArrayList<>();
    private final List<Origin> origins = new ArrayList<>();

    private JoinBuilder(JoinKind kind, RangeEntry left, RangeEntry right) {
      this.kind = kind;
      this.left = left;
      this.right = right;
    }

    void merged(String name, SqlType type, int leftIndex, int rightIndex) {
      columns.add(new RangeColumn(name, type, false));
      origins.add(new Origin(left, leftIndex, right, rightIndex));
    }

    void fromLeft(int index) {
      columns.add(left.columns.get(index));
      origins.add(new Origin(left, index, null, -1));
    }

    void fromRight(int index) {
      columns.add(right.columns.get(index));
      origins.add(new Origin(null, -1, right, index));
    }

    RangeEntry build(String alias) {
      boolean known = left.columnsKnown && right.columnsKnown;
      String reason = known ? null : left.columnsKnown ? right.unknownReason : left.unknownReason;
      return new RangeEntry(
          Kind.JOIN,
          alias,
          null,
          alias != null,
          columns,
          known,
          reason,
          kind,
          List.copyOf(origins),
          List.of(left, right));
    }
  }

  /** Remembers where the entry's name is written. */
  void locate(int[] range) {
    this.start = range[0];
    this.end = range[1];
  }

  /**
   * A function in FROM that returns one value of a type that is no row: its whole row is that value
   * (PostgreSQL's {@code makeWholeRowVar} makes it the one column).
   */
  boolean rowIsValue;

  /** Whether an outer join extends this entry with NULLs. */
  boolean nullExtended() {
    return nullExtended;
  }

  /**
   * Marks this entry, and every entry inside a join, as null-extended by an outer join built at
   * {@code step}.
   */
  void markNullExtended(int step) {
    nullExtended = true;
    extendedAt = step;
    for (RangeEntry input : inputs) {
      input.markNullExtended(step);
    }
  }

  /**
   * Records that WHERE ({@code step} {@link #AFTER_ALL_JOINS}) or the ON clause of an inner join
   * built at {@code step} lets no row through in which this column is NULL. An outer join built
   * later still extends the column with NULLs. A join column passes the proof on to the column it
   * comes from (not a merged one, which may come from either side).
   */
  void proveNotNull(int index, int step) {
    if (provenAt == null) {
      provenAt = new HashMap<>();
    }
    provenAt.merge(columns.get(index).name(), step, Math::max);
    if (kind == Kind.JOIN) {
      Origin o = origins.get(index);
      if (o.left != null && o.right == null) {
        o.left.proveNotNull(o.leftIndex, step);
      } else if (o.right != null && o.left == null) {
        o.right.proveNotNull(o.rightIndex, step);
      }
    }
  }

  /** The indexes of the columns of this name (none, one, or several when ambiguous). */
  List<Integer> find(String name) {
    List<Integer> found = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equals(name)) {
        found.add(i);
      }
    }
    return found;
  }

  /** A system column ({@code ctid}) of a table, by the dialect's list. */
  boolean hasSystemColumns() {
    return kind == Kind.RELATION && relation != null && relation.kind() != Relation.Kind.VIEW;
  }

  /** Whether the column at {@code index} may be NULL where it is referenced now. */
  boolean nullable(int index) {
    RangeColumn c = columns.get(index);
    Integer proven = provenAt == null ? null : provenAt.get(c.name());
    if (proven != null && proven > extendedAt) {
      return false;
    }
    if (kind != Kind.JOIN) {
      return c.nullable() || nullExtended;
    }
    Origin o = origins.get(index);
    if (o.left != null && o.right != null) {
      boolean l = o.left.nullable(o.leftIndex);
      boolean r = o.right.nullable(o.rightIndex);
      return switch (joinKind) {
        case LEFT -> l;
        case RIGHT -> r;
        case FULL -> l && r;
        // an inner join keeps only rows whose two values are equal, so not NULL, unless an outer
        // join around it extends it with NULLs
        default -> nullExtended;
      };
    }
    return o.left != null ? o.left.nullable(o.leftIndex) : o.right.nullable(o.rightIndex);
  }

  /** A column of an entry. */
  record Ref(RangeEntry entry, int index) {
    // Written out: compared for every column reference, and the generated record methods are
    // slow until the JIT has compiled them. Entries are compared by identity, as before.
    @Override
    public boolean equals(Object o) {
      return o instanceof Ref r && entry == r.entry && index == r.index;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(entry) * 31 + index;
    }
  }

  /**
   * The column this one stands for once join aliases are flattened, as PostgreSQL does before
   * comparing grouped expressions: a join's column is its input's, a merged column the left input's
   * (the right's for RIGHT JOIN, either for an inner join) where that needs no conversion to the
   * merged type; a FULL JOIN's merged column, or one converted, is its own.
   */
  Ref flatten(int index) {
    if (kind != Kind.JOIN) {
      return new Ref(this, index);
    }
    Origin o = origins.get(index);
    if (o.left != null && o.right != null) {
      // A merged column is a side's column only where that side needs no conversion to the
      // merged type (an inner join prefers such a side); else it is an expression of its own.
      boolean left = joinKind != JoinKind.FULL && joinKind != JoinKind.RIGHT;
      boolean right = joinKind != JoinKind.FULL && joinKind != JoinKind.LEFT;
      if (left && sameType(o.left, o.leftIndex, index)) {
        return o.left.flatten(o.leftIndex);
      }
      if (right && sameType(o.right, o.rightIndex, index)) {
        return o.right.flatten(o.rightIndex);
      }
      return new Ref(this, index);
    }
    return o.left != null ? o.left.flatten(o.leftIndex) : o.right.flatten(o.rightIndex);
  }

  private boolean sameType(RangeEntry input, int inputIndex, int index) {
    SqlType merged = columns.get(index).type();
    SqlType own = input.columns.get(inputIndex).type();
    return merged != null && merged.equals(own);
  }

  /** The entry and column a join column comes from (the left one of a merged column). */
  Optional<RangeEntry> originOf(int index) {
    if (kind != Kind.JOIN) {
      return Optional.empty();
    }
    Origin o = origins.get(index);
    return Optional.of(o.left != null ? o.left : o.right);
  }

  /** The entries a join is made of, down to its tables; the entry itself for anything else. */
  List<RangeEntry> leaves() {
    if (kind != Kind.JOIN || inputs.isEmpty()) {
      return List.of(this);
    }
    List<RangeEntry> out = new ArrayList<>();
    for (RangeEntry input : inputs) {
      out.addAll(input.leaves());
    }
    return out;
  }

  /** The entries a join was built from (empty for other entries). */
  List<RangeEntry> inputs() {
    return inputs;
  }

  /** {@code table "users"} for catalog relations, {@code relation "t"} otherwise. */
  String describe() {
    if (relation != null) {
      return "table \"" + relation.displayName() + "\"";
    }
    return refname == null ? "an unnamed join" : "relation \"" + refname + "\"";
  }

  List<String> columnNames() {
    return columns.stream().map(RangeColumn::name).toList();
  }

  @Override
  public String toString() {
    return kind + " " + refname + columnNames();
  }
}
