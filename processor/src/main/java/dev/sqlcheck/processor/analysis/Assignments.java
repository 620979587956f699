package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.catalog.Column;
import dev.sqlcheck.processor.catalog.SqlType;
import dev.sqlcheck.processor.dialect.postgres.types.CoercionContext;
import dev.sqlcheck.processor.dialect.postgres.types.Resolution;
import dev.sqlcheck.processor.problem.Problem;
import dev.sqlcheck.processor.problem.ProblemCode;
import dev.sqlcheck.processor.sql.ast.ColumnTarget;
import dev.sqlcheck.processor.sql.ast.Expr;
import dev.sqlcheck.processor.sql.ast.Node;
import dev.sqlcheck.processor.sql.ast.SetClause;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Target columns and the values assigned to them, shared by INSERT, UPDATE, ON CONFLICT DO UPDATE
 * and MERGE: each target column must exist and be named once, the number of values must match, and
 * each value must be assignable to its column's type ({@code ASSIGNMENT} casts, enum labels); a
 * parameter takes its column's type.
 */
final class Assignments {
  private final Analyzer a;
  private final QueryContext q;

  Assignments(Analyzer a) {
    this.a = a;
    this.q = a.q;
  }

  /** The columns a column list names (all columns when there is none); null entries unknown. */
  List<RangeColumn> targetColumns(List<ColumnTarget> list, RangeEntry target, String cmd) {
    List<RangeColumn> out = new ArrayList<>();
    if (list.isEmpty()) {
      if (!target.columnsKnown) {
        return null;
      }
      return new ArrayList<>(target.columns);
    }
    Set<String> seen = new HashSet<>();
    for (ColumnTarget c : list) {
      out.add(targetColumn(c, target, seen, cmd));
    }
    return out;
  }

  RangeColumn targetColumn(ColumnTarget c, RangeEntry target, Set<String> seen, String cmd) {
    String name = c.column().name();
    if (!seen.add(name) && c.indirection().isEmpty()) {
      q.problems.add(
          Problem.at(
              ProblemCode.DUPLICATE_NAME,
              cmd.equals("INSERT")
                  ? "column \"" + name + "\" specified more than once"
                  : "multiple assignments to same column \"" + name + "\"",
              c.column().start(),
              c.column().end()));
    }
    List<Integer> found = target.find(name);
    if (found.isEmpty()) {
      if (!target.columnsKnown) {
        if (target.unknownReason != null) {
          q.problems.notChecked("column \"" + name + "\" of " + target.describe());
        }
        return null;
      }
      Problem p = a.columns.missingIn(target, name, c.column().start(), c.column().end());
      q.problems.add(p);
      return null;
    }
    RangeColumn col = target.columns.get(found.get(0));
    if (col.table() != null) {
      q.uses(col.table(), col.source());
    }
    if (!c.indirection().isEmpty()) {
      return new RangeColumn(name, SqlType.UNKNOWN, true);
    }
    return col;
  }

  /**
   * More values than target columns is an error; fewer only when the columns were listed (without a
   * list, the remaining columns take their defaults).
   */
  void arity(int values, int columns, boolean listed, Node from, Node to) {
    if (values == columns || values < columns && !listed) {
      return;
    }
    q.problems.add(
        Problem.at(
            ProblemCode.INSERT_ARITY,
            values > columns
                ? "INSERT has more expressions than target columns"
                : "INSERT has more target columns than expressions",
            from.start(),
            to.end()));
  }

  /**
   * Checks that a value can be stored in a column ({@code ASSIGNMENT} casts) and gives a parameter
   * the column's type.
   */
  void assign(Val v, RangeColumn column, Node at) {
    SqlType type = column.type();
    if (v.kind() == Val.Kind.PARAMETER) {
      a.exprs.bindParameter(v, type);
      return;
    }
    if (type.isUnknown() || v.isWildcard()) {
      return;
    }
    if (v.kind() == Val.Kind.LITERAL) {
      if (v.literal() == null) {
        return;
      }
      if (type.enumType() && !type.array()) {
        enumLabel(v.literal(), type, at);
        return;
      }
      Resolution r = q.types.cast(v.arg(), type);
      if (!r.ok()) {
        a.exprs.typeError(r.error(), at.start(), at.end(), v, Val.typed(type, true));
      }
      return;
    }
    if (!q.types.coercible(v.type(), type, CoercionContext.ASSIGNMENT)) {
      q.problems.add(
          new Problem(
              ProblemCode.TYPE_MISMATCH,
              "column \""
                  + column.name()
                  + "\" is of type "
                  + type
                  + " but expression is of type "
                  + v.type(),
              at.start(),
              at.end(),
              "rewrite or cast the expression",
              null));
    }
  }

  void enumLabel(String literal, SqlType type, Node at) {
    for (String schema : q.catalog.searchPath()) {
      var labels = q.catalog.enumLabels(schema, type.name());
      if (labels.isPresent()) {
        if (!labels.get().contains(literal)) {
          q.problems.add(
              new Problem(
                  ProblemCode.TYPE_MISMATCH,
                  "invalid input value for enum " + type.name() + ": \"" + literal + "\"",
                  at.start(),
                  at.end(),
                  "the labels are " + String.join(", ", labels.get()),
                  null));
        }
        return;
      }
    }
  }

  void set(List<SetClause> clauses, RangeEntry target, Level level, Clause clause) {
    Set<String> seen = new HashSet<>();
    for (SetClause s : clauses) {
      List<RangeColumn> columns = new ArrayList<>();
      for (ColumnTarget c : s.targets()) {
        columns.add(targetColumn(c, target, seen, "UPDATE"));
      }
      Expr value = s.value();
      if (value instanceof Expr.Default) {
        continue;
      }
      updatesGenerated(s, columns);
      if (!s.multiple()) {
        Val v = level.in(clause, () -> a.exprs.value(value, level));
        if (columns.get(0) != null) {
          assign(v, columns.get(0), value);
        }
        continue;
      }
      multiple(s, columns, level, clause);
    }
  }

  /**
   * PostgreSQL's refusal to update an identity column GENERATED ALWAYS or a generated column to
   * anything but DEFAULT (in {@code (a, b) = (x, DEFAULT)} a DEFAULT field is allowed).
   */
  private void updatesGenerated(SetClause s, List<RangeColumn> columns) {
    for (int k = 0; k < columns.size(); k++) {
      Column.Generated g = generated(columns.get(k));
      if (g == Column.Generated.NONE
          || s.value() instanceof Expr.Row row
              && k < row.fields().size()
              && row.fields().get(k) instanceof Expr.Default) {
        continue;
      }
      String name = columns.get(k).source();
      ColumnTarget target = s.targets().get(k);
      q.problems.add(
          new Problem(
              ProblemCode.INVALID_CONSTRUCT,
              "column \"" + name + "\" can only be updated to DEFAULT",
              target.start(),
              target.end(),
              null,
              generatedDetail(name, g)));
    }
  }

  /**
   * PostgreSQL's refusal to insert anything but DEFAULT into a generated column, or into an
   * identity column GENERATED ALWAYS unless {@code OVERRIDING SYSTEM|USER VALUE} says what to do
   * with the value. {@code values} gives, per row of a VALUES list, the value for each target
   * column; null for {@code INSERT … SELECT}, whose values are never DEFAULT.
   */
  void insertsGenerated(
      List<RangeColumn> columns, List<List<Expr>> values, Node source, String overriding) {
    for (int k = 0; k < columns.size(); k++) {
      Column.Generated g = generated(columns.get(k));
      if (g == Column.Generated.NONE
          || g == Column.Generated.IDENTITY_ALWAYS && overriding != null) {
        continue;
      }
      Node at = values == null ? source : null;
      if (values != null) {
        for (List<Expr> row : values) {
          if (k < row.size() && !(row.get(k) instanceof Expr.Default)) {
            at = row.get(k);
            break;
          }
        }
      }
      if (at == null) {
        continue;
      }
      String name = columns.get(k).source();
      q.problems.add(
          new Problem(
              ProblemCode.INVALID_CONSTRUCT,
              "cannot insert a non-DEFAULT value into column \"" + name + "\"",
              at.start(),
              at.end(),
              g == Column.Generated.IDENTITY_ALWAYS
                  ? "use OVERRIDING SYSTEM VALUE to override, or leave the column out"
                  : "leave the column out, or write DEFAULT",
              generatedDetail(name, g)));
    }
  }

  private static String generatedDetail(String name, Column.Generated g) {
    return g == Column.Generated.IDENTITY_ALWAYS
        ? "column \"" + name + "\" is an identity column defined as GENERATED ALWAYS"
        : "column \"" + name + "\" is a generated column";
  }

  /** How PostgreSQL fills in a target column, from the schema; NONE when not known. */
  private static Column.Generated generated(RangeColumn c) {
    if (c == null || c.table() == null || c.source() == null) {
      return Column.Generated.NONE;
    }
    for (Column col : c.table().columns()) {
      if (col.name().equals(c.source())) {
        return col.generated();
      }
    }
    return Column.Generated.NONE;
  }

  /** {@code (a, b) = (x, y)}, {@code = ROW(…)} or {@code = (SELECT …)}. */
  void multiple(SetClause s, List<RangeColumn> columns, Level level, Clause clause) {
    Expr value = s.value();
    List<Val> values = new ArrayList<>();
    if (value instanceof Expr.Row row) {
      for (Expr field : row.fields()) {
        values.add(
            field instanceof Expr.Default
                ? null
                : level.in(clause, () -> a.exprs.value(field, level)));
      }
    } else if (value instanceof Expr.ScalarSubquery sub) {
      QueryShape shape = level.in(clause, () -> a.queries.subquery(sub.query(), level));
      if (!shape.known()) {
        return;
      }
      for (Level.Output o : shape.columns()) {
        values.add(o.value());
      }
    } else {
      level.in(clause, () -> a.exprs.value(value, level));
      return;
    }
    if (values.size() != columns.size()) {
      q.problems.add(
          Problem.at(
              ProblemCode.INSERT_ARITY,
              "number of columns does not match number of values",
              value.start(),
              value.end()));
      return;
    }
    for (int k = 0; k < values.size(); k++) {
      if (values.get(k) != null && columns.get(k) != null) {
        assign(values.get(k), columns.get(k), value);
      }
    }
  }
}
