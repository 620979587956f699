package dev.sqlcheck.processor.signature;

import dev.sqlcheck.processor.analysis.QueryAnalysis;
import dev.sqlcheck.processor.analysis.StatementKind;
import dev.sqlcheck.processor.dialect.Dialect;
import dev.sqlcheck.processor.model.MethodModel;
import dev.sqlcheck.processor.model.MethodModel.ReturnKind;
import dev.sqlcheck.processor.model.MethodPlan;
import dev.sqlcheck.processor.model.MethodPlan.Binding;
import dev.sqlcheck.processor.model.MethodPlan.Execution;
import dev.sqlcheck.processor.model.MethodPlan.RowMapping;
import dev.sqlcheck.processor.model.RowShape;
import dev.sqlcheck.processor.model.ValueShape;
import dev.sqlcheck.processor.problem.Message;
import dev.sqlcheck.processor.problem.Problem;
import dev.sqlcheck.processor.problem.Severity;
import dev.sqlcheck.processor.types.ScalarKind;
import dev.sqlcheck.processor.types.TypeRules;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks one method's signature against what the analyser learned about its SQL: parameters (codes
 * 301-306) and return type (401-408), Java enums against the labels of the SQL enums they meet.
 * Pure: it needs no compiler, so it is unit-tested with hand-made {@link QueryAnalysis} values.
 */
public final class SignatureValidator {
  private final Dialect dialect;
  private final TypeRules rules;
  private final EnumLabels enumLabels;

  /** A validator that knows no SQL enum's labels: Java enums travel by their constants' names. */
  public SignatureValidator(Dialect dialect) {
    this(dialect, EnumLabels.NONE);
  }

  /** A validator that checks Java enums against the labels of the SQL enums they meet. */
  public SignatureValidator(Dialect dialect, EnumLabels enumLabels) {
    this.dialect = dialect;
    this.rules = new TypeRules(dialect::family, dialect::integerBytes);
    this.enumLabels = enumLabels;
  }

  /** This validator, checking Java enums against {@code labels}. */
  public SignatureValidator withEnumLabels(EnumLabels labels) {
    return new SignatureValidator(dialect, labels);
  }

  /** The problems found, and the plan when there is no error. */
  public record Result(List<Problem> problems, MethodPlan plan) {}

  public Result validate(MethodModel method, QueryAnalysis analysis) {
    List<Problem> problems = new ArrayList<>();
    ValueShape.Bean batchElement = batchElement(method);
    EnumMatcher enums = new EnumMatcher(enumLabels, method.enums());
    List<Binding> bindings =
        new ParameterValidator(dialect, rules, enums, method, batchElement, problems)
            .validate(analysis.parameters());
    ResultValidator results = new ResultValidator(rules, enums, method, analysis, problems);
    MethodModel.ReturnModel ret = method.returns();
    Execution execution = null;
    RowMapping mapping = null;
    switch (ret.kind()) {
      case VOID -> execution = voidExecution(batchElement, analysis);
      case INT_ARRAY, LONG_ARRAY -> execution = batchExecution(ret, batchElement, results);
      case UNSUPPORTED ->
          results.unsupported(
              ret.display(), "use void, int, long, T, Optional<T>, List<T> or Stream<T>");
      default -> {
        execution = updateCount(ret, analysis);
        if (execution == null && !analysis.returnsRows() && isDml(analysis.kind())) {
          problems.add(noRowsProblem(method, analysis));
        } else if (execution == null) {
          mapping = results.map(ret.row());
          execution = rowExecution(ret.kind());
        }
      }
    }
    boolean failed = problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
    MethodPlan plan =
        failed
            ? null
            : new MethodPlan(
                method,
                execution,
                bindings,
                mapping,
                dialect.operatorQuestionMarks(method.sql()).stream().boxed().toList());
    return new Result(problems, plan);
  }

  private static Execution voidExecution(ValueShape.Bean batchElement, QueryAnalysis analysis) {
    if (batchElement != null) {
      return Execution.BATCH_VOID;
    }
    return analysis.returnsRows() ? Execution.EXECUTE : Execution.UPDATE_VOID;
  }

  private static Execution batchExecution(
      MethodModel.ReturnModel ret, ValueShape.Bean batchElement, ResultValidator results) {
    if (batchElement == null) {
      results.unsupported(
          ret.display(),
          "an array of update counts is returned only by a batch method, whose only parameter"
              + " is a collection of records or beans");
      return null;
    }
    return ret.kind() == ReturnKind.INT_ARRAY ? Execution.BATCH_INT : Execution.BATCH_LONG;
  }

  /** The element of a batch method's only parameter, or null when it is not a batch method. */
  static ValueShape.Bean batchElement(MethodModel method) {
    ReturnKind r = method.returns().kind();
    if (method.parameters().size() != 1
        || !(r == ReturnKind.VOID || r == ReturnKind.INT_ARRAY || r == ReturnKind.LONG_ARRAY)) {
      return null;
    }
    ValueShape shape = method.parameters().get(0).shape();
    if (shape instanceof ValueShape.Multi m
        && m.container() != ValueShape.Container.ARRAY
        && m.element() instanceof ValueShape.Bean bean) {
      return bean;
    }
    return null;
  }

  private static Execution updateCount(MethodModel.ReturnModel ret, QueryAnalysis analysis) {
    if (ret.kind() != ReturnKind.SINGLE
        || analysis.returnsRows()
        || analysis.kind() == StatementKind.SELECT
        || !(ret.row() instanceof RowShape.ScalarRow s)
        || !s.type().primitive()) {
      return null;
    }
    if (s.type().kind() == ScalarKind.INT) {
      return Execution.UPDATE_INT;
    }
    return s.type().kind() == ScalarKind.LONG ? Execution.UPDATE_LONG : null;
  }

  private static Execution rowExecution(ReturnKind kind) {
    return switch (kind) {
      case OPTIONAL -> Execution.OPTIONAL;
      case LIST -> Execution.LIST;
      case STREAM -> Execution.STREAM;
      default -> Execution.ONE;
    };
  }

  private static boolean isDml(StatementKind kind) {
    return kind == StatementKind.INSERT
        || kind == StatementKind.UPDATE
        || kind == StatementKind.DELETE;
  }

  private static Problem noRowsProblem(MethodModel method, QueryAnalysis analysis) {
    return Message.NO_ROWS_RETURNED.unpositioned(
        method.name(), method.returns().display(), analysis.kind());
  }
}
