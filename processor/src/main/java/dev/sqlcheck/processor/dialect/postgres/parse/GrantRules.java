package dev.sqlcheck.processor.dialect.postgres.parse;

import dev.sqlcheck.processor.sql.ast.Grant;
import java.util.Map;
import java.util.Set;

/**
 * What {@code ExecuteGrantStmt} checks in the privileges of GRANT and REVOKE on objects once the
 * objects are found: a privilege name PostgreSQL does not know is SQLSTATE 42601 ({@code
 * string_to_privilege}); one it knows but the object kind does not take is 0LP01, where the check
 * stops. Column privileges are checked after the others. Role grants name roles, not privileges.
 */
final class GrantRules {
  private GrantRules() {}

  private static final Set<String> TABLE =
      Set.of(
          "select", "insert", "update", "delete", "truncate", "references", "trigger", "maintain");
  private static final Set<String> EXECUTE = Set.of("execute");
  private static final Set<String> USAGE = Set.of("usage");

  /** The privileges each object kind takes ({@code ACL_ALL_RIGHTS_…}). */
  private static final Map<String, Set<String>> BY_KIND =
      Map.ofEntries(
          Map.entry("table", TABLE),
          Map.entry("all tables in schema", TABLE),
          Map.entry("sequence", Set.of("usage", "select", "update")),
          Map.entry("all sequences in schema", Set.of("usage", "select", "update")),
          Map.entry("function", EXECUTE),
          Map.entry("procedure", EXECUTE),
          Map.entry("routine", EXECUTE),
          Map.entry("all functions in schema", EXECUTE),
          Map.entry("all procedures in schema", EXECUTE),
          Map.entry("all routines in schema", EXECUTE),
          Map.entry("database", Set.of("create", "connect", "temporary", "temp")),
          Map.entry("domain", USAGE),
          Map.entry("type", USAGE),
          Map.entry("language", USAGE),
          Map.entry("foreign data wrapper", USAGE),
          Map.entry("server", USAGE),
          Map.entry("large object", Set.of("select", "update")),
          Map.entry("schema", Set.of("usage", "create")),
          Map.entry("tablespace", Set.of("create")),
          Map.entry("parameter", Set.of("set", "alter system")));

  private static final Set<String> COLUMN = Set.of("select", "insert", "update", "references");

  static AnalysisRules.Problem privileges(Grant grant, PgGrammar g) {
    Set<String> allowed = grant.objectKind() == null ? null : BY_KIND.get(grant.objectKind());
    if (allowed == null) {
      return null; // a role grant, or a kind this check does not know
    }
    boolean relation = allowed == TABLE;
    for (Grant.Privilege p : grant.privileges()) {
      String n = p.name();
      if (!p.columns().isEmpty()) {
        if (!relation) {
          return AnalysisRules.STOP; // 0LP01: column privileges are only valid for relations
        }
      } else if (!known(n, g)) {
        return unrecognized(p);
      } else if (!allowed.contains(n) && !n.equals("rule")) {
        return AnalysisRules.STOP; // 0LP01: invalid privilege type for the kind
      }
    }
    for (Grant.Privilege p : grant.privileges()) {
      String n = p.name();
      if (!p.columns().isEmpty() && !n.equals("all")) {
        if (!known(n, g)) {
          return unrecognized(p);
        }
        if (!COLUMN.contains(n)) {
          return AnalysisRules.STOP; // 0LP01: invalid privilege type for column
        }
      }
    }
    return null;
  }

  private static AnalysisRules.Problem unrecognized(Grant.Privilege p) {
    return new AnalysisRules.Problem(
        "unrecognized privilege type \"" + p.name() + "\"", p.start(), p.end());
  }

  /** {@code string_to_privilege}: RULE is still known (and ignored). */
  private static boolean known(String n, PgGrammar g) {
    switch (n) {
      case "insert",
      "select",
      "update",
      "delete",
      "truncate",
      "references",
      "trigger",
      "execute",
      "usage",
      "create",
      "temporary",
      "temp",
      "connect",
      "rule":
        return true;
      case "set", "alter system":
        return g.since(15);
      case "maintain":
        return g.since(17);
      default:
        return false;
    }
  }
}
