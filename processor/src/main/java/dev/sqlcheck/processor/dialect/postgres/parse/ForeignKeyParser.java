package dev.sqlcheck.processor.dialect.postgres.parse;

import static dev.sqlcheck.processor.dialect.postgres.parse.PgKeywords.*;

import dev.sqlcheck.processor.sql.ast.Constraint;
import dev.sqlcheck.processor.sql.ast.Identifier;
import dev.sqlcheck.processor.sql.ast.QualifiedName;
import java.util.ArrayList;
import java.util.List;

/**
 * Foreign keys (gram.y {@code REFERENCES …} after a column and {@code FOREIGN KEY …} as a table
 * constraint, with {@code key_match} and {@code key_actions}) and {@code ConstraintAttributeSpec}
 * with the checks {@code processCASbits} makes while parsing. Version gates: {@code SET NULL
 * (cols)} from 15; {@code PERIOD} and {@code [NOT] ENFORCED} from 18.
 */
abstract class ForeignKeyParser extends VariableSetParser {
  ForeignKeyParser(PgTokens tokens, PgGrammar grammar) {
    super(tokens, grammar);
  }

  /** {@code REFERENCES table [(cols)] [MATCH …] [ON DELETE|UPDATE …]}. */
  final Constraint references(
      Identifier name, List<Identifier> cols, boolean period, Constraint.Attributes attrs, int s) {
    expectKw(REFERENCES);
    QualifiedName table = qualifiedName();
    List<Identifier> refCols = List.of();
    boolean refPeriod = false;
    if (accept('(')) {
      refCols = new ArrayList<>();
      refPeriod = columnsWithPeriod(refCols);
      expect(')');
    }
    String match = keyMatch();
    Constraint.Action onDelete = Constraint.Action.NONE;
    Constraint.Action onUpdate = Constraint.Action.NONE;
    for (int i = 0; i < 2 && kw(ON); i++) {
      int on = start();
      advance();
      if (onDelete == Constraint.Action.NONE && acceptKw(DELETE)) {
        onDelete = keyAction();
      } else if (onUpdate == Constraint.Action.NONE) {
        expectKw(UPDATE);
        onUpdate = keyAction();
        if (!onUpdate.columns().isEmpty()) {
          throw fatal(
              "a column list with "
                  + (onUpdate.kind() == Constraint.ActionKind.SET_NULL ? "SET NULL" : "SET DEFAULT")
                  + " is only supported for ON DELETE actions",
              null,
              "0A000",
              on,
              on + 2);
        }
      } else {
        expectKw(DELETE);
        onDelete = keyAction();
      }
    }
    if (attrs == null) {
      attrs = attributeSpec("FOREIGN KEY", ALLOW_DEFERRAL | ALLOW_NOT_VALID | ALLOW_ENFORCED);
    }
    return new Constraint.ForeignKey(
        name, cols, period, table, refCols, refPeriod, match, onDelete, onUpdate, attrs, s,
        lastEnd());
  }

  /**
   * {@code columnList [, PERIOD column]} into {@code out}: whether the PERIOD form (PostgreSQL 18)
   * ended it.
   */
  private boolean columnsWithPeriod(List<Identifier> out) {
    out.add(colId());
    while (accept(',')) {
      if (kw(PERIOD) && isColId(1) && g.since(18)) {
        advance();
        out.add(colId());
        return true;
      }
      out.add(colId());
    }
    return false;
  }

  private String keyMatch() {
    if (!kw(MATCH)) {
      return null;
    }
    int s = start();
    advance();
    if (kw(FULL) || kw(SIMPLE)) {
      String m = t.value[p];
      advance();
      return m;
    }
    expectKw(PARTIAL);
    throw fatal("MATCH PARTIAL not yet implemented", null, "0A000", s, s + 5);
  }

  private Constraint.Action keyAction() {
    if (acceptKw(NO)) {
      expectKw(ACTION);
      return new Constraint.Action(Constraint.ActionKind.NO_ACTION, List.of());
    }
    if (acceptKw(RESTRICT)) {
      return new Constraint.Action(Constraint.ActionKind.RESTRICT, List.of());
    }
    if (acceptKw(CASCADE)) {
      return new Constraint.Action(Constraint.ActionKind.CASCADE, List.of());
    }
    expectKw(SET);
    Constraint.ActionKind kind = Constraint.ActionKind.SET_NULL;
    if (!acceptKw(NULL)) {
      expectKw(DEFAULT);
      kind = Constraint.ActionKind.SET_DEFAULT;
    }
    List<Identifier> cols = is('(') && g.since(15) ? parenColumns() : List.of();
    return new Constraint.Action(kind, cols);
  }

  final Constraint foreignKey(Identifier name, int s) {
    advance();
    expectKw(KEY);
    expect('(');
    List<Identifier> cols = new ArrayList<>();
    boolean period = columnsWithPeriod(cols);
    expect(')');
    return references(name, cols, period, null, s);
  }

  static final int ALLOW_DEFERRAL = 1;
  static final int ALLOW_NOT_VALID = 2;
  static final int ALLOW_NO_INHERIT = 4;
  static final int ALLOW_ENFORCED = 8;

  private static final int CAS_NOT_DEFERRABLE = 1;
  private static final int CAS_DEFERRABLE = 2;
  private static final int CAS_INITIALLY_IMMEDIATE = 4;
  private static final int CAS_INITIALLY_DEFERRED = 8;
  private static final int CAS_NOT_VALID = 16;
  private static final int CAS_NO_INHERIT = 32;
  private static final int CAS_NOT_ENFORCED = 64;
  private static final int CAS_ENFORCED = 128;

  /**
   * {@code ConstraintAttributeSpec} and {@code processCASbits}: conflicting clauses are syntax
   * errors; clauses the constraint kind does not take are {@code 0A000} errors naming it.
   */
  final Constraint.Attributes attributeSpec(String what, int allowed) {
    int s = start();
    int bits = 0;
    while (true) {
      int e = start();
      int bit = attributeClause();
      if (bit == 0) {
        break;
      }
      bits |= bit;
      if (all(bits, CAS_NOT_DEFERRABLE | CAS_INITIALLY_DEFERRED)) {
        throw fatal("constraint declared INITIALLY DEFERRED must be DEFERRABLE", e, lastEnd());
      }
      if (all(bits, CAS_NOT_DEFERRABLE | CAS_DEFERRABLE)
          || all(bits, CAS_INITIALLY_IMMEDIATE | CAS_INITIALLY_DEFERRED)
          || all(bits, CAS_NOT_ENFORCED | CAS_ENFORCED)) {
        throw fatal("conflicting constraint properties", e, lastEnd());
      }
    }
    checkAllowed(what, allowed, s, bits);
    return new Constraint.Attributes(
        all(bits, CAS_DEFERRABLE) ? Boolean.TRUE : all(bits, CAS_NOT_DEFERRABLE) ? false : null,
        all(bits, CAS_INITIALLY_DEFERRED)
            ? Boolean.TRUE
            : all(bits, CAS_INITIALLY_IMMEDIATE) ? false : null,
        all(bits, CAS_NOT_VALID),
        all(bits, CAS_NO_INHERIT),
        all(bits, CAS_ENFORCED) ? Boolean.TRUE : all(bits, CAS_NOT_ENFORCED) ? false : null);
  }

  private static boolean all(int bits, int mask) {
    return (bits & mask) == mask;
  }

  /** One {@code ConstraintAttributeElem}, consumed, as its bit; 0 if none starts here. */
  private int attributeClause() {
    if (acceptKw(DEFERRABLE)) {
      return CAS_DEFERRABLE;
    }
    if (acceptKw(INITIALLY)) {
      if (acceptKw(DEFERRED)) {
        return CAS_INITIALLY_DEFERRED;
      }
      expectKw(IMMEDIATE);
      return CAS_INITIALLY_IMMEDIATE;
    }
    if (g.since(18) && acceptKw(ENFORCED)) {
      return CAS_ENFORCED;
    }
    if (acceptKw(NOT)) {
      if (acceptKw(DEFERRABLE)) {
        return CAS_NOT_DEFERRABLE;
      }
      if (g.since(18) && acceptKw(ENFORCED)) {
        return CAS_NOT_ENFORCED;
      }
      expectKw(VALID);
      return CAS_NOT_VALID;
    }
    if (acceptKw(NO)) {
      expectKw(INHERIT);
      return CAS_NO_INHERIT;
    }
    return 0;
  }

  private void checkAllowed(String what, int allowed, int s, int bits) {
    String bad = null;
    if ((allowed & ALLOW_DEFERRAL) == 0
        && (bits & (CAS_DEFERRABLE | CAS_INITIALLY_DEFERRED)) != 0) {
      bad = "DEFERRABLE";
    } else if ((allowed & ALLOW_NOT_VALID) == 0 && all(bits, CAS_NOT_VALID)) {
      bad = "NOT VALID";
    } else if ((allowed & ALLOW_NO_INHERIT) == 0 && all(bits, CAS_NO_INHERIT)) {
      bad = "NO INHERIT";
    } else if ((allowed & ALLOW_ENFORCED) == 0 && (bits & (CAS_NOT_ENFORCED | CAS_ENFORCED)) != 0) {
      bad = all(bits, CAS_NOT_ENFORCED) ? "NOT ENFORCED" : "ENFORCED";
    }
    if (bad != null) {
      throw fatal(what + " constraints cannot be marked " + bad, null, "0A000", s, lastEnd());
    }
  }
}
