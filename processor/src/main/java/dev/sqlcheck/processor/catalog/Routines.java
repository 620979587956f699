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
 * functions and operators are those of PostgreSQL's extension catalog where it has them. Names
 * count in any schema; an extension also remembers the schema it was created in.
 */
public final class Routines {
  private final Map<String, SqlType> aggregates; // name -> result type, of CREATE AGGREGATE
  private final Map<String, FunctionResult> results; // name -> result, when one is known
  private final Map<String, String> extensions; // name -> the schema it was created in
  private final Set<String> operators; // names of CREATE OPERATOR
  private final Set<String> castTypes; // source and target types of CREATE CAST
  private final Map<String, Map<String, Overload>> declarations; // name -> overloads
  private final Map<String, HistoryEvent> history; // functions and aggregates gone by this name

  /** One overload: what it returns (null: not known) and its parameters (null: not read). */
  private record Overload(FunctionResult result, FunctionSignature signature) {}

  private Routines(Collector c) {
    Map<String, FunctionResult> known = new LinkedHashMap<>();
    c.declarations.forEach(
        (name, overloads) -> {
          FunctionResult first = overloads.values().iterator().next().result();
          if (first != null
              && overloads.values().stream().allMatch(o -> first.equals(o.result()))) {
            known.put(name, first);
          }
        });
    this.aggregates = Map.copyOf(c.aggregates);
    this.results = Map.copyOf(known);
    this.extensions = Map.copyOf(c.extensions);
    this.operators = Set.copyOf(c.operators);
    this.castTypes = Set.copyOf(c.castTypes);
    Map<String, Map<String, Overload>> copy = new LinkedHashMap<>();
    c.declarations.forEach((name, overloads) -> copy.put(name, new LinkedHashMap<>(overloads)));
    this.declarations = copy;
    this.history = Map.copyOf(c.history);
  }

  /** Whether the schema defines a function or procedure of this name. */
  public boolean hasFunction(String name) {
    return declarations.containsKey(name);
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

  /**
   * The parameters of every overload of the function of this name, to resolve a call among them;
   * empty when the schema defines none, or when one overload's parameters were not read.
   */
  public Optional<List<FunctionSignature>> signatures(String name) {
    Map<String, Overload> overloads = declarations.get(name);
    if (overloads == null) {
      return Optional.empty();
    }
    List<FunctionSignature> out = new java.util.ArrayList<>();
    for (Overload o : overloads.values()) {
      if (o.signature() == null) {
        return Optional.empty();
      }
      out.add(o.signature());
    }
    return Optional.of(out);
  }

  /** The extensions the schema creates ({@code CREATE EXTENSION}), sorted. */
  public List<String> extensions() {
    return extensions.keySet().stream().sorted().toList();
  }

  /** The extensions created in one of these schemas, sorted: those whose routines a query sees. */
  public List<String> extensionsIn(List<String> schemas) {
    return extensions.entrySet().stream()
        .filter(e -> schemas.contains(e.getValue()))
        .map(Map.Entry::getKey)
        .sorted()
        .toList();
  }

  /** What became of a function or aggregate the schema no longer has under this name. */
  public Optional<HistoryEvent> history(String name) {
    return Optional.ofNullable(history.get(name));
  }

  /** Whether the schema defines an operator of this name ({@code CREATE OPERATOR}). */
  public boolean hasOperator(String name) {
    return operators.contains(name);
  }

  /**
   * Whether the schema declares a cast from or to this type ({@code CREATE CAST}, by the type's
   * name, arrays or not): such a cast may make valid what PostgreSQL's built-in rules refuse.
   */
  public boolean hasCastInvolving(String typeName) {
    return castTypes.contains(typeName);
  }

  /**
   * Collects what a schema defines while it loads. A function is kept per overload: its input
   * argument types as the loader normalises them ({@code "integer,text"}), so that {@code CREATE OR
   * REPLACE} of the same overload replaces it, and {@code DROP FUNCTION f(int)} removes only that
   * one. An overload whose arguments could not be read is kept under a key no DROP names.
   */
  public static final class Collector {
    private final Map<String, Map<String, Overload>> declarations = new LinkedHashMap<>();
    private final Map<String, SqlType> aggregates = new LinkedHashMap<>();
    private final Map<String, String> extensions = new LinkedHashMap<>();
    private final Set<String> operators = new LinkedHashSet<>();
    private final Set<String> castTypes = new LinkedHashSet<>();
    private final Map<String, HistoryEvent> history = new LinkedHashMap<>();
    private int unreadArguments;

    Collector() {}

    /** A collector holding what {@code r} holds. */
    Collector(Routines r) {
      r.declarations.forEach(
          (name, overloads) -> declarations.put(name, new LinkedHashMap<>(overloads)));
      aggregates.putAll(r.aggregates);
      extensions.putAll(r.extensions);
      operators.addAll(r.operators);
      castTypes.addAll(r.castTypes);
      history.putAll(r.history);
    }

    /**
     * Records what became of a function or aggregate, once no function or aggregate of its name is
     * left.
     */
    public Collector recordEvent(HistoryEvent event) {
      if (!declarations.containsKey(event.oldName()) && !aggregates.containsKey(event.oldName())) {
        history.put(event.oldName(), event);
      }
      return this;
    }

    /** Records an operator the schema defines. */
    public Collector addOperator(String name) {
      operators.add(name);
      return this;
    }

    /** Records the two types of a cast the schema declares. */
    public Collector addCast(String source, String target) {
      castTypes.add(source);
      castTypes.add(target);
      return this;
    }

    /** Records an extension the schema creates, in {@code schema}. */
    public Collector addExtension(String name, String schema) {
      extensions.putIfAbsent(name, schema);
      return this;
    }

    /** Moves an extension to another schema ({@code ALTER EXTENSION … SET SCHEMA}). */
    public void moveExtension(String name, String schema) {
      extensions.computeIfPresent(name, (n, old) -> schema);
    }

    /** The extensions created in {@code schema}, in creation order. */
    public List<String> extensionsIn(String schema) {
      return extensions.entrySet().stream()
          .filter(e -> e.getValue().equals(schema))
          .map(Map.Entry::getKey)
          .toList();
    }

    /** Forgets an extension ({@code DROP EXTENSION}); true when the schema had created it. */
    public boolean removeExtension(String name) {
      return extensions.remove(name) != null;
    }

    /** Records an aggregate and its result type (unknown if not known). */
    public Collector addAggregate(String name, SqlType result) {
      aggregates.put(name, result);
      history.remove(name);
      return this;
    }

    /** Whether an aggregate of this name is defined. */
    public boolean hasAggregate(String name) {
      return aggregates.containsKey(name);
    }

    /** Forgets an aggregate ({@code DROP AGGREGATE}); true when there was one. */
    public boolean removeAggregate(String name) {
      return aggregates.remove(name) != null;
    }

    /** Renames an aggregate ({@code ALTER AGGREGATE .. RENAME TO}); true when there was one. */
    public boolean renameAggregate(String name, String newName) {
      if (!aggregates.containsKey(name)) {
        return false;
      }
      aggregates.put(newName, aggregates.remove(name));
      return true;
    }

    /**
     * Records a function and what it returns ({@code null}: not known). The name keeps a result
     * only while every overload gives the same one.
     */
    public Collector addFunction(String name, FunctionResult result) {
      return addFunction(name, null, result, null);
    }

    /**
     * Records one overload of a function: {@code arguments} is its normalised input argument list,
     * or null when it could not be read, and {@code signature} its parameters, or null. The same
     * overload declared again replaces the first.
     */
    public Collector addFunction(
        String name, String arguments, FunctionResult result, FunctionSignature signature) {
      String key = arguments == null ? "?" + unreadArguments++ : arguments;
      history.remove(name);
      declarations
          .computeIfAbsent(name, n -> new LinkedHashMap<>())
          .put(key, new Overload(result, arguments == null ? null : signature));
      return this;
    }

    /** Whether a function or procedure of this name is defined. */
    public boolean hasFunction(String name) {
      return declarations.containsKey(name);
    }

    /**
     * The overload {@code arguments} of {@code name} (null: the only one, as {@code DROP FUNCTION
     * f} without arguments names it), or empty when none is known to match.
     */
    private Optional<String> overload(String name, String arguments) {
      Map<String, Overload> overloads = declarations.get(name);
      if (overloads == null) {
        return Optional.empty();
      }
      if (arguments == null) {
        return overloads.size() == 1
            ? Optional.of(overloads.keySet().iterator().next())
            : Optional.empty();
      }
      return overloads.containsKey(arguments) ? Optional.of(arguments) : Optional.empty();
    }

    /**
     * Removes one overload ({@code DROP FUNCTION}); true when it was known exactly. Nothing changes
     * when it is not: an overload whose arguments could not be read may be the one meant, and
     * keeping a function can only leave a call unchecked, never make it wrong.
     */
    public boolean removeFunction(String name, String arguments) {
      Optional<String> key = overload(name, arguments);
      if (key.isEmpty()) {
        return false;
      }
      Map<String, Overload> overloads = declarations.get(name);
      overloads.remove(key.get());
      if (overloads.isEmpty()) {
        declarations.remove(name);
      }
      return true;
    }

    /** Renames one overload ({@code ALTER FUNCTION .. RENAME TO}); true when it was known. */
    public boolean renameFunction(String name, String arguments, String newName) {
      Optional<String> key = overload(name, arguments);
      if (key.isEmpty()) {
        return false;
      }
      Overload overload = declarations.get(name).get(key.get());
      removeFunction(name, key.get());
      String newKey = key.get().startsWith("?") ? null : key.get();
      addFunction(
          newName, newKey, renamedResult(overload.result(), name, newName), overload.signature());
      return true;
    }

    /** A scalar result's one column is named after the function, so it follows the new name. */
    private static FunctionResult renamedResult(FunctionResult r, String name, String newName) {
      if (r == null || !r.scalar() || !r.names().equals(List.of(name))) {
        return r;
      }
      return new FunctionResult(List.of(newName), r.types(), r.setOf(), true);
    }

    Routines build() {
      return new Routines(this);
    }
  }
}
