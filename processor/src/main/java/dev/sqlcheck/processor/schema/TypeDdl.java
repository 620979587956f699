package dev.sqlcheck.processor.schema;

import dev.sqlcheck.processor.catalog.HistoryEvent;
import dev.sqlcheck.processor.catalog.SqlType;
import dev.sqlcheck.processor.dialect.postgres.PgIdentifiers;
import dev.sqlcheck.processor.schema.SqlTokens.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;

/**
 * User types that matter for column types, read with the tokenizer: {@code CREATE TYPE .. AS ENUM
 * (..)}, {@code ALTER TYPE .. ADD VALUE / RENAME VALUE}, and {@code CREATE DOMAIN}, whose columns
 * take the domain's base type. A column of a domain declared {@code NOT NULL} is treated as NOT
 * NULL: it can never hold a null, even though PostgreSQL's own column flag stays false.
 */
final class TypeDdl {
  private static final Set<String> DOMAIN_CLAUSES =
      Set.of("COLLATE", "DEFAULT", "CONSTRAINT", "NOT", "NULL", "CHECK");

  private TypeDdl() {}

  static boolean createEnum(LoadContext ctx, String sql) {
    List<Token> t = SqlTokens.tokenize(sql, Integer.MAX_VALUE);
    List<String> name = new ArrayList<>();
    int i = AlterTableActions.readQualifiedName(t, 2, name);
    if (name.isEmpty()) {
      return false;
    }
    List<String> labels = new ArrayList<>();
    for (; i < t.size(); i++) {
      if (t.get(i).kind() == SqlTokens.Kind.STRING) {
        labels.add(t.get(i).stringValue());
      }
    }
    ctx.catalog.putEnum(schemaOf(ctx, name), last(name), labels);
    return true;
  }

  /** Reads each {@code CREATE TYPE .. AS ENUM (..)} inside a {@code DO} block. */
  static boolean enumsInBlock(LoadContext ctx, String sql) {
    Matcher m = StatementClassifier.ENUM_IN_BLOCK.matcher(sql);
    boolean ok = true;
    while (m.find()) {
      ok &= createEnum(ctx, m.group());
    }
    return ok;
  }

  /** {@code ALTER TYPE t ADD VALUE [IF NOT EXISTS] 'x' [BEFORE|AFTER 'y']}, RENAME VALUE. */
  static boolean alterType(LoadContext ctx, String sql) {
    List<Token> t = SqlTokens.tokenize(sql, Integer.MAX_VALUE);
    List<String> name = new ArrayList<>();
    int i = AlterTableActions.readQualifiedName(t, 2, name);
    if (name.isEmpty()) {
      return false;
    }
    String schema = schemaOf(ctx, name);
    List<String> labels =
        new ArrayList<>(ctx.catalog.enumLabels(schema, last(name)).orElse(List.of()));
    List<String> strings = new ArrayList<>();
    boolean before = false;
    for (int j = i; j < t.size(); j++) {
      before |= t.get(j).is("BEFORE");
      if (t.get(j).kind() == SqlTokens.Kind.STRING) {
        strings.add(t.get(j).stringValue());
      }
    }
    if (i < t.size() && t.get(i).is("ADD") && !strings.isEmpty()) {
      addLabel(labels, strings, before);
    } else if (i < t.size() && t.get(i).is("RENAME") && strings.size() == 2) {
      labels.replaceAll(l -> l.equals(strings.get(0)) ? strings.get(1) : l);
    }
    ctx.catalog.putEnum(schema, last(name), labels);
    return true;
  }

  private static void addLabel(List<String> labels, List<String> strings, boolean before) {
    String label = strings.get(0);
    if (labels.contains(label)) {
      return;
    }
    int at = strings.size() > 1 ? labels.indexOf(strings.get(1)) : -1;
    if (at < 0) {
      labels.add(label);
    } else {
      labels.add(before ? at : at + 1, label);
    }
  }

  /** {@code CREATE DOMAIN name [AS] type [COLLATE ..] [DEFAULT ..] [constraints]}. */
  static boolean createDomain(LoadContext ctx, String sql) {
    List<Token> t = SqlTokens.tokenize(sql, Integer.MAX_VALUE);
    List<String> name = new ArrayList<>();
    int i = AlterTableActions.readQualifiedName(t, 2, name);
    if (name.isEmpty() || i >= t.size()) {
      return false;
    }
    if (t.get(i).is("AS")) {
      i++;
    }
    int typeStart = t.get(i).start();
    int typeEnd = sql.length();
    boolean notNull = false;
    boolean hasDefault = false;
    int depth = 0;
    for (int j = i; j < t.size(); j++) {
      Token token = t.get(j);
      depth += token.isSymbol("(") ? 1 : token.isSymbol(")") ? -1 : 0;
      if (depth == 0
          && j > i
          && DOMAIN_CLAUSES.contains(token.upper())
          && token.kind() == SqlTokens.Kind.WORD) {
        typeEnd = Math.min(typeEnd, token.start());
        notNull |= token.is("NOT") && j + 1 < t.size() && t.get(j + 1).is("NULL");
        hasDefault |= token.is("DEFAULT");
      }
    }
    String baseText = sql.substring(typeStart, typeEnd).strip();
    SqlType base = ctx.resolveType(baseText);
    // a domain over a domain takes its NOT NULL and its default
    notNull |= ctx.isNotNullDomain(baseText);
    hasDefault |= ctx.isDefaultDomain(baseText);
    ctx.putDomain(
        schemaOf(ctx, name), last(name), new LoadContext.Domain(base, notNull, hasDefault));
    return true;
  }

  /** {@code CREATE TYPE name AS (attribute type [COLLATE c], ...)}. */
  static boolean createComposite(LoadContext ctx, String sql) {
    List<Token> t = SqlTokens.tokenize(sql, Integer.MAX_VALUE);
    List<String> name = new ArrayList<>();
    int i = AlterTableActions.readQualifiedName(t, 2, name);
    if (name.isEmpty() || i + 1 >= t.size() || !t.get(i).is("AS") || !t.get(i + 1).isSymbol("(")) {
      return false;
    }
    List<Composites.Attribute> attributes = new ArrayList<>();
    for (List<Token> element : elements(t, i + 2)) {
      if (element.size() < 2 || !element.get(0).isName()) {
        return false;
      }
      attributes.add(
          new Composites.Attribute(
              PgIdentifiers.fold(element.get(0).text()), typeText(sql, element, 1)));
    }
    ctx.composites.put(
        new Composites.Composite(schemaOf(ctx, name), last(name), attributes, new ArrayList<>()));
    return true;
  }

  /**
   * {@code ALTER TYPE name ADD|DROP|ALTER|RENAME ATTRIBUTE ...}: the composite type changes, and
   * each typed table of it changes its columns the same way (PostgreSQL requires CASCADE for that,
   * and refuses the statement without it), as the matching {@code ALTER TABLE} would.
   */
  static boolean alterComposite(
      LoadContext ctx, String sql, BiPredicate<StatementClassifier.Classification, String> loader) {
    List<Token> t = SqlTokens.tokenize(sql, Integer.MAX_VALUE);
    List<String> name = new ArrayList<>();
    int i = AlterTableActions.readQualifiedName(t, 2, name);
    Optional<Composites.Composite> found =
        name.isEmpty()
            ? Optional.empty()
            : ctx.composites.find(name.size() > 1 ? name.get(0) : null, last(name));
    if (found.isEmpty()) {
      return true; // not a composite the schema made: nothing queries see changes
    }
    List<Composites.Attribute> attributes = new ArrayList<>(found.get().attributes());
    List<String> actions = new ArrayList<>();
    List<Token> rest = t.subList(i, t.size());
    for (List<Token> action : AlterTableActions.splitOnCommas(rest)) {
      String column = columnAction(ctx, found.get().name(), sql, action, attributes);
      if (column == null) {
        return false;
      }
      actions.add(column);
    }
    found.get().attributes().clear();
    found.get().attributes().addAll(attributes);
    ctx.composites.publish(found.get());
    boolean ok = true;
    for (List<String> table : found.get().typedTables()) {
      String alter = AlterTableActions.header(table) + " " + String.join(", ", actions);
      ok &= loader.test(StatementClassifier.classification(alter), alter);
    }
    return ok;
  }

  /**
   * One attribute action as the {@code ALTER TABLE} action for the typed tables, applied to {@code
   * attributes}; null when it is not one this reader knows.
   */
  private static String columnAction(
      LoadContext ctx,
      String composite,
      String sql,
      List<Token> a,
      List<Composites.Attribute> attributes) {
    if (a.size() < 3 || !a.get(1).is("ATTRIBUTE")) {
      return null;
    }
    int end = a.size();
    if (a.get(end - 1).is("CASCADE") || a.get(end - 1).is("RESTRICT")) {
      end--;
    }
    List<Token> x = a.subList(0, end);
    String verb = x.get(0).upper();
    switch (verb) {
      case "ADD" -> {
        String attribute = PgIdentifiers.fold(x.get(2).text());
        String type = typeText(sql, x, 3);
        attributes.add(new Composites.Attribute(attribute, type));
        return "ADD COLUMN " + x.get(2).text() + " " + type;
      }
      case "DROP" -> {
        boolean ifExists = x.size() > 4 && x.get(2).is("IF") && x.get(3).is("EXISTS");
        Token attribute = x.get(ifExists ? 4 : 2);
        String dropped = PgIdentifiers.fold(attribute.text());
        attributes.removeIf(at -> at.name().equals(dropped));
        ctx.catalog.recordAttributeEvent(
            composite, new HistoryEvent(HistoryEvent.Type.DROPPED, dropped, null, ctx.location()));
        return "DROP COLUMN " + (ifExists ? "IF EXISTS " : "") + attribute.text();
      }
      case "ALTER" -> {
        int type = 3;
        if (x.size() > 5 && x.get(3).is("SET") && x.get(4).is("DATA")) {
          type = 5;
        }
        if (x.size() <= type + 1 || !x.get(type).is("TYPE")) {
          return null;
        }
        String attribute = PgIdentifiers.fold(x.get(2).text());
        String text = typeText(sql, x, type + 1);
        attributes.replaceAll(
            at -> at.name().equals(attribute) ? new Composites.Attribute(attribute, text) : at);
        return "ALTER COLUMN " + x.get(2).text() + " TYPE " + text;
      }
      case "RENAME" -> {
        if (x.size() != 5 || !x.get(3).is("TO")) {
          return null;
        }
        String from = PgIdentifiers.fold(x.get(2).text());
        String to = PgIdentifiers.fold(x.get(4).text());
        ctx.catalog.recordAttributeEvent(
            composite, new HistoryEvent(HistoryEvent.Type.RENAMED, from, to, ctx.location()));
        attributes.replaceAll(
            at -> at.name().equals(from) ? new Composites.Attribute(to, at.typeText()) : at);
        return "RENAME COLUMN " + x.get(2).text() + " TO " + x.get(4).text();
      }
      default -> {
        return null;
      }
    }
  }

  /** The type written from token {@code from} of {@code element}, up to a COLLATE clause. */
  private static String typeText(String sql, List<Token> element, int from) {
    int start = element.get(from).start();
    Token lastToken = element.get(element.size() - 1);
    int end = lastToken.start() + lastToken.text().length();
    for (int j = from + 1; j < element.size(); j++) {
      if (element.get(j).is("COLLATE")) {
        Token before = element.get(j - 1);
        end = before.start() + before.text().length();
        break;
      }
    }
    return sql.substring(start, end).strip();
  }

  /** The comma-separated elements inside the parentheses that open before token {@code from}. */
  private static List<List<Token>> elements(List<Token> t, int from) {
    int close = from;
    for (int depth = 1; close < t.size(); close++) {
      depth += t.get(close).isSymbol("(") ? 1 : t.get(close).isSymbol(")") ? -1 : 0;
      if (depth == 0) {
        break;
      }
    }
    return AlterTableActions.splitOnCommas(t.subList(from, Math.min(close, t.size())));
  }

  private static String schemaOf(LoadContext ctx, List<String> name) {
    return ctx.creationSchema(name.size() > 1 ? name.get(name.size() - 2) : null);
  }

  private static String last(List<String> name) {
    return name.get(name.size() - 1);
  }
}
