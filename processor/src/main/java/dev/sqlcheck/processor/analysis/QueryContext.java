package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.catalog.Catalog;
import dev.sqlcheck.processor.catalog.Relation;
import dev.sqlcheck.processor.catalog.SqlType;
import dev.sqlcheck.processor.dialect.Dialect;
import dev.sqlcheck.processor.dialect.postgres.types.PgTypeSystem;
import dev.sqlcheck.processor.sql.ast.Expr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What every part of one query's analysis shares: the catalog, the dialect and its type system, the
 * problems found, what each {@code :name} is expected to be, how each column reference resolved
 * (for the GROUP BY check), and which catalog columns the query uses.
 */
final class QueryContext {
  /** Joins built so far, inside out: orders ON proofs against outer joins' NULLs. */
  private int joinSteps;

  /** What the context of one {@code :name} occurrence expects. */
  record ParamExpectation(SqlType type, ParameterUse.Context context, boolean castOperand) {}

  /**
   * How a column reference resolved: the level it belongs to, and the entry and column it stands
   * for with join aliases flattened ({@code entry}, {@code column}) and as written ({@code
   * written}, {@code writtenColumn}).
   */
  record Resolved(
      Level level, RangeEntry entry, int column, RangeEntry written, int writtenColumn) {}

  /**
   * A reference to a FROM item's whole row ({@code t} or {@code t.*} in an expression, {@code t.f}
   * calling {@code f} on it: {@code called}, or {@code t.*} in a select list, which stands for each
   * of its columns: {@code expanded}): the level the item belongs to, and the item.
   */
  record WholeRow(Level level, NsItem item, boolean called, boolean expanded) {
    RangeEntry entry() {
      return item.entry;
    }
  }

  final Catalog catalog;
  final Dialect dialect;
  final PgTypeSystem types;
  final Problems problems = new Problems();
  final String sql;

  /** PostgreSQL 18's implicit {@code old}/{@code new} in RETURNING are in the target range. */
  final boolean returningOldNew;

  /** By the parameter's offset in the text: one {@code :name} token is one parameter. */
  private final Map<Integer, ParamExpectation> params = new HashMap<>();

  /**
   * The type each {@code :name} (or {@code :name.property}) took at its first typed occurrence, as
   * PostgreSQL fixes a parameter's type where it first settles it.
   */
  private final Map<String, SqlType> settled = new HashMap<>();

  /**
   * The parameters analysed as values of the type the driver sends them as ({@code :name} or {@code
   * :name.property}), empty for the analysis PostgreSQL's PREPARE does.
   */
  private final Map<String, SentType> sent;

  /** The offsets of parameters that stand alone as the operand of IS [NOT] NULL. */
  private final Set<Integer> nullTested = new HashSet<>();

  /** Notes a parameter that is the whole operand of {@code IS [NOT] NULL}. */
  void nullTested(Expr.NamedParameter p) {
    nullTested.add(p.start());
  }

  /** Whether PostgreSQL cannot type the parameter from where it stands ({@code :p IS NULL}). */
  boolean untypedHere(Expr.NamedParameter p) {
    return nullTested.contains(p.start());
  }

  private final Map<Expr, Resolved> resolutions = new IdentityHashMap<>();
  private final Map<Expr, WholeRow> wholeRows = new IdentityHashMap<>();
  private final Set<Reference> references = new LinkedHashSet<>();
  private final Map<Expr.FuncCall, Level> aggregates = new IdentityHashMap<>();
  private final Map<Expr.FuncCall, Level> windows = new IdentityHashMap<>();
  private final Set<Expr.FuncCall> unknownCalls =
      java.util.Collections.newSetFromMap(new IdentityHashMap<>());
  private final Map<Object, QueryShape> shapes = new IdentityHashMap<>();

  QueryContext(
      Catalog catalog,
      Dialect dialect,
      PgTypeSystem types,
      String sql,
      boolean returningOldNew,
      Map<String, SentType> sent) {
    this.sent = sent;
    this.catalog = catalog;
    this.dialect = dialect;
    this.types = types;
    this.sql = sql;
    this.returningOldNew = returningOldNew;
  }

  /**
   * Records what a parameter's context expects: the first definite expectation wins, and an
   * explicit cast wins over everything.
   */
  void expect(Expr.NamedParameter p, SqlType type, ParameterUse.Context context) {
    ParamExpectation current = params.get(p.start());
    if (current == null
        || !current.castOperand()
            && current.type().isUnknown()
            && current.context() == ParameterUse.Context.SCALAR) {
      params.put(p.start(), new ParamExpectation(type, context, false));
      if (context == ParameterUse.Context.SCALAR) {
        settle(p, type);
      }
    }
  }

  private void settle(Expr.NamedParameter p, SqlType type) {
    if (type != null && !type.isUnknown()) {
      settled.putIfAbsent(key(p), type);
    }
  }

  private static String key(Expr.NamedParameter p) {
    return p.property() == null ? p.name() : p.name() + "." + p.property();
  }

  /** The type the driver sends the parameter as, when this analysis takes it as given, or null. */
  SentType sentType(Expr.NamedParameter p) {
    return sent.get(key(p));
  }

  /**
   * The type an earlier occurrence of the same parameter settled, or null. A later occurrence is a
   * value of that type, as in PostgreSQL, where {@code d BETWEEN :a AND :a + 30} adds to a date.
   */
  SqlType settledType(Expr.NamedParameter p) {
    return settled.get(key(p));
  }

  /** Records that a parameter is the operand of an explicit cast to {@code type}. */
  void expectCast(Expr.NamedParameter p, SqlType type) {
    ParamExpectation current = params.get(p.start());
    if (current == null || !current.castOperand()) {
      params.put(p.start(), new ParamExpectation(type, ParameterUse.Context.SCALAR, true));
      settle(p, type);
    }
  }

  ParamExpectation expectation(Expr.NamedParameter p) {
    ParamExpectation e = params.get(p.start());
    return e == null
        ? new ParamExpectation(SqlType.UNKNOWN, ParameterUse.Context.SCALAR, false)
        : e;
  }

  void resolved(Expr ref, Resolved how) {
    resolutions.put(ref, how);
  }

  Resolved resolution(Expr ref) {
    return resolutions.get(ref);
  }

  void wholeRow(Expr ref, WholeRow row) {
    wholeRows.put(ref, row);
  }

  /** Takes back {@link #wholeRow}: the reference turned out to stand for one column. */
  void notWholeRow(Expr ref) {
    wholeRows.remove(ref);
  }

  /** The whole row a reference stands for, or null when it is a column or not resolved. */
  WholeRow wholeRowOf(Expr ref) {
    return wholeRows.get(ref);
  }

  /** The query level a column or whole-row reference belongs to, or null. */
  Level levelOf(Expr ref) {
    Resolved r = resolutions.get(ref);
    if (r != null) {
      return r.level();
    }
    WholeRow w = wholeRows.get(ref);
    return w == null ? null : w.level();
  }

  /**
   * Records a call of a function that is neither built in nor defined by the schema: it may be an
   * aggregate (of an extension, say), so its arguments are not judged as grouped or not.
   */
  void unknownCall(Expr.FuncCall call) {
    unknownCalls.add(call);
  }

  boolean isUnknownCall(Expr call) {
    return call instanceof Expr.FuncCall f && unknownCalls.contains(f);
  }

  /** Records an aggregate call and the level it aggregates. */
  void aggregate(Expr.FuncCall call, Level owner) {
    aggregates.put(call, owner);
  }

  /** The level an aggregate call belongs to, or null when {@code call} is no aggregate. */
  Level aggregateOwner(Expr call) {
    return aggregates.get(call);
  }

  void window(Expr.FuncCall call, Level level) {
    windows.put(call, level);
  }

  Level windowLevel(Expr call) {
    return windows.get(call);
  }

  /** Remembers the shape of an analysed subquery (its first column names a scalar subquery). */
  void shape(Object query, QueryShape shape) {
    shapes.put(query, shape);
  }

  QueryShape shapeOf(Object query) {
    return shapes.get(query);
  }

  /** Notes that the query uses a catalog relation, or one of its columns. */
  void uses(Relation table, String column) {
    if (dialect.isSystemSchema(table.schema())) {
      return; // PostgreSQL's own catalogs: nothing the schema sources or a deployment can change
    }
    references.add(new Reference(table.schema(), table.name(), column));
  }

  List<Reference> references() {
    return new ArrayList<>(references);
  }

  /** The step of the join being built now, counted from 1. */
  int nextJoinStep() {
    return ++joinSteps;
  }
}
