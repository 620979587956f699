package dev.sqlcheck.processor.step;

import dev.sqlcheck.processor.catalog.Catalog;
import dev.sqlcheck.processor.codegen.ManifestWriter;
import dev.sqlcheck.processor.collect.RepositoryRead;
import dev.sqlcheck.processor.collect.RepositoryReader;
import dev.sqlcheck.processor.dialect.Dialect;
import dev.sqlcheck.processor.manifest.ManifestBuilder;
import dev.sqlcheck.processor.model.EnumModel;
import dev.sqlcheck.processor.model.MethodPlan;
import dev.sqlcheck.processor.model.RepositoryManifest;
import dev.sqlcheck.processor.types.TypeRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.lang.model.element.TypeElement;

/**
 * Writes, next to each implementation, the manifest the run-time verifier reads: one resource per
 * repository ({@code META-INF/sqlcheck/repositories/<binary name>}), created through the Filer with
 * the interface as its only originating element. One file per repository keeps the set complete
 * when a build compiles only some repositories (incremental builds, IDEs, Gradle's isolating mode):
 * each file is replaced only when its own repository is compiled again.
 */
final class ManifestStep {
  private final Dialect dialect;
  private final RepositoryReader reader;
  private final SourceWriter writer;

  ManifestStep(Dialect dialect, RepositoryReader reader, SourceWriter writer) {
    this.dialect = dialect;
    this.reader = reader;
    this.writer = writer;
  }

  /** Writes the manifest of a repository whose every query checked clean (javac's thread). */
  void write(
      TypeElement type, RepositoryRead.Target target, Catalog catalog, List<Stage.Check> checks)
      throws java.util.concurrent.ExecutionException {
    List<Stage.Checked> results = new ArrayList<>();
    for (Stage.Check c : checks) {
      results.add(AnalysisPool.await(c.task()));
    }
    Resource manifest = build(dialect, catalog, target, results, reader::enumConstants);
    writer.writeResource(type, manifest.name(), manifest.text());
  }

  /**
   * The manifest's resource name and text, built off javac's thread from the checks' results, with
   * enum constants taken from the method models; null when an enum is not among them, and {@link
   * #write} must build it with the compiler.
   */
  static Resource render(
      Dialect dialect,
      Catalog catalog,
      RepositoryRead.Target target,
      List<Stage.Check> checks,
      List<Stage.Checked> results) {
    Map<TypeRef, List<String>> constants = new HashMap<>();
    for (Stage.Check c : checks) {
      if (c.query().model() != null) {
        for (EnumModel e : c.query().model().enums()) {
          constants.putIfAbsent(
              e.type(), e.constants().stream().map(EnumModel.Constant::name).toList());
        }
      }
    }
    try {
      return build(
          dialect,
          catalog,
          target,
          results,
          type -> {
            List<String> names = constants.get(type);
            if (names == null) {
              throw new UnknownEnum();
            }
            return names;
          });
    } catch (UnknownEnum e) {
      return null;
    }
  }

  /** A manifest resource: its name under the class output, and its text. */
  record Resource(String name, String text) {}

  private static Resource build(
      Dialect dialect,
      Catalog catalog,
      RepositoryRead.Target target,
      List<Stage.Checked> results,
      Function<TypeRef, List<String>> enumConstants) {
    List<ManifestBuilder.Checked> methods = new ArrayList<>();
    for (Stage.Checked checked : results) {
      methods.add(
          new ManifestBuilder.Checked(
              checked.signature().plan(), checked.analysis(), checked.relaxed()));
    }
    RepositoryManifest manifest =
        new ManifestBuilder(dialect, catalog, enumConstants).build(target.repository(), methods);
    return new Resource(
        ManifestWriter.resourceName(binaryName(target.repository())),
        ManifestWriter.write(manifest));
  }

  /** An enum the method models do not describe: the manifest is built on javac's thread. */
  private static final class UnknownEnum extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnknownEnum() {
      super(null, null, false, false);
    }
  }

  /** True when the plan reads a result column into a primitive without a NULL guard. */
  static boolean readsUnguardedPrimitive(MethodPlan plan) {
    if (plan == null) {
      return false;
    }
    List<MethodPlan.ColumnRead> reads = new ArrayList<>();
    if (plan.mapping() instanceof MethodPlan.ScalarMapping s) {
      reads.add(s.column());
    } else if (plan.mapping() instanceof MethodPlan.ConstructorMapping c) {
      reads.addAll(c.columns());
    }
    return reads.stream().anyMatch(r -> r.type().primitive() && r.checked() && r.index() > 0);
  }

  /** {@code com.example.Outer$Inner}, as {@code Class.getName()} spells it. */
  static String binaryName(TypeRef type) {
    String nested = String.join("$", type.simpleNames());
    return type.packageName().isEmpty() ? nested : type.packageName() + "." + nested;
  }
}
