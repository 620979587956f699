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
import java.util.function.BiPredicate;

/**
 * Statements simple enough to read with the tokenizer instead of the parser (which rejects some of
 * them, such as {@code ALTER VIEW .. RENAME}): DROP TABLE/VIEW, ALTER VIEW RENAME/SET SCHEMA,
 * CREATE SCHEMA and the search path.
 *
 * <p>Search path: {@code SET search_path = a, b} (or pg_dump's {@code set_config('search_path',
 * ..)}) sets the path used both for later DDL and for resolving queries. An empty path, as pg_dump
 * writes, or {@code DEFAULT} resets it to {@code [public]}: a dump qualifies every name it writes,
 * and the application's queries will run with the server's default path.
 */
final class SimpleDdl {
  private SimpleDdl() {}

  static boolean drop(LoadContext ctx, String sql) {
    List<Token> t = SqlTokens.tokenize(sql, Integer.MAX_VALUE);
    int i = t.get(1).is("MATERIALIZED") ? 3 : 2;
    boolean ifExists = i + 1 < t.size() && t.get(i).is("IF") && t.get(i + 1).is("EXISTS");
    i += ifExists ? 2 : 0;
    while (i < t.size()) {
      List<String> name = new ArrayList<>();
      i = AlterTableActions.readQualifiedName(t, i, name);
      if (name.isEmpty()) {
        break;
      }
      dropOne(ctx, name, ifExists);
      if (i < t.size() && t.get(i).isSymbol(",")) {
        i++;
      } else {
        break;
      }
    }
    return true;
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
          .addFunction(read.get().name(), read.get().arguments(), read.get().result());
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
    ctx.catalog.routines().addExtension(PgIdentifiers.fold(t.get(i).text()));
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
    List<SqlTokens.Token> t = SqlTokens.tokenize(sql, 64);
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

  /**
   * {@code CREATE SCHEMA [IF NOT EXISTS] name [AUTHORIZATION role] [element …]}: the schema, and
   * each element (CREATE TABLE, VIEW, SEQUENCE, INDEX, TRIGGER, GRANT) applied by {@code loader} as
   * a statement of its own, with the new schema first on the search path, as PostgreSQL creates
   * them.
   */
  static boolean createSchema(
      LoadContext ctx, String sql, BiPredicate<StatementClassifier.Classification, String> loader) {
    List<Token> t = SqlTokens.tokenize(sql, Integer.MAX_VALUE);
    int i = 2;
    if (i + 2 < t.size() && t.get(i).is("IF") && t.get(i + 1).is("NOT")) {
      i += 3;
    }
    String schema = null;
    if (i < t.size() && t.get(i).is("AUTHORIZATION")) {
      i++; // CREATE SCHEMA AUTHORIZATION role names the schema after the role
    }
    if (i < t.size() && t.get(i).isName()) {
      schema = PgIdentifiers.fold(t.get(i).text());
      ctx.catalog.addSchema(schema);
      i++;
    }
    if (i + 1 < t.size() && t.get(i).is("AUTHORIZATION")) {
      i += 2;
    }
    if (schema == null || i >= t.size()) {
      return schema != null;
    }
    List<String> path = ctx.catalog.searchPath();
    List<String> inside = new ArrayList<>(List.of(schema));
    inside.addAll(path);
    ctx.catalog.searchPath(inside);
    boolean ok = true;
    try {
      for (String element : elements(sql, t, i)) {
        StatementClassifier.Classification c = StatementClassifier.classification(element);
        ok &= c.kind() == DdlKind.SKIP || loader.test(c, element);
      }
    } finally {
      ctx.catalog.searchPath(path);
    }
    return ok;
  }

  /** The schema elements from token {@code from}: each starts at a top-level CREATE or GRANT. */
  private static List<String> elements(String sql, List<Token> t, int from) {
    List<Integer> starts = new ArrayList<>();
    int depth = 0;
    for (int k = from; k < t.size(); k++) {
      Token token = t.get(k);
      depth += token.isSymbol("(") ? 1 : token.isSymbol(")") ? -1 : 0;
      if (depth == 0 && (token.is("CREATE") || token.is("GRANT"))) {
        starts.add(token.start());
      }
    }
    List<String> out = new ArrayList<>();
    for (int k = 0; k < starts.size(); k++) {
      int end = k + 1 < starts.size() ? starts.get(k + 1) : sql.length();
      out.add(sql.substring(starts.get(k), end).strip());
    }
    return out;
  }

  /**
   * {@code IMPORT FOREIGN SCHEMA remote [LIMIT TO (t, …)] FROM SERVER s INTO local}: tables whose
   * columns come from another server. The tables named in LIMIT TO, or any table of the local
   * schema, may exist: queries on them warn instead of being told they do not exist.
   */
  static boolean importForeignSchema(LoadContext ctx, String sql) {
    List<Token> t = SqlTokens.tokenize(sql, Integer.MAX_VALUE);
    int into = -1;
    int limit = -1;
    for (int k = 0; k < t.size(); k++) {
      if (t.get(k).is("INTO")) {
        into = k;
      } else if (t.get(k).is("LIMIT") && k + 1 < t.size() && t.get(k + 1).is("TO")) {
        limit = k + 2;
      }
    }
    if (into < 0 || into + 1 >= t.size()) {
      ctx.warn(Message.STATEMENT_NOT_INTERPRETED, "no INTO schema in IMPORT FOREIGN SCHEMA");
      ctx.lose(null, null);
      return false;
    }
    String schema = PgIdentifiers.fold(t.get(into + 1).text());
    ctx.catalog.addSchema(schema);
    if (limit < 0 || !t.get(limit).isSymbol("(")) {
      ctx.catalog.markSchemaUnknown(schema);
      return true;
    }
    for (int k = limit + 1; k < t.size() && !t.get(k).isSymbol(")"); k++) {
      if (t.get(k).isName()) {
        ctx.lose(schema, PgIdentifiers.fold(t.get(k).text()));
      }
    }
    return true;
  }

  /** {@code SET search_path = a, b} or {@code SELECT pg_catalog.set_config('search_path', ..)}. */
  static boolean searchPath(LoadContext ctx, String sql) {
    List<Token> t = SqlTokens.tokenize(sql, Integer.MAX_VALUE);
    List<String> path = new ArrayList<>();
    if (t.get(0).is("SELECT")) {
      for (int i = 0; i + 4 < t.size(); i++) {
        if (t.get(i).is("set_config")) {
          Token value = t.get(i + 4);
          if (value.kind() == SqlTokens.Kind.STRING) {
            path.addAll(splitPath(value.stringValue()));
          }
          break;
        }
      }
    } else {
      int i = 1;
      while (i < t.size() && !(t.get(i).isSymbol("=") || t.get(i).is("TO"))) {
        i++;
      }
      for (i++; i < t.size(); i++) {
        Token v = t.get(i);
        if (v.kind() == SqlTokens.Kind.STRING) {
          path.addAll(splitPath(v.stringValue()));
        } else if (v.isName() && !v.is("DEFAULT")) {
          path.add(PgIdentifiers.fold(v.text()));
        }
      }
    }
    path.removeIf(s -> s.isEmpty() || s.equals("$user"));
    ctx.catalog.searchPath(path.isEmpty() ? List.of("public") : path);
    return true;
  }

  private static List<String> splitPath(String value) {
    List<String> out = new ArrayList<>();
    for (String part : value.split(",")) {
      if (!part.isBlank()) {
        out.add(PgIdentifiers.fold(part.strip()));
      }
    }
    return out;
  }
}
