package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.catalog.HistoryEvent;
import dev.sqlcheck.processor.catalog.SqlType;
import dev.sqlcheck.processor.sql.ast.Identifier;
import dev.sqlcheck.processor.sql.ast.TypeName;
import java.util.List;
import java.util.Optional;

/**
 * The catalog type a written type name stands for: a built-in type (spelt by SQL key words or by
 * name), a user enum, or a domain (its base type). A name that is neither is not judged: it may
 * come from an extension the schema sources do not describe, so it becomes the wildcard with a "not
 * fully checked" note.
 */
final class TypeNames {
  private final QueryContext q;

  TypeNames(QueryContext q) {
    this.q = q;
  }

  SqlType resolve(TypeName written) {
    SqlType base = base(written);
    if (base.isUnknown() || !written.isArray()) {
      return base;
    }
    return base.array() ? base : base.asArray();
  }

  private SqlType base(TypeName written) {
    List<Identifier> parts = written.name().parts();
    String name = written.name().last().name();
    if (written.systemType()) {
      return SqlType.of(q.dialect.normalizeType(name).name());
    }
    String schema = parts.size() >= 2 ? parts.get(parts.size() - 2).name() : null;
    if (schema == null || schema.equals("pg_catalog")) {
      // A name that is not a key word is looked up as a pg_type name, pg_catalog first: "char"
      // quoted is the one-byte type, not character(1), and "integer" or double are no type.
      SqlType byTypname = q.types.builtinByTypname(name);
      if (byTypname != null) {
        return byTypname;
      }
      if ("pg_catalog".equals(schema)) {
        q.problems.notChecked("type \"" + written.name().dotted() + "\"");
        return SqlType.UNKNOWN;
      }
    }
    Optional<SqlType> user = userType(schema, name);
    if (user.isPresent()) {
      return user.get();
    }
    Optional<HistoryEvent> gone = q.catalog.typeHistory(name);
    q.problems.notChecked(
        "type \""
            + written.name().dotted()
            + (gone.isPresent()
                ? "\", which the schema no longer has: "
                    + History.describe("type", name, gone.get())
                : "\", which is neither built in nor an enum, domain or composite type of the"
                    + " schema (range types are not modelled)"));
    return SqlType.UNKNOWN;
  }

  /**
   * An enum, domain or composite type of the catalog (a table's row type among them), by schema or
   * through the search path.
   */
  private Optional<SqlType> userType(String schema, String name) {
    List<String> schemas = schema != null ? List.of(schema) : q.catalog.searchPath();
    for (String s : schemas) {
      if (q.catalog.enumLabels(s, name).isPresent()) {
        return Optional.of(SqlType.enumOf(name));
      }
      Optional<SqlType> domain = q.catalog.domain(s, name);
      if (domain.isPresent()) {
        return domain;
      }
    }
    SqlType composite = SqlType.of(name);
    boolean sameType =
        schema == null || q.catalog.find(schema, name).map(q.catalog::foundByName).orElse(false);
    return sameType && q.types.isComposite(composite) ? Optional.of(composite) : Optional.empty();
  }
}
