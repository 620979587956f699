package dev.sqlcheck.processor.schema;

import dev.sqlcheck.processor.dialect.postgres.PgIdentifiers;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The triggers and rules that may fill in or replace the rows an INSERT gives: {@code CREATE
 * TRIGGER … BEFORE … INSERT … ON t} and {@code CREATE RULE … AS ON INSERT TO t DO INSTEAD …}. An
 * INSERT into such a table (or into a table one of whose partitions or children has one) is not
 * judged for NOT NULL columns left without a value; one that cannot be read makes no INSERT judged.
 */
final class InsertFillers {
  /** Tables ("schema.table") with such a trigger or rule. */
  private final Set<String> tables = new HashSet<>();

  /** Whether a statement that may have made one, or a domain default, was not read. */
  private boolean uncertain;

  /** Notes that a trigger, rule or domain default may have been made unseen. */
  void uncertain() {
    uncertain = true;
  }

  /**
   * The tables among {@code keysKnown} whose INSERTs are judged: none when one may have been made
   * unseen; else those without such a trigger or rule, on them or on a partition or child (a row
   * routed to it fires it).
   */
  Set<String> judged(Set<String> keysKnown, Inheritance inheritance) {
    Set<String> out = new HashSet<>();
    if (!uncertain) {
      out.addAll(keysKnown);
      for (String table : tables) {
        out.remove(table);
        out.removeAll(inheritance.ancestors(table));
      }
    }
    return out;
  }

  void moved(String from, String to) {
    if (tables.remove(from)) {
      tables.add(to);
    }
  }

  void dropped(Set<String> dropped) {
    tables.removeAll(dropped);
  }

  /** Reads a CREATE TRIGGER or CREATE RULE (its first tokens) for what it may fill in. */
  static void record(LoadContext ctx, List<SqlTokens.Token> t) {
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
      ctx.objects.fillers().uncertain();
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
        .ifPresent(r -> ctx.objects.fillers().tables.add(r.schema() + "." + r.name()));
  }
}
