package dev.sqlcheck.processor.dialect.postgres.parse;

import static dev.sqlcheck.processor.dialect.postgres.parse.PgKeywords.*;

import dev.sqlcheck.processor.sql.ast.AlterObject;
import dev.sqlcheck.processor.sql.ast.FunctionOption;
import dev.sqlcheck.processor.sql.ast.Identifier;
import dev.sqlcheck.processor.sql.ast.OwnerTo;
import dev.sqlcheck.processor.sql.ast.QualifiedName;
import dev.sqlcheck.processor.sql.ast.RenameTo;
import dev.sqlcheck.processor.sql.ast.RoutineSignature;
import dev.sqlcheck.processor.sql.ast.SetSchema;
import dev.sqlcheck.processor.sql.ast.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * ALTER of objects other than relations, types and domains (gram.y {@code AlterFunctionStmt},
 * {@code AlterObjectDependsStmt} and the other kinds of {@code RenameStmt}, {@code
 * AlterObjectSchemaStmt}, {@code AlterOwnerStmt}). For routines, aggregates, schemas, conversions,
 * languages, triggers and rules these are all the forms PostgreSQL has, so anything else is a
 * syntax error. Other kinds have more forms (ALTER DATABASE … SET, ALTER EXTENSION … UPDATE, …):
 * those are recognised and skipped, as are ALTER ROLE, USER, GROUP, SYSTEM, DEFAULT PRIVILEGES,
 * LARGE OBJECT and OPERATOR.
 */
abstract class AlterObjectParser extends DropParser {
  private static final int A_RENAME = 1;
  private static final int A_OWNER = 2;
  private static final int A_SCHEMA = 4;
  private static final int A_DEPENDS = 8;
  private static final int A_OPTIONS = 16;

  AlterObjectParser(PgTokens tokens, PgGrammar grammar) {
    super(tokens, grammar);
  }

  /** The object of an ALTER, read by {@link #alterObject}. */
  private static final class Target {
    String kind;
    boolean strict;
    int allowed;
    QualifiedName name;
    RoutineSignature routine;
    QualifiedName table;
  }

  /** ALTER of another object kind, at the kind's first key word (ALTER already read). */
  final Statement alterObject(int s) {
    int m = mark();
    Target target = target();
    if (target == null) {
      reset(m);
      if (skippedAlter()) {
        return unsupported(s, "alter " + words(m));
      }
      throw fail();
    }
    int a = start();
    AlterObject.Action action = action(target);
    if (action == null) {
      if (target.strict) {
        throw fail();
      }
      return unsupported(s, "alter " + target.kind);
    }
    return new AlterObject(
        target.kind, target.name, target.routine, target.table, action, s, lastEnd());
  }

  /** ALTER forms skipped as a whole; advances over their naming key words. */
  private boolean skippedAlter() {
    if (kw(ROLE) || kw(USER) || kw(GROUP) || kw(SYSTEM) || kw(OPERATOR)) {
      advance();
      return true;
    }
    if (kw(DEFAULT) && kw(1, PRIVILEGES) || kw(LARGE) && kw(1, OBJECT)) {
      advance();
      advance();
      return true;
    }
    return false;
  }

  private Target target() {
    Target tg = new Target();
    int from = p;
    if (kw(FUNCTION) || kw(PROCEDURE) || kw(ROUTINE)) {
      String kind = t.value[p];
      advance();
      tg.routine = routineSignature();
      return named(tg, kind, true, A_RENAME | A_OWNER | A_SCHEMA | A_DEPENDS | A_OPTIONS);
    }
    if (acceptKw(AGGREGATE)) {
      tg.routine = aggregateSignature();
      return named(tg, "aggregate", true, A_RENAME | A_OWNER | A_SCHEMA);
    }
    if (kw(SCHEMA) || kw(LANGUAGE) || kw(PROCEDURAL) && kw(1, LANGUAGE)) {
      boolean schema = kw(SCHEMA);
      acceptKw(PROCEDURAL);
      advance();
      tg.name = QualifiedName.of(colId());
      return named(tg, schema ? "schema" : "language", true, A_RENAME | A_OWNER);
    }
    if (kw(TRIGGER) || kw(RULE) || kw(POLICY)) {
      String kind = t.value[p];
      boolean trigger = kw(TRIGGER);
      boolean policy = kw(POLICY);
      advance();
      if (policy) {
        ifExists();
      }
      tg.name = QualifiedName.of(colId());
      expectKw(ON);
      tg.table = qualifiedName();
      return named(tg, kind, !policy, A_RENAME | (trigger ? A_DEPENDS : 0));
    }
    return otherTarget(tg, from);
  }

  private Target otherTarget(Target tg, int from) {
    if (kw(COLLATION) || kw(CONVERSION) || kw(STATISTICS)) {
      String kind = t.value[p];
      boolean conversion = kw(CONVERSION);
      advance();
      tg.name = anyName();
      return named(tg, kind, conversion, A_RENAME | A_OWNER | A_SCHEMA);
    }
    if (acceptKw(TEXT)) {
      expectKw(SEARCH);
      boolean owned = kw(DICTIONARY) || kw(CONFIGURATION);
      if (!owned && !kw(PARSER) && !kw(TEMPLATE)) {
        throw fail();
      }
      advance();
      String kind = words(from);
      tg.name = anyName();
      return named(tg, kind, false, A_RENAME | A_SCHEMA | (owned ? A_OWNER : 0));
    }
    if (kw(OPERATOR) && (kw(1, CLASS) || kw(1, FAMILY))) {
      advance();
      advance();
      String kind = words(from);
      tg.name = anyName();
      expectKw(USING);
      colId();
      return named(tg, kind, false, A_RENAME | A_OWNER | A_SCHEMA);
    }
    String kind = namedKind();
    if (kind == null) {
      return null;
    }
    tg.name = QualifiedName.of(colId());
    int allowed = kind.equals("extension") ? A_SCHEMA : A_RENAME | A_OWNER;
    return named(tg, kind, false, allowed);
  }

  /** The kinds named by a plain name, consumed; null if none. */
  private String namedKind() {
    int from = p;
    if (kw(EXTENSION)
        || kw(PUBLICATION)
        || kw(SUBSCRIPTION)
        || kw(SERVER)
        || kw(TABLESPACE)
        || kw(DATABASE)) {
      advance();
    } else if (acceptKw(EVENT)) {
      expectKw(TRIGGER);
    } else if (acceptKw(FOREIGN)) {
      expectKw(DATA);
      expectKw(WRAPPER);
    } else {
      return null;
    }
    return words(from);
  }

  private static Target named(Target tg, String kind, boolean strict, int allowed) {
    tg.kind = kind;
    tg.strict = strict;
    tg.allowed = allowed;
    return tg;
  }

  /** The action, or null if the target does not allow the one written. */
  private AlterObject.Action action(Target tg) {
    int s = start();
    if ((tg.allowed & A_RENAME) != 0 && acceptKw(RENAME)) {
      expectKw(TO);
      return new RenameTo(colId(), s, lastEnd());
    }
    if ((tg.allowed & A_OWNER) != 0 && acceptKw(OWNER)) {
      expectKw(TO);
      return new OwnerTo(roleSpec(), s, lastEnd());
    }
    if ((tg.allowed & A_SCHEMA) != 0 && kw(SET) && kw(1, SCHEMA) && kind(2) != Tok.SCONST) {
      advance();
      advance();
      return new SetSchema(colId(), s, lastEnd());
    }
    if ((tg.allowed & A_DEPENDS) != 0 && (kw(DEPENDS) || kw(NO))) {
      boolean no = acceptKw(NO);
      expectKw(DEPENDS);
      expectKw(ON);
      expectKw(EXTENSION);
      Identifier ext = colId();
      return new AlterObject.DependsOnExtension(no, ext, s, lastEnd());
    }
    if ((tg.allowed & A_OPTIONS) != 0 && startsCommonOption()) {
      List<FunctionOption> options = new ArrayList<>();
      do {
        options.add(commonOption());
      } while (startsCommonOption());
      acceptKw(RESTRICT);
      return new AlterObject.RoutineOptions(options, s, lastEnd());
    }
    return null;
  }
}
