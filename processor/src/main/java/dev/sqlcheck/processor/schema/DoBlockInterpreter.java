package dev.sqlcheck.processor.schema;

import dev.sqlcheck.processor.catalog.SourceLocation;
import dev.sqlcheck.processor.problem.Message;
import dev.sqlcheck.processor.schema.BlockReader.Role;
import dev.sqlcheck.processor.schema.BlockReader.Step;
import dev.sqlcheck.processor.schema.BlockTokens.Token;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Replays {@code DO [LANGUAGE plpgsql] $$ .. $$}: the SQL statements of the block (see {@link
 * BlockReader}) go through the loader one by one, each located at its own line, so that a migration
 * that rebuilds a table inside a block (CREATE TABLE, copy, DROP TABLE, ALTER TABLE .. RENAME,
 * often guarded by {@code IF NOT EXISTS (..) THEN}) leaves the table as PostgreSQL would.
 *
 * <p>What sqlcheck cannot know is made unknown, with a warning at the statement's line:
 *
 * <ul>
 *   <li>DDL in a loop, in one of several IF/CASE branches, or in an EXCEPTION handler: the
 *       relations it names;
 *   <li>{@code EXECUTE} of text built at run time: the relations named in the EXECUTE statement (as
 *       words, or inside its string literals, including the name after TABLE or VIEW in a string
 *       such as {@code 'ALTER TABLE ' || t}); when it names none that exist, every existing
 *       relation named anywhere in the block.
 * </ul>
 *
 * A body this reader cannot follow, or in another language, keeps the old reading: only the enum
 * types it creates.
 */
final class DoBlockInterpreter {
  /**
   * What an uncertain statement must be for its relations to become unknown; other statements (enum
   * types, domains, schemas, search path) are applied wherever they stand, as enum types in DO
   * blocks always were.
   */
  private static final Set<DdlKind> RELATION_KINDS =
      Set.of(
          DdlKind.CREATE_TABLE,
          DdlKind.CREATE_VIEW,
          DdlKind.ALTER_TABLE,
          DdlKind.ALTER_VIEW,
          DdlKind.DROP_RELATIONS,
          DdlKind.CREATE_TRIGGER_OR_RULE);

  private DoBlockInterpreter() {}

  /**
   * Applies the block; {@code loader} applies one classified statement as the loader would at the
   * top level.
   */
  static boolean apply(
      LoadContext ctx, String sql, BiPredicate<StatementClassifier.Classification, String> loader) {
    List<Token> tokens = BlockTokens.tokenize(sql);
    Token body = null;
    boolean plpgsql = true;
    for (int i = 1; i < tokens.size(); i++) {
      Token k = tokens.get(i);
      if (k.kind() == SqlTokens.Kind.STRING && body == null) {
        body = k;
      } else if (tokens.get(i - 1).is("LANGUAGE")) {
        plpgsql = k.name().equals("plpgsql");
      }
    }
    if (body == null || !plpgsql) {
      return TypeDdl.enumsInBlock(ctx, sql);
    }
    List<Step> steps;
    try {
      steps = BlockReader.read(body.value());
    } catch (BlockReader.Unreadable e) {
      Set<String> names = named(ctx, body.value());
      if (!names.isEmpty()) {
        forget(ctx, names);
        ctx.warn(Message.DO_BLOCK_NOT_READ, e.getMessage(), quoted(names));
      }
      return TypeDdl.enumsInBlock(ctx, sql);
    }
    SourceLocation at = ctx.location();
    int found = sql.indexOf(body.value(), body.start());
    int bodyStart = found < 0 ? body.start() : found;
    String before = sql.substring(0, bodyStart);
    boolean ok = true;
    try {
      for (Step step : steps) {
        ctx.at(at.file(), at.line() + lines(before) + lines(body.value(), step.offset()));
        ok &= replay(ctx, step, body.value(), loader);
      }
    } finally {
      ctx.at(at.file(), at.line());
    }
    return ok;
  }

  private static boolean replay(
      LoadContext ctx,
      Step step,
      String body,
      BiPredicate<StatementClassifier.Classification, String> loader) {
    StatementClassifier.Classification c = StatementClassifier.classification(step.sql());
    if (c.kind() == DdlKind.SELECT_INTO) {
      return true; // in PL/pgSQL, SELECT … INTO assigns to variables; it creates no table
    }
    if (step.role() != Role.APPLIED) {
      ctx.objects.indexesUncertain(); // it may make an index or key, or not
      if (step.role() == Role.DYNAMIC || c.kind() == DdlKind.CREATE_TRIGGER_OR_RULE) {
        ctx.objects.fillers().uncertain(); // or a trigger or rule that fills in rows
      }
    }
    if (step.role() == Role.DYNAMIC) {
      Set<String> names = named(ctx, step.sql());
      if (names.isEmpty()) {
        names = named(ctx, body);
      }
      forget(ctx, names);
      if (names.isEmpty()) {
        ctx.lose(null, null); // it may create any relation: none missing is reported as an error
      }
      String what = names.isEmpty() ? "relations sqlcheck cannot name" : quoted(names);
      ctx.warn(Message.DO_BLOCK_DYNAMIC, what, names.isEmpty() ? "them" : what);
      return true;
    }
    if (c.kind() == DdlKind.SKIP && step.role() == Role.CONDITIONAL) {
      return true;
    }
    if (step.role() == Role.CONDITIONAL && RELATION_KINDS.contains(c.kind())) {
      Set<String> names = named(ctx, step.sql());
      forget(ctx, names);
      String what = names.isEmpty() ? "the relations it changes" : quoted(names);
      ctx.warn(Message.DO_BLOCK_CONDITIONAL, statementName(c.kind()), step.where(), what);
      return true;
    }
    try {
      return loader.test(c, step.sql());
    } catch (RuntimeException e) {
      ctx.warn(Message.STATEMENT_NOT_INTERPRETED, e);
      return false;
    }
  }

  private static String statementName(DdlKind kind) {
    return switch (kind) {
      case DROP_RELATIONS -> "DROP";
      case CREATE_TRIGGER_OR_RULE -> "CREATE TRIGGER or RULE";
      default -> kind.name().replace('_', ' ');
    };
  }

  /**
   * The relations a statement may touch: the names in it (and in its string literals) of relations
   * that exist, and the name after TABLE, VIEW or RENAME TO, which may be new.
   */
  static Set<String> named(LoadContext ctx, String text) {
    Set<String> names = new LinkedHashSet<>();
    collect(ctx, BlockTokens.tokenize(text), names, 0);
    return names;
  }

  private static void collect(LoadContext ctx, List<Token> tokens, Set<String> names, int depth) {
    for (int i = 0; i < tokens.size(); i++) {
      Token k = tokens.get(i);
      if (k.kind() == SqlTokens.Kind.STRING && depth < 2) {
        collect(ctx, BlockTokens.tokenize(k.value()), names, depth + 1);
      } else if (isName(k)) {
        boolean created = introducesName(tokens, i) && !isKeyword(k);
        boolean qualified =
            i + 2 < tokens.size() && tokens.get(i + 1).isSymbol('.') && isName(tokens.get(i + 2));
        String last = qualified ? tokens.get(i + 2).name() : null;
        if (qualified && (created || ctx.catalog.relation(k.name(), last).isPresent())) {
          names.add(k.name() + "." + last); // schema.relation
          i += 2;
        } else if (created || ctx.catalog.resolve(null, k.name()).isPresent()) {
          names.add(k.name());
        }
      }
    }
  }

  /** After TABLE, VIEW, IF [NOT] EXISTS or RENAME TO: a name that may be new. */
  private static boolean introducesName(List<Token> tokens, int i) {
    Token previous = i > 0 ? tokens.get(i - 1) : null;
    return previous != null
        && (previous.is("TABLE")
            || previous.is("VIEW")
            || previous.is("EXISTS")
            || (previous.is("TO") && i > 1 && tokens.get(i - 2).is("RENAME")));
  }

  private static boolean isName(Token k) {
    return k.kind() == SqlTokens.Kind.WORD || k.kind() == SqlTokens.Kind.QUOTED_IDENTIFIER;
  }

  private static boolean isKeyword(Token k) {
    return k.kind() == SqlTokens.Kind.WORD
        && Set.of("IF", "ONLY", "NOT", "EXISTS").contains(k.value().toUpperCase(Locale.ROOT));
  }

  /** Drops what the catalog knows of each relation and marks it unknown, wherever it was. */
  private static void forget(LoadContext ctx, Set<String> names) {
    for (String qualified : names) {
      int dot = qualified.indexOf('.');
      String schema = dot < 0 ? null : qualified.substring(0, dot);
      String name = qualified.substring(dot + 1);
      ctx.catalog
          .resolve(schema, name)
          .ifPresent(r -> ctx.catalog.removeRelation(r.schema(), r.name()));
      ctx.lose(schema, name);
    }
  }

  private static String quoted(Set<String> names) {
    List<String> q = new ArrayList<>();
    names.forEach(n -> q.add("\"" + n + "\""));
    return String.join(", ", q);
  }

  private static int lines(String text) {
    return lines(text, text.length());
  }

  private static int lines(String text, int upTo) {
    int n = 0;
    for (int i = 0; i < upTo && i < text.length(); i++) {
      n += text.charAt(i) == '\n' ? 1 : 0;
    }
    return n;
  }
}
