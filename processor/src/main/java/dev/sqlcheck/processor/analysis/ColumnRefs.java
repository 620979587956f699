package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.catalog.FunctionResult;
import dev.sqlcheck.processor.catalog.FunctionSignature;
import dev.sqlcheck.processor.catalog.Relation;
import dev.sqlcheck.processor.catalog.SqlType;
import dev.sqlcheck.processor.dialect.postgres.types.Arg;
import dev.sqlcheck.processor.dialect.postgres.types.FunctionMatch;
import dev.sqlcheck.processor.problem.Problem;
import dev.sqlcheck.processor.problem.ProblemCode;
import dev.sqlcheck.processor.problem.Suggestions;
import dev.sqlcheck.processor.sql.ast.Expr;
import dev.sqlcheck.processor.sql.ast.Identifier;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Resolves column references as PostgreSQL's {@code transformColumnRef} does: a bare name searches
 * the visible columns of each query level from the innermost outwards (two matches at one level are
 * ambiguous); {@code t.c} and {@code s.t.c} find the FROM item first, by its reference name (an
 * alias hides the table's own name), then the column in it. A name that may belong to a FROM item
 * whose columns are unknown is a warning, never an error.
 */
final class ColumnRefs {
  private final QueryContext q;

  private final MissingColumns missing;

  ColumnRefs(QueryContext q) {
    this.q = q;
    this.missing = new MissingColumns(q);
  }

  /** {@code column "emial" does not exist in table "users"}, with hint and note. */
  Problem missingIn(RangeEntry e, String name, int start, int end) {
    return missing.in(e, name, start, end);
  }

  /** A column found in an entry at some level. */
  record Hit(Level level, NsItem item, int index) {}

  /** The value of a column reference that is not a star. */
  Val resolve(Expr.ColumnRef ref, Level level) {
    List<Identifier> names = ref.names();
    if (names.size() == 1) {
      return unqualified(ref, names.get(0), level);
    }
    if (names.size() > 4) {
      q.problems.add(
          Problem.at(
              ProblemCode.SYNTAX_ERROR,
              "improper qualified name (too many dotted names): " + dotted(names),
              ref.start(),
              ref.end()));
      return Val.wildcard();
    }
    if (names.size() == 4) {
      q.problems.notChecked("the database-qualified name " + dotted(names));
      return Val.wildcard();
    }
    Identifier schema = names.size() == 3 ? names.get(0) : null;
    Identifier table = names.get(names.size() - 2);
    Identifier column = names.get(names.size() - 1);
    Optional<Hit> entry = findEntry(ref, schema, table, level);
    if (entry.isEmpty()) {
      return Val.wildcard();
    }
    return inEntry(ref, entry.get(), column);
  }

  /**
   * The FROM item of {@code t.*} or {@code s.t.*} in a select list, noted as standing for each of
   * its columns (for the grouping rules, where it names an outer query's item).
   */
  Optional<NsItem> starEntry(Expr.ColumnRef ref, Level level) {
    Optional<Hit> hit = starHit(ref, level);
    hit.ifPresent(
        h -> q.wholeRow(ref, new QueryContext.WholeRow(h.level(), h.item(), false, true)));
    return hit.map(Hit::item);
  }

  /** The value of {@code t.*} or {@code s.t.*} used as a whole row in an expression. */
  Val starValue(Expr.ColumnRef ref, Level level) {
    Optional<Hit> hit = starHit(ref, level);
    return hit.isEmpty()
        ? Val.wildcard(false).dependent()
        : wholeRowOf(ref, hit.get().level(), hit.get().item());
  }

  private Optional<Hit> starHit(Expr.ColumnRef ref, Level level) {
    List<Identifier> names = ref.names();
    Identifier schema = names.size() == 2 ? names.get(0) : null;
    Identifier table = names.get(names.size() - 1);
    return findEntry(ref, schema, table, level);
  }

  // ---- t.c ------------------------------------------------------------------------------

  /**
   * The FROM item a qualifier names, searching outwards; reports a missing or unusable one. An
   * empty result means: reported, or not decidable (already warned).
   */
  Optional<Hit> findEntry(Expr.ColumnRef ref, Identifier schema, Identifier table, Level level) {
    Relation byOid = null;
    if (schema != null) {
      Optional<Relation> rel = q.catalog.find(schema.name(), table.name());
      if (rel.isEmpty()) {
        return missingEntry(ref, schema, table, level);
      }
      byOid = rel.get();
    }
    for (Level l = level; l != null; l = l.parent) {
      NsItem found = null;
      for (NsItem item : l.namespace) {
        if (!item.relVisible || !item.visibleTo(l.lateralActive)) {
          continue;
        }
        boolean match =
            byOid == null
                ? table.name().equals(item.entry.refname)
                : item.entry.relation == byOid && !item.entry.aliased;
        if (!match) {
          continue;
        }
        if (found != null) {
          q.problems.add(
              Problem.at(
                  ProblemCode.AMBIGUOUS_COLUMN,
                  "table reference \"" + table.name() + "\" is ambiguous",
                  table.start(),
                  table.end()));
          return Optional.empty();
        }
        found = item;
      }
      if (found != null) {
        if (!lateralOk(found, table)) {
          return Optional.empty();
        }
        return Optional.of(new Hit(l, found, -1));
      }
    }
    return missingEntry(ref, schema, table, level);
  }

  private Optional<Hit> missingEntry(
      Expr.ColumnRef ref, Identifier schema, Identifier table, Level level) {
    String name = table.name();
    String hint = null;
    String message = "missing FROM-clause entry for table \"" + name + "\"";
    Set<String> visible = new LinkedHashSet<>();
    for (Level l = level; l != null; l = l.parent) {
      for (RangeEntry e : l.entries) {
        if (e.refname != null) {
          visible.add(e.refname);
        }
        boolean hiddenByAlias = e.relation != null && e.aliased && e.relation.name().equals(name);
        boolean sameName = name.equals(e.refname);
        if (hiddenByAlias && !sameName) {
          message = "invalid reference to FROM-clause entry for table \"" + name + "\"";
          hint = "perhaps you meant to reference the table alias \"" + e.refname + "\"";
        } else if (sameName && schema == null) {
          message = "invalid reference to FROM-clause entry for table \"" + name + "\"";
          hint = advice(l, e, name);
        }
      }
    }
    if (hint == null) {
      hint = Suggestions.hint(name, visible);
    }
    q.problems.add(
        new Problem(
            ProblemCode.UNKNOWN_QUALIFIER, message, table.start(), table.end(), hint, null));
    return Optional.empty();
  }

  /** The hint for a subquery in FROM that refers to a FROM item beside it. */
  private static final String LATERAL_HINT =
      "a subquery in FROM cannot refer to the other FROM items of its query level;"
          + " write LATERAL before the subquery to use \"%s\"";

  /** Why an entry of the level cannot be used where it is referenced, phrased as advice. */
  static String advice(Level l, RangeEntry e, String name) {
    if (e.modificationTarget) {
      return "the table being changed cannot be referenced from its FROM or USING list;"
          + " join it in WHERE instead";
    }
    for (NsItem item : l.namespace) {
      if (item.entry == e && item.lateralOnly) {
        return LATERAL_HINT.formatted(name);
      }
    }
    return "there is an entry for table \""
        + name
        + "\", but a JOIN's ON clause can use only the two sides it joins";
  }

  private boolean lateralOk(NsItem item, Identifier at) {
    if (item.lateralOnly && !item.lateralOk) {
      q.problems.add(
          new Problem(
              ProblemCode.UNKNOWN_QUALIFIER,
              "invalid reference to FROM-clause entry for table \"" + item.entry.refname + "\"",
              at.start(),
              at.end(),
              item.entry.modificationTarget
                  ? "the table being changed cannot be referenced from its FROM or USING list;"
                      + " join it in WHERE instead"
                  : "the combining JOIN type must be INNER or LEFT for a LATERAL reference",
              null));
      return false;
    }
    return true;
  }

  private Val inEntry(Expr.ColumnRef ref, Hit hit, Identifier column) {
    RangeEntry e = hit.item().entry;
    String name = column.name();
    List<Integer> found = e.find(name);
    if (found.size() > 1) {
      q.problems.add(
          Problem.at(
              ProblemCode.AMBIGUOUS_COLUMN,
              "column reference \"" + name + "\" is ambiguous",
              column.start(),
              column.end()));
      return Val.wildcard();
    }
    if (found.size() == 1) {
      return value(ref, hit.level(), e, found.get(0));
    }
    if (e.hasSystemColumns()) {
      Optional<SqlType> system = q.dialect.systemColumn(name);
      if (system.isPresent()) {
        return Val.typed(system.get(), false).dependent();
      }
    }
    if (!e.columnsKnown) {
      if (e.unknownReason != null) {
        q.problems.notChecked(notCheckedReason(name, e));
      }
      return Val.wildcard();
    }
    Optional<Val> function = attributeNotation(ref, hit.level(), hit.item(), column);
    if (function.isPresent()) {
      return function.get();
    }
    q.problems.add(missingIn(e, name, column.start(), column.end()));
    return Val.wildcard();
  }

  /**
   * {@code t.f} where {@code f} is no column of {@code t}: PostgreSQL calls a function {@code f} on
   * the whole row when one accepts it ({@code b.to_jsonb}, {@code b.count}, a schema function
   * {@code full_name(users)}), or casts the row to a type of that name where the value converts as
   * text ({@code x.uuid} on a {@code text} column of a function in FROM).
   */
  private Optional<Val> attributeNotation(
      Expr.ColumnRef ref, Level level, NsItem item, Identifier name) {
    RangeEntry e = item.entry;
    String f = name.name();
    Val own = q.catalog.routines().hasFunction(f) ? schemaAttribute(e, f) : null;
    if (own != null) {
      noteCall(ref, level, item);
      return Optional.of(own);
    }
    // the whole row of a function returning one value is that value
    SqlType row = returnsScalar(e) ? e.columns.get(0).type() : rowType(e);
    row = row.isUnknown() ? SqlType.of("record") : row;
    var m = q.types.function(f, List.of(Arg.of(row)));
    if (!m.ok() || m.retset()) {
      return Optional.empty();
    }
    if (m.kind() != FunctionMatch.Kind.AGGREGATE) {
      noteCall(ref, level, item); // (an aggregate's argument is no grouped use)
    }
    return Optional.of(Val.typed(m.type(), true).dependent());
  }

  /**
   * {@code t.f} where the schema defines a function {@code f}: its declared result when an overload
   * takes exactly the table's row type; null when no overload can take the row (each wants another
   * table's row or a built-in type); otherwise not checked (PostgreSQL may convert the row to a
   * polymorphic or unread parameter type), never refused.
   */
  private Val schemaAttribute(RangeEntry e, String f) {
    Optional<List<FunctionSignature>> overloads = q.catalog.routines().signatures(f);
    Optional<FunctionResult> result = q.catalog.routines().functionResult(f);
    Relation table = e.kind == RangeEntry.Kind.RELATION ? e.relation : null;
    if (table != null && overloads.isPresent()) {
      if (result.isPresent()
          && !result.get().setOf()
          && result.get().valueType() != null
          && overloads.get().stream()
              .anyMatch(o -> takesOne(o) && isRowOf(o.types().get(0), table))) {
        return Val.typed(result.get().valueType(), true).dependent();
      }
      if (overloads.get().stream()
          .noneMatch(o -> takesOne(o) && mayTakeRow(o.types().get(0), table))) {
        return null;
      }
    }
    q.problems.notChecked(
        "\""
            + e.refname
            + "."
            + f
            + "\", a call of the schema's function \""
            + f
            + "\" on the row");
    return Val.wildcard();
  }

  /** An overload that can be called with one argument. */
  private static boolean takesOne(FunctionSignature o) {
    return !o.variadic() && !o.types().isEmpty() && o.types().size() - o.defaults() <= 1;
  }

  private static boolean isRowOf(SqlType t, Relation row) {
    return t != null
        && !t.array()
        && (t.name().equals(row.name()) || t.name().equals(row.schema() + "." + row.name()));
  }

  /**
   * Whether a parameter of type {@code t} might take the row of {@code row}: its own row type, a
   * pseudo-type, or a type sqlcheck does not know; not another table's row type or a built-in type,
   * to which a row does not convert implicitly.
   */
  private boolean mayTakeRow(SqlType t, Relation row) {
    if (t == null || t.isUnknown() || isRowOf(t, row)) {
      return true;
    }
    if (t.array()) {
      return false;
    }
    String n = t.name();
    if (n.equals("record") || n.startsWith("any")) {
      return true;
    }
    return !q.types.isBuiltin(t) && q.catalog.compositeAttributes(n).isEmpty();
  }

  // ---- c --------------------------------------------------------------------------------

  private Val unqualified(Expr.ColumnRef ref, Identifier id, Level level) {
    String name = id.name();
    for (Level l = level; l != null; l = l.parent) {
      List<Hit> hits = new ArrayList<>();
      RangeEntry unknown = null;
      for (NsItem item : l.namespace) {
        if (!item.colsVisible || !item.visibleTo(l.lateralActive)) {
          continue;
        }
        List<Integer> found = item.entry.find(name);
        for (int i : found) {
          hits.add(new Hit(l, item, i));
        }
        if (found.isEmpty()
            && item.entry.hasSystemColumns()
            && q.dialect.systemColumn(name).isPresent()) {
          hits.add(new Hit(l, item, -1));
        }
        if (found.isEmpty() && !item.entry.columnsKnown) {
          unknown = item.entry;
        }
      }
      if (hits.size() > 1) {
        missing.ambiguous(id, hits);
        return Val.wildcard();
      }
      if (hits.size() == 1) {
        Hit hit = hits.get(0);
        if (unknown != null && unknown.unknownReason != null) {
          q.problems.notChecked(
              "column \""
                  + name
                  + "\" may also be a column of "
                  + unknownName(unknown)
                  + " ("
                  + unknown.unknownReason
                  + ")");
        }
        if (!lateralOk(hit.item(), id)) {
          return Val.wildcard();
        }
        if (hit.index() < 0) {
          return Val.typed(q.dialect.systemColumn(name).get(), false).dependent();
        }
        return value(ref, hit.level(), hit.item().entry, hit.index());
      }
      if (unknown != null) {
        if (unknown.unknownReason != null) {
          q.problems.notChecked(notCheckedReason(name, unknown));
        }
        return Val.wildcard();
      }
    }
    Optional<Val> wholeRow = wholeRow(ref, id, level);
    if (wholeRow.isPresent()) {
      return wholeRow.get();
    }
    missing.missing(id, level);
    return Val.wildcard();
  }

  /** {@code SELECT t FROM t}: a bare name that is no column but a FROM item is its whole row. */
  private Optional<Val> wholeRow(Expr.ColumnRef ref, Identifier id, Level level) {
    for (Level l = level; l != null; l = l.parent) {
      for (NsItem item : l.namespace) {
        if (item.relVisible
            && item.visibleTo(l.lateralActive)
            && id.name().equals(item.entry.refname)) {
          return Optional.of(wholeRowOf(ref, l, item));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The whole row of a FROM item, as PostgreSQL's {@code makeWholeRowVar} makes it: for a function
   * returning one scalar column, that column itself; otherwise a row, noted so that the grouping
   * rules can judge it as a reference to all of the item's columns.
   */
  private Val wholeRowOf(Expr.ColumnRef ref, Level level, NsItem item) {
    RangeEntry e = item.entry;
    if (returnsScalar(e)) {
      return value(ref, level, e, 0);
    }
    q.wholeRow(ref, new QueryContext.WholeRow(level, item, false, false));
    // NULL where an outer join extends the item with NULLs; a join's row is a ROW() of its columns
    boolean nullable = e.kind != RangeEntry.Kind.JOIN && e.nullExtended();
    SqlType type = rowType(e);
    return (type.isUnknown() ? Val.wildcard(nullable) : Val.typed(type, nullable)).dependent();
  }

  /**
   * The type of a FROM item's whole row: a table's or view's row type, named as PostgreSQL names it
   * where the name finds that relation; else {@code record}.
   */
  private SqlType rowType(RangeEntry e) {
    if (e.kind == RangeEntry.Kind.RELATION || e.kind == RangeEntry.Kind.FUNCTION) {
      Relation r = e.relation;
      if (r != null && r.columnsKnown() && q.catalog.foundByName(r)) {
        return SqlType.of(r.name());
      }
      if (r != null || !e.columnsKnown) {
        return SqlType.UNKNOWN; // a row type sqlcheck cannot name, or a function it does not know
      }
    }
    return SqlType.of("record");
  }

  /** Notes {@code t.f} as a call on the whole row of an item, for the grouping rules. */
  private void noteCall(Expr.ColumnRef ref, Level level, NsItem item) {
    q.wholeRow(ref, new QueryContext.WholeRow(level, item, true, false));
  }

  /**
   * {@code (t).c}: a field of a whole-row reference is that column of the FROM item, as PostgreSQL
   * makes it (grouped and typed as {@code t.c}); empty when {@code ref} is no whole row.
   */
  Optional<Val> fieldOfWholeRow(Expr.ColumnRef ref, Identifier field) {
    QueryContext.WholeRow w = q.wholeRowOf(ref);
    if (w == null || w.called()) {
      // (t.f).x where t.f called a function on the row: x is a field of its result, not of t
      return Optional.empty();
    }
    q.notWholeRow(ref);
    return Optional.of(inEntry(ref, new Hit(w.level(), w.item(), -1), field));
  }

  /** A function in FROM whose one column is its scalar result (no ordinality, no ROWS FROM). */
  private static boolean returnsScalar(RangeEntry e) {
    return e.kind == RangeEntry.Kind.FUNCTION && e.rowIsValue && e.columns.size() == 1;
  }

  private Val value(Expr.ColumnRef ref, Level level, RangeEntry e, int index) {
    RangeEntry.Ref base = e.flatten(index);
    q.resolved(ref, new QueryContext.Resolved(level, base.entry(), base.index(), e, index));
    RangeColumn c = e.columns.get(index);
    if (c.table() != null) {
      q.uses(c.table(), c.source());
    }
    return Val.typed(c.type(), e.nullable(index)).dependent();
  }

  private static String notCheckedReason(String name, RangeEntry e) {
    return "column \"" + name + "\" of " + unknownName(e) + " (" + e.unknownReason + ")";
  }

  private static String unknownName(RangeEntry e) {
    return e.refname == null ? "a FROM item" : "\"" + e.refname + "\"";
  }

  private static String dotted(List<Identifier> names) {
    return names.stream().map(Identifier::name).collect(Collectors.joining("."));
  }
}
