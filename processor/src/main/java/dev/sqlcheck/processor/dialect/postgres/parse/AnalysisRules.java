package dev.sqlcheck.processor.dialect.postgres.parse;

import dev.sqlcheck.processor.sql.ast.AlterDomain;
import dev.sqlcheck.processor.sql.ast.AlterObject;
import dev.sqlcheck.processor.sql.ast.AlterSequence;
import dev.sqlcheck.processor.sql.ast.AlterTable;
import dev.sqlcheck.processor.sql.ast.AlterType;
import dev.sqlcheck.processor.sql.ast.ColumnDef;
import dev.sqlcheck.processor.sql.ast.Comment;
import dev.sqlcheck.processor.sql.ast.Copy;
import dev.sqlcheck.processor.sql.ast.CreateDomain;
import dev.sqlcheck.processor.sql.ast.CreateFunction;
import dev.sqlcheck.processor.sql.ast.CreateIndex;
import dev.sqlcheck.processor.sql.ast.CreatePolicy;
import dev.sqlcheck.processor.sql.ast.CreateSequence;
import dev.sqlcheck.processor.sql.ast.CreateTable;
import dev.sqlcheck.processor.sql.ast.CreateTrigger;
import dev.sqlcheck.processor.sql.ast.CreateType;
import dev.sqlcheck.processor.sql.ast.DefinitionElement;
import dev.sqlcheck.processor.sql.ast.Drop;
import dev.sqlcheck.processor.sql.ast.FunctionOption;
import dev.sqlcheck.processor.sql.ast.FunctionParameter;
import dev.sqlcheck.processor.sql.ast.Grant;
import dev.sqlcheck.processor.sql.ast.Identifier;
import dev.sqlcheck.processor.sql.ast.Node;
import dev.sqlcheck.processor.sql.ast.QualifiedName;
import dev.sqlcheck.processor.sql.ast.RoutineSignature;
import dev.sqlcheck.processor.sql.ast.Statement;
import dev.sqlcheck.processor.sql.ast.TypeName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The checks PostgreSQL makes after its grammar has accepted a DDL statement — in parse analysis or
 * when it runs — whose error is still SQLSTATE 42601 and which need nothing from the catalog: an
 * option given twice, too many dotted names, a policy's clauses, a domain's constraints, a column's
 * (see {@link ColumnRules}) and a sequence's ({@link SequenceRules}). PostgreSQL reports the first
 * error it meets, so each check stops ({@link #STOP}) where PostgreSQL would first raise an error
 * of another kind. Checks that need the catalog (does the table exist, is the routine a procedure)
 * assume the answer a working schema would give.
 */
final class AnalysisRules {
  private AnalysisRules() {}

  /** A 42601 error PostgreSQL raises after parsing; {@code start} is ours when it gives none. */
  record Problem(String message, int start, int end) {}

  /** PostgreSQL fails first with an error of another kind: nothing to report. */
  static final Problem STOP = new Problem(null, -1, -1);

  private static final Set<String> RELATION_KINDS =
      Set.of("table", "view", "materialized view", "index", "sequence", "foreign table");

  private static final Set<String> COPY_OPTIONS =
      Set.of(
          "format",
          "freeze",
          "delimiter",
          "null",
          "header",
          "quote",
          "escape",
          "force_quote",
          "force_not_null",
          "force_null",
          "convert_selectively",
          "encoding");

  private static final Set<String> PROCEDURE_OPTIONS =
      Set.of("security", "transform", "language", "as");

  private static final Set<String> RANGE_OPTIONS =
      Set.of(
          "subtype",
          "subtype_opclass",
          "collation",
          "canonical",
          "subtype_diff",
          "multirange_type_name");

  /** The problem of one parsed statement, or null (STOP included when nothing is reportable). */
  static Problem check(Statement s, PgGrammar g) {
    if (s instanceof AlterTable a) {
      return TableRules.alterTable(a);
    }
    if (s instanceof CreateTable c) {
      return TableRules.createTable(c);
    }
    if (s instanceof CreateDomain d) {
      Problem p = dotted(d.name(), false);
      return p != null ? p : ColumnRules.domain(d.type(), d.collation(), d.constraints());
    }
    if (s instanceof AlterDomain d) {
      Problem p = dotted(d.name(), false);
      return p != null ? p : alterDomain(d);
    }
    if (s instanceof CreateSequence c) {
      return SequenceRules.options(c.options(), false);
    }
    if (s instanceof AlterSequence a) {
      return SequenceRules.options(a.options(), false);
    }
    if (s instanceof CreateType t) {
      return createType(t);
    }
    if (s instanceof AlterType t) {
      return alterType(t);
    }
    return other(s, g);
  }

  private static Problem other(Statement s, PgGrammar g) {
    if (s instanceof AlterObject o) {
      return alterObject(o);
    }
    if (s instanceof CreatePolicy p) {
      return policy(p);
    }
    if (s instanceof Copy c) {
      return copy(c, g);
    }
    if (s instanceof Comment c) {
      return comment(c);
    }
    if (s instanceof Drop d) {
      return drop(d);
    }
    if (s instanceof CreateTrigger t) {
      return dotted(t.function(), false);
    }
    if (s instanceof Grant gr) {
      return GrantRules.privileges(gr, g);
    }
    return null;
  }

  /** Whether the statement's expressions are analysed with DEFAULT as a value an error. */
  static boolean rejectsDefault(Statement s) {
    return s instanceof CreateTable
        || s instanceof AlterTable
        || s instanceof CreateIndex
        || s instanceof CreateDomain
        || s instanceof AlterDomain
        || s instanceof CreatePolicy
        || s instanceof CreateTrigger
        || s instanceof CreateFunction
        || s instanceof Copy;
  }

  static Problem conflicting(int start, int end) {
    return new Problem("conflicting or redundant options", start, end);
  }

  /**
   * {@code DeconstructQualifiedName} and {@code makeRangeVarFromNameList}: more than three parts.
   * (Three parts are a cross-database reference, an error of another kind unless the first names
   * the current database.)
   */
  static Problem dotted(QualifiedName n, boolean relation) {
    if (n == null || n.parts().size() < 4) {
      return null;
    }
    String what = relation ? "improper relation name" : "improper qualified name";
    return new Problem(what + " (too many dotted names): " + n.dotted(), n.start(), n.end());
  }

  /**
   * {@code compute_function_attributes} and {@code compute_common_attribute}: each option at most
   * once ({@code SET}/{@code RESET} excepted); a procedure takes only {@code SECURITY}, {@code
   * SET}, {@code TRANSFORM}, {@code LANGUAGE} and {@code AS}, which is checked first (42P13) except
   * for {@code WINDOW}.
   */
  static Problem routineOptions(List<FunctionOption> options, boolean procedure) {
    Set<String> seen = new HashSet<>();
    for (FunctionOption o : options) {
      String n = o.name();
      if (n.equals("set") || n.equals("reset")) {
        continue;
      }
      boolean functionOnly = !PROCEDURE_OPTIONS.contains(n);
      if (procedure && functionOnly && !n.equals("window")) {
        return STOP;
      }
      if (!seen.add(n)) {
        return conflicting(o.start(), o.end());
      }
      if (procedure && functionOnly) {
        return STOP;
      }
    }
    return null;
  }

  /**
   * CREATE FUNCTION/PROCEDURE as {@code CreateFunction} goes: the name, the options ({@code all}
   * holds LANGUAGE and AS too, in the order written), then — once a language is known — the types
   * of the parameters and the result.
   */
  static Problem createFunction(CreateFunction f, List<FunctionOption> all) {
    Problem p = dotted(f.name(), false);
    if (p == null) {
      p = routineOptions(all, f.procedure());
    }
    if (p != null) {
      return p;
    }
    if (f.language() == null && f.returnExpr() == null && f.atomicBody() == null) {
      return STOP; // 42P13: no language specified
    }
    List<FunctionParameter> typed = new ArrayList<>(f.parameters());
    typed.addAll(f.returnsTable());
    for (FunctionParameter a : typed) {
      p = a.copiedType() ? null : ColumnRules.type(a.type());
      if (p != null) {
        return p;
      }
    }
    return f.returnTypeCopied() ? null : ColumnRules.type(f.returnType());
  }

  private static Problem alterObject(AlterObject o) {
    Problem p = o.routine() != null ? dotted(o.routine().name(), false) : null;
    if (p != null) {
      return p;
    }
    if (o.action() instanceof AlterObject.RoutineOptions r) {
      return routineOptions(r.options(), o.objectKind().equals("procedure"));
    }
    return null;
  }

  private static Problem alterDomain(AlterDomain d) {
    if (d.action() instanceof AlterTable.AddConstraint a) {
      String message = ColumnRules.notForDomains(a.constraint());
      return message == null ? null : new Problem(message, a.start(), a.end());
    }
    return null;
  }

  /** CREATE TYPE: its name, a composite's attribute types, a range's options. */
  private static Problem createType(CreateType t) {
    Problem p = dotted(t.name(), false);
    if (p != null) {
      return p;
    }
    for (ColumnDef a : t.attributes()) {
      p = ColumnRules.type(a.type());
      if (p == null && a.collation() != null) {
        p = dotted(a.collation(), false);
      }
      if (p != null) {
        return p;
      }
    }
    if (t.kind() != CreateType.Kind.RANGE) {
      return null;
    }
    Set<String> seen = new HashSet<>();
    for (DefinitionElement e : t.definition()) {
      String n = e.name().name();
      if (!RANGE_OPTIONS.contains(n)) {
        return new Problem("type attribute \"" + n + "\" not recognized", e.start(), e.end());
      }
      if (!seen.add(n)) {
        return conflicting(e.start(), e.end());
      }
    }
    if (!seen.contains("subtype")) {
      return new Problem("type attribute \"subtype\" is required", t.start(), t.end());
    }
    return null;
  }

  private static Problem alterType(AlterType t) {
    Problem p = dotted(t.name(), false);
    for (AlterType.Action a : t.actions()) {
      if (p == null && a instanceof AlterType.AddAttribute add) {
        p = ColumnRules.type(add.attribute().type());
      } else if (p == null && a instanceof AlterType.AlterAttributeType alter) {
        p = ColumnRules.type(alter.type());
      }
    }
    return p;
  }

  /** {@code CreatePolicy}: which of USING and WITH CHECK the command allows. */
  private static Problem policy(CreatePolicy p) {
    String c = p.command();
    if ((c.equals("select") || c.equals("delete")) && p.withCheck() != null) {
      return new Problem(
          "WITH CHECK cannot be applied to SELECT or DELETE", p.withCheck().start(), p.end());
    }
    if (c.equals("insert") && p.using() != null) {
      return new Problem(
          "only WITH CHECK expression allowed for INSERT", p.using().start(), p.end());
    }
    return null;
  }

  /** {@code ProcessCopyOptions}: each option known (to the grammar's versions) and given once. */
  private static Problem copy(Copy c, PgGrammar g) {
    Set<String> seen = new HashSet<>();
    for (Identifier o : c.options()) {
      String n = o.name();
      boolean known =
          COPY_OPTIONS.contains(n)
              || n.equals("default") && g.since(16)
              || (n.equals("on_error") || n.equals("log_verbosity")) && g.since(17)
              || n.equals("reject_limit") && g.since(18);
      if (!known) {
        return new Problem("option \"" + n + "\" not recognized", o.start(), o.end());
      }
      if (!seen.add(n)) {
        return conflicting(o.start(), o.end());
      }
    }
    return null;
  }

  /** {@code get_object_address}: a column's name must name its table, and no name too long. */
  private static Problem comment(Comment c) {
    Node target = c.target().isEmpty() ? null : c.target().get(0);
    String kind = c.objectKind();
    if (kind.equals("column") && target instanceof QualifiedName n) {
      if (n.parts().size() < 2) {
        return new Problem("column name must be qualified", n.start(), n.end());
      }
      QualifiedName relation =
          new QualifiedName(n.parts().subList(0, n.parts().size() - 1), n.start(), n.end());
      return dotted(relation, true);
    }
    return name(target, RELATION_KINDS.contains(kind));
  }

  private static Problem drop(Drop d) {
    boolean relation = RELATION_KINDS.contains(d.objectKind());
    for (QualifiedName n : d.names()) {
      Problem p = dotted(n, relation);
      if (p != null) {
        return p;
      }
    }
    for (TypeName t : d.types()) {
      Problem p = dotted(t.name(), false);
      if (p != null) {
        return p;
      }
    }
    for (RoutineSignature r : d.routines()) {
      Problem p = dotted(r.name(), false);
      if (p != null) {
        return p;
      }
    }
    return null;
  }

  private static Problem name(Node target, boolean relation) {
    if (target instanceof QualifiedName n) {
      return dotted(n, relation);
    }
    if (target instanceof TypeName t) {
      return dotted(t.name(), false);
    }
    if (target instanceof RoutineSignature r) {
      return dotted(r.name(), false);
    }
    return null;
  }
}
