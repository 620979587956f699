package dev.sqlcheck.bench.synthetic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.StandardLocation;

/**
 * A do-nothing annotation processor for the compile-time benchmark's middle run: in its first round
 * it writes, through the Filer, the files sqlcheck generated earlier, and nothing else: the
 * implementations (read from {@code -Areplay.dir}) and, when {@code -Areplay.resources} names a
 * folder, the class-output resources (the verifier's manifests, one per repository). javac then
 * pays for annotation processing and an extra round exactly as with sqlcheck, but for none of
 * sqlcheck's own work, which separates the cost of processing at all from the cost of checking SQL.
 * Not registered as a service: the benchmark names it with {@code -processor}.
 */
public final class ReplayProcessor extends AbstractProcessor {
  private boolean written;

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("dev.sqlcheck.SqlRepository");
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of("replay.dir", "replay.resources");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (written) {
      return false;
    }
    written = true;
    Path dir = Path.of(processingEnv.getOptions().get("replay.dir"));
    try (Stream<Path> walk = Files.walk(dir)) {
      List<Path> files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
      for (Path file : files) {
        String relative = dir.relativize(file).toString();
        String name =
            relative
                .substring(0, relative.length() - ".java".length())
                .replace(file.getFileSystem().getSeparator(), ".");
        try (Writer w = processingEnv.getFiler().createSourceFile(name).openWriter()) {
          w.write(Files.readString(file, StandardCharsets.UTF_8));
        }
      }
      String resources = processingEnv.getOptions().get("replay.resources");
      if (resources != null) {
        replayResources(Path.of(resources));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return false;
  }

  private void replayResources(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      List<Path> files =
          walk.filter(Files::isRegularFile)
              .filter(p -> !p.toString().endsWith(".class"))
              .sorted()
              .toList();
      for (Path file : files) {
        String relative =
            dir.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
        try (Writer w =
            processingEnv
                .getFiler()
                .createResource(StandardLocation.CLASS_OUTPUT, "", relative)
                .openWriter()) {
          w.write(Files.readString(file, StandardCharsets.UTF_8));
        }
      }
    }
  }
}
