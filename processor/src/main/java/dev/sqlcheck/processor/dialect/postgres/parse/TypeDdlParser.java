package dev.sqlcheck.processor.dialect.postgres.parse;

import static dev.sqlcheck.processor.dialect.postgres.parse.PgKeywords.*;

import dev.sqlcheck.processor.sql.ast.AlterDomain;
import dev.sqlcheck.processor.sql.ast.AlterTable;
import dev.sqlcheck.processor.sql.ast.AlterType;
import dev.sqlcheck.processor.sql.ast.ColumnDef;
import dev.sqlcheck.processor.sql.ast.Constraint;
import dev.sqlcheck.processor.sql.ast.CreateDomain;
import dev.sqlcheck.processor.sql.ast.CreateType;
import dev.sqlcheck.processor.sql.ast.Expr;
import dev.sqlcheck.processor.sql.ast.Identifier;
import dev.sqlcheck.processor.sql.ast.OwnerTo;
import dev.sqlcheck.processor.sql.ast.QualifiedName;
import dev.sqlcheck.processor.sql.ast.RenameTo;
import dev.sqlcheck.processor.sql.ast.SetSchema;
import dev.sqlcheck.processor.sql.ast.Statement;
import dev.sqlcheck.processor.sql.ast.TypeName;
import java.util.ArrayList;
import java.util.List;

/**
 * CREATE TYPE and ALTER TYPE (gram.y {@code DefineStmt} for types, {@code AlterEnumStmt}, {@code
 * AlterCompositeTypeStmt}, {@code AlterTypeStmt} and the type forms of RENAME, SET SCHEMA and OWNER
 * TO), CREATE DOMAIN and ALTER DOMAIN. {@code ALTER DOMAIN … ADD} takes any table constraint up to
 * PostgreSQL 16 and {@code CHECK} or {@code NOT NULL} from 17.
 */
abstract class TypeDdlParser extends AlterTableParser {
  TypeDdlParser(PgTokens tokens, PgGrammar grammar) {
    super(tokens, grammar);
  }

  /** CREATE TYPE, at TYPE. */
  final Statement createType(int s) {
    advance();
    QualifiedName name = anyName();
    List<Expr.StringLiteral> labels = List.of();
    List<ColumnDef> attributes = List.of();
    CreateType.Kind kind = CreateType.Kind.SHELL;
    var definition = List.<dev.sqlcheck.processor.sql.ast.DefinitionElement>of();
    if (is('(')) {
      kind = CreateType.Kind.BASE;
      definition = definition();
    } else if (acceptKw(AS)) {
      if (acceptKw(ENUM)) {
        kind = CreateType.Kind.ENUM;
        labels = enumLabels();
      } else if (acceptKw(RANGE)) {
        kind = CreateType.Kind.RANGE;
        definition = definition();
      } else {
        kind = CreateType.Kind.COMPOSITE;
        attributes = is('(') && kind(1) == ')' ? emptyParens() : columnDefs();
        relationName(name);
      }
    }
    return new CreateType(name, kind, labels, attributes, definition, s, lastEnd());
  }

  private List<ColumnDef> emptyParens() {
    advance();
    advance();
    return List.of();
  }

  private List<Expr.StringLiteral> enumLabels() {
    expect('(');
    List<Expr.StringLiteral> out = new ArrayList<>();
    if (!is(')')) {
      do {
        out.add(sconst());
      } while (accept(','));
    }
    expect(')');
    return out;
  }

  /** {@code makeRangeVarFromAnyName}: at most catalog.schema.name. */
  private void relationName(QualifiedName name) {
    if (name.parts().size() > 3) {
      throw fatal(
          "improper relation name (too many dotted names): " + name.dotted(),
          name.start(),
          name.end());
    }
  }

  /** ALTER TYPE, at TYPE. */
  final Statement alterType(int s) {
    advance();
    QualifiedName name = anyName();
    List<AlterType.Action> actions = new ArrayList<>();
    int a = start();
    if (kw(ADD) && kw(1, VALUE)) {
      actions.add(addValue(a));
    } else if (kw(RENAME)) {
      actions.add(renameInType(a, name));
    } else if (kw(DROP) && kw(1, VALUE) && g.since(17)) {
      advance();
      int v = start();
      advance();
      sconst();
      throw fatal("dropping an enum value is not implemented", null, "0A000", v, v + 5);
    } else if (acceptKw(SET)) {
      if (acceptKw(SCHEMA)) {
        actions.add(new SetSchema(colId(), a, lastEnd()));
      } else {
        var options = definition();
        actions.add(new AlterType.SetOptions(options, a, lastEnd()));
      }
    } else if (kw(OWNER)) {
      advance();
      expectKw(TO);
      actions.add(new OwnerTo(roleSpec(), a, lastEnd()));
    } else {
      do {
        actions.add(attributeCommand());
      } while (accept(','));
      relationName(name);
    }
    return new AlterType(name, actions, s, lastEnd());
  }

  private AlterType.Action addValue(int s) {
    advance();
    advance();
    boolean ine = acceptKw(IF); // a label is a string, so IF can only go on with NOT EXISTS
    if (ine) {
      expectKw(NOT);
      expectKw(EXISTS);
    }
    Expr.StringLiteral value = sconst();
    Expr.StringLiteral neighbor = null;
    boolean after = false;
    if (kw(BEFORE) || kw(AFTER)) {
      after = kw(AFTER);
      advance();
      neighbor = sconst();
    }
    return new AlterType.AddValue(ine, value, neighbor, after, s, lastEnd());
  }

  private AlterType.Action renameInType(int s, QualifiedName name) {
    advance();
    if (acceptKw(VALUE)) {
      Expr.StringLiteral old = sconst();
      expectKw(TO);
      return new AlterType.RenameValue(old, sconst(), s, lastEnd());
    }
    if (acceptKw(ATTRIBUTE)) {
      Identifier attr = colId();
      expectKw(TO);
      Identifier newName = colId();
      boolean cascade = dropBehavior();
      relationName(name);
      return new AlterType.RenameAttribute(attr, newName, cascade, s, lastEnd());
    }
    expectKw(TO);
    return new RenameTo(colId(), s, lastEnd());
  }

  /** {@code alter_type_cmd}: ADD, DROP or ALTER ATTRIBUTE. */
  private AlterType.Action attributeCommand() {
    int s = start();
    if (acceptKw(ADD)) {
      expectKw(ATTRIBUTE);
      int as = start();
      Identifier name = colId();
      TypeName type = typeName();
      QualifiedName coll = acceptKw(COLLATE) ? anyName() : null;
      ColumnDef attr = new ColumnDef(name, type, coll, as, lastEnd());
      return new AlterType.AddAttribute(attr, dropBehavior(), s, lastEnd());
    }
    if (acceptKw(DROP)) {
      expectKw(ATTRIBUTE);
      boolean ie = ifExists();
      Identifier name = colId();
      return new AlterType.DropAttribute(ie, name, dropBehavior(), s, lastEnd());
    }
    expectKw(ALTER);
    expectKw(ATTRIBUTE);
    Identifier name = colId();
    if (acceptKw(SET)) {
      expectKw(DATA);
    }
    expectKw(TYPE);
    TypeName type = typeName();
    QualifiedName coll = acceptKw(COLLATE) ? anyName() : null;
    return new AlterType.AlterAttributeType(name, type, coll, dropBehavior(), s, lastEnd());
  }

  /** CREATE DOMAIN, at DOMAIN. */
  final Statement createDomain(int s) {
    advance();
    QualifiedName name = anyName();
    acceptKw(AS);
    TypeName type = typeName();
    List<Constraint> constraints = columnConstraints();
    return new CreateDomain(name, type, lastCollation, constraints, s, lastEnd());
  }

  /** ALTER DOMAIN, at DOMAIN. */
  final Statement alterDomain(int s) {
    advance();
    QualifiedName name = anyName();
    int a = start();
    AlterDomain.Action action;
    if (kw(SET) || kw(DROP) && !kw(1, CONSTRAINT)) {
      action = domainSetOrDrop(a);
    } else if (acceptKw(ADD)) {
      action = new AlterTable.AddConstraint(domainConstraint(), a, lastEnd());
    } else if (acceptKw(DROP)) {
      advance();
      boolean ie = ifExists();
      Identifier c = colId();
      action = new AlterTable.DropConstraint(ie, c, dropBehavior(), a, lastEnd());
    } else if (acceptKw(VALIDATE)) {
      expectKw(CONSTRAINT);
      action = new AlterTable.ValidateConstraint(colId(), a, lastEnd());
    } else if (acceptKw(RENAME)) {
      action = renameInDomain(a);
    } else {
      expectKw(OWNER);
      expectKw(TO);
      action = new OwnerTo(roleSpec(), a, lastEnd());
    }
    return new AlterDomain(name, action, s, lastEnd());
  }

  private AlterDomain.Action domainSetOrDrop(int s) {
    boolean set = kw(SET);
    advance();
    if (set && kw(SCHEMA)) {
      advance();
      return new SetSchema(colId(), s, lastEnd());
    }
    if (acceptKw(DEFAULT)) {
      return new AlterDomain.SetDefault(set ? aExpr() : null, s, lastEnd());
    }
    expectKw(NOT);
    expectKw(NULL);
    return new AlterDomain.SetNotNull(set, s, lastEnd());
  }

  private AlterDomain.Action renameInDomain(int s) {
    if (acceptKw(CONSTRAINT)) {
      Identifier c = colId();
      expectKw(TO);
      return new AlterTable.RenameConstraint(c, colId(), s, lastEnd());
    }
    expectKw(TO);
    return new RenameTo(colId(), s, lastEnd());
  }

  /**
   * {@code DomainConstraint} (PostgreSQL 17: CHECK or NOT NULL) or, up to 16, any {@code
   * TableConstraint}.
   */
  private Constraint domainConstraint() {
    int s = start();
    int afterName = (kw(CONSTRAINT) && isColId(1)) ? 2 : 0;
    if (kw(afterName, NOT) && kw(afterName + 1, NULL) && g.since(17)) {
      Identifier name = null;
      if (acceptKw(CONSTRAINT)) {
        name = colId();
      }
      advance();
      advance();
      return new Constraint.NotNull(name, null, attributeSpec("NOT NULL", 0), s, lastEnd());
    }
    if (kw(afterName, CHECK) && g.since(17)) {
      Identifier name = null;
      if (acceptKw(CONSTRAINT)) {
        name = colId();
      }
      advance();
      expect('(');
      Expr e = aExpr();
      expect(')');
      var attrs = attributeSpec("CHECK", ALLOW_NOT_VALID | ALLOW_NO_INHERIT);
      return new Constraint.Check(name, e, attrs, s, lastEnd());
    }
    if (!g.before(17)) {
      if (acceptKw(CONSTRAINT)) {
        colId();
      }
      throw fail();
    }
    return tableConstraint();
  }
}
