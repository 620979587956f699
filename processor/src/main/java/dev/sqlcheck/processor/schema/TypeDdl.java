package dev.sqlcheck.processor.schema;

import dev.sqlcheck.processor.catalog.SqlType;
import dev.sqlcheck.processor.schema.SqlTokens.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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

  private static String schemaOf(LoadContext ctx, List<String> name) {
    return ctx.creationSchema(name.size() > 1 ? name.get(name.size() - 2) : null);
  }

  private static String last(List<String> name) {
    return name.get(name.size() - 1);
  }
}
