package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.catalog.Relation;
import dev.sqlcheck.processor.dialect.postgres.parse.PgParser;
import dev.sqlcheck.processor.dialect.postgres.types.SystemRelations;
import dev.sqlcheck.processor.problem.Problem;
import dev.sqlcheck.processor.problem.ProblemCode;
import dev.sqlcheck.processor.problem.Suggestions;
import dev.sqlcheck.processor.sql.ast.Expr;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A string constant that PostgreSQL turns into a {@code regclass} while it analyses the query: the
 * operand of {@code ::regclass}, or an argument where the function takes one ({@code
 * nextval('orders_id_seq')}). The conversion looks the name up then, so a relation, sequence or
 * index that does not exist fails PREPARE with {@code relation "…" does not exist}; sqlcheck
 * reports it on the constant. A name the schema may have made without sqlcheck seeing it (a
 * statement it could not read, a system catalog, another database) is a warning.
 */
final class RegclassConstants {
  private RegclassConstants() {}

  /** Checks {@code literal}, which PostgreSQL reads as a regclass here. */
  static void check(QueryContext q, Expr.StringLiteral literal) {
    String text = literal.value();
    if (isOid(text)) {
      return;
    }
    List<String> names = PgParser.qualifiedNameInString(text);
    if (names == null || names.size() > 3) {
      q.problems.notChecked("the relation name " + literal.value() + " in a regclass constant");
      return;
    }
    String name = names.get(names.size() - 1);
    String schema = names.size() >= 2 ? names.get(names.size() - 2) : null;
    if (names.size() == 3) {
      q.problems.notChecked("the database-qualified relation name \"" + text + "\"");
      return;
    }
    if (schema != null ? q.dialect.isSystemSchema(schema) : systemName(q, name)) {
      if (SystemRelations.find(schema, name, q.types.versions()).isEmpty()) {
        // an index or sequence of the catalogs, or a name that is no catalog: not judged
        q.problems.notChecked("system catalog \"" + text + "\" in a regclass constant");
      }
      return;
    }
    boolean schemaMissing = schema != null && !q.catalog.hasSchema(schema);
    if (!schemaMissing && found(q, schema, name)) {
      return;
    }
    if (!q.catalog.relationNamesComplete() || q.catalog.mayExist(schema, name)) {
      q.problems.notChecked("relation \"" + text + "\" in a regclass constant");
      return;
    }
    q.problems.add(
        new Problem(
            schemaMissing ? ProblemCode.UNKNOWN_SCHEMA : ProblemCode.UNKNOWN_TABLE,
            schemaMissing
                ? "schema \"" + schema + "\" does not exist"
                : "relation \"" + String.join(".", names) + "\" does not exist",
            literal.start(),
            literal.end(),
            schemaMissing ? null : Suggestions.hint(name, candidates(q, schema)),
            q.catalog
                .relationHistory(schema, name)
                .map(e -> History.describe("relation", name, e))
                .orElse(null)));
  }

  /** The object-name types besides {@code regclass}, whose constants name catalog objects. */
  static boolean isOtherRegType(String typeName) {
    return switch (typeName) {
      case "regtype",
          "regproc",
          "regprocedure",
          "regoper",
          "regoperator",
          "regnamespace",
          "regrole",
          "regcollation",
          "regconfig",
          "regdictionary" ->
          true;
      default -> false;
    };
  }

  /**
   * A constant of another object-name type ({@code 'text'::regtype}, {@code 'lower'::regproc},
   * {@code 'public'::regnamespace}): PostgreSQL looks the object up as it parses, so a name
   * sqlcheck cannot find among the built-in types and functions or the schema's schemas is warned
   * about, never passed in silence. Roles, operators, collations and text search objects are not
   * modelled.
   */
  static void checkOther(QueryContext q, Expr.StringLiteral literal, String typeName) {
    String text = literal.value();
    if (isOid(text)) {
      return;
    }
    boolean simple = text.matches("[a-z_][a-z0-9_$]*");
    boolean known =
        switch (typeName) {
          case "regtype" -> simple && q.types.builtinByTypname(text) != null;
          case "regproc" ->
              simple && q.types.hasOneFunction(text) && !q.catalog.routines().hasFunction(text);
          case "regnamespace" -> simple && (q.catalog.hasSchema(text) || isBuiltinSchema(text));
          default -> false;
        };
    if (!known) {
      q.problems.notChecked("the name " + literal.value() + " in a " + typeName + " constant");
    }
  }

  /** An OID, or {@code -} for none: every object-name type takes it as it is. */
  private static boolean isOid(String text) {
    return text.equals("-") || !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  private static boolean isBuiltinSchema(String name) {
    return name.equals("pg_catalog")
        || name.equals("information_schema")
        || name.equals("public")
        || name.equals("pg_toast");
  }

  private static boolean found(QueryContext q, String schema, String name) {
    for (String s : schema != null ? List.of(schema) : q.catalog.searchPath()) {
      if (q.catalog.hasRelationOrIndex(s, name)) {
        return true;
      }
    }
    return false;
  }

  /** An unqualified name PostgreSQL may find in pg_catalog, which it searches first. */
  private static boolean systemName(QueryContext q, String name) {
    return name.startsWith("pg_") && !found(q, null, name);
  }

  private static Set<String> candidates(QueryContext q, String schema) {
    Set<String> out = new LinkedHashSet<>();
    List<String> schemas = schema != null ? List.of(schema) : q.catalog.searchPath();
    for (Relation r : q.catalog.relations()) {
      if (schemas.contains(r.schema())) {
        out.add(r.name());
      }
    }
    schemas.forEach(s -> out.addAll(q.catalog.sequenceNames(s)));
    return out;
  }
}
