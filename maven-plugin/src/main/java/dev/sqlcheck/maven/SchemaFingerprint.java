package dev.sqlcheck.maven;

import dev.sqlcheck.sources.SchemaSources;
import dev.sqlcheck.sources.SourceProblem;
import dev.sqlcheck.sources.SourceSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The SHA-256 of a module's schema sources: exactly the files the processor reads for the same
 * configuration ({@link SchemaSources}), in the order it applies them: a {@code .sql} file, the
 * migrations of a Flyway folder (recursively), a Liquibase changelog with every file it includes
 * and every {@code sqlFile}. Names count as well as contents, so renaming or reordering a migration
 * changes the fingerprint, and so does a missing file or include (the processor must then be run
 * again to report it).
 *
 * @param sha256 the hex digest
 * @param files the schema files that went into it, in the order they were hashed
 */
public record SchemaFingerprint(String sha256, List<Path> files) {

  /** Fingerprints {@code sources}; a relative path is resolved against {@code baseDir}. */
  public static SchemaFingerprint of(Path baseDir, List<Path> sources) {
    MessageDigest digest = newDigest();
    List<Path> roots = new ArrayList<>();
    for (Path configured : sources) {
      roots.add(baseDir.resolve(configured).normalize());
    }
    SourceSet set = SchemaSources.read(roots);
    for (Path file : set.files()) {
      update(digest, baseDir, file);
    }
    for (SourceProblem problem : set.problems()) {
      // A missing file or include must change the fingerprint when it appears.
      digest.update(bytes("problem:" + problem.kind() + ":" + problem.message() + "\0"));
    }
    return new SchemaFingerprint(HexFormat.of().formatHex(digest.digest()), set.files());
  }

  private static void update(MessageDigest digest, Path baseDir, Path file) {
    try {
      byte[] content = Files.readAllBytes(file);
      // Name and length first, so that moving text from one file to the next still counts.
      digest.update(bytes("file:" + relative(baseDir, file) + "\0" + content.length + "\0"));
      digest.update(content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String relative(Path baseDir, Path file) {
    Path rel = file.startsWith(baseDir) ? baseDir.relativize(file) : file;
    return rel.toString().replace('\\', '/');
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
