package dev.sqlcheck.processor.dialect.postgres.parse;

import static dev.sqlcheck.processor.dialect.postgres.parse.PgKeywords.*;

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
 * The CREATE statements whose query a schema reader needs: CREATE VIEW, CREATE MATERIALIZED VIEW
 * and CREATE TABLE … AS. Any other CREATE (or a CREATE TABLE with column definitions) is an {@link
 * UnsupportedStatement}.
 */
final class CreateParser {
  private final StatementParser p;

  CreateParser(StatementParser parser) {
    this.p = parser;
  }

  Statement create(int s) {
    int m = p.mark();
    p.advance();
    boolean orReplace = false;
    if (p.kw(OR) && p.kw(1, REPLACE)) {
      p.advance();
      p.advance();
      orReplace = true;
    }
    String persistence = persistence();
    boolean recursive = p.acceptKw(RECURSIVE);
    if (p.kw(VIEW)) {
      return view(s, orReplace, !"permanent".equals(persistence), recursive);
    }
    if (!orReplace && !recursive && p.kw(MATERIALIZED) && p.kw(1, VIEW)) {
      return tableAs(s, true, persistence);
    }
    if (!orReplace && !recursive && p.kw(TABLE)) {
      int t = p.mark();
      try {
        return tableAs(s, false, persistence);
      } catch (ParserBase.Failure f) {
        if (f.fatal) {
          throw f;
        }
        p.reset(t); // a CREATE TABLE with column definitions: not modelled
      }
    }
    p.reset(m);
    return p.unsupported(s);
  }

  private String persistence() {
    if (p.kw(LOCAL) || p.kw(GLOBAL)) {
      if (p.kw(1, TEMP) || p.kw(1, TEMPORARY)) {
        p.advance();
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
    List<Identifier> options = p.kw(WITH) && p.kind(1) == '(' ? reloptions() : List.of();
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

  /** {@code ( name [= value], … )}: the option names (values are skipped). */
  private List<Identifier> reloptions() {
    p.advance();
    p.expect('(');
    List<Identifier> out = new ArrayList<>();
    do {
      out.add(p.colLabel());
      if (p.accept('.')) {
        out.set(out.size() - 1, p.colLabel());
      }
      if (p.accept('=')) {
        if (!p.isColLabel(0) && !p.is(Tok.SCONST) && !p.is(Tok.ICONST) && !p.is(Tok.FCONST)) {
          throw p.fail();
        }
        p.advance();
      }
    } while (p.accept(','));
    p.expect(')');
    return out;
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
    if (p.kw(WITH) && p.kind(1) == '(') {
      reloptions();
    } else if (!matview && p.kw(WITHOUT) && p.kw(1, OIDS)) {
      p.advance();
      p.advance();
    }
    if (!matview && p.kw(ON) && p.kw(1, COMMIT)) {
      p.advance();
      p.advance();
      if (p.acceptKw(DELETE) || p.acceptKw(PRESERVE)) {
        p.expectKw(ROWS);
      } else {
        p.expectKw(DROP);
      }
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
