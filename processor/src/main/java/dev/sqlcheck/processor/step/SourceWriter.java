package dev.sqlcheck.processor.step;

import dev.sqlcheck.processor.codegen.RepositoryWriter;
import dev.sqlcheck.processor.codegen.StubWriter;
import dev.sqlcheck.processor.collect.RepositoryRead;
import dev.sqlcheck.processor.model.ImplName;
import dev.sqlcheck.processor.model.MethodPlan;
import dev.sqlcheck.processor.model.RepositoryPlan;
import dev.sqlcheck.processor.model.StubPlan;
import java.io.IOException;
import java.io.Writer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.annotation.processing.FilerException;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * Writes generated sources through the {@link Filer}, each name once: ecj may offer the same type
 * again in a later round, and a file can be created only once per compilation.
 */
final class SourceWriter {
  private final Filer filer;
  private final Reporter reporter;
  private final Set<String> written = new HashSet<>();

  SourceWriter(Filer filer, Reporter reporter) {
    this.filer = filer;
    this.reporter = reporter;
  }

  /** The implementation's source text for checked methods (any thread). */
  static String render(List<MethodPlan> plans, RepositoryRead.Target target) {
    RepositoryPlan plan = new RepositoryPlan(target.repository(), target.impl().simple(), plans);
    return RepositoryWriter.render(plan, target.annotateGenerated());
  }

  void writeStub(TypeElement type, StubPlan plan, boolean annotateGenerated) {
    String qualified = ImplName.of(plan.repository()).qualified();
    if (written.contains(qualified)) {
      return;
    }
    write(type, qualified, StubWriter.write(plan, annotateGenerated).toString());
  }

  /** Writes a resource to the class output, with {@code type} as its originating element. */
  void writeResource(TypeElement type, String relativeName, String text) {
    if (!written.add("resource:" + relativeName)) {
      return;
    }
    try {
      FileObject resource =
          filer.createResource(StandardLocation.CLASS_OUTPUT, "", relativeName, type);
      try (Writer out = resource.openWriter()) {
        out.write(text);
      }
    } catch (FilerException e) {
      // Already created in an earlier round or by another processor run: nothing to add.
    } catch (IOException e) {
      reporter.internalError(e, type);
    }
  }

  void write(TypeElement type, String qualified, String text) {
    if (!written.add(qualified)) {
      return;
    }
    try {
      JavaFileObject source = filer.createSourceFile(qualified, type);
      try (Writer out = source.openWriter()) {
        out.write(text);
      }
    } catch (FilerException e) {
      // Already created in an earlier round or by another processor run: nothing to add.
    } catch (IOException e) {
      reporter.internalError(e, type);
    }
  }
}
