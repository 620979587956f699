package dev.sqlcheck.processor.oracle;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The state of generating one query: its random source (seeded from the run's seed and the query's
 * index, so any query can be generated again alone), the schema, the families used so far, the
 * names already taken, and the generators themselves.
 */
final class Gen {
  private static final List<String> ALIASES =
      List.of(
          "a", "b", "c", "d", "e", "o", "u", "i", "x", "y", "z", "t", "s", "q", "r", "sub", "j",
          "k", "m", "p", "v", "w");

  final Random random;
  final SchemaModel model;
  final Idents ids;
  final Feature focus;
  final EnumSet<Feature> features = EnumSet.noneOf(Feature.class);
  final ExprGen exprs;
  final PredicateGen predicates;
  final FromGen froms;
  final SrfGen srfs;
  final SelectGen selects;
  final QueryGen queries;
  final DmlGen dml;

  /** CTEs visible where generation currently is, innermost last. */
  final List<FromGen.Relation> ctes = new ArrayList<>();

  private final Set<String> takenAliases = new HashSet<>();
  private int params;
  int subqueryDepth;

  /** Makes references to outer levels likelier (LATERAL and correlated subqueries). */
  boolean preferOuter;

  /**
   * What is left to spend on compound constructs. It differs from query to query, so that there are
   * short queries (easy to read when they disagree) as well as long ones.
   */
  private int budget;

  Gen(long seed, long index, SchemaModel model, Feature focus) {
    this.random = new Random(seed * 0x9E3779B97F4A7C15L + index);
    this.model = model;
    this.ids = new Idents(model.keywords);
    this.focus = focus;
    this.budget = between(8, 40);
    this.exprs = new ExprGen(this);
    this.predicates = new PredicateGen(this);
    this.froms = new FromGen(this);
    this.srfs = new SrfGen(this);
    this.selects = new SelectGen(this);
    this.queries = new QueryGen(this);
    this.dml = new DmlGen(this);
  }

  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  /** True with high probability when {@code f} is the focus, else with {@code p}. */
  boolean want(Feature f, double p) {
    return chance(focus == f ? Math.max(p, 0.85) : p);
  }

  int between(int lo, int hi) {
    return lo + random.nextInt(hi - lo + 1);
  }

  <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  @SafeVarargs
  final <T> T pickOf(T... options) {
    return options[random.nextInt(options.length)];
  }

  void use(Feature f) {
    features.add(f);
  }

  /** An alias not used anywhere else in the query, so references never bind by accident. */
  String alias() {
    String base = pick(ALIASES);
    String name = base;
    for (int n = 1; takenAliases.contains(name); n++) {
      name = base + n;
    }
    takenAliases.add(name);
    return name;
  }

  /** Reserves a name that is not a generated alias, such as a table name used unaliased. */
  boolean reserve(String name) {
    return takenAliases.add(name);
  }

  boolean taken(String name) {
    return takenAliases.contains(name);
  }

  /** Spends {@code cost} of the query's budget, if there is that much left. */
  boolean spend(int cost) {
    if (budget < cost) {
      return false;
    }
    budget -= cost;
    return true;
  }

  String param() {
    use(Feature.PARAMETER);
    return ":p" + (++params);
  }

  /** A near miss of a name as written (quoted or not): one letter dropped, doubled or swapped. */
  String typo(String written) {
    return Typos.nearMiss(written, random);
  }
}
