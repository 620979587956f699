package dev.sqlcheck.maven;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Goal {@code sqlcheck:fingerprint}: turns the schema sources into a generated Java source that
 * carries their SHA-256, and adds its folder as a compile source root.
 *
 * <p>Why: maven-compiler-plugin decides whether to compile by looking at Java sources only, so
 * after an edit to {@code schema.sql} alone it says "Nothing to compile" and sqlcheck never sees
 * the drift. A changed fingerprint source makes the module stale, the compiler recompiles it, and
 * the processor checks every query against the new schema. An unchanged schema leaves the file
 * untouched, so incremental builds stay incremental.
 *
 * <pre>{@code
 * <plugin>
 *   <groupId>dev.sqlcheck</groupId>
 *   <artifactId>sqlcheck-maven-plugin</artifactId>
 *   <version>...</version>
 *   <executions><execution><goals><goal>fingerprint</goal></goals></execution></executions>
 * </plugin>
 * }</pre>
 */
@Mojo(name = "fingerprint", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class FingerprintMojo extends AbstractMojo {
  private static final Pattern SEGMENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /**
   * The schema sources: {@code .sql} files, Flyway folders (read recursively) and Liquibase
   * changelogs (with every file they include). Use the same list as {@code -Asqlcheck.schema}: the
   * goal hashes exactly the files the processor reads.
   */
  @Parameter(property = "sqlcheck.schemaFiles")
  private List<File> schemaFiles;

  /** Where the fingerprint source goes; added as a compile source root. */
  @Parameter(
      property = "sqlcheck.fingerprintDirectory",
      defaultValue = "${project.build.directory}/generated-sources/sqlcheck")
  private File outputDirectory;

  /** The package of the generated class; by default derived from groupId and artifactId. */
  @Parameter(property = "sqlcheck.fingerprintPackage")
  private String packageName;

  /** Skips the goal. */
  @Parameter(property = "sqlcheck.skip", defaultValue = "false")
  private boolean skip;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Override
  public void execute() throws MojoExecutionException {
    if (skip) {
      getLog().info("sqlcheck fingerprint skipped");
      return;
    }
    Path base = project.getBasedir().toPath();
    List<Path> sources = new ArrayList<>();
    if (schemaFiles == null || schemaFiles.isEmpty()) {
      sources.add(base.resolve("src/main/resources/schema.sql"));
    } else {
      schemaFiles.forEach(f -> sources.add(f.toPath()));
    }
    FingerprintWriter writer = new FingerprintWriter(outputDirectory.toPath(), packageName());
    try {
      SchemaFingerprint fingerprint = SchemaFingerprint.of(base, sources);
      if (fingerprint.files().isEmpty()) {
        getLog().warn("sqlcheck: no schema file found in " + sources);
      }
      boolean written = writer.write(fingerprint);
      getLog()
          .info(
              "sqlcheck schema fingerprint "
                  + fingerprint.sha256().substring(0, 12)
                  + (written ? " (changed: the module will be recompiled)" : " (unchanged)")
                  + " from "
                  + fingerprint.files().size()
                  + " file(s)");
    } catch (IOException | UncheckedIOException e) {
      throw new MojoExecutionException("cannot write " + writer.file() + ": " + e.getMessage(), e);
    }
    project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
  }

  private String packageName() throws MojoExecutionException {
    String name = packageName;
    if (name == null || name.isBlank()) {
      name = toPackage(project.getGroupId() + "." + project.getArtifactId());
    }
    for (String segment : name.split("\\.", -1)) {
      if (!SEGMENT.matcher(segment).matches()) {
        throw new MojoExecutionException("packageName \"" + name + "\" is not a Java package name");
      }
    }
    return name;
  }

  /** {@code com.example:my-app} → {@code com.example.my_app}. */
  static String toPackage(String coordinates) {
    List<String> segments = new ArrayList<>();
    for (String raw : coordinates.toLowerCase(Locale.ROOT).split("\\.")) {
      String s = raw.replaceAll("[^a-z0-9_]", "_");
      if (s.isEmpty()) {
        continue;
      }
      segments.add(Character.isDigit(s.charAt(0)) ? "_" + s : s);
    }
    return String.join(".", segments);
  }
}
