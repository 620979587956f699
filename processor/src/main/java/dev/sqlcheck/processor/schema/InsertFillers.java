package dev.sqlcheck.processor.schema;

import dev.sqlcheck.processor.dialect.postgres.PgIdentifiers;
import java.util.List;

/**
 * The triggers and rules that may fill in or replace the rows an INSERT gives: {@code CREATE
 * TRIGGER … BEFORE … INSERT … ON t} and {@code CREATE RULE … AS ON INSERT TO t DO INSTEAD …}. An
 * INSERT into such a table (or into a table one of whose partitions or children has one) is not
 * judged for NOT NULL columns left without a value; one that cannot be read makes no INSERT judged.
 */
final class InsertFillers {
  private InsertFillers() {}

  static void record(LoadContext ctx, String sql) {
    List<SqlTokens.Token> t = SqlTokens.tokenize(sql, 256);
    boolean trigger = t.stream().anyMatch(x -> x.is("TRIGGER"));
    int on = -1;
    boolean fills = false;
    for (int i = 0; i < t.size() && on < 0; i++) {
      SqlTokens.Token w = t.get(i);
      if (trigger ? w.is("ON") : w.is("TO")) {
        on = i + 1;
      } else if (trigger ? w.is("BEFORE") : w.is("INSERT")) {
        fills = true;
      }
    }
    if (trigger && fills) {
      fills = t.subList(0, Math.max(on, 0)).stream().anyMatch(x -> x.is("INSERT"));
    }
    if (!trigger && fills) {
      fills = t.stream().anyMatch(x -> x.is("INSTEAD"));
    }
    if (!fills) {
      return;
    }
    if (on < 0 || on >= t.size() || !t.get(on).isName()) {
      ctx.objects.insertsUncertain();
      return;
    }
    String name = PgIdentifiers.fold(t.get(on).text());
    String schema = null;
    if (on + 2 < t.size() && t.get(on + 1).isSymbol(".")) {
      schema = name;
      name = PgIdentifiers.fold(t.get(on + 2).text());
    }
    ctx.catalog
        .resolve(schema, name)
        .ifPresent(r -> ctx.objects.insertTrigger(r.schema() + "." + r.name()));
  }
}
