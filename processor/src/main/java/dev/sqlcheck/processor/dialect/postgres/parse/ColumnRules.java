package dev.sqlcheck.processor.dialect.postgres.parse;

import dev.sqlcheck.processor.sql.ast.ColumnDefinition;
import dev.sqlcheck.processor.sql.ast.Constraint;
import dev.sqlcheck.processor.sql.ast.Identifier;
import dev.sqlcheck.processor.sql.ast.QualifiedName;
import dev.sqlcheck.processor.sql.ast.TypeName;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What PostgreSQL checks in a column definition, a domain's constraints and a type reference after
 * its grammar has accepted them — {@code transformColumnDefinition} and {@code
 * transformConstraintAttrs} in parse_utilcmd.c, {@code DefineDomain}, {@code typenameTypeMod} —
 * where the error is still SQLSTATE 42601 and the catalog is not needed: {@code a int NULL NOT
 * NULL}, {@code DEFAULT 1 DEFAULT 2}, {@code a int DEFERRABLE}, {@code text(5)}… A check stops
 * (returns no problem) where PostgreSQL would first raise an error of another kind.
 */
final class ColumnRules {
  private ColumnRules() {}

  /** Where a column definition stands: its context decides which errors come first. */
  enum Context {
    PLAIN,
    TYPED_TABLE,
    PARTITION
  }

  /** The serial pseudo-types and the type each stands for, as PostgreSQL names it in errors. */
  private static final Map<String, String> SERIALS =
      Map.of(
          "smallserial", "smallint",
          "serial2", "smallint",
          "serial", "integer",
          "serial4", "integer",
          "bigserial", "bigint",
          "serial8", "bigint");

  /** The types of pg_catalog that take a collation. */
  private static final Set<String> COLLATABLE = Set.of("text", "varchar", "bpchar", "name");

  /** The types of pg_catalog (base, range, multirange) that take no type modifier. */
  private static final Set<String> NO_MODIFIER =
      Set.of(
          ("aclitem bool box bytea char cid cidr circle date datemultirange daterange float4 float8"
                  + " gtsvector inet int2 int2vector int4 int4multirange int4range int8 int8multirange"
                  + " int8range json jsonb jsonpath line lseg macaddr macaddr8 money name"
                  + " nummultirange numrange oid oidvector path pg_lsn pg_snapshot point polygon"
                  + " refcursor regclass regcollation regconfig regdictionary regnamespace regoper"
                  + " regoperator regproc regprocedure regrole regtype text tid tsmultirange tsquery"
                  + " tsrange tstzmultirange tstzrange tsvector txid_snapshot uuid xid xid8 xml")
              .split(" "));

  /**
   * A column definition of CREATE TABLE or ALTER TABLE ADD COLUMN, in the order PostgreSQL checks:
   * the serial pseudo-types, the type, the collation, the attribute clauses, then the constraints
   * one by one.
   */
  static AnalysisRules.Problem column(ColumnDefinition c, String table, Context context) {
    TypeName type = c.type();
    String serial = null;
    if (type != null && !type.systemType() && type.name().parts().size() == 1) {
      serial = SERIALS.get(type.name().parts().get(0).name());
    }
    if (serial != null && !type.arrayBounds().isEmpty()) {
      return AnalysisRules.STOP; // 0A000: array of serial is not implemented
    }
    AnalysisRules.Problem p = serial != null ? modifiers(type, serial) : type(type);
    if (p == null && c.collation() != null) {
      p = AnalysisRules.dotted(c.collation(), false);
      if (p == null && (serial != null || !collatable(type))) {
        return AnalysisRules.STOP; // 42804, or a type this parser does not know
      }
    }
    if (p != null) {
      return p;
    }
    List<Constraint> constraints = c.constraints();
    if (serial != null) {
      // PostgreSQL appends the serial's DEFAULT nextval(…) and NOT NULL to what was written.
      constraints = new ArrayList<>(constraints);
      constraints.add(new Constraint.Default(null, null, -1, -1));
      constraints.add(new Constraint.NotNull(null, null, Constraint.Attributes.NONE, -1, -1));
    }
    p = attributes(constraints);
    if (p != null) {
      return p;
    }
    String where = " for column \"" + c.name().name() + "\" of table \"" + table + "\"";
    return constraints(constraints, where, context, c);
  }

  /**
   * A type reference as {@code typenameType} resolves it: too many dotted names, or a type modifier
   * on a built-in type that takes none. Types this parser cannot know (user-defined, from
   * extensions) are let through.
   */
  static AnalysisRules.Problem type(TypeName type) {
    if (type == null || type.systemType()) {
      return null;
    }
    AnalysisRules.Problem p = AnalysisRules.dotted(type.name(), false);
    return p != null ? p : modifiers(type, null);
  }

  private static AnalysisRules.Problem modifiers(TypeName type, String serial) {
    if (type.modifiers().isEmpty()) {
      return null;
    }
    List<Identifier> parts = type.name().parts();
    boolean catalog =
        parts.size() == 1 || parts.size() == 2 && parts.get(0).name().equals("pg_catalog");
    String last = parts.get(parts.size() - 1).name();
    if (serial == null && !(catalog && NO_MODIFIER.contains(last))) {
      return null;
    }
    String shown =
        serial != null ? serial : type.name().dotted() + (type.arrayBounds().isEmpty() ? "" : "[]");
    return new AnalysisRules.Problem(
        "type modifier is not allowed for type \"" + shown + "\"", type.start(), type.end());
  }

  /** Whether the type is one of pg_catalog's that take a collation (an array of one included). */
  private static boolean collatable(TypeName type) {
    if (type == null) {
      return false;
    }
    List<Identifier> parts = type.name().parts();
    boolean catalog =
        parts.size() == 1 || parts.size() == 2 && parts.get(0).name().equals("pg_catalog");
    String last = parts.get(parts.size() - 1).name();
    return catalog && COLLATABLE.contains(last) && !(last.equals("char") && !type.systemType());
  }

  /** {@code transformConstraintAttrs}: where DEFERRABLE, INITIALLY … and ENFORCED may stand. */
  static AnalysisRules.Problem attributes(List<Constraint> constraints) {
    AttributeState state = new AttributeState();
    for (Constraint c : constraints) {
      if (!(c instanceof Constraint.Attribute a)) {
        state = new AttributeState();
        state.last = c;
        continue;
      }
      String message = state.apply(a.clause().toLowerCase(Locale.ROOT));
      if (message != null) {
        return new AnalysisRules.Problem(message, a.start(), a.end());
      }
    }
    return null;
  }

  /** What {@code transformConstraintAttrs} has seen since the last constraint proper. */
  private static final class AttributeState {
    Constraint last;
    boolean sawDeferrability;
    boolean sawInitially;
    boolean sawEnforced;
    boolean deferrable;
    boolean initiallyDeferred;

    /** Takes one attribute clause ("not deferrable", "initially deferred"…); an error or null. */
    String apply(String clause) {
      boolean enforced = clause.endsWith("enforced");
      boolean placed =
          enforced
              ? last instanceof Constraint.Check || last instanceof Constraint.ForeignKey
              : last instanceof Constraint.PrimaryKey
                  || last instanceof Constraint.Unique
                  || last instanceof Constraint.ForeignKey;
      if (!placed) {
        return "misplaced " + clause.toUpperCase(Locale.ROOT) + " clause";
      }
      if (enforced) {
        boolean again = sawEnforced;
        sawEnforced = true;
        return again ? "multiple ENFORCED/NOT ENFORCED clauses not allowed" : null;
      }
      if (clause.endsWith("deferrable")) {
        if (sawDeferrability) {
          return "multiple DEFERRABLE/NOT DEFERRABLE clauses not allowed";
        }
        sawDeferrability = true;
        deferrable = clause.equals("deferrable");
      } else {
        if (sawInitially) {
          return "multiple INITIALLY IMMEDIATE/DEFERRED clauses not allowed";
        }
        sawInitially = true;
        initiallyDeferred = clause.endsWith("deferred");
      }
      boolean conflict = sawInitially && initiallyDeferred && sawDeferrability && !deferrable;
      return conflict ? "constraint declared INITIALLY DEFERRED must be DEFERRABLE" : null;
    }
  }

  /** The column's constraints, in {@code transformColumnDefinition}'s order. */
  private static AnalysisRules.Problem constraints(
      List<Constraint> constraints, String where, Context context, ColumnDefinition c) {
    ColumnState s = new ColumnState();
    for (Constraint k : constraints) {
      String message;
      if (k instanceof Constraint.Identity || k instanceof Constraint.Generated) {
        if (context != Context.PLAIN) {
          return AnalysisRules.STOP; // 0A000: not supported on typed tables and partitions
        }
        if (k instanceof Constraint.Identity id && !s.sawIdentity) {
          AnalysisRules.Problem name = SequenceRules.sequenceNames(id.options());
          if (name != null) {
            return name; // generateSerialExtraStmts, after the check for a second identity
          }
        }
        message = k instanceof Constraint.Identity ? s.identity() : s.generated();
      } else {
        message = s.other(k);
      }
      if (message == null) {
        message = s.clash();
      }
      if (message != null) {
        boolean appended = k.start() < 0; // PostgreSQL gives no position; the column's is ours
        return new AnalysisRules.Problem(
            message + where, appended ? c.start() : k.start(), appended ? c.end() : k.end());
      }
    }
    return null;
  }

  /** What {@code transformColumnDefinition} has seen of a column so far. */
  private static final class ColumnState {
    boolean sawNullable;
    boolean notNull;
    boolean sawDefault;
    boolean sawIdentity;
    boolean sawGenerated;

    String other(Constraint k) {
      if (k instanceof Constraint.Null || k instanceof Constraint.NotNull) {
        boolean wantsNotNull = k instanceof Constraint.NotNull;
        if (sawNullable && notNull != wantsNotNull) {
          return "conflicting NULL/NOT NULL declarations";
        }
        sawNullable = true;
        notNull = wantsNotNull;
      } else if (k instanceof Constraint.Default) {
        if (sawDefault) {
          return "multiple default values specified";
        }
        sawDefault = true;
      }
      return null;
    }

    String identity() {
      if (sawIdentity) {
        return "multiple identity specifications";
      }
      sawIdentity = true;
      if (sawNullable && !notNull) {
        return "conflicting NULL/NOT NULL declarations";
      }
      sawNullable = true;
      notNull = true;
      return null;
    }

    String generated() {
      if (sawGenerated) {
        return "multiple generation clauses specified";
      }
      sawGenerated = true;
      return null;
    }

    String clash() {
      if (sawDefault && sawIdentity) {
        return "both default and identity specified";
      }
      if (sawDefault && sawGenerated) {
        return "both default and generation expression specified";
      }
      if (sawIdentity && sawGenerated) {
        return "both identity and generation expression specified";
      }
      return null;
    }
  }

  /** {@code DefineDomain}: the domain's type, collation and constraints. */
  static AnalysisRules.Problem domain(
      TypeName type, QualifiedName collation, List<Constraint> constraints) {
    AnalysisRules.Problem p = type(type);
    if (p == null && collation != null) {
      p = AnalysisRules.dotted(collation, false);
      if (p == null && !collatable(type)) {
        return AnalysisRules.STOP; // 42804, or a type this parser does not know
      }
    }
    if (p != null) {
      return p;
    }
    boolean sawDefault = false;
    boolean nullDefined = false;
    boolean notNull = false;
    for (Constraint c : constraints) {
      String message = null;
      if (c instanceof Constraint.Default) {
        message = sawDefault ? "multiple default expressions" : null;
        sawDefault = true;
      } else if (c instanceof Constraint.Null || c instanceof Constraint.NotNull) {
        boolean wantsNotNull = c instanceof Constraint.NotNull;
        message =
            nullDefined && notNull != wantsNotNull ? "conflicting NULL/NOT NULL constraints" : null;
        nullDefined = true;
        notNull = wantsNotNull;
      } else if (c instanceof Constraint.Check k) {
        if (k.attributes().noInherit()) {
          return AnalysisRules.STOP; // 42P17
        }
      } else {
        message = notForDomains(c);
        if (message == null) {
          return AnalysisRules.STOP; // deferrability (0A000), GENERATED and identity (XX000)
        }
      }
      if (message != null) {
        return new AnalysisRules.Problem(message, c.start(), c.end());
      }
    }
    return null;
  }

  /** The message for a constraint kind a domain cannot have, or null. */
  static String notForDomains(Constraint c) {
    if (c instanceof Constraint.Unique) {
      return "unique constraints not possible for domains";
    }
    if (c instanceof Constraint.PrimaryKey) {
      return "primary key constraints not possible for domains";
    }
    if (c instanceof Constraint.ForeignKey) {
      return "foreign key constraints not possible for domains";
    }
    if (c instanceof Constraint.Exclude) {
      return "exclusion constraints not possible for domains";
    }
    return null;
  }
}
