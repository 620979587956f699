package dev.sqlcheck.processor.dialect.postgres.parse;

import static dev.sqlcheck.processor.dialect.postgres.parse.PgKeywords.*;

import dev.sqlcheck.processor.sql.ast.Constraint;
import dev.sqlcheck.processor.sql.ast.Expr;
import dev.sqlcheck.processor.sql.ast.Identifier;
import dev.sqlcheck.processor.sql.ast.QualifiedName;
import java.util.ArrayList;
import java.util.List;

/**
 * Column and table constraints (gram.y {@code ColQualList}, {@code ColConstraintElem}, {@code
 * ConstraintAttr}, {@code TableConstraint}, {@code ConstraintElem}); foreign keys and attribute
 * clauses are in {@link ForeignKeyParser}. Version gates: {@code NULLS [NOT] DISTINCT} and {@code
 * SET NULL (cols)} from 15; {@code NOT NULL col}, {@code [NOT] ENFORCED}, {@code NOT NULL … NO
 * INHERIT}, {@code WITHOUT OVERLAPS}, {@code PERIOD} and optional {@code STORED} from 18.
 */
abstract class ConstraintParser extends ForeignKeyParser {
  ConstraintParser(PgTokens tokens, PgGrammar grammar) {
    super(tokens, grammar);
  }

  /** The {@code COLLATE} that {@link #columnConstraints} found, or null. */
  QualifiedName lastCollation;

  /**
   * {@code ColQualList}: column constraints, attribute clauses and at most one {@code COLLATE}
   * (which goes to {@link #lastCollation}, as {@code SplitColQualList} does).
   */
  final List<Constraint> columnConstraints() {
    List<Constraint> out = new ArrayList<>();
    QualifiedName collation = null;
    while (true) {
      if (kw(COLLATE)) {
        int s = start();
        advance();
        QualifiedName c = anyName();
        if (collation != null) {
          throw fatal("multiple COLLATE clauses not allowed", s, s + 7);
        }
        collation = c;
      } else if (startsConstraintAttribute()) {
        out.add(constraintAttribute());
      } else if (kw(CONSTRAINT)) {
        int s = start();
        advance();
        Identifier name = colId();
        out.add(columnConstraint(name, s));
      } else if (startsColumnConstraint()) {
        out.add(columnConstraint(null, start()));
      } else if (kw(NOT)) {
        advance(); // NOT NULL, NOT DEFERRABLE…: PostgreSQL's parser notices at the next token
        throw fail();
      } else {
        lastCollation = collation;
        return out;
      }
    }
  }

  private boolean startsColumnConstraint() {
    if (!is(Tok.KEYWORD)) {
      return false;
    }
    switch (t.keyword[p]) {
      case NULL, UNIQUE, PRIMARY, CHECK, DEFAULT, GENERATED, REFERENCES:
        return true;
      case NOT:
        return kw(1, NULL);
      default:
        return false;
    }
  }

  private boolean startsConstraintAttribute() {
    if (kw(DEFERRABLE) || kw(INITIALLY) || kw(ENFORCED) && g.since(18)) {
      return true;
    }
    return kw(NOT) && (kw(1, DEFERRABLE) || kw(1, ENFORCED) && g.since(18));
  }

  private Constraint constraintAttribute() {
    int s = start();
    int from = p;
    if (acceptKw(INITIALLY)) {
      if (!acceptKw(DEFERRED)) {
        expectKw(IMMEDIATE);
      }
    } else {
      acceptKw(NOT);
      advance(); // DEFERRABLE or ENFORCED
    }
    return new Constraint.Attribute(words(from), s, lastEnd());
  }

  /** {@code ColConstraintElem}, after an optional {@code CONSTRAINT name} starting at s. */
  private Constraint columnConstraint(Identifier name, int s) {
    if (!is(Tok.KEYWORD)) {
      throw fail();
    }
    switch (t.keyword[p]) {
      case NOT:
        advance();
        expectKw(NULL);
        boolean noInherit = g.since(18) && acceptKw(NO);
        if (noInherit) {
          expectKw(INHERIT);
        }
        return new Constraint.NotNull(
            name,
            null,
            new Constraint.Attributes(null, null, false, noInherit, null),
            s,
            lastEnd());
      case NULL:
        advance();
        return new Constraint.Null(name, s, lastEnd());
      case UNIQUE:
        return columnUnique(name, s);
      case PRIMARY:
        advance();
        expectKw(KEY);
        List<Identifier> opts = optDefinition();
        Identifier space = consTablespace();
        return new Constraint.PrimaryKey(
            name,
            List.of(),
            false,
            List.of(),
            null,
            opts,
            space,
            Constraint.Attributes.NONE,
            s,
            lastEnd());
      case CHECK:
        return columnCheck(name, s);
      case DEFAULT:
        advance();
        return new Constraint.Default(name, bExpr(), s, lastEnd());
      case GENERATED:
        return generated(name, s);
      case REFERENCES:
        return references(name, List.of(), false, Constraint.Attributes.NONE, s);
      default:
        throw fail();
    }
  }

  private Constraint columnUnique(Identifier name, int s) {
    advance();
    boolean notDistinct = nullsTreatment();
    List<Identifier> opts = optDefinition();
    Identifier space = consTablespace();
    return new Constraint.Unique(
        name,
        notDistinct,
        List.of(),
        false,
        List.of(),
        null,
        opts,
        space,
        Constraint.Attributes.NONE,
        s,
        lastEnd());
  }

  private Constraint columnCheck(Identifier name, int s) {
    advance();
    expect('(');
    Expr e = aExpr();
    expect(')');
    boolean noInherit = acceptKw(NO);
    if (noInherit) {
      expectKw(INHERIT);
    }
    return new Constraint.Check(
        name, e, new Constraint.Attributes(null, null, false, noInherit, null), s, lastEnd());
  }

  /** {@code opt_unique_null_treatment} (PostgreSQL 15): true for NULLS NOT DISTINCT. */
  final boolean nullsTreatment() {
    if (!kw(NULLS) || !g.since(15)) {
      return false;
    }
    advance();
    boolean not = acceptKw(NOT);
    expectKw(DISTINCT);
    return not;
  }

  /** {@code OptConsTableSpace}: {@code USING INDEX TABLESPACE name}. */
  final Identifier consTablespace() {
    if (kw(USING) && kw(1, INDEX) && kw(2, TABLESPACE)) {
      advance();
      advance();
      advance();
      return colId();
    }
    return null;
  }

  /** {@code GENERATED … AS IDENTITY [(options)]} or {@code GENERATED ALWAYS AS (expr) …}. */
  private Constraint generated(Identifier name, int s) {
    advance();
    int when = start();
    boolean always = acceptKw(ALWAYS);
    if (!always) {
      expectKw(BY);
      expectKw(DEFAULT);
    }
    expectKw(AS);
    if (acceptKw(IDENTITY)) {
      return new Constraint.Identity(name, always, parenSeqOptions(), s, lastEnd());
    }
    expect('(');
    Expr e = aExpr();
    expect(')');
    boolean virtual;
    if (kw(VIRTUAL) && g.since(18)) {
      advance();
      virtual = true;
    } else if (g.since(18) && !kw(STORED)) {
      virtual = true;
    } else {
      expectKw(STORED);
      virtual = false;
    }
    if (!always) {
      throw fatal("for a generated column, GENERATED ALWAYS must be specified", when, when + 2);
    }
    return new Constraint.Generated(name, e, virtual, s, lastEnd());
  }

  /** Whether a table constraint starts here (also a CONSTRAINT name). */
  final boolean startsTableConstraint() {
    if (!is(Tok.KEYWORD)) {
      return false;
    }
    switch (t.keyword[p]) {
      case CONSTRAINT, CHECK, UNIQUE, PRIMARY, FOREIGN:
        return true;
      case EXCLUDE:
        return kw(1, USING) || kind(1) == '(';
      case NOT:
        return kw(1, NULL);
      default:
        return false;
    }
  }

  /** {@code TableConstraint}: {@code [CONSTRAINT name] ConstraintElem}. */
  final Constraint tableConstraint() {
    int s = start();
    Identifier name = null;
    if (acceptKw(CONSTRAINT)) {
      name = colId();
    }
    if (!is(Tok.KEYWORD)) {
      throw fail();
    }
    switch (t.keyword[p]) {
      case CHECK:
        advance();
        expect('(');
        Expr e = aExpr();
        expect(')');
        return new Constraint.Check(
            name,
            e,
            attributeSpec("CHECK", ALLOW_NOT_VALID | ALLOW_NO_INHERIT | ALLOW_ENFORCED),
            s,
            lastEnd());
      case NOT:
        if (!g.since(18)) {
          throw fail();
        }
        advance();
        expectKw(NULL);
        Identifier col = colId();
        return new Constraint.NotNull(
            name, col, attributeSpec("NOT NULL", ALLOW_NO_INHERIT | ALLOW_NOT_VALID), s, lastEnd());
      case UNIQUE, PRIMARY:
        return new KeyConstraints(this).key(name, s);
      case EXCLUDE:
        return new KeyConstraints(this).exclude(name, s);
      case FOREIGN:
        return foreignKey(name, s);
      default:
        throw fail();
    }
  }
}
