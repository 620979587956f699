package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.catalog.SqlType;
import dev.sqlcheck.processor.dialect.postgres.types.FunctionMatch;
import dev.sqlcheck.processor.dialect.postgres.types.SrfColumns;
import dev.sqlcheck.processor.problem.Problem;
import dev.sqlcheck.processor.problem.ProblemCode;
import dev.sqlcheck.processor.sql.ast.Alias;
import dev.sqlcheck.processor.sql.ast.ColumnDef;
import dev.sqlcheck.processor.sql.ast.Expr;
import dev.sqlcheck.processor.sql.ast.Identifier;
import dev.sqlcheck.processor.sql.ast.TableRef;
import java.util.ArrayList;
import java.util.List;

/**
 * Functions in FROM, as PostgreSQL's {@code transformRangeFunction} and {@code
 * addRangeTableEntryForFunction} make them: always LATERAL; their columns come from the function's
 * result (OUT parameters, a column definition list for {@code record}, or one column named after
 * the function, or after its alias); {@code WITH ORDINALITY} adds {@code ordinality}; {@code
 * unnest(a, b)} is {@code ROWS FROM (unnest(a), unnest(b))}. A function sqlcheck does not know
 * still has its alias and alias columns, but a column it may provide is only a warning. XMLTABLE
 * and JSON_TABLE take their columns from their COLUMNS clause.
 */
final class FromFunctions {
  private final Analyzer a;
  private final QueryContext q;

  FromFunctions(Analyzer a) {
    this.a = a;
    this.q = a.q;
  }

  /** The columns one function contributes, and whether they are all known. */
  /**
   * One function's columns. {@code scalar}: its one column is named after the function; {@code
   * value}: it returns one value of a type that is no row (one column, or one OUT parameter), so
   * that its whole row is that value.
   */
  private record Part(
      List<RangeColumn> columns, boolean known, String reason, boolean scalar, boolean value) {}

  RangeEntry function(TableRef.Function f, Level level) {
    boolean saved = level.lateralActive;
    level.lateralActive = true;
    List<Part> parts = new ArrayList<>();
    try {
      for (TableRef.FunctionItem item : f.functions()) {
        List<ColumnDef> defs = f.rowsFrom() ? item.columnDefs() : f.columnDefs();
        if (!f.rowsFrom() && item.call() instanceof Expr.FuncCall call && isMultiUnnest(call)) {
          for (Expr arg : call.args()) {
            parts.add(unnestOne(call, arg, level));
          }
          continue;
        }
        parts.add(level.in(Clause.FROM_FUNCTION, () -> part(item.call(), defs, level)));
      }
    } finally {
      level.lateralActive = saved;
    }
    return entry(f, parts);
  }

  private static boolean isMultiUnnest(Expr.FuncCall call) {
    List<Identifier> parts = call.name().parts();
    String name = call.name().last().name();
    boolean catalog = parts.size() == 1 || parts.get(0).name().equals("pg_catalog");
    return catalog && name.equals("unnest") && call.args().size() > 1;
  }

  private Part unnestOne(Expr.FuncCall call, Expr arg, Level level) {
    Expr.FuncCall one =
        new Expr.FuncCall(
            call.name(),
            List.of(arg),
            false,
            false,
            false,
            false,
            List.of(),
            List.of(),
            null,
            null,
            Expr.Special.NONE,
            arg.start(),
            arg.end());
    return level.in(Clause.FROM_FUNCTION, () -> part(one, List.of(), level));
  }

  private Part part(Expr call, List<ColumnDef> defs, Level level) {
    if (!(call instanceof Expr.FuncCall fc)) {
      Val v = a.exprs.value(call, level);
      String name = a.labels.of(call);
      return new Part(
          List.of(new RangeColumn(name, v.resolvedType(), v.nullable())), true, null, true, true);
    }
    Calls.Result r = a.calls.call(fc, level);
    String name = r.name();
    if (r.match() == null) {
      if (!defs.isEmpty()) {
        return new Part(definitions(defs), true, null, false, false);
      }
      if (r.schema() != null) {
        // The schema's own function, shaped by its declaration; any column may be NULL.
        List<RangeColumn> columns = new ArrayList<>();
        for (int i = 0; i < r.schema().names().size(); i++) {
          columns.add(new RangeColumn(r.schema().names().get(i), r.schema().types().get(i), true));
        }
        boolean value = columns.size() == 1 && !q.types.isComposite(columns.get(0).type());
        return new Part(columns, true, null, r.schema().scalar(), value);
      }
      return new Part(
          List.of(),
          false,
          "function \""
              + fc.name().dotted()
              + "\" is not known to sqlcheck, so its columns are not",
          false,
          false);
    }
    FunctionMatch m = r.match();
    SrfColumns srf = q.types.srfColumns(name, m, !defs.isEmpty());
    if (!srf.ok()) {
      q.problems.add(
          Problem.at(ProblemCode.INVALID_CONSTRUCT, srf.error().message(), fc.start(), fc.end()));
      return new Part(List.of(), false, srf.error().message(), false, false);
    }
    if (srf.definitionList()) {
      return new Part(definitions(defs), true, null, false, false);
    }
    List<RangeColumn> columns = new ArrayList<>();
    for (SrfColumns.Column c : srf.columns()) {
      columns.add(new RangeColumn(c.name(), c.type(), true));
    }
    if (srf.mayBeComposite()) {
      return new Part(
          columns, false, "the row type of \"" + name + "\" is not modelled", false, false);
    }
    boolean scalar = columns.size() == 1 && columns.get(0).name().equals(name);
    return new Part(
        columns,
        srf.exact(),
        srf.exact() ? null : "an argument of unknown type",
        scalar,
        columns.size() == 1);
  }

  private List<RangeColumn> definitions(List<ColumnDef> defs) {
    List<RangeColumn> out = new ArrayList<>();
    for (ColumnDef d : defs) {
      out.add(new RangeColumn(d.name().name(), a.typeNames.resolve(d.type()), true));
    }
    return out;
  }

  private RangeEntry entry(TableRef.Function f, List<Part> parts) {
    RangeEntry e = columnsOf(f, parts);
    e.rowIsValue = parts.size() == 1 && !f.ordinality() && parts.get(0).value();
    return e;
  }

  private RangeEntry columnsOf(TableRef.Function f, List<Part> parts) {
    Alias alias = f.alias();
    String firstName = firstFunctionName(f);
    String refname = alias != null ? alias.name().name() : firstName;
    List<RangeColumn> columns = new ArrayList<>();
    boolean known = true;
    String reason = null;
    for (Part p : parts) {
      columns.addAll(p.columns());
      if (!p.known()) {
        known = false;
        reason = p.reason();
      }
    }
    boolean single = parts.size() == 1 && parts.get(0).scalar();
    if (single && alias != null && alias.columns().isEmpty() && f.columnDefs().isEmpty()) {
      columns.set(0, columns.get(0).renamed(alias.name().name()));
    }
    if (f.ordinality()) {
      columns.add(new RangeColumn("ordinality", SqlType.of("bigint"), false));
    }
    RangeEntry e =
        known
            ? RangeEntry.of(RangeEntry.Kind.FUNCTION, refname, null, alias != null, columns)
            : RangeEntry.unknown(
                RangeEntry.Kind.FUNCTION, refname, null, alias != null, columns, reason);
    if (!f.columnDefs().isEmpty()) {
      return e;
    }
    if (!known && alias != null && !alias.columns().isEmpty()) {
      List<RangeColumn> named = new ArrayList<>();
      for (Identifier id : alias.columns()) {
        named.add(new RangeColumn(id.name(), SqlType.UNKNOWN, true));
      }
      return RangeEntry.unknown(RangeEntry.Kind.FUNCTION, refname, null, true, named, reason);
    }
    return a.from.aliased(e, alias);
  }

  private String firstFunctionName(TableRef.Function f) {
    Expr call = f.functions().get(0).call();
    if (call instanceof Expr.FuncCall fc) {
      return fc.name().last().name();
    }
    return a.labels.of(call);
  }

  /** XMLTABLE or JSON_TABLE: columns as their COLUMNS clause declares them. */
  RangeEntry table(TableRef ref, Level level) {
    List<RangeColumn> columns = new ArrayList<>();
    boolean saved = level.lateralActive;
    level.lateralActive = true;
    try {
      if (ref instanceof TableRef.XmlTable x) {
        a.exprs.value(x.rowExpr(), level);
        a.exprs.value(x.document(), level);
        for (TableRef.XmlTableColumn c : x.columns()) {
          SqlType type = c.forOrdinality() ? SqlType.of("integer") : a.typeNames.resolve(c.type());
          columns.add(new RangeColumn(c.name().name(), type, !c.notNull() && !c.forOrdinality()));
        }
      } else {
        TableRef.JsonTable j = (TableRef.JsonTable) ref;
        a.exprs.value(j.context().expr(), level);
        jsonColumns(j.columns(), columns);
      }
    } finally {
      level.lateralActive = saved;
    }
    Alias alias = ref.alias();
    String refname =
        alias != null
            ? alias.name().name()
            : ref instanceof TableRef.XmlTable ? "xmltable" : "json_table";
    return a.from.aliased(
        RangeEntry.of(RangeEntry.Kind.FUNCTION, refname, null, alias != null, columns), alias);
  }

  private void jsonColumns(List<TableRef.JsonTableColumn> list, List<RangeColumn> out) {
    for (TableRef.JsonTableColumn c : list) {
      switch (c.kind()) {
        case NESTED -> jsonColumns(c.nested(), out);
        case ORDINALITY -> out.add(new RangeColumn(c.name().name(), SqlType.of("integer"), false));
        case EXISTS ->
            out.add(new RangeColumn(c.name().name(), a.typeNames.resolve(c.type()), true));
        default -> out.add(new RangeColumn(c.name().name(), a.typeNames.resolve(c.type()), true));
      }
    }
  }
}
