package dev.sqlcheck.processor.types;

import java.util.List;

/**
 * A Java class named by its package and its simple names, outermost first: {@code
 * com.example.BookRepository.Book} is package {@code com.example}, names {@code [BookRepository,
 * Book]}. Kept apart so code generation never has to guess where a package ends.
 */
public record TypeRef(String packageName, List<String> simpleNames) {
  public TypeRef {
    simpleNames = List.copyOf(simpleNames);
  }

  public static TypeRef of(String packageName, String... simpleNames) {
    return new TypeRef(packageName, List.of(simpleNames));
  }

  /** Parses a top-level JDK name such as {@code java.lang.String}. */
  public static TypeRef topLevel(String qualifiedName) {
    int dot = qualifiedName.lastIndexOf('.');
    return of(qualifiedName.substring(0, dot), qualifiedName.substring(dot + 1));
  }

  /** The innermost simple name: {@code Book}. */
  public String simpleName() {
    return simpleNames.get(simpleNames.size() - 1);
  }

  /** The dotted name without the package: {@code BookRepository.Book}. */
  public String nestedName() {
    return String.join(".", simpleNames);
  }

  public String qualifiedName() {
    return packageName.isEmpty() ? nestedName() : packageName + "." + nestedName();
  }

  // Written out: type references are map keys on hot paths, and the generated record methods are
  // slow until the JIT has compiled them.
  @Override
  public boolean equals(Object o) {
    return this == o
        || (o instanceof TypeRef t
            && java.util.Objects.equals(packageName, t.packageName)
            && simpleNames.equals(t.simpleNames));
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hashCode(packageName) * 31 + simpleNames.hashCode();
  }
}
