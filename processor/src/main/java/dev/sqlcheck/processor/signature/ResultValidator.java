package dev.sqlcheck.processor.signature;

import dev.sqlcheck.processor.analysis.QueryAnalysis;
import dev.sqlcheck.processor.analysis.ResultColumn;
import dev.sqlcheck.processor.catalog.SqlType;
import dev.sqlcheck.processor.model.EnumMapping;
import dev.sqlcheck.processor.model.MethodModel;
import dev.sqlcheck.processor.model.MethodPlan.ColumnRead;
import dev.sqlcheck.processor.model.MethodPlan.ConstructorMapping;
import dev.sqlcheck.processor.model.MethodPlan.RowMapping;
import dev.sqlcheck.processor.model.MethodPlan.ScalarMapping;
import dev.sqlcheck.processor.model.RowShape;
import dev.sqlcheck.processor.model.Suppressions;
import dev.sqlcheck.processor.problem.Message;
import dev.sqlcheck.processor.problem.Problem;
import dev.sqlcheck.processor.types.JavaType;
import dev.sqlcheck.processor.types.TypeRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Checks how result columns map to a row type and produces the {@link RowMapping}: a scalar takes
 * the only column; a record or constructor takes, for each component, the column whose label
 * matches its name ignoring case and underscores. When the analyser could not know the columns, or
 * a column's type, everything is accepted and mapped by label at run time.
 */
final class ResultValidator {
  private final TypeRules rules;
  private final EnumMatcher enums;
  private final MethodModel method;
  private final QueryAnalysis analysis;
  private final List<Problem> problems;

  ResultValidator(
      TypeRules rules,
      EnumMatcher enums,
      MethodModel method,
      QueryAnalysis analysis,
      List<Problem> problems) {
    this.rules = rules;
    this.enums = enums;
    this.method = method;
    this.analysis = analysis;
    this.problems = problems;
  }

  RowMapping map(RowShape row) {
    if (row instanceof RowShape.UnsupportedRow u) {
      unsupported(u.display(), u.reason());
      return null;
    }
    if (row instanceof RowShape.ScalarRow s) {
      return scalar(s.type());
    }
    return composite((RowShape.CompositeRow) row);
  }

  void unsupported(String display, String reason) {
    problems.add(Message.UNSUPPORTED_RETURN_TYPE.unpositioned(method.name(), display, reason));
  }

  private RowMapping scalar(JavaType type) {
    if (!analysis.resultColumnsKnown() || analysis.resultColumns().isEmpty()) {
      return new ScalarMapping(unknownColumn(type, 1, null));
    }
    List<ResultColumn> columns = analysis.resultColumns();
    if (columns.size() > 1) {
      problems.add(
          Message.TOO_MANY_COLUMNS_FOR_SCALAR.unpositioned(
              method.name(), type.display(), columns.size(), labels(columns)));
      return null;
    }
    ColumnRead read = read(columns.get(0), type, "the result", 1);
    return read == null ? null : new ScalarMapping(read);
  }

  private RowMapping composite(RowShape.CompositeRow row) {
    List<ColumnRead> reads = new ArrayList<>();
    boolean known = analysis.resultColumnsKnown();
    List<ResultColumn> columns = analysis.resultColumns();
    boolean[] used = new boolean[columns.size()];
    boolean ok = true;
    for (RowShape.Component c : row.components()) {
      String target = "component \"" + c.name() + "\" of \"" + row.type().nestedName() + "\"";
      if (c.type() == null) {
        unsupported(c.display(), target + " has a type with no column mapping");
        ok = false;
        continue;
      }
      if (!known) {
        reads.add(unknownColumn(c.type(), 0, c.name()));
        continue;
      }
      int index = find(columns, c.name(), used);
      if (index < 0) {
        missing(row, c, columns);
        ok = false;
        continue;
      }
      used[index] = true;
      ColumnRead read = read(columns.get(index), c.type(), target, index + 1);
      ok &= read != null;
      reads.add(read);
    }
    if (ok && known && !method.suppressUnusedColumn()) {
      for (int i = 0; i < used.length; i++) {
        if (!used[i]) {
          unused(row, columns.get(i));
        }
      }
    }
    return ok ? new ConstructorMapping(row.type(), reads) : null;
  }

  private ColumnRead read(ResultColumn column, JavaType type, String target, int index) {
    if (!rules.canRead(column.type(), type)) {
      problems.add(
          Message.RESULT_TYPE_MISMATCH
              .unpositioned(method.name(), column.label(), column.type(), target, type.display())
              .withHint(
                  column.type() != null && rules.narrowingAdvice(column.type(), type) != null
                      ? rules.narrowingAdvice(column.type(), type)
                      : arrayHint(column, type)));
      return null;
    }
    boolean unknownType = column.type() == null || column.type().isUnknown();
    if (type.primitive() && column.nullable() && !unknownType) {
      problems.add(
          Message.NULLABLE_INTO_PRIMITIVE.unpositioned(
              method.name(), column.label(), target, type.display(), boxedName(type)));
      return null;
    }
    boolean checked = !type.primitive() || !column.nullable() && !unknownType;
    SqlType sqlType = unknownType ? null : column.type();
    EnumMatcher.Match match =
        enums.match(type, sqlType == null ? null : sqlType.elementType()).orElse(null);
    if (rejected(column, type, target, match)) {
      return null;
    }
    return new ColumnRead(
        type,
        index,
        column.label(),
        checked,
        sqlType == null ? null : sqlType.toString(),
        column.nullable(),
        match == null ? null : match.mapping());
  }

  /**
   * True (after reporting it once) when a SQL enum column is read into a Java enum whose constants
   * do not match its labels; {@code match} is null for a value that is no enum.
   */
  private boolean rejected(
      ResultColumn column, JavaType type, String target, EnumMatcher.Match match) {
    if (match == null || !match.failed()) {
      return false;
    }
    if (enums.firstReport(type, match)) {
      problems.add(
          Message.ENUM_RESULT_LABELS.unpositioned(
              method.name(),
              column.label(),
              match.sqlEnum(),
              target,
              type.enumType().nestedName(),
              match.failure(),
              match.labels()));
    }
    return true;
  }

  /** A column the analyser knows nothing about, read by position or by label at run time. */
  private ColumnRead unknownColumn(JavaType type, int index, String label) {
    EnumMapping byName = enums.match(type, null).map(EnumMatcher.Match::mapping).orElse(null);
    return new ColumnRead(type, index, label, !type.primitive(), null, true, byName);
  }

  private static String arrayHint(ResultColumn column, JavaType type) {
    if (column.type() == null || !column.type().array() || type.container() != null) {
      return null;
    }
    String element = type.primitive() ? boxedName(type) : type.display();
    return "an array column reads into List<" + element + "> or " + element + "[]";
  }

  private void missing(RowShape.CompositeRow row, RowShape.Component c, List<ResultColumn> cols) {
    problems.add(
        Message.MISSING_RESULT_COLUMN.unpositioned(
            method.name(),
            c.name(),
            c.display(),
            row.type().nestedName(),
            labels(cols),
            snake(c.name())));
  }

  private void unused(RowShape.CompositeRow row, ResultColumn column) {
    problems.add(
        Message.UNUSED_RESULT_COLUMN.unpositioned(
            method.name(),
            column.label(),
            column.type(),
            row.type().nestedName(),
            Suppressions.UNUSED_COLUMN));
  }

  private static int find(List<ResultColumn> columns, String name, boolean[] used) {
    String wanted = normalize(name);
    int fallback = -1;
    for (int i = 0; i < columns.size(); i++) {
      if (normalize(columns.get(i).label()).equals(wanted)) {
        if (!used[i]) {
          return i;
        }
        fallback = fallback < 0 ? i : fallback;
      }
    }
    return fallback;
  }

  static String normalize(String label) {
    return label.replace("_", "").toLowerCase(Locale.ROOT);
  }

  private static String labels(List<ResultColumn> columns) {
    return columns.stream().map(c -> "\"" + c.label() + "\"").collect(Collectors.joining(", "));
  }

  private static String snake(String name) {
    return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
  }

  private static String boxedName(JavaType type) {
    String boxed = type.kind().boxed();
    return boxed.substring(boxed.lastIndexOf('.') + 1);
  }
}
