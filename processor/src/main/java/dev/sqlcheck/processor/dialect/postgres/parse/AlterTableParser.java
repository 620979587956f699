package dev.sqlcheck.processor.dialect.postgres.parse;

import static dev.sqlcheck.processor.dialect.postgres.parse.PgKeywords.*;

import dev.sqlcheck.processor.sql.ast.AlterSequence;
import dev.sqlcheck.processor.sql.ast.AlterTable;
import dev.sqlcheck.processor.sql.ast.Identifier;
import dev.sqlcheck.processor.sql.ast.OwnerTo;
import dev.sqlcheck.processor.sql.ast.QualifiedName;
import dev.sqlcheck.processor.sql.ast.RenameTo;
import dev.sqlcheck.processor.sql.ast.SetSchema;
import dev.sqlcheck.processor.sql.ast.Statement;
import dev.sqlcheck.processor.sql.ast.TableRef;
import dev.sqlcheck.processor.sql.ast.UnsupportedStatement;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ALTER TABLE|INDEX|SEQUENCE|VIEW|MATERIALIZED VIEW|FOREIGN TABLE} (gram.y {@code
 * AlterTableStmt} with {@code alter_table_cmds}, {@code partition_cmd}, the relation forms of
 * {@code RenameStmt} and {@code AlterObjectSchemaStmt}, and {@code AlterSeqStmt}). {@code ALTER …
 * ALL IN TABLESPACE} is recognised and skipped.
 */
abstract class AlterTableParser extends AlterColumnParser {
  AlterTableParser(PgTokens tokens, PgGrammar grammar) {
    super(tokens, grammar);
  }

  /** ALTER of a relation, at the relation kind's key word (ALTER already read). */
  final Statement alterRelation(int s) {
    String kind = relationKind();
    boolean table = kind.endsWith("table");
    if (kw(ALL)
        && !kind.equals("sequence")
        && !kind.equals("view")
        && !kind.equals("foreign table")) {
      return moveAll(s, kind);
    }
    boolean ifExists = ifExists();
    TableRef.Relation rel = table ? relationExpr() : plainRelation();
    List<AlterTable.Action> actions = new ArrayList<>();
    if (kw(RENAME)) {
      actions.add(rename(kind));
    } else if (kw(SET) && kw(1, SCHEMA) && !kind.equals("index")) {
      int a = start();
      advance();
      advance();
      actions.add(new SetSchema(colId(), a, lastEnd()));
    } else if ((kw(ATTACH) || kw(DETACH))
        && (table || kind.equals("index") && kw(ATTACH) && !ifExists)) {
      actions.add(partitionAction(kind.equals("index")));
    } else if (kind.equals("sequence") && startsSeqOption()) {
      return new AlterSequence(ifExists, rel.name(), seqOptions(), s, lastEnd());
    } else if ((kind.equals("index") || kind.equals("materialized view"))
        && !ifExists
        && (kw(DEPENDS) || kw(NO) && kw(1, DEPENDS))) {
      actions.add(dependsOnExtension());
    } else {
      do {
        actions.add(command());
      } while (accept(','));
    }
    return new AlterTable(kind, ifExists, rel, actions, s, lastEnd());
  }

  /**
   * {@code ALL IN TABLESPACE t [OWNED BY roles] SET TABLESPACE u [NOWAIT]}: checked, and kept as an
   * unsupported statement (it names no relation).
   */
  private Statement moveAll(int s, String kind) {
    advance();
    expectKw(IN);
    expectKw(TABLESPACE);
    colId();
    if (acceptKw(OWNED)) {
      expectKw(BY);
      roleList();
    }
    expectKw(SET);
    expectKw(TABLESPACE);
    colId();
    acceptKw(NOWAIT);
    return new UnsupportedStatement("alter", "alter " + kind + " all in tablespace", s, lastEnd());
  }

  private String relationKind() {
    if (acceptKw(FOREIGN)) {
      expectKw(TABLE);
      return "foreign table";
    }
    if (acceptKw(MATERIALIZED)) {
      expectKw(VIEW);
      return "materialized view";
    }
    String kind = t.value[p];
    advance();
    return kind;
  }

  private TableRef.Relation plainRelation() {
    int s = start();
    QualifiedName name = qualifiedName();
    return new TableRef.Relation(name, true, false, null, null, s, lastEnd());
  }

  private AlterTable.Action rename(String kind) {
    int s = start();
    advance();
    if (acceptKw(TO)) {
      return new RenameTo(colId(), s, lastEnd());
    }
    if (kind.equals("table") && acceptKw(CONSTRAINT)) {
      Identifier name = colId();
      expectKw(TO);
      return new AlterTable.RenameConstraint(name, colId(), s, lastEnd());
    }
    if (kind.equals("index") || kind.equals("sequence")) {
      throw fail();
    }
    acceptKw(COLUMN);
    Identifier col = colId();
    expectKw(TO);
    return new AlterTable.RenameColumn(col, colId(), s, lastEnd());
  }

  private AlterTable.Action partitionAction(boolean index) {
    int s = start();
    boolean attach = kw(ATTACH);
    advance();
    expectKw(PARTITION);
    QualifiedName part = qualifiedName();
    if (attach) {
      return new AlterTable.AttachPartition(part, index ? null : partitionBound(), s, lastEnd());
    }
    boolean concurrently = acceptKw(CONCURRENTLY);
    boolean finalizing = !concurrently && acceptKw(FINALIZE);
    return new AlterTable.DetachPartition(part, concurrently, finalizing, s, lastEnd());
  }

  /** {@code [NO] DEPENDS ON EXTENSION name}. */
  private AlterTable.Action dependsOnExtension() {
    int s = start();
    String action = acceptKw(NO) ? "no depends on extension" : "depends on extension";
    expectKw(DEPENDS);
    expectKw(ON);
    expectKw(EXTENSION);
    return new AlterTable.Other(action, colId(), s, lastEnd());
  }

  /** {@code alter_table_cmd}. */
  private AlterTable.Action command() {
    int s = start();
    if (!is(Tok.KEYWORD)) {
      throw fail();
    }
    switch (t.keyword[p]) {
      case ADD:
        return add(s);
      case ALTER:
        advance();
        return kw(CONSTRAINT) ? alterConstraint(s) : alterColumn(s);
      case DROP:
        return drop(s);
      case VALIDATE:
        advance();
        expectKw(CONSTRAINT);
        return new AlterTable.ValidateConstraint(colId(), s, lastEnd());
      case SET:
        return set(s);
      case RESET:
        advance();
        reloptions();
        return other("reset", null, s);
      case CLUSTER:
        advance();
        expectKw(ON);
        return other("cluster on", colId(), s);
      case ENABLE, DISABLE:
        return enableOrDisable(s);
      case FORCE:
        advance();
        return rowSecurity("force row level security", s);
      case NO:
        return no(s);
      case INHERIT:
        advance();
        return new AlterTable.Inherit(qualifiedName(), false, s, lastEnd());
      case OF:
        advance();
        return new AlterTable.OfType(anyName(), s, lastEnd());
      case NOT:
        advance();
        expectKw(OF);
        return new AlterTable.OfType(null, s, lastEnd());
      case OWNER:
        advance();
        expectKw(TO);
        return new OwnerTo(roleSpec(), s, lastEnd());
      case REPLICA:
        return replicaIdentity(s);
      case OPTIONS:
        alterGenericOptions();
        return other("options", null, s);
      default:
        throw fail();
    }
  }

  private AlterTable.Action other(String action, Identifier target, int s) {
    return new AlterTable.Other(action, target, s, lastEnd());
  }

  private AlterTable.Action add(int s) {
    advance();
    if (acceptKw(COLUMN)) {
      boolean ine = ifNotExists();
      return new AlterTable.AddColumn(ine, columnDefinition(), s, lastEnd());
    }
    if (startsTableConstraint()) {
      return new AlterTable.AddConstraint(tableConstraint(), s, lastEnd());
    }
    boolean ine = ifNotExists();
    return new AlterTable.AddColumn(ine, columnDefinition(), s, lastEnd());
  }

  private AlterTable.Action alterConstraint(int s) {
    advance();
    Identifier name = colId();
    if (g.since(18) && acceptKw(INHERIT)) {
      return new AlterTable.AlterConstraint(name, null, Boolean.TRUE, s, lastEnd());
    }
    int allowed = g.since(18) ? ALLOW_DEFERRAL | ALLOW_ENFORCED | ALLOW_NO_INHERIT : ALLOW_DEFERRAL;
    var attrs = attributeSpec("FOREIGN KEY", allowed);
    return new AlterTable.AlterConstraint(name, attrs, null, s, lastEnd());
  }

  private AlterTable.Action drop(int s) {
    advance();
    if (acceptKw(CONSTRAINT)) {
      boolean ie = ifExists();
      Identifier name = colId();
      return new AlterTable.DropConstraint(ie, name, dropBehavior(), s, lastEnd());
    }
    acceptKw(COLUMN);
    boolean ie = ifExists();
    Identifier col = colId();
    return new AlterTable.DropColumn(ie, col, dropBehavior(), s, lastEnd());
  }

  private AlterTable.Action set(int s) {
    advance();
    if (is('(')) {
      reloptions();
      return other("set", null, s);
    }
    int from = p;
    if (acceptKw(WITHOUT)) {
      if (!acceptKw(OIDS)) {
        expectKw(CLUSTER);
      }
      return other("set " + words(from), null, s);
    }
    if (acceptKw(LOGGED) || acceptKw(UNLOGGED)) {
      return other("set " + words(from), null, s);
    }
    if (acceptKw(TABLESPACE)) {
      return other("set tablespace", colId(), s);
    }
    if (kw(ACCESS) && g.since(15)) {
      advance();
      expectKw(METHOD);
      Identifier m = kw(DEFAULT) && g.since(17) ? word() : colId();
      return other("set access method", m, s);
    }
    throw fail();
  }

  private AlterTable.Action enableOrDisable(int s) {
    boolean enable = kw(ENABLE);
    int from = p;
    advance();
    if (kw(ROW)) {
      return rowSecurity(words(from) + " row level security", s);
    }
    if (enable && (kw(ALWAYS) || kw(REPLICA))) {
      advance();
      if (!kw(TRIGGER) && !kw(RULE)) {
        throw fail();
      }
      advance();
      return other(words(from), colId(), s);
    }
    if (acceptKw(RULE)) {
      return other(words(from), colId(), s);
    }
    expectKw(TRIGGER);
    if (kw(ALL) || kw(USER)) {
      advance();
      return other(words(from), null, s);
    }
    String action = words(from);
    return other(action, colId(), s);
  }

  private AlterTable.Action rowSecurity(String action, int s) {
    expectKw(ROW);
    expectKw(LEVEL);
    expectKw(SECURITY);
    return other(action, null, s);
  }

  private AlterTable.Action no(int s) {
    advance();
    if (acceptKw(FORCE)) {
      return rowSecurity("no force row level security", s);
    }
    expectKw(INHERIT);
    return new AlterTable.Inherit(qualifiedName(), true, s, lastEnd());
  }

  private AlterTable.Action replicaIdentity(int s) {
    advance();
    expectKw(IDENTITY);
    if (kw(NOTHING) || kw(FULL) || kw(DEFAULT)) {
      advance();
      return other("replica identity", null, s);
    }
    expectKw(USING);
    expectKw(INDEX);
    return other("replica identity", colId(), s);
  }
}
