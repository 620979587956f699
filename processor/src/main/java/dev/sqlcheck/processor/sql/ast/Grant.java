package dev.sqlcheck.processor.sql.ast;

import java.util.List;

/**
 * GRANT and REVOKE of privileges on objects, and of role memberships:
 *
 * <pre>{@code
 * GRANT SELECT, UPDATE (a) ON TABLE t TO app WITH GRANT OPTION
 *   -> Grant(grant, privileges [select, update(a)], "table", [t], grantees [app], grantOption)
 * REVOKE ALL ON SCHEMA public FROM PUBLIC
 *   -> Grant(revoke, privileges [] (ALL), "schema", [public], grantees [public])
 * GRANT admin TO alice  -> Grant(grant, roles, privileges [admin], grantees [alice])
 * }</pre>
 *
 * @param revokeGrantOption whether written {@code REVOKE GRANT OPTION FOR …} ({@code REVOKE
 *     ADMIN|INHERIT|SET OPTION FOR} for roles)
 * @param privileges the privileges (for a role grant: the granted roles); empty for {@code ALL
 *     [PRIVILEGES]} without columns
 * @param objectKind the kind of the objects ({@code table} when not written, {@code sequence},
 *     {@code function}, {@code schema}, …; {@code all tables in schema} and the like), or null for
 *     a role grant
 * @param objects the objects: {@link QualifiedName}s, {@link RoutineSignature}s, or numbers for
 *     large objects; for {@code all … in schema} the schemas
 * @param grantees the roles, {@code public} included
 * @param grantOption {@code WITH GRANT OPTION}, or for a role grant any {@code WITH} option
 * @param grantedBy the {@code GRANTED BY} role, or null
 * @param cascade whether a REVOKE said CASCADE
 */
public record Grant(
    boolean grant,
    boolean revokeGrantOption,
    List<Privilege> privileges,
    String objectKind,
    List<Node> objects,
    List<Identifier> grantees,
    boolean grantOption,
    Identifier grantedBy,
    boolean cascade,
    int start,
    int end)
    implements Statement {
  public Grant {
    privileges = List.copyOf(privileges);
    objects = List.copyOf(objects);
    grantees = List.copyOf(grantees);
  }

  /** Whether this grants or revokes role membership rather than privileges on objects. */
  public boolean roleGrant() {
    return objectKind == null;
  }

  /**
   * One privilege ({@code select}, {@code update (a, b)}, {@code all (a)}, {@code alter system})
   * or, in a role grant, one role.
   *
   * @param name the privilege in lower case, or the role name
   * @param columns the column list, else empty
   */
  public record Privilege(String name, List<Identifier> columns, int start, int end)
      implements Node {
    public Privilege {
      columns = List.copyOf(columns);
    }
  }
}
