package dev.sqlcheck.processor.codegen.source;

import java.util.TreeSet;

/**
 * A source file holding one top-level class. {@link #toString} writes it twice: a first pass finds
 * the types it names, to choose the imports (the first class seen with a simple name is imported; a
 * name taken by a class of the file's own package is never imported), and the second writes the
 * file with them. {@code java.lang} classes are used by simple name without an import.
 */
public final class JavaFile {
  private final String packageName;
  private final TypeSpec type;

  private JavaFile(String packageName, TypeSpec type) {
    this.packageName = packageName;
    this.type = type;
  }

  public static JavaFile of(String packageName, TypeSpec type) {
    return new JavaFile(packageName, type);
  }

  @Override
  public String toString() {
    SourceEmitter collector = SourceEmitter.collector(packageName);
    emit(collector);
    SourceEmitter out = SourceEmitter.writer(packageName, collector.suggestedImports());
    emit(out);
    return out.finish();
  }

  private void emit(SourceEmitter out) {
    if (!packageName.isEmpty()) {
      out.text("package ");
      out.text(packageName);
      out.text(";\n");
      out.text("\n");
    }
    int imports = 0;
    for (ClassName c : new TreeSet<>(out.importedTypes().values())) {
      if (c.packageName().equals("java.lang")) {
        continue;
      }
      out.text("import ");
      out.text(c.canonicalName());
      out.text(";\n");
      imports++;
    }
    if (imports > 0) {
      out.text("\n");
    }
    type.emit(out);
  }
}
