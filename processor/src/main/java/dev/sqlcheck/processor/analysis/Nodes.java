package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.sql.ast.Node;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * Generic walks over the syntax tree, whose nodes are records: the children of a node, a search for
 * nodes of interest, and structural equality that ignores where nodes stand in the text.
 */
final class Nodes {
  private static final Map<Class<?>, Method[]> ACCESSORS = new ConcurrentHashMap<>();

  private Nodes() {}

  /** The node's direct children, in record order (lists flattened, nulls skipped). */
  static List<Node> children(Node n) {
    List<Node> out = new ArrayList<>();
    for (Method m : accessors(n.getClass())) {
      Object v = get(m, n);
      if (v instanceof Node child) {
        out.add(child);
      } else if (v instanceof List<?> list) {
        for (Object o : list) {
          if (o instanceof Node child) {
            out.add(child);
          } else if (o instanceof List<?> inner) {
            for (Object p : inner) {
              if (p instanceof Node c) {
                out.add(c);
              }
            }
          }
        }
      }
    }
    return out;
  }

  /**
   * Visits {@code n} and its descendants depth-first; {@code visit} returns false to skip a node's
   * children.
   */
  static void walk(Node n, Predicate<Node> visit) {
    if (n == null || !visit.test(n)) {
      return;
    }
    for (Node c : children(n)) {
      walk(c, visit);
    }
  }

  /**
   * Whether two trees are the same construct, ignoring positions; {@code leaf} decides for pairs it
   * knows (return null... via {@link Leaf}) and otherwise the record components are compared.
   */
  static boolean same(Object x, Object y, Leaf leaf) {
    if (x == y) {
      return true;
    }
    if (x == null || y == null || x.getClass() != y.getClass()) {
      return false;
    }
    if (x instanceof Node nx) {
      Boolean decided = leaf.decide(nx, (Node) y);
      if (decided != null) {
        return decided;
      }
      for (Method m : accessors(x.getClass())) {
        String name = m.getName();
        if (name.equals("start") || name.equals("end")) {
          continue;
        }
        if (!same(get(m, x), get(m, y), leaf)) {
          return false;
        }
      }
      return true;
    }
    if (x instanceof List<?> lx) {
      List<?> ly = (List<?>) y;
      if (lx.size() != ly.size()) {
        return false;
      }
      for (int i = 0; i < lx.size(); i++) {
        if (!same(lx.get(i), ly.get(i), leaf)) {
          return false;
        }
      }
      return true;
    }
    return Objects.equals(x, y);
  }

  /** A decision for particular node pairs: true or false, or null to compare components. */
  @FunctionalInterface
  interface Leaf {
    Boolean decide(Node x, Node y);

    static Leaf none() {
      return (x, y) -> null;
    }

    static Leaf of(BiPredicate<Node, Node> applies, BiPredicate<Node, Node> equal) {
      return (x, y) -> applies.test(x, y) ? equal.test(x, y) : null;
    }
  }

  private static Method[] accessors(Class<?> type) {
    return ACCESSORS.computeIfAbsent(
        type,
        t -> {
          RecordComponent[] components = t.getRecordComponents();
          if (components == null) {
            return new Method[0];
          }
          Method[] out = new Method[components.length];
          for (int i = 0; i < components.length; i++) {
            out[i] = components[i].getAccessor();
            out[i].setAccessible(true);
          }
          return out;
        });
  }

  private static Object get(Method m, Object target) {
    try {
      return m.invoke(target);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + m, e);
    }
  }
}
