package dev.sqlcheck.processor.dialect.postgres.parse;

import static dev.sqlcheck.processor.dialect.postgres.parse.PgKeywords.*;

import dev.sqlcheck.processor.sql.ast.Grant;
import dev.sqlcheck.processor.sql.ast.Identifier;
import dev.sqlcheck.processor.sql.ast.Node;
import dev.sqlcheck.processor.sql.ast.QualifiedName;
import dev.sqlcheck.processor.sql.ast.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * GRANT and REVOKE of privileges and of roles (gram.y {@code GrantStmt}, {@code RevokeStmt}, {@code
 * GrantRoleStmt}, {@code RevokeRoleStmt}). A privilege grant is told from a role grant by the
 * {@code ON} after the privileges. Version gates: {@code ALTER SYSTEM} and {@code ON PARAMETER}
 * from 15; role grant options {@code WITH name OPTION|TRUE|FALSE} and {@code REVOKE name OPTION
 * FOR} from 16 (15: ADMIN only).
 */
abstract class GrantParser extends UtilityParser {
  GrantParser(PgTokens tokens, PgGrammar grammar) {
    super(tokens, grammar);
  }

  /** GRANT or REVOKE, at its key word. */
  final Statement grant(int s) {
    boolean grant = kw(GRANT);
    advance();
    boolean optionFor = false;
    if (!grant && kw(GRANT)) { // reserved: only REVOKE GRANT OPTION FOR can go on
      advance();
      expectKw(OPTION);
      expectKw(FOR);
      optionFor = true;
    } else if (!grant && isColId() && kw(1, OPTION) && kw(2, FOR) && (g.since(16) || kw(ADMIN))) {
      return revokeRoleOption(s);
    }
    List<Grant.Privilege> privileges = privileges();
    if (!kw(ON)) {
      if (optionFor || privileges.isEmpty()) {
        throw fail();
      }
      return roleGrant(s, grant, false, privileges);
    }
    advance();
    List<Node> objects = new ArrayList<>();
    String kind = target(objects);
    if (grant) {
      expectKw(TO);
    } else {
      expectKw(FROM);
    }
    List<Identifier> grantees = grantees();
    boolean grantOption = grant && withOption(GRANT);
    Identifier by = grantedBy();
    boolean cascade = !grant && dropBehavior();
    return new Grant(
        grant,
        optionFor,
        privileges,
        kind,
        objects,
        grantees,
        grantOption,
        by,
        cascade,
        s,
        lastEnd());
  }

  /** {@code WITH GRANT OPTION} (or another {@code WITH x OPTION}), consumed if there. */
  private boolean withOption(int what) {
    if (!kw(WITH) || !kw(1, what)) {
      return false;
    }
    advance();
    advance();
    expectKw(OPTION);
    return true;
  }

  private Statement revokeRoleOption(int s) {
    advance();
    advance();
    advance();
    List<Grant.Privilege> roles = privilegeList();
    return roleGrant(s, false, true, roles);
  }

  private Statement roleGrant(
      int s, boolean grant, boolean optionFor, List<Grant.Privilege> roles) {
    if (grant) {
      expectKw(TO);
    } else {
      expectKw(FROM);
    }
    List<Identifier> grantees = roleList();
    boolean withOption = false;
    if (grant && (kw(WITH) || kw(PgTokens.WITH_LA))) {
      advance();
      withOption = true;
      if (g.since(16)) {
        do {
          colLabel();
          if (!acceptKw(OPTION) && !acceptKw(TRUE)) {
            expectKw(FALSE);
          }
        } while (accept(','));
      } else {
        expectKw(ADMIN);
        expectKw(OPTION);
      }
    }
    Identifier by = grantedBy();
    boolean cascade = !grant && dropBehavior();
    return new Grant(
        grant, optionFor, roles, null, List.of(), grantees, withOption, by, cascade, s, lastEnd());
  }

  private Identifier grantedBy() {
    if (kw(GRANTED)) {
      advance();
      expectKw(BY);
      return roleSpec();
    }
    return null;
  }

  /** {@code privileges}: a list, or ALL [PRIVILEGES] [(columns)] (an empty list). */
  private List<Grant.Privilege> privileges() {
    if (kw(ALL)) {
      int s = start();
      advance();
      acceptKw(PRIVILEGES);
      if (is('(')) {
        List<Identifier> cols = parenColumns();
        return List.of(new Grant.Privilege("all", cols, s, lastEnd()));
      }
      return List.of();
    }
    return privilegeList();
  }

  private List<Grant.Privilege> privilegeList() {
    List<Grant.Privilege> out = new ArrayList<>();
    do {
      int s = start();
      String name;
      if (kw(SELECT) || kw(REFERENCES) || kw(CREATE)) {
        name = t.value[p];
        advance();
      } else if (kw(ALTER) && kw(1, SYSTEM) && g.since(15)) {
        advance();
        advance();
        name = "alter system";
      } else {
        name = colId().name();
      }
      List<Identifier> cols = is('(') ? parenColumns() : List.of();
      out.add(new Grant.Privilege(name, cols, s, lastEnd()));
    } while (accept(','));
    return out;
  }

  /** {@code grantee_list}: roles, each optionally after GROUP. */
  private List<Identifier> grantees() {
    List<Identifier> out = new ArrayList<>();
    do {
      acceptKw(GROUP);
      out.add(roleSpec());
    } while (accept(','));
    return out;
  }

  /** {@code privilege_target}: the objects into {@code out}; returns the object kind. */
  private String target(List<Node> out) {
    int from = p;
    if (kw(ALL)
        && (kw(1, TABLES)
            || kw(1, SEQUENCES)
            || kw(1, FUNCTIONS)
            || kw(1, PROCEDURES)
            || kw(1, ROUTINES))) {
      advance();
      advance();
      expectKw(IN);
      expectKw(SCHEMA);
      String kind = words(from);
      out.addAll(nameListAsNames());
      return kind;
    }
    if (kw(ALL) || kw(FOREIGN) && !kw(1, DATA) && !kw(1, SERVER)) {
      advance(); // PostgreSQL's parser notices at the next token
      throw fail();
    }
    if (kw(FOREIGN)) {
      advance();
      if (acceptKw(DATA)) {
        expectKw(WRAPPER);
      } else {
        advance();
      }
      String kind = words(from);
      out.addAll(nameListAsNames());
      return kind.equals("foreign server") ? "server" : kind;
    }
    if (kw(TABLE) || !namesObject(1) && startsKind()) {
      return kindTarget(out);
    }
    out.addAll(qualifiedNameList());
    return "table";
  }

  /** Whether a {@code privilege_target} object kind other than TABLE starts here. */
  private boolean startsKind() {
    if (!is(Tok.KEYWORD)) {
      return false;
    }
    switch (t.keyword[p]) {
      case SEQUENCE,
      FUNCTION,
      PROCEDURE,
      ROUTINE,
      DATABASE,
      DOMAIN,
      LANGUAGE,
      SCHEMA,
      TABLESPACE,
      TYPE:
        return true;
      case PARAMETER:
        return g.since(15);
      case LARGE:
        return kw(1, OBJECT);
      default:
        return false;
    }
  }

  /** Whether the word before token {@code ahead} is an object's name rather than a kind. */
  private boolean namesObject(int ahead) {
    int k = kind(ahead);
    return k == ',' || k == '.' || kw(ahead, TO) || kw(ahead, FROM);
  }

  private String kindTarget(List<Node> out) {
    String kind = t.value[p];
    int k = t.keyword[p];
    advance();
    switch (k) {
      case TABLE, SEQUENCE:
        out.addAll(qualifiedNameList());
        break;
      case FUNCTION, PROCEDURE, ROUTINE:
        do {
          out.add(routineSignature());
        } while (accept(','));
        break;
      case DOMAIN, TYPE:
        out.addAll(anyNameList());
        break;
      case LARGE:
        advance();
        kind = "large object";
        do {
          out.add(numericOnly());
        } while (accept(','));
        break;
      case PARAMETER:
        do {
          int s = start();
          String name = varName();
          out.add(QualifiedName.of(new Identifier(name, false, s, lastEnd())));
        } while (accept(','));
        break;
      default:
        out.addAll(nameListAsNames());
        break;
    }
    return kind;
  }
}
