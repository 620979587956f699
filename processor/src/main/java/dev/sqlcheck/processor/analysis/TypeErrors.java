package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.catalog.SqlType;
import dev.sqlcheck.processor.dialect.postgres.types.ExtensionOperators;
import dev.sqlcheck.processor.dialect.postgres.types.PgError;
import dev.sqlcheck.processor.problem.Problem;
import dev.sqlcheck.processor.problem.ProblemCode;
import java.util.List;

/**
 * How a refusal of PostgreSQL's type rules is reported: as PostgreSQL words it (SQLCHECK-211), or,
 * where sqlcheck cannot know what PostgreSQL would find (a type it does not model, an operator an
 * extension of the schema may define), as a construct not checked.
 */
final class TypeErrors {
  private final QueryContext q;

  TypeErrors(QueryContext q) {
    this.q = q;
  }

  /**
   * Reports that PostgreSQL's type rules refuse a construct; but where one of its values has a type
   * sqlcheck does not model (an extension's, such as {@code citext} or {@code vector}, whose
   * operators, functions and casts come with the extension), the construct is only not checked.
   */
  void report(PgError error, int start, int end, Val... operands) {
    String unmodelled = unmodelledType(operands);
    if (unmodelled != null) {
      q.problems.notChecked(
          "type \""
              + unmodelled
              + "\" (an extension's, or one the schema defines in a statement sqlcheck skips)"
              + " and the operators, functions and casts that come with it");
      return;
    }
    String cast = castType(operands);
    if (cast != null) {
      q.problems.notChecked(
          "the cast the schema declares from or to type \""
              + cast
              + "\" (CREATE CAST), which may make valid what the built-in rules refuse (\""
              + error.message()
              + "\")");
      return;
    }
    reportAsIs(error, start, end);
  }

  /** The first operand type that a cast of the schema's involves; null if there is none. */
  private String castType(Val... operands) {
    for (Val v : operands) {
      if (v != null && v.type() != null && q.catalog.routines().hasCastInvolving(v.type().name())) {
        return v.type().name();
      }
    }
    return null;
  }

  /**
   * Reports an operator the built-in catalog lacks as not checked, and returns true, when the
   * schema defines an operator of that name ({@code CREATE OPERATOR}), or an extension the schema
   * creates defines or may define one. An extension whose operators the type system holds (created
   * on the search path, listed in the extension catalog) is not such a one: its operators were
   * tried.
   */
  boolean extensionOperator(String op, PgError error) {
    if (!"42883".equals(error.sqlState())) {
      return false;
    }
    if (q.catalog.routines().hasOperator(op)) {
      q.problems.notChecked(
          "operator "
              + op
              + " that the schema defines (CREATE OPERATOR); the built-in operators alone give \""
              + error.message()
              + "\"");
      return true;
    }
    List<String> unmodelled = new java.util.ArrayList<>(q.catalog.routines().extensions());
    unmodelled.removeAll(q.types.extensions());
    if (unmodelled.isEmpty()) {
      return false;
    }
    List<String> candidates = ExtensionOperators.mayDefine(unmodelled, op);
    if (candidates.isEmpty()) {
      return false;
    }
    q.problems.notChecked(
        "\""
            + error.message()
            + "\", which "
            + (candidates.size() == 1 ? "the extension " : "the extensions ")
            + String.join(", ", candidates)
            + " may define");
    return true;
  }

  /** The first operand type that is not built in, an enum or unknown; null if there is none. */
  String unmodelledType(Val... operands) {
    for (Val v : operands) {
      if (v == null || v.type() == null || v.type().isUnknown()) {
        continue;
      }
      SqlType t = v.type();
      if (!t.enumType() && !q.types.isBuiltin(t) && !q.types.isComposite(t)) {
        return (t.array() ? t.elementType() : t).toString();
      }
    }
    return null;
  }

  /** Reports a type error as PostgreSQL words it, at {@code start..end}. */
  private void reportAsIs(PgError error, int start, int end) {
    String hint = error.hint() == null ? null : lowerFirst(error.hint());
    q.problems.add(new Problem(ProblemCode.TYPE_MISMATCH, error.message(), start, end, hint, null));
  }

  private static String lowerFirst(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
