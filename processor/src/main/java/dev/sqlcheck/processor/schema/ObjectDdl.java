package dev.sqlcheck.processor.schema;

import dev.sqlcheck.processor.catalog.Column;
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
import java.util.function.Predicate;

/**
 * DROP and ALTER of the schema objects other than tables and views that queries name: schemas,
 * sequences, enum types, domains, functions, procedures, aggregates and extensions. Without these,
 * a query on an object a later migration dropped or renamed would pass, and one using its new name
 * would be an error.
 *
 * <p>As in PostgreSQL:
 *
 * <ul>
 *   <li>{@code DROP SCHEMA s CASCADE} drops the relations, sequences, enum types and domains in it;
 *       without {@code CASCADE} PostgreSQL refuses to drop a schema that holds any;
 *   <li>{@code DROP TYPE e CASCADE} drops the columns of that enum type (or an array of it);
 *       without {@code CASCADE} PostgreSQL refuses while a column uses it;
 *   <li>{@code ALTER TYPE e RENAME TO f} renames the type of the columns that use it;
 *   <li>{@code DROP FUNCTION f(args)} drops that overload only; {@code DROP FUNCTION f} the only
 *       one. An overload is named by its input argument types (see {@link FunctionResults}).
 * </ul>
 *
 * A statement PostgreSQL would refuse changes nothing here and is reported. Functions are kept by
 * name in any schema, so {@code SET SCHEMA} of a function, and the functions of a dropped schema,
 * are not followed; that can leave a call unchecked, never make it wrong.
 */
final class ObjectDdl {
  private ObjectDdl() {}

  /** {@code DROP SCHEMA|SEQUENCE|TYPE|DOMAIN|FUNCTION|PROCEDURE|ROUTINE|AGGREGATE|EXTENSION …}. */
  static boolean drop(LoadContext ctx, String sql) {
    List<Token> t = SqlTokens.tokenize(sql, Integer.MAX_VALUE);
    String what = t.get(1).upper();
    int i = 2;
    boolean ifExists = i + 1 < t.size() && t.get(i).is("IF") && t.get(i + 1).is("EXISTS");
    i += ifExists ? 2 : 0;
    boolean cascade = !t.isEmpty() && t.get(t.size() - 1).is("CASCADE");
    while (i < t.size()) {
      Named named = Named.read(sql, t, i);
      if (named == null) {
        return unread(ctx, "DROP " + what + " names nothing readable");
      }
      i = named.next();
      if (!dropOne(ctx, what, named.name(), named.arguments(), cascade)) {
        return false;
      }
      if (i < t.size() && t.get(i).isSymbol(",")) {
        i++;
      } else {
        break;
      }
    }
    return true;
  }

  private static boolean dropOne(
      LoadContext ctx, String what, List<String> name, String arguments, boolean cascade) {
    String last = name.get(name.size() - 1);
    switch (what) {
      case "SCHEMA" -> dropSchema(ctx, last, cascade);
      case "TYPE", "DOMAIN" -> dropType(ctx, schemaOf(ctx, name), last, cascade);
      case "FUNCTION", "PROCEDURE", "ROUTINE" -> {
        return dropFunction(ctx, last, arguments);
      }
      case "AGGREGATE" -> {
        if (ctx.catalog.routines().removeAggregate(last)) {
          routineEvent(ctx, last, null);
        }
      }
      case "EXTENSION" -> ctx.catalog.routines().removeExtension(last);
      case "SEQUENCE" ->
          ctx.catalog
              .sequenceSchema(schemaOf(name), last)
              .ifPresent(
                  s -> {
                    ctx.catalog.removeSequence(s, last);
                    OwnedSequences.disown(ctx, s, last);
                  });
      default -> {
        return unread(ctx, "DROP " + what + " is not followed");
      }
    }
    return true;
  }

  /** Records a function or aggregate dropped ({@code newName} null) or renamed. */
  private static void routineEvent(LoadContext ctx, String name, String newName) {
    ctx.catalog
        .routines()
        .recordEvent(
            new HistoryEvent(
                newName == null ? HistoryEvent.Type.DROPPED : HistoryEvent.Type.RENAMED,
                name,
                newName,
                ctx.location()));
  }

  private static boolean unread(LoadContext ctx, String why) {
    ctx.warn(Message.STATEMENT_NOT_INTERPRETED, why);
    return false;
  }

  private static void dropSchema(LoadContext ctx, String schema, boolean cascade) {
    if (!ctx.catalog.hasSchema(schema)) {
      return;
    }
    List<Relation> relations = ctx.catalog.relationsIn(schema);
    List<String> types = ctx.typesIn(schema);
    List<String> sequences = ctx.catalog.sequencesIn(schema);
    List<String> extensions = ctx.catalog.routines().extensionsIn(schema);
    if (!cascade
        && (!relations.isEmpty()
            || !types.isEmpty()
            || !sequences.isEmpty()
            || !extensions.isEmpty())) {
      String held =
          !relations.isEmpty()
              ? "\"" + relations.get(0).name() + "\""
              : !types.isEmpty()
                  ? "\"" + types.get(0) + "\""
                  : !sequences.isEmpty()
                      ? "\"" + sequences.get(0) + "\""
                      : "extension \"" + extensions.get(0) + "\"";
      ctx.warn(
          Message.DROP_REFUSED,
          "DROP SCHEMA " + schema,
          held + " depends on schema \"" + schema + "\" (add CASCADE to drop it too)");
      return;
    }
    for (Relation r : relations) {
      ctx.catalog.removeRelation(r.schema(), r.name());
      ctx.catalog.recordRelationEvent(
          r.schema(), new HistoryEvent(HistoryEvent.Type.DROPPED, r.name(), null, ctx.location()));
    }
    for (String type : types) {
      ctx.removeType(schema, type);
    }
    extensions.forEach(ctx.catalog.routines()::removeExtension);
    for (String sequence : sequences) {
      ctx.catalog.removeSequence(schema, sequence);
      OwnedSequences.disown(ctx, schema, sequence);
    }
    ctx.catalog.removeSchema(
        schema, new HistoryEvent(HistoryEvent.Type.DROPPED, schema, null, ctx.location()));
  }

  /** DROP TYPE or DROP DOMAIN: PostgreSQL drops either kind with either statement. */
  private static void dropType(LoadContext ctx, String schema, String name, boolean cascade) {
    if (!dropComposite(ctx, schema, name, cascade)
        || !dropDomainColumns(ctx, schema, name, cascade)) {
      return;
    }
    if (ctx.catalog.hasEnum(schema, name)) {
      List<Relation> users = enumUsers(ctx, name);
      if (!users.isEmpty() && !cascade) {
        ctx.warn(
            Message.DROP_REFUSED,
            "DROP TYPE " + name,
            "a column of \"" + users.get(0).name() + "\" depends on it (add CASCADE to drop it)");
        return;
      }
      for (Relation r : users) {
        dropEnumColumns(ctx, r, name);
      }
    }
    if (ctx.removeType(schema, name)) {
      ctx.catalog.recordTypeEvent(
          new HistoryEvent(HistoryEvent.Type.DROPPED, name, null, ctx.location()));
    }
  }

  /**
   * With CASCADE, drops the columns made of a domain, as PostgreSQL does; false when PostgreSQL
   * refuses (a column is made of it, and there is no CASCADE).
   */
  private static boolean dropDomainColumns(
      LoadContext ctx, String schema, String name, boolean cascade) {
    List<LoadContext.DomainColumn> columns = new ArrayList<>();
    for (LoadContext.DomainColumn dc : ctx.domainColumns(schema, name)) {
      ctx.catalog
          .relation(dc.schema(), dc.table())
          .filter(r -> r.column(dc.column()).isPresent())
          .ifPresent(r -> columns.add(dc));
    }
    if (!columns.isEmpty() && !cascade) {
      ctx.warn(
          Message.DROP_REFUSED,
          "DROP DOMAIN " + name,
          "column \""
              + columns.get(0).column()
              + "\" of \""
              + columns.get(0).table()
              + "\" is of that type (add CASCADE to drop it)");
      return false;
    }
    for (LoadContext.DomainColumn dc : columns) {
      dropColumns(
          ctx,
          ctx.catalog.relation(dc.schema(), dc.table()).orElseThrow(),
          c -> c.name().equals(dc.column()));
    }
    return true;
  }

  /**
   * Drops a composite type and, with CASCADE, the typed tables made of it, as PostgreSQL does;
   * false when PostgreSQL refuses (a typed table depends on it, and there is no CASCADE).
   */
  private static boolean dropComposite(
      LoadContext ctx, String schema, String name, boolean cascade) {
    Composites.Composite composite = ctx.composites.find(schema, name).orElse(null);
    if (composite == null) {
      return true;
    }
    List<Relation> tables = new ArrayList<>();
    for (List<String> t : composite.typedTables()) {
      ctx.catalog.relation(t.get(0), t.get(1)).ifPresent(tables::add);
    }
    if (!tables.isEmpty() && !cascade) {
      ctx.warn(
          Message.DROP_REFUSED,
          "DROP TYPE " + name,
          "table \"" + tables.get(0).name() + "\" is of that type (add CASCADE to drop it)");
      return false;
    }
    for (Relation r : tables) {
      ctx.catalog.removeRelation(r.schema(), r.name());
      ctx.catalog.recordRelationEvent(
          r.schema(), new HistoryEvent(HistoryEvent.Type.DROPPED, r.name(), null, ctx.location()));
    }
    ctx.composites.remove(schema, name);
    return true;
  }

  private static List<Relation> enumUsers(LoadContext ctx, String enumName) {
    List<Relation> out = new ArrayList<>();
    for (Relation r : ctx.catalog.relations()) {
      if (r.kind() == Relation.Kind.TABLE
          && r.columns().stream().anyMatch(c -> isOf(c, enumName))) {
        out.add(r);
      }
    }
    return out;
  }

  private static boolean isOf(Column c, String enumName) {
    return c.type().enumType() && c.type().name().equals(enumName);
  }

  private static void dropEnumColumns(LoadContext ctx, Relation r, String enumName) {
    dropColumns(ctx, r, c -> isOf(c, enumName));
  }

  /** Drops the columns of {@code r} that {@code dropped} selects, noting each in its history. */
  private static void dropColumns(LoadContext ctx, Relation r, Predicate<Column> dropped) {
    List<Column> kept = new ArrayList<>();
    for (Column c : r.columns()) {
      if (dropped.test(c)) {
        ctx.catalog.recordColumnEvent(
            r.schema(),
            r.name(),
            new HistoryEvent(HistoryEvent.Type.DROPPED, c.name(), null, ctx.location()));
      } else {
        kept.add(c);
      }
    }
    ctx.catalog.putRelation(Relations.withColumns(r, kept));
  }

  /** False when the argument list cannot be read: the load then says the statement was skipped. */
  private static boolean dropFunction(LoadContext ctx, String name, String arguments) {
    Optional<String> key = overloadKey(ctx, arguments);
    if (key == null) {
      return unread(ctx, "the argument types of " + name + "(" + arguments.strip() + ")");
    }
    if (ctx.catalog.routines().removeFunction(name, key.orElse(null))) {
      routineEvent(ctx, name, null);
    }
    return true;
  }

  /** Empty for no list; null when the list cannot be read. */
  private static Optional<String> overloadKey(LoadContext ctx, String arguments) {
    if (arguments == null) {
      return Optional.empty();
    }
    return FunctionResults.arguments(ctx, arguments).map(Optional::of).orElse(null);
  }

  /**
   * {@code ALTER SCHEMA s RENAME TO n}; {@code ALTER TYPE|DOMAIN t RENAME TO n | SET SCHEMA s};
   * {@code ALTER FUNCTION|PROCEDURE|ROUTINE f[(args)] RENAME TO n}; {@code ALTER AGGREGATE a(…)
   * RENAME TO n}; {@code ALTER EXTENSION e SET SCHEMA s}. Other actions (OWNER TO, SET search_path,
   * …) change nothing queries see.
   */
  static boolean alter(LoadContext ctx, String sql) {
    List<Token> t = SqlTokens.tokenize(sql, Integer.MAX_VALUE);
    String what = t.get(1).upper();
    int i = 2;
    if (i + 1 < t.size() && t.get(i).is("IF") && t.get(i + 1).is("EXISTS")) {
      i += 2;
    }
    Named named = Named.read(sql, t, i);
    if (named == null) {
      return unread(ctx, "ALTER " + what + " names nothing readable");
    }
    List<String> name = named.name();
    String arguments = named.arguments();
    List<Token> rest = t.subList(named.next(), t.size());
    if (what.equals("DOMAIN")
        && rest.size() > 1
        && (rest.get(0).is("SET") || rest.get(0).is("DROP"))) {
      boolean set = rest.get(0).is("SET");
      if (rest.get(1).is("DEFAULT")) {
        // the columns of the domain take it, or lose it, now; which INSERTs fill them is no
        // longer followed
        ctx.objects.fillers().uncertain();
        ctx.domainDefault(schemaOf(ctx, name), name.get(name.size() - 1), set);
        return true;
      }
      if (rest.get(1).is("NOT") && rest.size() > 2 && rest.get(2).is("NULL")) {
        ctx.domainNotNull(schemaOf(ctx, name), name.get(name.size() - 1), set);
        return true;
      }
    }
    String target =
        rest.size() == 3 && rest.get(1).is(rest.get(0).is("RENAME") ? "TO" : "SCHEMA")
            ? PgIdentifiers.fold(rest.get(2).text())
            : null;
    if (target == null) {
      return true;
    }
    boolean rename = rest.get(0).is("RENAME");
    String last = name.get(name.size() - 1);
    return switch (what) {
      case "SCHEMA" -> {
        if (rename) {
          renameSchema(ctx, last, target);
        }
        yield true;
      }
      case "EXTENSION" -> {
        if (!rename) {
          ctx.catalog.routines().moveExtension(last, target);
        }
        yield true;
      }
      case "TYPE", "DOMAIN" -> {
        String schema = schemaOf(ctx, name);
        moveType(ctx, schema, last, rename ? schema : target, rename ? target : last);
        yield true;
      }
      case "FUNCTION", "PROCEDURE", "ROUTINE" -> {
        Optional<String> key = overloadKey(ctx, arguments);
        if (key == null) {
          yield unread(ctx, "the argument types of " + last + "(" + arguments.strip() + ")");
        }
        if (rename) {
          if (ctx.catalog.routines().renameFunction(last, key.orElse(null), target)) {
            routineEvent(ctx, last, target);
          }
        }
        yield true;
      }
      case "SEQUENCE" -> {
        ctx.catalog
            .sequenceSchema(schemaOf(name), last)
            .ifPresent(
                s -> {
                  String newSchema = rename ? s : target;
                  String newName = rename ? target : last;
                  ctx.catalog.addSequence(newSchema, newName, ctx.catalog.removeSequence(s, last));
                  OwnedSequences.moved(ctx, s, last, newSchema, newName);
                });
        yield true;
      }
      case "AGGREGATE" -> {
        if (rename) {
          if (ctx.catalog.routines().renameAggregate(last, target)) {
            routineEvent(ctx, last, target);
          }
        }
        yield true;
      }
      default -> true;
    };
  }

  private static void renameSchema(LoadContext ctx, String schema, String newName) {
    if (!ctx.catalog.hasSchema(schema) || ctx.catalog.hasSchema(newName)) {
      return; // PostgreSQL refuses both; the statement fails and changes nothing
    }
    ctx.catalog.addSchema(newName);
    for (Relation r : ctx.catalog.relationsIn(schema)) {
      AlterExpressions.moveTo(ctx, r, newName, r.name());
      ctx.objects.tableMoved(ctx.catalog, schema, r.name(), newName, r.name());
    }
    for (String type : ctx.typesIn(schema)) {
      ctx.moveType(schema, type, newName, type);
    }
    for (String sequence : ctx.catalog.sequencesIn(schema)) {
      ctx.catalog.addSequence(newName, sequence, ctx.catalog.removeSequence(schema, sequence));
    }
    for (String extension : ctx.catalog.routines().extensionsIn(schema)) {
      ctx.catalog.routines().moveExtension(extension, newName);
    }
    ctx.catalog.removeSchema(
        schema, new HistoryEvent(HistoryEvent.Type.RENAMED, schema, newName, ctx.location()));
  }

  /** Renames or moves an enum type or a domain; an enum's columns take its new name. */
  private static void moveType(
      LoadContext ctx, String schema, String name, String newSchema, String newName) {
    boolean isEnum = ctx.catalog.hasEnum(schema, name);
    if (!ctx.moveType(schema, name, newSchema, newName)) {
      return;
    }
    ctx.catalog.recordTypeEvent(
        new HistoryEvent(
            HistoryEvent.Type.RENAMED,
            name,
            newSchema.equals(schema) ? newName : newSchema + "." + newName,
            ctx.location()));
    if (!isEnum || newName.equals(name)) {
      return;
    }
    for (Relation r : ctx.catalog.relations()) {
      if (r.columns().stream().anyMatch(c -> isOf(c, name))) {
        List<Column> columns = new ArrayList<>();
        for (Column c : r.columns()) {
          SqlType renamed = new SqlType(newName, c.type().array(), true);
          columns.add(isOf(c, name) ? Relations.withType(c, renamed) : c);
        }
        ctx.catalog.putRelation(Relations.withColumns(r, columns));
      }
    }
  }

  /** The schema a name gives, or null for an unqualified one. */
  private static String schemaOf(List<String> name) {
    return name.size() > 1 ? name.get(name.size() - 2) : null;
  }

  private static String schemaOf(LoadContext ctx, List<String> name) {
    return ctx.typeSchema(
        name.size() > 1 ? name.get(name.size() - 2) : null, name.get(name.size() - 1));
  }

  /**
   * An object's name as a statement gives it, with the text of its argument list (null when it has
   * none), and the index of the token after them.
   */
  private record Named(List<String> name, String arguments, int next) {
    /** The name at token {@code i}, or null when there is none or its parentheses do not close. */
    static Named read(String sql, List<Token> t, int i) {
      List<String> name = new ArrayList<>();
      int next = AlterTableActions.readQualifiedName(t, i, name);
      if (name.isEmpty()) {
        return null;
      }
      if (next >= t.size() || !t.get(next).isSymbol("(")) {
        return new Named(name, null, next);
      }
      int close = closing(t, next);
      return close < 0
          ? null
          : new Named(
              name, sql.substring(t.get(next).start() + 1, t.get(close).start()), close + 1);
    }
  }

  /** The index of the parenthesis closing the one at {@code open}, or -1. */
  static int closing(List<Token> t, int open) {
    int depth = 0;
    for (int k = open; k < t.size(); k++) {
      if (t.get(k).isSymbol("(")) {
        depth++;
      } else if (t.get(k).isSymbol(")") && --depth == 0) {
        return k;
      }
    }
    return -1;
  }
}
