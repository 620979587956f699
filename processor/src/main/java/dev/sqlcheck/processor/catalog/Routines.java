package dev.sqlcheck.processor.catalog;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the schema defines that queries call rather than select from: its functions (and what they
 * return, where their declarations say), its aggregates, and the extensions it creates, whose
 * functions and operators are not modelled. Names count in any schema.
 */
public final class Routines {
  private final Set<String> functions;
  private final Map<String, SqlType> aggregates; // name -> result type, of CREATE AGGREGATE
  private final Map<String, FunctionResult> results; // name -> result, when one is known
  private final Set<String> extensions;

  private Routines(Collector c) {
    this.functions = Set.copyOf(c.functions);
    this.aggregates = Map.copyOf(c.aggregates);
    this.results = Map.copyOf(c.results);
    this.extensions = Set.copyOf(c.extensions);
  }

  /** Whether the schema defines a function or procedure of this name. */
  public boolean hasFunction(String name) {
    return functions.contains(name);
  }

  /**
   * The result type of the aggregate of this name the schema defines, unknown when a final function
   * computes it; empty when the schema defines none.
   */
  public Optional<SqlType> aggregate(String name) {
    return Optional.ofNullable(aggregates.get(name));
  }

  /**
   * What the function of this name returns, when its declarations say it and agree (every overload
   * the same); empty otherwise.
   */
  public Optional<FunctionResult> functionResult(String name) {
    return Optional.ofNullable(results.get(name));
  }

  /** The extensions the schema creates ({@code CREATE EXTENSION}), sorted. */
  public List<String> extensions() {
    return extensions.stream().sorted().toList();
  }

  /** Collects what a schema defines while it loads. */
  public static final class Collector {
    private final Set<String> functions = new LinkedHashSet<>();
    private final Map<String, SqlType> aggregates = new LinkedHashMap<>();
    private final Map<String, FunctionResult> results = new LinkedHashMap<>();
    private final Set<String> ambiguous = new LinkedHashSet<>();
    private final Set<String> extensions = new LinkedHashSet<>();

    Collector() {}

    /** A collector holding what {@code r} holds. */
    Collector(Routines r) {
      functions.addAll(r.functions);
      aggregates.putAll(r.aggregates);
      results.putAll(r.results);
      extensions.addAll(r.extensions);
      ambiguous.addAll(r.functions);
      ambiguous.removeAll(r.results.keySet());
    }

    /** Records an extension the schema creates. */
    public Collector addExtension(String name) {
      extensions.add(name);
      return this;
    }

    /** Records an aggregate and its result type (unknown if not known). */
    public Collector addAggregate(String name, SqlType result) {
      aggregates.put(name, result);
      return this;
    }

    /**
     * Records a function and what it returns ({@code null}: not known). A name defined twice keeps
     * a result only when both definitions give the same one.
     */
    public Collector addFunction(String name, FunctionResult result) {
      boolean first = functions.add(name);
      if (ambiguous.contains(name)) {
        return this;
      }
      if (result == null || !first && !result.equals(results.get(name))) {
        results.remove(name);
        ambiguous.add(name);
      } else {
        results.put(name, result);
      }
      return this;
    }

    Routines build() {
      return new Routines(this);
    }
  }
}
