package dev.sqlcheck.processor.dialect.postgres.parse;

import static dev.sqlcheck.processor.dialect.postgres.parse.PgKeywords.*;

import dev.sqlcheck.processor.sql.ast.Drop;
import dev.sqlcheck.processor.sql.ast.FunctionParameter;
import dev.sqlcheck.processor.sql.ast.QualifiedName;
import dev.sqlcheck.processor.sql.ast.RoutineSignature;
import dev.sqlcheck.processor.sql.ast.Statement;
import dev.sqlcheck.processor.sql.ast.TypeName;
import java.util.ArrayList;
import java.util.List;

/**
 * DROP (gram.y {@code DropStmt}, {@code RemoveFuncStmt}, {@code RemoveAggrStmt}, {@code
 * DropCastStmt}) and the routine signatures DROP, ALTER, COMMENT and GRANT share ({@code
 * function_with_argtypes}, {@code aggregate_with_argtypes}) with the object kinds of {@code
 * object_type_any_name}, {@code drop_type_name} and {@code object_type_name_on_any_name}. DROP
 * ROLE, DATABASE, TABLESPACE, OWNED, OPERATOR, SUBSCRIPTION, TRANSFORM and USER MAPPING are
 * recognised and skipped.
 */
abstract class DropParser extends ObjectParser {
  DropParser(PgTokens tokens, PgGrammar grammar) {
    super(tokens, grammar);
  }

  /** DROP, at DROP. */
  final Statement drop(int s) {
    advance();
    String kind = objectKindAnyName();
    if (kind != null) {
      boolean concurrently = kind.equals("index") && acceptKw(CONCURRENTLY);
      boolean ie = ifExists();
      List<QualifiedName> names = anyNameList();
      return drop(s, kind, ie, concurrently, names, List.of(), List.of(), null);
    }
    kind = dropTypeName();
    if (kind != null) {
      boolean ie = ifExists();
      return drop(s, kind, ie, false, nameListAsNames(), List.of(), List.of(), null);
    }
    if (kw(POLICY) || kw(RULE) || kw(TRIGGER)) {
      return dropOnTable(s);
    }
    if (kw(TYPE) || kw(DOMAIN) || kw(CAST)) {
      return dropTypes(s);
    }
    if (kw(FUNCTION) || kw(PROCEDURE) || kw(ROUTINE) || kw(AGGREGATE)) {
      return dropRoutines(s);
    }
    if (kw(ROLE)
        || kw(USER)
        || kw(GROUP)
        || kw(DATABASE)
        || kw(TABLESPACE)
        || kw(OWNED)
        || kw(OPERATOR)
        || kw(SUBSCRIPTION)
        || kw(TRANSFORM)) {
      return unsupported(s, "drop " + t.value[p]);
    }
    throw fail();
  }

  /** {@code DROP POLICY|RULE|TRIGGER [IF EXISTS] name ON table}. */
  private Statement dropOnTable(int s) {
    String kind = t.value[p];
    advance();
    boolean ie = ifExists();
    List<QualifiedName> name = List.of(QualifiedName.of(colId()));
    expectKw(ON);
    QualifiedName table = anyName();
    return drop(s, kind, ie, false, name, List.of(), List.of(), table);
  }

  /** {@code DROP TYPE|DOMAIN [IF EXISTS] types} and {@code DROP CAST [IF EXISTS] (a AS b)}. */
  private Statement dropTypes(int s) {
    String kind = t.value[p];
    boolean cast = kw(CAST);
    advance();
    boolean ie = ifExists();
    List<TypeName> types = new ArrayList<>();
    if (cast) {
      expect('(');
      types.add(typeName());
      expectKw(AS);
      types.add(typeName());
      expect(')');
    } else {
      do {
        types.add(typeName());
      } while (accept(','));
    }
    return drop(s, kind, ie, false, List.of(), types, List.of(), null);
  }

  private Drop drop(
      int s,
      String kind,
      boolean ifExists,
      boolean concurrently,
      List<QualifiedName> names,
      List<TypeName> types,
      List<RoutineSignature> routines,
      QualifiedName table) {
    boolean cascade = dropBehavior();
    return new Drop(
        kind, ifExists, concurrently, names, types, routines, table, cascade, s, lastEnd());
  }

  private Statement dropRoutines(int s) {
    String kind = t.value[p];
    boolean aggregate = kw(AGGREGATE);
    advance();
    boolean ie = ifExists();
    List<RoutineSignature> routines = new ArrayList<>();
    do {
      routines.add(aggregate ? aggregateSignature() : routineSignature());
    } while (accept(','));
    return drop(s, kind, ie, false, List.of(), List.of(), routines, null);
  }

  /** {@code object_type_any_name}, consumed; null (nothing consumed) if none starts here. */
  final String objectKindAnyName() {
    int from = p;
    if (kw(TABLE)
        || kw(SEQUENCE)
        || kw(VIEW)
        || kw(INDEX)
        || kw(COLLATION)
        || kw(CONVERSION)
        || kw(STATISTICS)) {
      advance();
    } else if (acceptKw(MATERIALIZED)) {
      expectKw(VIEW);
    } else if (kw(FOREIGN) && kw(1, TABLE)) {
      advance();
      advance();
    } else if (acceptKw(TEXT)) {
      expectKw(SEARCH);
      if (!kw(PARSER) && !kw(DICTIONARY) && !kw(TEMPLATE) && !kw(CONFIGURATION)) {
        throw fail();
      }
      advance();
    } else {
      return null;
    }
    return words(from);
  }

  /** {@code drop_type_name}, consumed; null (nothing consumed) if none starts here. */
  final String dropTypeName() {
    int from = p;
    if (kw(EXTENSION) || kw(PUBLICATION) || kw(SCHEMA) || kw(SERVER) || kw(LANGUAGE)) {
      advance();
    } else if (kw(ACCESS) || kw(EVENT) || kw(PROCEDURAL)) {
      int second = kw(ACCESS) ? METHOD : kw(EVENT) ? TRIGGER : LANGUAGE;
      advance();
      expectKw(second);
    } else if (acceptKw(FOREIGN)) {
      expectKw(DATA);
      expectKw(WRAPPER);
    } else {
      return null;
    }
    String kind = words(from);
    return kind.equals("procedural language") ? "language" : kind;
  }

  /**
   * A routine named with argument types ({@code function_with_argtypes}): {@code name(args)}, or a
   * bare name (which must then be a ColId or type_func_name key word, or qualified).
   */
  final RoutineSignature routineSignature() {
    int s = start();
    QualifiedName name;
    if (isTypeFunctionName(0) && kind(1) == '(' || isColId() && kind(1) == '.') {
      name = funcName();
      List<FunctionParameter> params = is('(') ? parameters(false) : null;
      return new RoutineSignature(name, params, List.of(), s, lastEnd());
    }
    if (!isColId() && !isTypeFunctionName(0)) {
      throw fail();
    }
    name = QualifiedName.of(word());
    return new RoutineSignature(name, null, List.of(), s, lastEnd());
  }

  /** {@code aggregate_with_argtypes}: {@code name(*)}, {@code name(args [ORDER BY args])}. */
  final RoutineSignature aggregateSignature() {
    int s = start();
    QualifiedName name = routineName();
    expect('(');
    List<FunctionParameter> direct = new ArrayList<>();
    List<FunctionParameter> ordered = new ArrayList<>();
    if (accept('*')) {
      expect(')');
      return new RoutineSignature(name, direct, ordered, s, lastEnd());
    }
    if (!kw(ORDER)) {
      aggregateArgs(direct);
    }
    if (acceptKw(ORDER)) {
      expectKw(BY);
      aggregateArgs(ordered);
    }
    expect(')');
    return new RoutineSignature(name, direct, ordered, s, lastEnd());
  }

  private void aggregateArgs(List<FunctionParameter> out) {
    do {
      FunctionParameter a = parameter(false);
      if (a.mode() == FunctionParameter.Mode.OUT || a.mode() == FunctionParameter.Mode.INOUT) {
        throw fatal("aggregates cannot have output arguments", null, "0A000", a.start(), a.end());
      }
      out.add(a);
    } while (accept(','));
  }
}
