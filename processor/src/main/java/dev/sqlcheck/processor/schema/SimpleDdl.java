package dev.sqlcheck.processor.schema;

import dev.sqlcheck.processor.catalog.HistoryEvent;
import dev.sqlcheck.processor.catalog.Relation;
import dev.sqlcheck.processor.catalog.Relations;
import dev.sqlcheck.processor.catalog.SqlType;
import dev.sqlcheck.processor.dialect.postgres.PgIdentifiers;
import dev.sqlcheck.processor.problem.Message;
import dev.sqlcheck.processor.schema.SqlTokens.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Statements simple enough to read with the tokenizer instead of the parser (which rejects some of
 * them, such as {@code ALTER VIEW .. RENAME}): DROP TABLE/VIEW, ALTER VIEW RENAME/SET SCHEMA, and
 * the names (and what queries may see of them) of functions, sequences, extensions, operators,
 * casts, aggregates and INSTEAD OF triggers or rules. Schemas and the search path are read by
 * {@link SchemaDdl}.
 */
final class SimpleDdl {
  private SimpleDdl() {}

  static boolean drop(LoadContext ctx, String sql) {
    List<Token> t = SqlTokens.tokenize(sql, Integer.MAX_VALUE);
    int i = t.get(1).is("MATERIALIZED") ? 3 : 2;
    boolean ifExists = i + 1 < t.size() && t.get(i).is("IF") && t.get(i + 1).is("EXISTS");
    i += ifExists ? 2 : 0;
    List<List<String>> names = new ArrayList<>();
    while (i < t.size()) {
      List<String> name = new ArrayList<>();
      i = AlterTableActions.readQualifiedName(t, i, name);
      if (name.isEmpty()) {
        break;
      }
      names.add(name);
      if (i < t.size() && t.get(i).isSymbol(",")) {
        i++;
      } else {
        break;
      }
    }
    boolean cascade = t.get(t.size() - 1).is("CASCADE");
    String what = t.get(1).is("MATERIALIZED") ? "MATERIALIZED VIEW" : t.get(1).upper();
    if (!cascade && refusedForDependents(ctx, what, names)) {
      return true;
    }
    names.forEach(name -> dropOne(ctx, name, ifExists));
    return true;
  }

  /**
   * Without CASCADE, PostgreSQL refuses to drop a relation that a view it does not also drop uses,
   * and drops nothing of the statement: reported, and nothing is dropped here either.
   */
  private static boolean refusedForDependents(
      LoadContext ctx, String what, List<List<String>> names) {
    List<Relation> dropped = new ArrayList<>();
    for (List<String> name : names) {
      String schema = name.size() > 1 ? name.get(name.size() - 2) : null;
      ctx.catalog.resolve(schema, name.get(name.size() - 1)).ifPresent(dropped::add);
    }
    List<String> droppedKeys = dropped.stream().map(r -> r.schema() + "." + r.name()).toList();
    for (Relation r : dropped) {
      for (String view : ctx.catalog.viewsUsing(r.schema(), r.name())) {
        if (!droppedKeys.contains(view)) {
          ctx.refusedForView("DROP " + what + " " + r.name(), view, true);
          return true;
        }
      }
    }
    return false;
  }

  private static void dropOne(LoadContext ctx, List<String> name, boolean ifExists) {
    String schema = name.size() > 1 ? name.get(name.size() - 2) : null;
    String relation = name.get(name.size() - 1);
    Optional<Relation> found = ctx.catalog.resolve(schema, relation);
    if (found.isEmpty()) {
      if (!ifExists && !ctx.wasLost(relation)) {
        ctx.warn(Message.DROP_OF_MISSING_RELATION, relation);
      }
      return;
    }
    Relation r = found.get();
    ctx.catalog.removeRelation(r.schema(), r.name());
    ctx.catalog.recordRelationEvent(
        r.schema(), new HistoryEvent(HistoryEvent.Type.DROPPED, r.name(), null, ctx.location()));
  }

  /** {@code ALTER [MATERIALIZED] VIEW [IF EXISTS] v RENAME [COLUMN] a TO b | RENAME TO w}. */
  static boolean alterView(LoadContext ctx, String sql) {
    List<Token> t = SqlTokens.tokenize(sql, Integer.MAX_VALUE);
    int i = t.get(1).is("MATERIALIZED") ? 3 : 2;
    boolean ifExists = i + 1 < t.size() && t.get(i).is("IF") && t.get(i + 1).is("EXISTS");
    i += ifExists ? 2 : 0;
    List<String> name = new ArrayList<>();
    i = AlterTableActions.readQualifiedName(t, i, name);
    String schema = name.size() > 1 ? name.get(name.size() - 2) : null;
    Optional<Relation> found =
        name.isEmpty() ? Optional.empty() : ctx.catalog.resolve(schema, name.get(name.size() - 1));
    if (found.isEmpty()) {
      return true;
    }
    List<Token> rest = t.subList(i, t.size());
    Relation r = found.get();
    if (rest.size() == 3 && rest.get(0).is("RENAME") && rest.get(1).is("TO")) {
      AlterExpressions.moveTo(ctx, r, r.schema(), PgIdentifiers.fold(rest.get(2).text()));
    } else if (rest.size() == 3 && rest.get(0).is("SET") && rest.get(1).is("SCHEMA")) {
      AlterExpressions.moveTo(ctx, r, PgIdentifiers.fold(rest.get(2).text()), r.name());
    } else if (rest.size() >= 4 && rest.get(0).is("RENAME")) {
      int from = rest.get(1).is("COLUMN") ? 2 : 1;
      if (from + 2 < rest.size() && rest.get(from + 1).is("TO")) {
        renameViewColumn(ctx, r, rest.get(from).text(), rest.get(from + 2).text());
      }
    }
    return true;
  }

  private static void renameViewColumn(LoadContext ctx, Relation r, String rawFrom, String rawTo) {
    String from = PgIdentifiers.fold(rawFrom);
    String to = PgIdentifiers.fold(rawTo);
    if (r.column(from).isEmpty()) {
      return;
    }
    ctx.catalog.putRelation(Relations.mapColumn(r, from, c -> c.withName(to)));
    ctx.catalog.recordColumnEvent(
        r.schema(),
        r.name(),
        new HistoryEvent(HistoryEvent.Type.RENAMED, from, to, ctx.location()));
  }

  /**
   * {@code CREATE [OR REPLACE] FUNCTION|PROCEDURE [schema.]name (…)}: the name, so that queries
   * calling the schema's own functions are not taken for calls of unknown ones, and what it returns
   * where its declaration says ({@link FunctionResults}).
   */
  static boolean createFunction(LoadContext ctx, String sql) {
    Optional<FunctionResults.Read> read = FunctionResults.read(ctx, sql);
    if (read.isPresent()) {
      ctx.catalog
          .routines()
          .addFunction(
              read.get().name(),
              read.get().arguments(),
              read.get().result(),
              read.get().signature());
      return true;
    }
    List<SqlTokens.Token> t = SqlTokens.tokenize(sql, 12);
    for (int i = 0; i + 1 < t.size(); i++) {
      if (t.get(i).is("FUNCTION") || t.get(i).is("PROCEDURE")) {
        int j = i + 1;
        while (j + 2 < t.size() && t.get(j + 1).isSymbol(".")) {
          j += 2;
        }
        ctx.catalog.routines().addFunction(PgIdentifiers.fold(t.get(j).text()), null);
        return true;
      }
    }
    return false;
  }

  /** {@code CREATE [TEMP|UNLOGGED] SEQUENCE [IF NOT EXISTS] [schema.]name …}: the name. */
  static boolean createSequence(LoadContext ctx, String sql) {
    List<String> name = Failures.createdName(sql, "SEQUENCE");
    if (name.isEmpty()) {
      ctx.warn(Message.STATEMENT_NOT_INTERPRETED, "no name after CREATE SEQUENCE");
      return false;
    }
    String schema = ctx.creationSchema(name.size() > 1 ? name.get(name.size() - 2) : null);
    String last = name.get(name.size() - 1);
    if (ctx.catalog.sequenceSchema(schema, last).isEmpty()) {
      ctx.catalog.addSequence(schema, last, ctx.location());
    }
    return true;
  }

  /** {@code CREATE EXTENSION [IF NOT EXISTS] name …}: the name. */
  static boolean createExtension(LoadContext ctx, String sql) {
    List<Token> t = SqlTokens.tokenize(sql, 8);
    int i = 2;
    if (i + 2 < t.size() && t.get(i).is("IF") && t.get(i + 1).is("NOT")) {
      i += 3;
    }
    if (i >= t.size()) {
      return false;
    }
    String name = PgIdentifiers.fold(t.get(i).text());
    String schema = null;
    List<Token> all = SqlTokens.tokenize(sql, Integer.MAX_VALUE);
    for (int k = i + 1; k + 1 < all.size(); k++) {
      if (all.get(k).is("SCHEMA")) {
        schema = PgIdentifiers.fold(all.get(k + 1).text());
      }
    }
    ctx.catalog.routines().addExtension(name, ctx.creationSchema(schema));
    ExtensionRelations.created(ctx, name, ctx.creationSchema(schema));
    return true;
  }

  /**
   * {@code CREATE OPERATOR [schema.]op (…)}: its name; {@code CREATE CAST (source AS target) …}:
   * its two types. Neither is modelled, so a type error that one of them may resolve is reported as
   * not checked instead of as PostgreSQL's built-in rules would report it.
   */
  static boolean createOperatorOrCast(LoadContext ctx, String sql) {
    List<Token> t = SqlTokens.tokenize(sql, Integer.MAX_VALUE);
    int open = 2;
    while (open < t.size() && !t.get(open).isSymbol("(")) {
      open++;
    }
    if (open >= t.size() || open == 2 && t.get(1).is("OPERATOR")) {
      ctx.warn(Message.STATEMENT_NOT_INTERPRETED, "no name or no definition list");
      return false;
    }
    if (t.get(1).is("OPERATOR")) {
      String name = sql.substring(t.get(2).start(), t.get(open).start()).strip();
      ctx.catalog.routines().addOperator(name.substring(name.lastIndexOf('.') + 1));
      return true;
    }
    int close = ObjectDdl.closing(t, open);
    int depth = 0;
    for (int k = open + 1; k < close; k++) {
      depth += t.get(k).isSymbol("(") ? 1 : t.get(k).isSymbol(")") ? -1 : 0;
      if (depth == 0 && t.get(k).is("AS")) {
        String source = sql.substring(t.get(open).start() + 1, t.get(k).start()).strip();
        String target = sql.substring(t.get(k + 1).start(), t.get(close).start()).strip();
        ctx.catalog
            .routines()
            .addCast(ctx.resolveType(source).name(), ctx.resolveType(target).name());
        return true;
      }
    }
    ctx.warn(Message.STATEMENT_NOT_INTERPRETED, "no (source AS target) after CREATE CAST");
    return false;
  }

  /**
   * {@code CREATE [OR REPLACE] AGGREGATE name (args) (SFUNC = f, STYPE = type [, FINALFUNC = g]
   * …)}, and the old form with {@code BASETYPE} inside the one list. The aggregate returns its
   * state type unless a final function computes the result, whose type the schema model does not
   * keep.
   */
  static boolean createAggregate(LoadContext ctx, String sql) {
    List<Token> t = SqlTokens.tokenize(sql, Integer.MAX_VALUE);
    int i = 0;
    while (i < t.size() && !t.get(i).is("AGGREGATE")) {
      i++;
    }
    int j = i + 1;
    while (j + 2 < t.size() && t.get(j + 1).isSymbol(".")) {
      j += 2;
    }
    if (j >= t.size()) {
      return false;
    }
    String stateType = null;
    boolean finalFunction = false;
    int depth = 0;
    for (int k = j + 1; k < t.size(); k++) {
      Token token = t.get(k);
      if (token.isSymbol("(")) {
        depth++;
      } else if (token.isSymbol(")")) {
        depth--;
      } else if (depth == 1 && k + 1 < t.size() && t.get(k + 1).isSymbol("=")) {
        if (token.is("FINALFUNC")) {
          finalFunction = true;
        } else if (token.is("STYPE")) {
          stateType = definitionValue(sql, t, k + 2);
        }
      }
    }
    SqlType result =
        finalFunction || stateType == null ? SqlType.UNKNOWN : ctx.resolveType(stateType);
    ctx.catalog.routines().addAggregate(PgIdentifiers.fold(t.get(j).text()), result);
    return true;
  }

  /**
   * The text of a definition's value: from token {@code from} to the next {@code ,} or {@code )}.
   */
  private static String definitionValue(String sql, List<Token> t, int from) {
    int depth = 0;
    for (int k = from; k < t.size(); k++) {
      Token token = t.get(k);
      if (token.isSymbol("(")) {
        depth++;
      } else if (depth == 0 && (token.isSymbol(",") || token.isSymbol(")"))) {
        return from < k ? sql.substring(t.get(from).start(), token.start()).strip() : null;
      } else if (token.isSymbol(")")) {
        depth--;
      }
    }
    return null;
  }

  /**
   * {@code CREATE TRIGGER … INSTEAD OF … ON rel} and {@code CREATE RULE … AS ON event TO rel DO
   * INSTEAD …} (without WHERE) make a view accept INSERT, UPDATE and DELETE whatever its query.
   */
  static boolean insteadOf(LoadContext ctx, String sql) {
    List<SqlTokens.Token> all = SqlTokens.tokenize(sql, 256);
    InsertFillers.record(ctx, all);
    List<SqlTokens.Token> t = all.subList(0, Math.min(64, all.size()));
    boolean trigger = t.stream().anyMatch(x -> x.is("TRIGGER"));
    boolean instead = false;
    boolean conditional = false;
    int target = -1;
    for (int i = 0; i + 1 < t.size(); i++) {
      if (t.get(i).is("INSTEAD") && (!trigger || t.get(i + 1).is("OF"))) {
        instead = true;
      }
      if (!trigger && t.get(i).is("WHERE")) {
        conditional = true;
      }
      if (target < 0 && (trigger ? t.get(i).is("ON") && instead : t.get(i).is("TO"))) {
        target = i + 1;
      }
    }
    if (!instead || conditional || target < 0 || target >= t.size()) {
      return true;
    }
    List<String> name = new ArrayList<>();
    name.add(PgIdentifiers.fold(t.get(target).text()));
    if (target + 2 < t.size() && t.get(target + 1).isSymbol(".")) {
      name.add(PgIdentifiers.fold(t.get(target + 2).text()));
    }
    String relation = name.get(name.size() - 1);
    String schema = name.size() > 1 ? name.get(0) : null;
    ctx.catalog
        .resolve(schema, relation)
        .ifPresent(r -> ctx.catalog.insteadOf(r.schema(), r.name()));
    return true;
  }
}
