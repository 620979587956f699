package dev.sqlcheck.processor.signature;

import dev.sqlcheck.processor.analysis.ParameterUse;
import dev.sqlcheck.processor.analysis.QueryAnalysis;
import dev.sqlcheck.processor.analysis.SentType;
import dev.sqlcheck.processor.catalog.SqlType;
import dev.sqlcheck.processor.dialect.Dialect;
import dev.sqlcheck.processor.model.MethodModel;
import dev.sqlcheck.processor.model.ValueShape;
import dev.sqlcheck.processor.problem.Problem;
import dev.sqlcheck.processor.problem.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameters of a method whose values the driver always sends with a type, by the name the SQL
 * uses ({@code :name}, or {@code :name.property} for a record's component; a batch's element
 * components by their own names).
 */
public final class SentTypes {
  private SentTypes() {}

  public static Map<String, SentType> of(MethodModel method, Dialect dialect) {
    Map<String, SentType> out = new HashMap<>();
    ValueShape.Bean batch = SignatureValidator.batchElement(method);
    if (batch != null) {
      for (ValueShape.Property p : batch.properties()) {
        put(out, p.name(), p.shape(), dialect);
      }
      return out;
    }
    for (MethodModel.ParamModel p : method.parameters()) {
      if (p.shape() instanceof ValueShape.Bean bean) {
        for (ValueShape.Property property : bean.properties()) {
          put(out, p.sqlName() + "." + property.name(), property.shape(), dialect);
        }
      } else {
        put(out, p.sqlName(), p.shape(), dialect);
      }
    }
    return out;
  }

  private static void put(
      Map<String, SentType> out, String name, ValueShape shape, Dialect dialect) {
    if (shape instanceof ValueShape.Scalar s) {
      SqlType type = dialect.sentType(s.type());
      SqlType byDefault = type == null ? dialect.sentTypeByDefault(s.type()) : null;
      if (type != null || byDefault != null) {
        out.put(
            name,
            new SentType(
                type != null ? type : byDefault,
                !s.type().primitive(),
                s.type().display(),
                type == null));
      }
    } else if (shape instanceof ValueShape.Multi m && m.element() instanceof ValueShape.Scalar e) {
      SqlType type = dialect.sentArrayType(e.type());
      if (type != null) {
        out.put(name, new SentType(type, true, shape.display(), false));
      }
    }
  }

  /**
   * Whether PREPARE's analysis typed a parameter in {@code sent} otherwise than the driver sends it
   * ({@code round(:x, 2)} takes a double as numeric, and the driver sends double precision).
   */
  public static boolean differ(QueryAnalysis analysis, Map<String, SentType> sent) {
    for (ParameterUse u : analysis.parameters()) {
      if (differs(u, sent)) {
        return true;
      }
    }
    return false;
  }

  private static boolean differs(ParameterUse u, Map<String, SentType> sent) {
    SentType s = sent.get(u.sqlName());
    return s != null
        && !s.bySetting()
        && u.context() == ParameterUse.Context.SCALAR
        && !u.castOperand()
        && !u.expectedType().equals(s.type());
  }

  /**
   * Why a query fails as it runs: which parameters the driver sends with another type than PREPARE
   * gives them, and the cast that keeps PREPARE's type; null when none does.
   */
  public static String note(QueryAnalysis analysis, Map<String, SentType> sent) {
    Map<String, String> why = new LinkedHashMap<>();
    for (ParameterUse u : analysis.parameters()) {
      if (differs(u, sent) && !why.containsKey(u.sqlName())) {
        SentType s = sent.get(u.sqlName());
        String name = ":" + u.sqlName();
        why.put(
            u.sqlName(),
            name
                + " ("
                + s.java()
                + ") as "
                + s.type()
                + (u.expectedType().isUnknown()
                    ? ""
                    : ", where PREPARE alone infers "
                        + u.expectedType()
                        + "; "
                        + name
                        + "::"
                        + u.expectedType()
                        + " sends that"));
      }
    }
    return why.isEmpty() ? null : "the driver sends " + String.join(", and ", why.values());
  }

  /** The analysis with {@code note} on each error that has none. */
  public static QueryAnalysis withNote(QueryAnalysis a, String note) {
    return a.withProblems(withNote(a.problems(), note));
  }

  /** The validation with {@code note} on each error that has none. */
  public static SignatureValidator.Result withNote(SignatureValidator.Result r, String note) {
    return new SignatureValidator.Result(withNote(r.problems(), note), r.plan());
  }

  private static List<Problem> withNote(List<Problem> problems, String note) {
    List<Problem> out = new ArrayList<>();
    for (Problem p : problems) {
      out.add(
          note != null && p.severity() == Severity.ERROR && p.note() == null
              ? p.withNote(note)
              : p);
    }
    return out;
  }
}
