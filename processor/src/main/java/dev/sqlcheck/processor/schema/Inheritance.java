package dev.sqlcheck.processor.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which tables inherit from which ({@code INHERITS}, {@code ALTER TABLE … INHERIT}) or are their
 * partitions ({@code PARTITION OF}, {@code ATTACH PARTITION}), by "schema.table", followed through
 * renames, moves, drops, {@code NO INHERIT} and {@code DETACH PARTITION}. An {@code ALTER TABLE}
 * without {@code ONLY} changes the columns of the descendants as well.
 */
final class Inheritance {
  private final Map<String, List<String>> parents = new LinkedHashMap<>(); // child -> parents

  /** Records that {@code child} inherits from (or is a partition of) {@code parent}. */
  void inherits(String child, String parent) {
    List<String> of = parents.computeIfAbsent(child, k -> new ArrayList<>());
    if (!of.contains(parent)) {
      of.add(parent);
    }
  }

  /** {@code child} no longer inherits from {@code parent}. */
  void disinherits(String child, String parent) {
    List<String> of = parents.get(child);
    if (of != null) {
      of.remove(parent);
    }
  }

  /**
   * True when one table descends from the other: their constraints share names by inheritance
   * (pg_dump writes a child's own copy of an inherited check constraint under the parent's name).
   */
  boolean related(String a, String b) {
    return descends(a, b, 0) || descends(b, a, 0);
  }

  private boolean descends(String child, String ancestor, int depth) {
    for (String p : parents.getOrDefault(child, List.of())) {
      if (p.equals(ancestor) || depth < 16 && descends(p, ancestor, depth + 1)) {
        return true;
      }
    }
    return false;
  }

  /** The tables {@code table} descends from, nearest first. */
  List<String> ancestors(String table) {
    Set<String> out = new LinkedHashSet<>();
    List<String> level = List.of(table);
    for (int depth = 0; depth < 16 && !level.isEmpty(); depth++) {
      List<String> next = new ArrayList<>();
      for (String t : level) {
        for (String p : parents.getOrDefault(t, List.of())) {
          if (out.add(p)) {
            next.add(p);
          }
        }
      }
      level = next;
    }
    return new ArrayList<>(out);
  }

  /** The tables that descend from {@code table}, nearest first. */
  List<String> descendants(String table) {
    Set<String> out = new LinkedHashSet<>();
    List<String> level = List.of(table);
    for (int depth = 0; depth < 16 && !level.isEmpty(); depth++) {
      List<String> next = new ArrayList<>();
      for (Map.Entry<String, List<String>> e : parents.entrySet()) {
        if (e.getValue().stream().anyMatch(level::contains) && out.add(e.getKey())) {
          next.add(e.getKey());
        }
      }
      level = next;
    }
    return new ArrayList<>(out);
  }

  /** A table was renamed or moved: it keeps its parents and children. */
  void moved(String from, String to) {
    List<String> own = parents.remove(from);
    if (own != null) {
      parents.put(to, own);
    }
    parents.values().forEach(of -> of.replaceAll(p -> p.equals(from) ? to : p));
  }

  /** Tables were dropped: they are no one's parent or child any more. */
  void dropped(Set<String> tables) {
    tables.forEach(parents::remove);
    parents.values().forEach(of -> of.removeAll(tables));
  }
}
