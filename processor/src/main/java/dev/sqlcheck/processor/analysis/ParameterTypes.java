package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.catalog.SqlType;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import net.sf.jsqlparser.expression.JdbcNamedParameter;

/**
 * What the analyser learned about each parameter node of the AST: the type its context expects and
 * how it is bound. Matched back to the scanner's occurrences by position at the end.
 */
final class ParameterTypes {
  /** The expectation for one parameter node. */
  record Expectation(SqlType type, ParameterUse.Context context, boolean castOperand) {}

  private final Map<JdbcNamedParameter, Expectation> expectations = new IdentityHashMap<>();
  private final List<JdbcNamedParameter> seen = new ArrayList<>();
  private final Map<JdbcNamedParameter, Object> anchors = new IdentityHashMap<>();

  /**
   * Records an enclosing AST element whose position starts with this parameter, for nodes the
   * parser left without a position ({@code :id::text}).
   */
  void anchor(JdbcNamedParameter p, Object element) {
    anchors.putIfAbsent(p, element);
  }

  Object anchorOf(JdbcNamedParameter p) {
    return anchors.get(p);
  }

  void seen(JdbcNamedParameter p) {
    if (!expectations.containsKey(p)) {
      seen.add(p);
      expectations.put(p, null);
    }
  }

  /** Sets the expectation unless an earlier, more specific one (a cast) is already known. */
  void expect(JdbcNamedParameter p, SqlType type, ParameterUse.Context context) {
    seen(p);
    Expectation current = expectations.get(p);
    if (current == null || current.type().isUnknown()) {
      expectations.put(p, new Expectation(type, context, current != null && current.castOperand()));
    }
  }

  /** Like {@link #expect}, and remembers that the parameter is the operand of an explicit cast. */
  void expectCast(JdbcNamedParameter p, SqlType type) {
    expect(p, type, ParameterUse.Context.SCALAR);
    Expectation current = expectations.get(p);
    expectations.put(p, new Expectation(current.type(), current.context(), true));
  }

  List<JdbcNamedParameter> nodes() {
    return seen;
  }

  Expectation of(JdbcNamedParameter p) {
    Expectation e = expectations.get(p);
    return e == null ? new Expectation(SqlType.UNKNOWN, ParameterUse.Context.SCALAR, false) : e;
  }
}
