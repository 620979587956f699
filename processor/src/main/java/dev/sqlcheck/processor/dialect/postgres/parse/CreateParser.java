package dev.sqlcheck.processor.dialect.postgres.parse;

import static dev.sqlcheck.processor.dialect.postgres.parse.PgKeywords.*;

import dev.sqlcheck.processor.sql.ast.CreateSchema;
import dev.sqlcheck.processor.sql.ast.CreateTableAs;
import dev.sqlcheck.processor.sql.ast.CreateView;
import dev.sqlcheck.processor.sql.ast.Identifier;
import dev.sqlcheck.processor.sql.ast.QualifiedName;
import dev.sqlcheck.processor.sql.ast.Query;
import dev.sqlcheck.processor.sql.ast.Statement;
import dev.sqlcheck.processor.sql.ast.UnsupportedStatement;
import java.util.ArrayList;
import java.util.List;

/**
 * The CREATE statements: the dispatch on the words after CREATE, CREATE VIEW, CREATE MATERIALIZED
 * VIEW, CREATE TABLE … AS and CREATE SCHEMA with its elements. The other kinds are parsed by the
 * layers of {@link StatementParser}; the kinds a schema reader does not need (CREATE AGGREGATE,
 * CAST, OPERATOR, RULE, ROLE, …) are recognised by their key words and skipped as {@link
 * UnsupportedStatement}s.
 */
final class CreateParser {
  private final StatementParser p;

  CreateParser(StatementParser parser) {
    this.p = parser;
  }

  Statement create(int s) {
    return create(s, false);
  }

  /**
   * CREATE at CREATE; with {@code schemaElement} only the statements CREATE SCHEMA may contain
   * (TABLE without AS, VIEW, INDEX, SEQUENCE, TRIGGER).
   */
  Statement create(int s, boolean schemaElement) {
    p.advance();
    boolean orReplace = false;
    if (p.acceptKw(OR)) {
      p.expectKw(REPLACE);
      orReplace = true;
      Statement routine = replaceable(s, schemaElement);
      if (routine != null) {
        return routine;
      }
    }
    String persistence = persistence();
    boolean recursive = p.acceptKw(RECURSIVE);
    if (p.kw(VIEW)) {
      return view(s, orReplace, !"permanent".equals(persistence), recursive);
    }
    if (orReplace || recursive) {
      throw p.fail();
    }
    if (p.kw(MATERIALIZED) && p.kw(1, VIEW) && !schemaElement && !"temp".equals(persistence)) {
      return tableAs(s, true, persistence);
    }
    if (p.kw(TABLE)) {
      return !schemaElement && isTableAs()
          ? tableAs(s, false, persistence)
          : p.createTable(s, persistence);
    }
    if (p.kw(SEQUENCE)) {
      return p.createSequence(s, persistence);
    }
    if (!"permanent".equals(persistence)) {
      throw p.fail();
    }
    return schemaElement ? element(s) : other(s);
  }

  /** The OR REPLACE forms other than VIEW, or null. */
  private Statement replaceable(int s, boolean schemaElement) {
    if ((p.kw(FUNCTION) || p.kw(PROCEDURE)) && !schemaElement) {
      return p.createFunction(s, true);
    }
    if (p.kw(TRIGGER) || p.kw(CONSTRAINT) && p.kw(1, TRIGGER)) {
      return p.createTrigger(s, true);
    }
    if (!schemaElement
        && (p.kw(AGGREGATE)
            || p.kw(TRANSFORM)
            || p.kw(RULE)
            || p.kw(LANGUAGE)
            || p.kw(TRUSTED)
            || p.kw(PROCEDURAL))) {
      return p.unsupported(s, "create or replace " + p.t.value[p.p]);
    }
    return null;
  }

  private Statement element(int s) {
    if (p.kw(UNIQUE) || p.kw(INDEX)) {
      return p.createIndex(s);
    }
    if (p.kw(TRIGGER) || p.kw(CONSTRAINT) && p.kw(1, TRIGGER)) {
      return p.createTrigger(s, false);
    }
    throw p.fail();
  }

  private Statement other(int s) {
    if (!p.is(Tok.KEYWORD)) {
      throw p.fail();
    }
    switch (p.t.keyword[p.p]) {
      case UNIQUE, INDEX:
        return p.createIndex(s);
      case TYPE:
        return p.createType(s);
      case DOMAIN:
        return p.createDomain(s);
      case SCHEMA:
        return schema(s);
      case FUNCTION, PROCEDURE:
        return p.createFunction(s, false);
      case EXTENSION:
        return p.createExtension(s);
      case TRIGGER:
        return p.createTrigger(s, false);
      case CONSTRAINT:
        return p.kw(1, TRIGGER) ? p.createTrigger(s, false) : skippedOrFail(s);
      case POLICY:
        return p.createPolicy(s);
      default:
        return skippedOrFail(s);
    }
  }

  /** The CREATE kinds recognised by their key words and skipped. */
  private Statement skippedOrFail(int s) {
    switch (p.t.keyword[p.p]) {
      case AGGREGATE,
      CAST,
      OPERATOR,
      COLLATION,
      RULE,
      CONVERSION,
      LANGUAGE,
      TRUSTED,
      PROCEDURAL,
      SERVER,
      PUBLICATION,
      SUBSCRIPTION,
      ROLE,
      GROUP,
      DATABASE,
      TABLESPACE,
      STATISTICS,
      TRANSFORM,
      ASSERTION:
        return p.unsupported(s, "create " + p.t.value[p.p]);
      case DEFAULT:
        return p.kw(1, CONVERSION) ? p.unsupported(s, "create conversion") : fail();
      case TEXT:
        return p.kw(1, SEARCH) ? p.unsupported(s, "create text search") : fail();
      case FOREIGN:
        return p.kw(1, TABLE) || p.kw(1, DATA) ? p.unsupported(s, "create foreign") : fail();
      case USER:
        return p.unsupported(s, p.kw(1, MAPPING) ? "create user mapping" : "create user");
      case EVENT:
        return p.kw(1, TRIGGER) ? p.unsupported(s, "create event trigger") : fail();
      case ACCESS:
        return p.kw(1, METHOD) ? p.unsupported(s, "create access method") : fail();
      default:
        return fail();
    }
  }

  private Statement fail() {
    throw p.fail();
  }

  /** Whether CREATE TABLE at TABLE is CREATE TABLE … AS (decided as gram.y's look-ahead does). */
  private boolean isTableAs() {
    int m = p.mark();
    try {
      p.advance();
      p.ifNotExists();
      p.qualifiedName();
      if (p.is('(')) {
        return p.isColId(1) && (p.kind(2) == ',' || p.kind(2) == ')');
      }
      return !(p.kw(OF) || p.kw(PARTITION));
    } catch (ParserBase.Failure f) {
      return false;
    } finally {
      p.reset(m);
    }
  }

  /** {@code OptTemp}: TEMP, TEMPORARY, LOCAL|GLOBAL TEMP[ORARY], UNLOGGED, or nothing. */
  private String persistence() {
    if (p.kw(LOCAL) || p.kw(GLOBAL)) {
      p.advance();
      if (!p.kw(TEMP) && !p.kw(TEMPORARY)) {
        throw p.fail();
      }
    }
    if (p.acceptKw(TEMP) || p.acceptKw(TEMPORARY)) {
      return "temp";
    }
    if (p.acceptKw(UNLOGGED)) {
      return "unlogged";
    }
    return "permanent";
  }

  /**
   * {@code CREATE SCHEMA [IF NOT EXISTS] [name] [AUTHORIZATION role] [element …]}: the elements are
   * CREATE TABLE, VIEW, INDEX, SEQUENCE, TRIGGER and GRANT.
   */
  private Statement schema(int s) {
    p.advance();
    boolean ine = p.ifNotExists();
    Identifier name = null;
    Identifier auth = null;
    if (!p.kw(AUTHORIZATION)) {
      name = p.colId();
    }
    if (p.acceptKw(AUTHORIZATION)) {
      auth = p.roleSpec();
    }
    List<Statement> elements = new ArrayList<>();
    int first = p.start();
    while (p.kw(CREATE) || p.kw(GRANT)) {
      int es = p.start();
      elements.add(p.kw(GRANT) ? p.grant(es) : create(es, true));
    }
    if (ine && !elements.isEmpty()) {
      throw p.fatal(
          "CREATE SCHEMA IF NOT EXISTS cannot include schema elements",
          null,
          "0A000",
          first,
          first + 6);
    }
    return new CreateSchema(ine, name, auth, elements, s, p.lastEnd());
  }

  private Statement view(int s, boolean orReplace, boolean temp, boolean recursive) {
    p.advance();
    QualifiedName name = p.qualifiedName();
    List<Identifier> cols = List.of();
    if (p.accept('(')) {
      cols = p.nameList();
      p.expect(')');
    } else if (recursive) {
      throw p.fail();
    }
    List<Identifier> options = p.optWithReloptions();
    p.expectKw(AS);
    Query q = p.selectStatement();
    String check = null;
    if (p.kw(WITH) && (p.kw(1, CHECK) || p.kw(1, CASCADED) || p.kw(1, LOCAL))) {
      int cs = p.start();
      p.advance();
      check = "cascaded";
      if (p.acceptKw(LOCAL)) {
        check = "local";
      } else {
        p.acceptKw(CASCADED);
      }
      p.expectKw(CHECK);
      p.expectKw(OPTION);
      if (recursive) {
        throw p.fatal(
            "WITH CHECK OPTION not supported on recursive views", null, "0A000", cs, p.lastEnd());
      }
    }
    return new CreateView(
        orReplace, temp, recursive, name, cols, options, q, check, s, p.lastEnd());
  }

  private Statement tableAs(int s, boolean matview, String persistence) {
    if (matview) {
      p.advance();
    }
    p.advance();
    boolean ifNotExists = false;
    if (p.kw(IF) && p.kw(1, NOT)) {
      p.advance();
      p.advance();
      p.expectKw(EXISTS);
      ifNotExists = true;
    }
    QualifiedName name = p.qualifiedName();
    List<Identifier> cols = List.of();
    if (p.accept('(')) {
      cols = p.nameList();
      p.expect(')');
    }
    if (p.acceptKw(USING)) {
      p.colId();
    }
    if (p.kw(WITH)) {
      p.optWithReloptions();
    } else if (!matview && p.acceptKw(WITHOUT)) {
      p.expectKw(OIDS);
    }
    if (!matview) {
      p.onCommit();
    }
    if (p.acceptKw(TABLESPACE)) {
      p.colId();
    }
    p.expectKw(AS);
    Query q = p.selectStatement();
    boolean data = true;
    if (p.kw(WITH) && (p.kw(1, DATA) || p.kw(1, NO))) {
      p.advance();
      data = !p.acceptKw(NO);
      p.expectKw(DATA);
    }
    return new CreateTableAs(
        matview, persistence, ifNotExists, name, cols, q, data, s, p.lastEnd());
  }
}
