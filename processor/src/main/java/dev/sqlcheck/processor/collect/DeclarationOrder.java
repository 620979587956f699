package dev.sqlcheck.processor.collect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Orders the members of a type the same way under javac and ecj, in declaration order wherever both
 * compilers can tell it.
 *
 * <p>For a type compiled from source, both compilers list {@code getEnclosedElements()} in source
 * order (ecj sorts its members by source position before handing them out), so that order is kept.
 * For a type read from a class file they differ: javac keeps the class file's order, ecj sorts by
 * name. There, members are sorted by name and parameter types, which is what ecj gives and what
 * javac can be made to give. A type counts as compiled from source when its outermost type was a
 * root element of some round of this compilation ({@link #addRoots}); both compilers hand the same
 * root elements to a processor.
 */
final class DeclarationOrder {
  private final Set<String> sourceTypes = new HashSet<>();

  /** Remembers the types compiled from source in this round. */
  void addRoots(Iterable<? extends Element> roots) {
    for (Element e : roots) {
      if (e instanceof TypeElement t) {
        sourceTypes.add(t.getQualifiedName().toString());
      }
    }
  }

  /** True when {@code type} (or the type it is nested in) is compiled from source. */
  boolean fromSource(TypeElement type) {
    Element outer = type;
    while (outer.getEnclosingElement() instanceof TypeElement t) {
      outer = t;
    }
    return sourceTypes.contains(((TypeElement) outer).getQualifiedName().toString());
  }

  /** {@code members} of {@code owner}, as {@code getEnclosedElements()} listed them, reordered. */
  <E extends Element> List<E> of(TypeElement owner, List<E> members) {
    List<E> copy = new ArrayList<>(members);
    if (!fromSource(owner)) {
      copy.sort(Comparator.comparing(DeclarationOrder::key));
    }
    return copy;
  }

  /** {@code name(type,type)}: overloads sort by their parameter types. */
  private static String key(Element e) {
    StringBuilder key = new StringBuilder(e.getSimpleName()).append('(');
    if (e instanceof ExecutableElement m) {
      for (VariableElement p : m.getParameters()) {
        key.append(p.asType()).append(',');
      }
    }
    return key.append(')').toString();
  }
}
