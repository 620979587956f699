package dev.sqlcheck.processor.codegen.source;

import java.util.ArrayList;
import java.util.List;

/** A class or interface, possibly nested: {@code java.util.Map.Entry}. */
public final class ClassName implements TypeName, Comparable<ClassName> {
  public static final ClassName OBJECT = new ClassName("java.lang", List.of("Object"));

  private final String packageName;
  private final List<String> simpleNames;
  private final String canonicalName;

  private ClassName(String packageName, List<String> simpleNames) {
    this.packageName = packageName;
    this.simpleNames = List.copyOf(simpleNames);
    this.canonicalName =
        (packageName.isEmpty() ? "" : packageName + ".") + String.join(".", simpleNames);
  }

  public static ClassName get(String packageName, String simpleName, String... nested) {
    List<String> names = new ArrayList<>(1 + nested.length);
    names.add(simpleName);
    names.addAll(List.of(nested));
    return new ClassName(packageName, names);
  }

  public static ClassName get(Class<?> type) {
    return BY_CLASS.get(type);
  }

  private static final ClassValue<ClassName> BY_CLASS =
      new ClassValue<>() {
        @Override
        protected ClassName computeValue(Class<?> type) {
          return of(type);
        }
      };

  private static ClassName of(Class<?> type) {
    List<String> names = new ArrayList<>();
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      names.add(0, c.getSimpleName());
    }
    return new ClassName(type.getPackageName(), names);
  }

  /**
   * A name such as {@code java.lang.Long} or {@code java.time.LocalDate}: the package is the
   * leading lower-case segments, the classes the rest.
   */
  public static ClassName bestGuess(String name) {
    String[] parts = name.split("\\.");
    int p = 0;
    while (p < parts.length && !parts[p].isEmpty() && Character.isLowerCase(parts[p].charAt(0))) {
      p++;
    }
    if (p == parts.length) {
      throw new IllegalArgumentException("not a class name: " + name);
    }
    return new ClassName(
        String.join(".", List.of(parts).subList(0, p)), List.of(parts).subList(p, parts.length));
  }

  public String packageName() {
    return packageName;
  }

  /** The innermost simple name. */
  public String simpleName() {
    return simpleNames.get(simpleNames.size() - 1);
  }

  List<String> simpleNames() {
    return simpleNames;
  }

  String canonicalName() {
    return canonicalName;
  }

  ClassName topLevel() {
    return simpleNames.size() == 1 ? this : new ClassName(packageName, simpleNames.subList(0, 1));
  }

  /** The class this one is nested in, or null for a top-level class. */
  ClassName enclosing() {
    return simpleNames.size() == 1
        ? null
        : new ClassName(packageName, simpleNames.subList(0, simpleNames.size() - 1));
  }

  @Override
  public void emit(SourceEmitter out) {
    out.text(out.lookupName(this));
  }

  @Override
  public int compareTo(ClassName o) {
    return canonicalName.compareTo(o.canonicalName);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ClassName c && c.canonicalName.equals(canonicalName);
  }

  @Override
  public int hashCode() {
    return canonicalName.hashCode();
  }

  @Override
  public String toString() {
    return canonicalName;
  }
}
