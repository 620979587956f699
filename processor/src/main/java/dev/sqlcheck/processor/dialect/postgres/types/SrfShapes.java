package dev.sqlcheck.processor.dialect.postgres.types;

import java.util.ArrayList;
import java.util.List;

/**
 * Works out {@link SrfColumns} from a resolved call, following {@code
 * addRangeTableEntryForFunction} and {@code get_expr_result_type}: a function whose result row is
 * described by OUT parameters is composite; one returning plain {@code record} needs a column
 * definition list; anything else is a single scalar column.
 */
final class SrfShapes {
  private final SqlTypes sqlTypes;

  SrfShapes(SqlTypes sqlTypes) {
    this.sqlTypes = sqlTypes;
  }

  SrfColumns columns(String name, FunctionMatch match, boolean definitionList) {
    if (!match.ok()) {
      return SrfColumns.failed(match.error());
    }
    PgFunction fn = match.function();
    if (fn == null) {
      boolean exact = match.kind() == FunctionMatch.Kind.CAST;
      List<SrfColumns.Column> one = List.of(new SrfColumns.Column(name, match.type()));
      return new SrfColumns(one, false, false, exact, null);
    }
    PgType result = resolve(match, fn.result());
    List<PgFunction.OutColumn> outs = fn.outColumns();
    if (result.is(PgType.RECORD) && !outs.isEmpty()) {
      if (definitionList) {
        return fail("a column definition list is redundant for a function with OUT parameters");
      }
      List<SrfColumns.Column> columns = new ArrayList<>();
      for (PgFunction.OutColumn c : outs) {
        columns.add(new SrfColumns.Column(c.name(), sqlTypes.toSql(resolve(match, c.type()))));
      }
      return new SrfColumns(columns, false, false, true, null);
    }
    if (result.is(PgType.RECORD)) {
      if (!definitionList) {
        return fail("a column definition list is required for functions returning \"record\"");
      }
      return new SrfColumns(List.of(), true, false, true, null);
    }
    if (definitionList && !result.isWildcard()) {
      return fail("a column definition list is only allowed for functions returning \"record\"");
    }
    String column = outs.size() == 1 ? outs.get(0).name() : name;
    boolean userType = result.name().startsWith("u:") || result.isComposite();
    return new SrfColumns(
        List.of(new SrfColumns.Column(column, sqlTypes.toSql(result))),
        false,
        userType,
        !result.isWildcard(),
        null);
  }

  private static PgType resolve(FunctionMatch match, PgType declared) {
    if (!declared.isPolymorphic()) {
      return declared;
    }
    if (match.binding() == null) {
      return PgType.WILDCARD;
    }
    PgType t = match.binding().resolve(declared);
    return t == null ? PgType.WILDCARD : t;
  }

  private static SrfColumns fail(String message) {
    return SrfColumns.failed(PgError.of(PgException.SYNTAX_ERROR, message));
  }
}
