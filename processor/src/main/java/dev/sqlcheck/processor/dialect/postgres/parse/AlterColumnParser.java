package dev.sqlcheck.processor.dialect.postgres.parse;

import static dev.sqlcheck.processor.dialect.postgres.parse.PgKeywords.*;

import dev.sqlcheck.processor.sql.ast.AlterTable;
import dev.sqlcheck.processor.sql.ast.Expr;
import dev.sqlcheck.processor.sql.ast.Identifier;
import dev.sqlcheck.processor.sql.ast.QualifiedName;
import dev.sqlcheck.processor.sql.ast.SequenceOption;
import dev.sqlcheck.processor.sql.ast.TypeName;
import java.util.ArrayList;
import java.util.List;

/**
 * The ALTER TABLE actions on one column (gram.y {@code alter_table_cmd} after {@code ALTER [COLUMN]
 * name}): type, default, NOT NULL, identity, generation expression, statistics, storage,
 * compression, options. Version gates: {@code SET EXPRESSION}, {@code SET STATISTICS DEFAULT} from
 * 17; {@code SET STORAGE DEFAULT} from 16.
 */
abstract class AlterColumnParser extends TableParser {
  AlterColumnParser(PgTokens tokens, PgGrammar grammar) {
    super(tokens, grammar);
  }

  /** {@code ALTER [COLUMN] …} after ALTER (not ALTER CONSTRAINT). */
  final AlterTable.Action alterColumn(int s) {
    acceptKw(COLUMN);
    if (is(Tok.ICONST)) {
      return statisticsByNumber(s);
    }
    Identifier col = colId();
    if (kw(SET)) {
      return setOnColumn(s, col);
    }
    if (kw(DROP)) {
      return dropOnColumn(s, col);
    }
    if (kw(TYPE)) {
      return columnType(s, col);
    }
    if (acceptKw(RESET)) {
      reloptions();
      return new AlterTable.ColumnOption(col, 0, "reset", s, lastEnd());
    }
    if (kw(ADD)) {
      advance();
      expectKw(GENERATED);
      boolean always = generatedWhen();
      expectKw(AS);
      expectKw(IDENTITY);
      return new AlterTable.AddIdentity(col, always, parenSeqOptions(), s, lastEnd());
    }
    if (kw(RESTART)) {
      return identityOptions(s, col);
    }
    if (kw(OPTIONS)) {
      alterGenericOptions();
      return new AlterTable.ColumnOption(col, 0, "options", s, lastEnd());
    }
    throw fail();
  }

  /** {@code ALTER [COLUMN] n SET STATISTICS v}: an index column by number. */
  private AlterTable.Action statisticsByNumber(int s) {
    int tok = p;
    long n = Long.parseLong(t.value[p]);
    advance();
    expectKw(SET);
    expectKw(STATISTICS);
    statisticsValue();
    if (n <= 0 || n > Short.MAX_VALUE) {
      throw fatal(
          "column number must be in range from 1 to 32767",
          null,
          "22023",
          t.start[tok],
          t.end[tok]);
    }
    return new AlterTable.ColumnOption(null, (int) n, "set statistics", s, lastEnd());
  }

  private void statisticsValue() {
    if (kw(DEFAULT) && g.since(17)) {
      advance();
    } else {
      signedIconst();
    }
  }

  private boolean generatedWhen() {
    if (acceptKw(ALWAYS)) {
      return true;
    }
    expectKw(BY);
    expectKw(DEFAULT);
    return false;
  }

  private AlterTable.Action setOnColumn(int s, Identifier col) {
    if (kw(1, GENERATED) || seqOptionAt(1)) {
      return identityOptions(s, col);
    }
    advance();
    if (acceptKw(DEFAULT)) {
      return new AlterTable.ColumnDefault(col, aExpr(), s, lastEnd());
    }
    if (acceptKw(NOT)) {
      expectKw(NULL);
      return new AlterTable.ColumnNotNull(col, true, s, lastEnd());
    }
    if (kw(DATA)) {
      advance();
      return columnType(s, col);
    }
    if (is('(')) {
      reloptions();
      return new AlterTable.ColumnOption(col, 0, "set", s, lastEnd());
    }
    if (kw(EXPRESSION) && g.since(17)) {
      advance();
      expectKw(AS);
      expect('(');
      Expr e = aExpr();
      expect(')');
      return new AlterTable.SetExpression(col, e, s, lastEnd());
    }
    if (acceptKw(STATISTICS)) {
      statisticsValue();
      return new AlterTable.ColumnOption(col, 0, "set statistics", s, lastEnd());
    }
    if (kw(STORAGE) || kw(COMPRESSION)) {
      String option = "set " + t.value[p];
      boolean storage = kw(STORAGE);
      advance();
      if (kw(DEFAULT) && (!storage || g.since(16))) {
        advance();
      } else {
        colId();
      }
      return new AlterTable.ColumnOption(col, 0, option, s, lastEnd());
    }
    throw fail();
  }

  private boolean seqOptionAt(int ahead) {
    int m = mark();
    for (int i = 0; i < ahead; i++) {
      advance();
    }
    boolean starts = startsSeqOption();
    reset(m);
    return starts;
  }

  /**
   * {@code alter_identity_column_option_list}: {@code RESTART …}, {@code SET GENERATED …}, {@code
   * SET sequence_option}, one or more. AS, RESTART and OWNED BY after SET are errors of the
   * grammar's action.
   */
  private AlterTable.Action identityOptions(int s, Identifier col) {
    List<SequenceOption> out = new ArrayList<>();
    Failure problem = null;
    do {
      int os = start();
      if (kw(RESTART)) {
        out.add(seqOption());
        continue;
      }
      expectKw(SET);
      if (acceptKw(GENERATED)) {
        boolean always = generatedWhen();
        out.add(
            new SequenceOption(
                always ? "generated always" : "generated by default", null, os, lastEnd()));
        continue;
      }
      if (!startsSeqOption()) {
        throw fail();
      }
      int es = start();
      SequenceOption o = seqOption();
      String n = o.name();
      if (problem == null && (n.equals("as") || n.equals("restart") || n.equals("owned by"))) {
        problem =
            fatal(
                "sequence option \""
                    + (n.equals("owned by") ? "owned_by" : n)
                    + "\" not supported here",
                es,
                o.end());
      }
      out.add(o);
    } while (kw(RESTART) || kw(SET));
    if (problem != null) {
      throw problem;
    }
    return new AlterTable.SetIdentity(col, out, s, lastEnd());
  }

  private AlterTable.Action dropOnColumn(int s, Identifier col) {
    advance();
    if (acceptKw(DEFAULT)) {
      return new AlterTable.ColumnDefault(col, null, s, lastEnd());
    }
    if (acceptKw(NOT)) {
      expectKw(NULL);
      return new AlterTable.ColumnNotNull(col, false, s, lastEnd());
    }
    if (acceptKw(EXPRESSION)) {
      return new AlterTable.DropExpression(col, ifExists(), s, lastEnd());
    }
    expectKw(IDENTITY);
    return new AlterTable.DropIdentity(col, ifExists(), s, lastEnd());
  }

  /** {@code TYPE type [COLLATE c] [USING expr]}, SET DATA already read. */
  private AlterTable.Action columnType(int s, Identifier col) {
    expectKw(TYPE);
    TypeName type = typeName();
    QualifiedName coll = acceptKw(COLLATE) ? anyName() : null;
    Expr using = acceptKw(USING) ? aExpr() : null;
    return new AlterTable.AlterColumnType(col, type, coll, using, s, lastEnd());
  }
}
