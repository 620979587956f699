package dev.sqlcheck.processor.schema;

import dev.sqlcheck.processor.catalog.Column;
import dev.sqlcheck.processor.catalog.Relation;
import dev.sqlcheck.processor.catalog.Relations;
import dev.sqlcheck.processor.dialect.postgres.PgIdentifiers;
import dev.sqlcheck.processor.problem.Message;
import dev.sqlcheck.processor.schema.AlterTableActions.Action;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.AlterExpression;
import net.sf.jsqlparser.statement.alter.AlterOperation;

/**
 * Models the column-changing actions of {@code ALTER TABLE}: ADD/DROP/RENAME column, RENAME TO,
 * TYPE, SET/DROP NOT NULL, SET/DROP DEFAULT, SET SCHEMA, ADD PRIMARY KEY and ADD .. IDENTITY. Each
 * action is parsed on its own, so one odd action cannot hide the others; when one fails, the
 * table's columns become unknown rather than wrong. Renames and drops are recorded as history, so a
 * query using an old name can be told what became of it.
 */
final class AlterTableInterpreter {
  private AlterTableInterpreter() {}

  /** Applies the actions the classifier read ({@link AlterTableActions#of}) to decide the kind. */
  static boolean apply(LoadContext ctx, AlterTableActions actions) {
    List<String> parts = actions.nameParts();
    String schema = parts.size() > 1 ? parts.get(parts.size() - 2) : null;
    String name = parts.isEmpty() ? null : parts.get(parts.size() - 1);
    Optional<Relation> found = name == null ? Optional.empty() : ctx.catalog.resolve(schema, name);
    if (found.isEmpty()) {
      if (!actions.ifExists() && !ctx.wasLost(name)) {
        ctx.warn(Message.ALTER_OF_MISSING_TABLE, name);
      }
      return true;
    }
    Relation relation = found.get();
    if (refusedForViews(ctx, relation, actions)) {
      return true;
    }
    String key = relation.schema() + "." + relation.name();
    boolean ok = applyAll(ctx, actions.header(), relation, actions.actions());
    List<String> children = actions.only() ? List.of() : ctx.objects.inheritance().descendants(key);
    if (!children.isEmpty()) {
      List<Action> recursing =
          actions.actions().stream().filter(AlterTableInterpreter::recurses).toList();
      for (String child : children) {
        inherited(ctx, child, recursing);
      }
    }
    return ok;
  }

  private static boolean applyAll(
      LoadContext ctx, String header, Relation relation, List<Action> actions) {
    boolean ok = true;
    for (Action action : actions) {
      Relation changed = applyAction(ctx, header, relation, action);
      ok &= changed != null;
      relation = changed != null ? changed : markUnknown(ctx, relation, action);
    }
    return ok;
  }

  /**
   * The column changes of an ALTER TABLE without ONLY, made to a table that inherits from the one
   * altered or is its partition ("schema.table"), as PostgreSQL recurses them: added, dropped and
   * renamed columns, new types, NOT NULL and defaults. Renaming or moving the table does not
   * recurse.
   */
  private static void inherited(LoadContext ctx, String child, List<Action> recursing) {
    int dot = child.indexOf('.');
    Optional<Relation> found =
        ctx.catalog.relation(child.substring(0, dot), child.substring(dot + 1));
    if (found.isPresent()) {
      Relation r = found.get();
      applyAll(ctx, AlterTableActions.header(List.of(r.schema(), r.name())), r, recursing);
    }
  }

  private static boolean recurses(Action action) {
    return switch (action.kind()) {
      case SET_DEFAULT,
          DROP_DEFAULT,
          SET_NOT_NULL,
          DROP_NOT_NULL,
          RESET_GENERATED,
          DROP_GENERATED ->
          true;
      case PARSE -> {
        List<SqlTokens.Token> t = SqlTokens.tokenize(action.text(), 3);
        boolean renamesTable =
            t.get(0).is("RENAME")
                && t.size() > 1
                && (t.get(1).is("TO") || t.get(1).is("CONSTRAINT"));
        yield (t.get(0).is("ADD")
                || t.get(0).is("DROP")
                || t.get(0).is("ALTER")
                || t.get(0).is("RENAME"))
            && !renamesTable;
      }
      default -> false;
    };
  }

  /**
   * PostgreSQL refuses the whole statement when one of its actions drops a column that a view uses,
   * without CASCADE, or changes the type of such a column at all; reported, and nothing of the
   * statement is applied here either.
   */
  private static boolean refusedForViews(LoadContext ctx, Relation r, AlterTableActions actions) {
    if (ctx.catalog.viewsUsing(r.schema(), r.name()).isEmpty()) {
      return false; // most tables of a schema: no action needs reading
    }
    for (Action action : actions.actions()) {
      List<SqlTokens.Token> t = SqlTokens.tokenize(action.text(), Integer.MAX_VALUE);
      if (t.size() < 2 || !(t.get(0).is("DROP") || t.get(0).is("ALTER"))) {
        continue;
      }
      boolean drop = t.get(0).is("DROP");
      int i = t.get(1).is("COLUMN") ? 2 : 1;
      if (drop && i + 1 < t.size() && t.get(i).is("IF") && t.get(i + 1).is("EXISTS")) {
        i += 2;
      }
      if (i >= t.size() || !t.get(i).isName() || t.get(i).is("CONSTRAINT")) {
        continue;
      }
      String column = PgIdentifiers.fold(t.get(i).text());
      boolean retyped =
          !drop
              && i + 1 < t.size()
              && (t.get(i + 1).is("TYPE")
                  || t.get(i + 1).is("SET")
                      && i + 3 < t.size()
                      && t.get(i + 2).is("DATA")
                      && t.get(i + 3).is("TYPE"));
      boolean refusedDrop = drop && !t.get(t.size() - 1).is("CASCADE");
      if (!(refusedDrop || retyped) || r.column(column).isEmpty()) {
        continue;
      }
      List<String> views = ctx.catalog.viewsUsing(r.schema(), r.name(), column);
      if (!views.isEmpty()) {
        ctx.refusedForView(
            "ALTER TABLE "
                + r.name()
                + (drop ? " DROP COLUMN " : " ALTER COLUMN ")
                + column
                + (drop ? "" : " TYPE"),
            views.get(0),
            drop);
        return true;
      }
    }
    return false;
  }

  /** The relation after one action, or null when the action could not be parsed. */
  private static Relation applyAction(LoadContext ctx, String header, Relation r, Action action) {
    return switch (action.kind()) {
      case IGNORE -> r;
      case PRIMARY_KEY -> {
        List<String> columns =
            action.columns().isEmpty() ? indexColumns(ctx, r, action.text()) : action.columns();
        yield change(ctx, r.withPrimaryKey(columns), columns, c -> keyed(c, false));
      }
      case IDENTITY -> {
        Column.Generated how = identityKind(action.text());
        yield change(ctx, r, action.columns(), c -> keyed(c, true).withGenerated(how));
      }
      case RESET_GENERATED ->
          change(ctx, r, action.columns(), c -> c.withGenerated(Column.Generated.NONE));
      case DROP_GENERATED ->
          change(
              ctx,
              r,
              action.columns(),
              c -> Relations.withDefault(c.withGenerated(Column.Generated.NONE), false));
      case SET_DEFAULT -> change(ctx, r, action.columns(), c -> Relations.withDefault(c, true));
      case DROP_DEFAULT -> change(ctx, r, action.columns(), c -> Relations.withDefault(c, false));
      case SET_NOT_NULL -> change(ctx, r, action.columns(), c -> Relations.withNotNull(c, true));
      case DROP_NOT_NULL -> change(ctx, r, action.columns(), c -> Relations.withNotNull(c, false));
      case PARSE -> parseAndApply(ctx, header + " " + action.text(), r);
    };
  }

  /** The columns of the index named after {@code USING INDEX} in {@code text}, when known. */
  private static List<String> indexColumns(LoadContext ctx, Relation r, String text) {
    List<SqlTokens.Token> t = SqlTokens.tokenize(text, Integer.MAX_VALUE);
    for (int i = 0; i + 2 < t.size(); i++) {
      if (t.get(i).is("USING") && t.get(i + 1).is("INDEX")) {
        String index = PgIdentifiers.fold(t.get(i + 2).text());
        return ctx.objects
            .index(r.schema(), index)
            .map(n -> n.columns().stream().filter(c -> !c.equals("expr")).toList())
            .orElse(List.of());
      }
    }
    return List.of();
  }

  /** A column of a primary key or an identity: NOT NULL, and with a default for an identity. */
  private static Column keyed(Column c, boolean dflt) {
    return Relations.withDefault(Relations.withNotNull(c, true), c.hasDefault() || dflt);
  }

  /**
   * What {@code ADD GENERATED … AS IDENTITY} makes of the column, read as CREATE TABLE reads it.
   */
  private static Column.Generated identityKind(String text) {
    List<SqlTokens.Token> t = SqlTokens.tokenize(text, Integer.MAX_VALUE);
    for (int i = 0; i < t.size(); i++) {
      if (t.get(i).is("GENERATED")) {
        return ColumnSpecs.generatedKind(t, i);
      }
    }
    return Column.Generated.NONE;
  }

  private static Relation change(
      LoadContext ctx, Relation r, List<String> cols, java.util.function.UnaryOperator<Column> f) {
    Relation out = r;
    for (String c : cols) {
      out = Relations.mapColumn(out, c, f);
    }
    ctx.catalog.putRelation(out);
    return out;
  }

  private static Relation markUnknown(LoadContext ctx, Relation r, Action action) {
    Relation unknown = Relations.withUnknownColumns(r);
    ctx.catalog.putRelation(unknown);
    return unknown;
  }

  private static Relation parseAndApply(LoadContext ctx, String sql, Relation r) {
    DdlParser.Result parsed = DdlParser.parse(sql);
    if (!parsed.ok() || !(parsed.statement() instanceof Alter alter)) {
      ctx.warn(
          Message.ALTER_NOT_PARSED,
          r.displayName(),
          CreateTableInterpreter.errorOf(parsed),
          r.name());
      return null;
    }
    Relation current = r;
    for (AlterExpression e : alter.getAlterExpressions()) {
      current = AlterExpressions.apply(ctx, current, e);
    }
    return current;
  }

  /** Columns of a relation without the one named; used by DROP COLUMN. */
  static List<Column> without(Relation r, String column) {
    List<Column> out = new ArrayList<>(r.columns());
    out.removeIf(c -> c.name().equals(column));
    return out;
  }

  static boolean isOperation(AlterExpression e, AlterOperation op) {
    return e.getOperation() == op;
  }
}
