package dev.sqlcheck.processor.dialect.postgres.parse;

import static dev.sqlcheck.processor.dialect.postgres.parse.PgKeywords.*;

import dev.sqlcheck.processor.sql.ast.SequenceOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Sequence options (gram.y {@code SeqOptList}, {@code SeqOptElem}), shared by CREATE and ALTER
 * SEQUENCE, identity columns and ALTER COLUMN … SET. {@code LOGGED} and {@code UNLOGGED} are
 * options from PostgreSQL 15 on.
 */
abstract class SequenceOptionParser extends DdlSupportParser {
  SequenceOptionParser(PgTokens tokens, PgGrammar grammar) {
    super(tokens, grammar);
  }

  /** {@code OptSeqOptList}: sequence options while one starts here. */
  final List<SequenceOption> seqOptions() {
    List<SequenceOption> out = new ArrayList<>();
    while (startsSeqOption() || kw(NO)) { // NO x: PostgreSQL notices at x
      out.add(seqOption());
    }
    return out;
  }

  /** {@code OptParenthesizedSeqOptList}. */
  final List<SequenceOption> parenSeqOptions() {
    if (!accept('(')) {
      return List.of();
    }
    List<SequenceOption> out = new ArrayList<>();
    do {
      out.add(seqOption());
    } while (startsSeqOption() || kw(NO));
    expect(')');
    return out;
  }

  final boolean startsSeqOption() {
    if (!is(Tok.KEYWORD)) {
      return false;
    }
    switch (t.keyword[p]) {
      case AS, CACHE, CYCLE, INCREMENT, MAXVALUE, MINVALUE, OWNED, SEQUENCE, START, RESTART:
        return true;
      case LOGGED, UNLOGGED:
        return g.since(15);
      case NO:
        return kw(1, CYCLE) || kw(1, MAXVALUE) || kw(1, MINVALUE);
      default:
        return false;
    }
  }

  /** {@code SeqOptElem}. */
  final SequenceOption seqOption() {
    int s = start();
    int k = is(Tok.KEYWORD) ? t.keyword[p] : -1;
    String name = t.value[p];
    switch (k) {
      case AS:
        advance();
        return new SequenceOption("as", simpleTypeName(), s, lastEnd());
      case CACHE, MAXVALUE, MINVALUE:
        advance();
        return new SequenceOption(name, numericOnly(), s, lastEnd());
      case CYCLE:
        advance();
        return new SequenceOption("cycle", null, s, lastEnd());
      case LOGGED, UNLOGGED:
        if (!g.since(15)) {
          throw fail();
        }
        advance();
        return new SequenceOption(name, null, s, lastEnd());
      case NO:
        return noOption(s);
      case INCREMENT:
        advance();
        acceptKw(BY);
        return new SequenceOption("increment", numericOnly(), s, lastEnd());
      case OWNED:
        advance();
        expectKw(BY);
        return new SequenceOption("owned by", anyName(), s, lastEnd());
      case SEQUENCE:
        advance();
        expectKw(NAME);
        return new SequenceOption("sequence name", anyName(), s, lastEnd());
      case START:
        advance();
        optWith();
        return new SequenceOption("start", numericOnly(), s, lastEnd());
      case RESTART:
        advance();
        if (kw(WITH) || kw(PgTokens.WITH_LA) || startsNumeric()) {
          optWith();
          return new SequenceOption("restart", numericOnly(), s, lastEnd());
        }
        return new SequenceOption("restart", null, s, lastEnd());
      default:
        throw fail();
    }
  }

  private SequenceOption noOption(int s) {
    advance();
    if (!kw(CYCLE) && !kw(MAXVALUE) && !kw(MINVALUE)) {
      throw fail();
    }
    String name = "no " + t.value[p];
    advance();
    return new SequenceOption(name, null, s, lastEnd());
  }
}
