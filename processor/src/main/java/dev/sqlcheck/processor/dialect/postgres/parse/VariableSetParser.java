package dev.sqlcheck.processor.dialect.postgres.parse;

import static dev.sqlcheck.processor.dialect.postgres.parse.PgKeywords.*;

import dev.sqlcheck.processor.sql.ast.Expr;
import dev.sqlcheck.processor.sql.ast.Identifier;
import dev.sqlcheck.processor.sql.ast.Node;
import dev.sqlcheck.processor.sql.ast.Statement;
import dev.sqlcheck.processor.sql.ast.TypeName;
import dev.sqlcheck.processor.sql.ast.UnsupportedStatement;
import dev.sqlcheck.processor.sql.ast.VariableSet;
import java.util.ArrayList;
import java.util.List;

/**
 * SET and RESET (gram.y {@code VariableSetStmt}, {@code set_rest_more}, {@code VariableResetStmt})
 * and {@code SET CONSTRAINTS}. The SQL-standard forms ({@code SET TIME ZONE}, {@code SET SCHEMA
 * 'x'}, {@code SET NAMES}, {@code SET ROLE}, …) share their first word with parameter names, so the
 * word after decides: {@code TO}, {@code =}, {@code FROM} or {@code .} make it a parameter name
 * ({@code SET role TO x}).
 */
abstract class VariableSetParser extends SequenceOptionParser {
  VariableSetParser(PgTokens tokens, PgGrammar grammar) {
    super(tokens, grammar);
  }

  /** {@code SET …} at SET. */
  final Statement variableSet(int s) {
    advance();
    if (kw(CONSTRAINTS) && !namesParameter(1)) {
      return constraintsSet(s);
    }
    boolean local = false;
    if (kw(LOCAL) && !namesParameter(1)) {
      advance();
      local = true;
    } else if (kw(SESSION)
        && !namesParameter(1)
        && !kw(1, AUTHORIZATION)
        && !(kw(1, CHARACTERISTICS) && kw(2, AS))) {
      advance();
    }
    if (kw(TRANSACTION) && !namesParameter(1) && !kw(1, SNAPSHOT)) {
      advance();
      return new VariableSet(
          VariableSet.Kind.SET, local, "transaction", transactionModes(), s, lastEnd());
    }
    if (kw(SESSION) && kw(1, CHARACTERISTICS)) {
      advance();
      advance();
      expectKw(AS);
      expectKw(TRANSACTION);
      return new VariableSet(
          VariableSet.Kind.SET, local, "session characteristics", transactionModes(), s, lastEnd());
    }
    return setRestMore(s, local);
  }

  /** Whether the word at {@code ahead - 1} is a parameter name: TO, =, FROM or . follows. */
  private boolean namesParameter(int ahead) {
    int k = kind(ahead);
    return k == '=' || k == '.' || kw(ahead, TO) || kw(ahead, FROM);
  }

  /** {@code set_rest_more}: the SET forms also allowed in a function's SET clause. */
  final VariableSet setRestMore(int s, boolean local) {
    if (kw(TIME) && kw(1, ZONE)) {
      advance();
      advance();
      return zoneValue(s, local);
    }
    if (!namesParameter(1)) {
      VariableSet special = specialSet(s, local);
      if (special != null) {
        return special;
      }
    }
    String name = varName();
    if (kw(FROM)) {
      advance();
      expectKw(CURRENT);
      return new VariableSet(VariableSet.Kind.SET_CURRENT, local, name, List.of(), s, lastEnd());
    }
    if (!accept('=')) {
      expectKw(TO);
    }
    if (acceptKw(DEFAULT)) {
      return new VariableSet(VariableSet.Kind.SET_DEFAULT, local, name, List.of(), s, lastEnd());
    }
    List<Node> values = new ArrayList<>();
    do {
      values.add(varValue());
    } while (accept(','));
    return new VariableSet(VariableSet.Kind.SET, local, name, values, s, lastEnd());
  }

  /** The SQL-standard SET forms other than TIME ZONE, or null if none starts here. */
  private VariableSet specialSet(int s, boolean local) {
    if (kw(CATALOG)) {
      advance();
      Expr.StringLiteral c = sconst();
      throw fatal("current database cannot be changed", null, "0A000", c.start(), c.end());
    }
    if (kw(SCHEMA) && kind(1) == Tok.SCONST) {
      advance();
      return set(s, local, "search_path", sconst());
    }
    if (kw(NAMES)) {
      advance();
      if (acceptKw(DEFAULT) || !is(Tok.SCONST)) {
        return new VariableSet(
            VariableSet.Kind.SET_DEFAULT, local, "client_encoding", List.of(), s, lastEnd());
      }
      return set(s, local, "client_encoding", sconst());
    }
    if (kw(ROLE)) {
      advance();
      return set(s, local, "role", wordOrString());
    }
    if (kw(SESSION) && kw(1, AUTHORIZATION)) {
      advance();
      advance();
      if (acceptKw(DEFAULT)) {
        return new VariableSet(
            VariableSet.Kind.SET_DEFAULT, local, "session_authorization", List.of(), s, lastEnd());
      }
      return set(s, local, "session_authorization", wordOrString());
    }
    if (kw(XML) && kw(1, OPTION)) {
      advance();
      advance();
      if (!kw(DOCUMENT) && !kw(CONTENT)) {
        throw fail();
      }
      return set(s, local, "xmloption", word());
    }
    if (kw(TRANSACTION) && kw(1, SNAPSHOT)) {
      advance();
      advance();
      return set(s, local, "transaction snapshot", sconst());
    }
    return null;
  }

  private VariableSet set(int s, boolean local, String name, Node value) {
    return new VariableSet(VariableSet.Kind.SET, local, name, List.of(value), s, lastEnd());
  }

  private Node wordOrString() {
    return is(Tok.SCONST) ? sconst() : nonReservedWord();
  }

  /** {@code var_name}: ColIds separated by dots, as one lower-case string. */
  final String varName() {
    StringBuilder b = new StringBuilder(colId().name());
    while (accept('.')) {
      b.append('.').append(colId().name());
    }
    return b.toString();
  }

  /** {@code var_value}: TRUE, FALSE, ON, a non-reserved word, a string or a number. */
  private Node varValue() {
    if (is(Tok.SCONST)) {
      return sconst();
    }
    if (startsNumeric()) {
      return numericOnly();
    }
    if (kw(TRUE) || kw(FALSE) || kw(ON)) {
      return word();
    }
    return nonReservedWord();
  }

  /** {@code zone_value} after {@code SET TIME ZONE}. */
  private VariableSet zoneValue(int s, boolean local) {
    if (acceptKw(DEFAULT) || acceptKw(LOCAL)) {
      return new VariableSet(
          VariableSet.Kind.SET_DEFAULT, local, "timezone", List.of(), s, lastEnd());
    }
    Node value;
    if (is(Tok.SCONST)) {
      value = sconst();
    } else if (is(Tok.IDENT) || is(Tok.QIDENT)) {
      value = word();
    } else if (kw(INTERVAL)) {
      value = intervalZone();
    } else {
      value = numericOnly();
    }
    return set(s, local, "timezone", value);
  }

  private Expr intervalZone() {
    int s = start();
    if (kind(1) == '(') {
      TypeName type = intervalType(false);
      Expr.StringLiteral lit = sconst();
      return new Expr.TypeCast(lit, type, Expr.CastSyntax.TYPED_LITERAL, s, lastEnd());
    }
    TypeName type = intervalType(false);
    Expr.StringLiteral lit = sconst();
    int f = start();
    type = withInterval(type);
    String fields = type.intervalFields();
    if (fields != null && !fields.equals("hour") && !fields.equals("hour to minute")) {
      throw fatal("time zone interval must be HOUR or HOUR TO MINUTE", f, lastEnd());
    }
    return new Expr.TypeCast(lit, type, Expr.CastSyntax.TYPED_LITERAL, s, lastEnd());
  }

  /** {@code transaction_mode_list}: modes separated by commas or blanks, at least one. */
  private List<Node> transactionModes() {
    List<Node> out = new ArrayList<>();
    out.add(transactionMode());
    while (accept(',') || kw(ISOLATION) || kw(READ) || kw(NOT) || kw(DEFERRABLE)) {
      out.add(transactionMode());
    }
    return out;
  }

  private Node transactionMode() {
    int s = start();
    int from = p;
    if (acceptKw(ISOLATION)) {
      expectKw(LEVEL);
      isolationLevel();
    } else if (acceptKw(READ)) {
      if (!acceptKw(ONLY)) {
        expectKw(WRITE);
      }
    } else {
      acceptKw(NOT);
      expectKw(DEFERRABLE);
    }
    return new Identifier(words(from), false, s, lastEnd());
  }

  private void isolationLevel() {
    if (acceptKw(READ)) {
      if (!acceptKw(UNCOMMITTED)) {
        expectKw(COMMITTED);
      }
    } else if (acceptKw(REPEATABLE)) {
      expectKw(READ);
    } else {
      expectKw(SERIALIZABLE);
    }
  }

  /** {@code SET CONSTRAINTS ALL|names DEFERRED|IMMEDIATE}: checked, not modelled. */
  private Statement constraintsSet(int s) {
    advance();
    if (!acceptKw(ALL)) {
      qualifiedNameList();
    }
    if (!acceptKw(DEFERRED)) {
      expectKw(IMMEDIATE);
    }
    return new UnsupportedStatement("set", "set constraints", s, lastEnd());
  }

  /** {@code RESET …} at RESET. */
  final VariableSet variableReset(int s) {
    advance();
    return resetRest(s);
  }

  /** {@code reset_rest}: what follows RESET. */
  final VariableSet resetRest(int s) {
    String name;
    if (acceptKw(ALL)) {
      return new VariableSet(VariableSet.Kind.RESET_ALL, false, null, List.of(), s, lastEnd());
    }
    if (kw(TIME) && kw(1, ZONE)) {
      advance();
      advance();
      name = "timezone";
    } else if (kw(TRANSACTION) && kw(1, ISOLATION)) {
      advance();
      advance();
      expectKw(LEVEL);
      name = "transaction_isolation";
    } else if (kw(SESSION) && kw(1, AUTHORIZATION)) {
      advance();
      advance();
      name = "session_authorization";
    } else {
      name = varName();
    }
    return new VariableSet(VariableSet.Kind.RESET, false, name, List.of(), s, lastEnd());
  }
}
