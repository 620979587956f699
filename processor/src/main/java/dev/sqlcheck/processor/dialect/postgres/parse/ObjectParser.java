package dev.sqlcheck.processor.dialect.postgres.parse;

import static dev.sqlcheck.processor.dialect.postgres.parse.PgKeywords.*;

import dev.sqlcheck.processor.sql.ast.Constraint;
import dev.sqlcheck.processor.sql.ast.CreateExtension;
import dev.sqlcheck.processor.sql.ast.CreateIndex;
import dev.sqlcheck.processor.sql.ast.CreatePolicy;
import dev.sqlcheck.processor.sql.ast.CreateSequence;
import dev.sqlcheck.processor.sql.ast.CreateTrigger;
import dev.sqlcheck.processor.sql.ast.Expr;
import dev.sqlcheck.processor.sql.ast.Identifier;
import dev.sqlcheck.processor.sql.ast.IndexElement;
import dev.sqlcheck.processor.sql.ast.QualifiedName;
import dev.sqlcheck.processor.sql.ast.Statement;
import dev.sqlcheck.processor.sql.ast.TableRef;
import java.util.ArrayList;
import java.util.List;

/**
 * CREATE INDEX, SEQUENCE, EXTENSION, TRIGGER and POLICY (gram.y {@code IndexStmt}, {@code
 * CreateSeqStmt}, {@code CreateExtensionStmt}, {@code CreateTrigStmt}, {@code CreatePolicyStmt}).
 */
abstract class ObjectParser extends RoutineParser {
  ObjectParser(PgTokens tokens, PgGrammar grammar) {
    super(tokens, grammar);
  }

  /** CREATE [UNIQUE] INDEX, at UNIQUE or INDEX. */
  final Statement createIndex(int s) {
    boolean unique = acceptKw(UNIQUE);
    expectKw(INDEX);
    boolean concurrently = acceptKw(CONCURRENTLY);
    boolean ine = ifNotExists();
    Identifier name = ine || !kw(ON) ? colId() : null;
    expectKw(ON);
    TableRef.Relation table = relationExpr();
    Identifier method = acceptKw(USING) ? colId() : null;
    KeyConstraints keys = new KeyConstraints(this);
    expect('(');
    List<IndexElement> elems = new ArrayList<>();
    do {
      elems.add(keys.indexElement());
    } while (accept(','));
    expect(')');
    List<IndexElement> include = List.of();
    if (acceptKw(INCLUDE)) {
      expect('(');
      include = new ArrayList<>();
      do {
        include.add(keys.indexElement());
      } while (accept(','));
      expect(')');
    }
    Boolean nullsNotDistinct = kw(NULLS) && g.since(15) ? nullsTreatment() : null;
    List<Identifier> options = optWithReloptions();
    Identifier space = acceptKw(TABLESPACE) ? colId() : null;
    Expr where = acceptKw(WHERE) ? aExpr() : null;
    return new CreateIndex(
        unique,
        concurrently,
        ine,
        name,
        table,
        method,
        elems,
        include,
        nullsNotDistinct,
        options,
        space,
        where,
        s,
        lastEnd());
  }

  /** CREATE SEQUENCE, at SEQUENCE, the persistence already read. */
  final Statement createSequence(int s, String persistence) {
    advance();
    boolean ine = ifNotExists();
    QualifiedName name = qualifiedName();
    return new CreateSequence(persistence, ine, name, seqOptions(), s, lastEnd());
  }

  /**
   * CREATE EXTENSION, at EXTENSION; an option given twice is an error of {@code CreateExtension}.
   */
  final Statement createExtension(int s) {
    advance();
    boolean ine = ifNotExists();
    Identifier name = colId();
    optWith();
    Identifier schema = null;
    String version = null;
    boolean cascade = false;
    AnalysisRules.Problem twice = null;
    while (kw(SCHEMA) || kw(VERSION) || kw(CASCADE) || kw(FROM)) {
      int o = start();
      boolean again = kw(SCHEMA) ? schema != null : kw(VERSION) ? version != null : cascade;
      if (acceptKw(SCHEMA)) {
        schema = colId();
      } else if (acceptKw(VERSION)) {
        version = nonReservedWordOrSconst();
      } else if (acceptKw(CASCADE)) {
        cascade = true;
      } else {
        advance();
        nonReservedWordOrSconst();
        throw fatal("CREATE EXTENSION ... FROM is no longer supported", null, "0A000", o, o + 4);
      }
      if (again && twice == null) {
        twice = AnalysisRules.conflicting(o, lastEnd());
      }
    }
    later(twice); // unless the extension is installed already (42710, or a notice)
    return new CreateExtension(ine, name, schema, version, cascade, s, lastEnd());
  }

  /** CREATE [CONSTRAINT] TRIGGER, at CONSTRAINT or TRIGGER. */
  final Statement createTrigger(int s, boolean orReplace) {
    boolean constraint = acceptKw(CONSTRAINT);
    expectKw(TRIGGER);
    Identifier name = colId();
    String timing = triggerTiming(constraint);
    List<String> events = new ArrayList<>();
    List<Identifier> columns = new ArrayList<>();
    do {
      triggerEvent(events, columns);
    } while (acceptKw(OR));
    expectKw(ON);
    QualifiedName table = qualifiedName();
    Firing f = firing(constraint);
    Expr when = null;
    if (acceptKw(WHEN)) {
      expect('(');
      when = aExpr();
      expect(')');
    }
    QualifiedName function = triggerFunction();
    List<String> args = triggerArguments();
    if (orReplace && constraint) {
      throw fatal("CREATE OR REPLACE CONSTRAINT TRIGGER is not supported", null, "0A000", s, s + 6);
    }
    return new CreateTrigger(
        orReplace,
        constraint,
        name,
        timing,
        events,
        columns,
        table,
        f.from,
        f.attributes,
        f.transitions,
        f.row,
        when,
        function,
        args,
        s,
        lastEnd());
  }

  /** When and for what a trigger fires, between its table and WHEN. */
  private static final class Firing {
    QualifiedName from;
    Constraint.Attributes attributes = Constraint.Attributes.NONE;
    List<CreateTrigger.Transition> transitions = List.of();
    boolean row = true;
  }

  /** A constraint trigger's FROM, deferral and FOR EACH ROW, or REFERENCING and FOR EACH. */
  private Firing firing(boolean constraint) {
    Firing f = new Firing();
    if (constraint) {
      f.from = acceptKw(FROM) ? qualifiedName() : null;
      f.attributes = attributeSpec("TRIGGER", ALLOW_DEFERRAL);
      expectKw(FOR);
      expectKw(EACH);
      expectKw(ROW);
    } else {
      f.transitions = kw(REFERENCING) ? transitions() : List.of();
      f.row = forEach();
    }
    return f;
  }

  private String triggerTiming(boolean constraint) {
    if (constraint) {
      expectKw(AFTER);
      return "after";
    }
    if (kw(BEFORE) || kw(AFTER)) {
      String timing = t.value[p];
      advance();
      return timing;
    }
    expectKw(INSTEAD);
    expectKw(OF);
    return "instead of";
  }

  /** {@code EXECUTE FUNCTION|PROCEDURE name}. */
  private QualifiedName triggerFunction() {
    expectKw(EXECUTE);
    if (!acceptKw(FUNCTION)) {
      expectKw(PROCEDURE);
    }
    return routineName();
  }

  private List<String> triggerArguments() {
    expect('(');
    List<String> args = new ArrayList<>();
    if (!is(')')) {
      do {
        args.add(triggerArgument());
      } while (accept(','));
    }
    expect(')');
    return args;
  }

  private void triggerEvent(List<String> events, List<Identifier> columns) {
    if (!kw(INSERT) && !kw(DELETE) && !kw(UPDATE) && !kw(TRUNCATE)) {
      throw fail();
    }
    String event = t.value[p];
    advance();
    if (event.equals("update") && acceptKw(OF)) {
      columns.addAll(nameList());
    }
    if (events.contains(event)) {
      // Only UPDATE makes PostgreSQL's parser look at the next token before it sees the repeat.
      int at = event.equals("update") ? p : p - 1;
      throw new Failure(
          at, "duplicate trigger events specified", null, SyntaxError.SYNTAX_ERROR, true, -1, -1);
    }
    events.add(event);
  }

  private List<CreateTrigger.Transition> transitions() {
    advance();
    List<CreateTrigger.Transition> out = new ArrayList<>();
    do {
      int s = start();
      boolean isNew = kw(NEW);
      if (!acceptKw(NEW)) {
        expectKw(OLD);
      }
      boolean table = kw(TABLE);
      if (!acceptKw(TABLE)) {
        expectKw(ROW);
      }
      acceptKw(AS);
      out.add(new CreateTrigger.Transition(isNew, table, colId(), s, lastEnd()));
    } while (kw(NEW) || kw(OLD));
    return out;
  }

  /** {@code TriggerForSpec}: true for FOR [EACH] ROW. */
  private boolean forEach() {
    if (!acceptKw(FOR)) {
      return false;
    }
    acceptKw(EACH);
    if (acceptKw(ROW)) {
      return true;
    }
    expectKw(STATEMENT);
    return false;
  }

  /** {@code TriggerFuncArg}: a number, a string or any word, as a string. */
  private String triggerArgument() {
    if (is(Tok.ICONST) || is(Tok.FCONST) || is(Tok.SCONST)) {
      String v = is(Tok.SCONST) ? t.value[p] : t.text(p);
      advance();
      return v;
    }
    return colLabel().name();
  }

  /** CREATE POLICY, at POLICY. */
  final Statement createPolicy(int s) {
    advance();
    Identifier name = colId();
    expectKw(ON);
    QualifiedName table = qualifiedName();
    boolean permissive = true;
    if (acceptKw(AS)) {
      if (!is(Tok.IDENT)) {
        throw fail();
      }
      Identifier kind = word();
      if (!kind.name().equals("permissive") && !kind.name().equals("restrictive")) {
        throw new Failure(
            p,
            "unrecognized row security option \"" + kind.name() + "\"",
            "Only PERMISSIVE or RESTRICTIVE policies are supported currently.",
            SyntaxError.SYNTAX_ERROR,
            true,
            kind.start(),
            kind.end());
      }
      permissive = kind.name().equals("permissive");
    }
    String command = "all";
    if (acceptKw(FOR)) {
      if (!kw(ALL) && !kw(SELECT) && !kw(INSERT) && !kw(UPDATE) && !kw(DELETE)) {
        throw fail();
      }
      command = t.value[p];
      advance();
    }
    List<Identifier> roles = acceptKw(TO) ? roleList() : List.of();
    Expr using = null;
    if (acceptKw(USING)) {
      expect('(');
      using = aExpr();
      expect(')');
    }
    Expr check = null;
    if (acceptKw(WITH)) {
      expectKw(CHECK);
      expect('(');
      check = aExpr();
      expect(')');
    }
    return new CreatePolicy(name, table, permissive, command, roles, using, check, s, lastEnd());
  }
}
