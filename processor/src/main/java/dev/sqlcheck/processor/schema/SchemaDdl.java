package dev.sqlcheck.processor.schema;

import dev.sqlcheck.processor.dialect.postgres.PgIdentifiers;
import dev.sqlcheck.processor.problem.Message;
import dev.sqlcheck.processor.schema.SqlTokens.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * Schemas and the search path, read with the tokenizer: {@code CREATE SCHEMA} with its elements,
 * {@code IMPORT FOREIGN SCHEMA}, and {@code SET search_path}.
 *
 * <p>Search path: {@code SET search_path = a, b} (or pg_dump's {@code set_config('search_path',
 * ..)}) sets the path used both for later DDL and for resolving queries. An empty path, as pg_dump
 * writes, {@code DEFAULT}, {@code RESET search_path} or {@code RESET ALL} resets it to {@code
 * [public]}: a dump qualifies every name it writes, and the application's queries will run with the
 * server's default path.
 */
final class SchemaDdl {
  private SchemaDdl() {}

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
    if (limit < 0 || limit >= t.size() || !t.get(limit).isSymbol("(")) {
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
