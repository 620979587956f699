package dev.sqlcheck.processor.oracle;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * One level of names, mirroring PostgreSQL's parse namespace: the qualifiers visible as relation
 * names (a table's name or alias, a join alias, a {@code USING ... AS} alias) and, separately, the
 * column lists visible to unqualified names (a join counts once, with its merged columns). Levels
 * chain outwards to the enclosing queries. The generators ask a scope for a column reference and
 * get one written so that PostgreSQL resolves it to that column, plus the sites where a mutator can
 * break it.
 */
final class Scope {
  /** A name visible as a relation, its columns, and the table name an alias hides, if any. */
  record Qualifier(String name, List<GCol> cols, String hiddenTable, String schema) {}

  /** A column reference as written, the column it resolves to, and how many levels out. */
  record Ref(Sql sql, GCol col, int levelsUp) {}

  private static final List<String> KEYWORD_COLUMNS =
      List.of(
          "user",
          "order",
          "default",
          "null",
          "true",
          "current_date",
          "session_user",
          "left",
          "between",
          "position",
          "year",
          "value",
          "type",
          "time",
          "current",
          "month",
          "number",
          "uuid",
          "errors");

  final Scope outer;
  final List<Qualifier> quals;
  final List<List<GCol>> groups;

  /**
   * Items in the namespace that may not be referred to from here (the left side of a RIGHT or FULL
   * join, seen from its right side): never picked, but their names still clash.
   */
  private final List<Qualifier> blockedQuals;

  private final List<List<GCol>> blockedGroups;

  /** True in RETURNING, where a mutant may qualify by new or old. */
  final boolean returning;

  /**
   * True for a grouped query seen from a subquery: its names still shadow outer ones, but referring
   * to them would be an ungrouped outer reference, so the generators never do.
   */
  final boolean opaque;

  /** Set when a reference resolved at this level (tells whether LATERAL was needed). */
  boolean used;

  Scope(Scope outer, List<Qualifier> quals, List<List<GCol>> groups, boolean returning) {
    this(outer, quals, groups, returning, false);
  }

  private Scope(
      Scope outer,
      List<Qualifier> quals,
      List<List<GCol>> groups,
      boolean returning,
      boolean opaque) {
    this(outer, quals, groups, returning, opaque, List.of(), List.of());
  }

  private Scope(
      Scope outer,
      List<Qualifier> quals,
      List<List<GCol>> groups,
      boolean returning,
      boolean opaque,
      List<Qualifier> blockedQuals,
      List<List<GCol>> blockedGroups) {
    this.outer = outer;
    this.quals = List.copyOf(quals);
    this.groups = List.copyOf(groups);
    this.returning = returning;
    this.opaque = opaque;
    this.blockedQuals = List.copyOf(blockedQuals);
    this.blockedGroups = List.copyOf(blockedGroups);
  }

  /** What a FROM item may refer to sideways: {@code visible}, with {@code blocked} clashing. */
  static Scope lateral(Scope outer, List<FromGen.Item> visible, List<FromGen.Item> blocked) {
    Scope v = of(outer, visible);
    Scope b = of(outer, blocked);
    return new Scope(outer, v.quals, v.groups, false, false, b.quals, b.groups);
  }

  /** This level as seen from a subquery of a grouped query: names shadow, none is picked. */
  Scope opaque() {
    return new Scope(outer, quals, groups, returning, true, blockedQuals, blockedGroups);
  }

  static Scope of(Scope outer, List<FromGen.Item> items) {
    List<Qualifier> quals = new ArrayList<>();
    List<List<GCol>> groups = new ArrayList<>();
    for (FromGen.Item item : items) {
      quals.addAll(item.quals());
      groups.add(item.cols());
    }
    return new Scope(outer, quals, groups, false);
  }

  Scope forReturning() {
    return new Scope(outer, quals, groups, true);
  }

  /** All columns of this level in {@code SELECT *} order. */
  List<GCol> star() {
    List<GCol> out = new ArrayList<>();
    groups.forEach(out::addAll);
    return out;
  }

  /** How many columns visible to unqualified names at this level are called {@code name}. */
  int unqualifiedCount(String name) {
    int n = 0;
    for (List<GCol> g : blockedGroups) {
      for (GCol c : g) {
        n += name.equals(c.name()) ? 1 : 0;
      }
    }
    for (List<GCol> g : groups) {
      for (GCol c : g) {
        n += name.equals(c.name()) ? 1 : 0;
      }
    }
    return n;
  }

  /** True when {@code name} is an input column here or at any outer level. */
  boolean isInputName(String name) {
    for (Scope s = this; s != null; s = s.outer) {
      if (s.unqualifiedCount(name) > 0) {
        return true;
      }
    }
    return false;
  }

  private int qualifierCount(String name) {
    int n = 0;
    for (Qualifier q : blockedQuals) {
      n += q.name().equals(name) ? 1 : 0;
    }
    for (Qualifier q : quals) {
      n += q.name().equals(name) ? 1 : 0;
    }
    return n;
  }

  /**
   * A reference to some column accepted by {@code filter}, at this level or (when {@code outerToo},
   * now and then) an outer one; null when there is none that can be written unambiguously.
   */
  Ref pick(Gen g, Predicate<GCol> filter, boolean outerToo) {
    return pick(g, filter, outerToo, q -> true);
  }

  /** Like {@link #pick(Gen, Predicate, boolean)}, from qualifiers {@code qualOk} accepts. */
  Ref pick(Gen g, Predicate<GCol> filter, boolean outerToo, Predicate<Qualifier> qualOk) {
    List<Scope> levels = new ArrayList<>();
    for (Scope s = this; s != null; s = outerToo ? s.outer : null) {
      levels.add(s);
    }
    List<Integer> pickable = new ArrayList<>();
    for (int i = 0; i < levels.size(); i++) {
      if (!levels.get(i).opaque) {
        pickable.add(i);
      }
    }
    if (pickable.isEmpty()) {
      return null;
    }
    for (int attempt = 0; attempt < 8; attempt++) {
      int level =
          pickable.size() > 1 && g.chance(g.preferOuter ? 0.6 : 0.25)
              ? pickable.get(g.between(1, pickable.size() - 1))
              : pickable.get(0);
      Scope s = levels.get(level);
      List<Qualifier> withCols = new ArrayList<>();
      for (Qualifier q : s.quals) {
        if (qualOk.test(q) && q.cols().stream().anyMatch(c -> c.name() != null && filter.test(c))) {
          withCols.add(q);
        }
      }
      if (withCols.isEmpty()) {
        continue;
      }
      Qualifier q = g.pick(withCols);
      List<GCol> cols = q.cols().stream().filter(c -> c.name() != null && filter.test(c)).toList();
      GCol c = g.pick(cols);
      Ref ref = render(g, levels, level, q, c, filter);
      if (ref != null) {
        s.used = true;
        return ref;
      }
    }
    return null;
  }

  private Ref render(
      Gen g, List<Scope> levels, int level, Qualifier q, GCol c, Predicate<GCol> filter) {
    Scope s = levels.get(level);
    boolean qualifiedOk =
        s.qualifierCount(q.name()) == 1
            && q.cols().stream().filter(x -> c.name().equals(x.name())).count() == 1;
    // Unqualified, the name means the column visible to unqualified names, which for a USING
    // column is the merged one, of the two sides' common type.
    GCol visible = s.star().stream().filter(x -> c.name().equals(x.name())).findFirst().orElse(c);
    boolean unqualifiedOk = s.unqualifiedCount(c.name()) == 1 && filter.test(visible);
    for (int i = 0; i < level; i++) {
      qualifiedOk &= levels.get(i).qualifierCount(q.name()) == 0;
      unqualifiedOk &= levels.get(i).unqualifiedCount(c.name()) == 0;
    }
    if (!qualifiedOk && !unqualifiedOk) {
      return null;
    }
    boolean qualified = qualifiedOk && (!unqualifiedOk || g.chance(0.55));
    if (qualified) {
      return new Ref(qualified(g, s, q, c), c, level);
    }
    return new Ref(unqualified(g, visible), visible, level);
  }

  private Sql qualified(Gen g, Scope s, Qualifier q, GCol c) {
    Sql ref = new Sql();
    if (q.schema() != null && q.hiddenTable() == null && g.chance(0.15)) {
      ref.add(g.ids.colId(q.schema(), g) + ".");
    }
    String qualText = g.ids.colId(q.name(), g);
    List<String> newOld = new ArrayList<>();
    if (returning) {
      for (String n : List.of("new", "old")) {
        if (!n.equals(q.name())) {
          newOld.add(n);
        }
      }
    }
    Sql qualifier =
        Sql.of(qualText)
            .wrap(Mutation.MISSPELL_QUALIFIER, List.of(g.typo(qualText)))
            .wrap(
                Mutation.HIDDEN_TABLE_NAME,
                q.hiddenTable() == null ? List.of() : List.of(q.hiddenTable()))
            .wrap(Mutation.RETURNING_NEW_OLD, newOld);
    ref.add(qualifier).add(".").add(column(g, g.ids.attr(c.name(), g), c, q.cols()));
    List<String> bare = new ArrayList<>();
    if (s.unqualifiedCount(c.name()) > 1) {
      bare.add(g.ids.colId(c.name(), g));
    }
    return ref.wrap(Mutation.UNQUALIFY_AMBIGUOUS, bare);
  }

  private Sql unqualified(Gen g, GCol c) {
    return column(g, g.ids.colId(c.name(), g), c, visibleColumns());
  }

  private List<GCol> visibleColumns() {
    List<GCol> out = new ArrayList<>();
    for (Scope s = this; s != null; s = s.outer) {
      out.addAll(s.star());
    }
    return out;
  }

  /** The column name as written, with the sites of the mutations that replace it. */
  private static Sql column(Gen g, String written, GCol c, List<GCol> around) {
    List<String> present = around.stream().map(GCol::name).toList();
    List<String> foreign = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      String name = g.pick(g.model.allColumnNames);
      if (!present.contains(name)) {
        foreign.add(g.ids.colId(name, g));
      }
    }
    String kw = g.pick(KEYWORD_COLUMNS);
    List<String> keyword = present.contains(kw) ? List.of() : List.of(Idents.quoted(kw));
    List<String> unquoted =
        written.startsWith("\"") && g.ids.needsQuotes(c.name()) ? List.of(c.name()) : List.of();
    return Sql.of(written)
        .wrap(Mutation.MISSPELL_COLUMN, List.of(g.typo(written)))
        .wrap(Mutation.FOREIGN_COLUMN, foreign)
        .wrap(Mutation.ABSENT_KEYWORD_COLUMN, keyword)
        .wrap(Mutation.UNQUOTE_KEYWORD, unquoted);
  }
}
