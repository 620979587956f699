package dev.sqlcheck.maven;

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
import java.util.stream.Stream;

/**
 * The SHA-256 of a module's schema sources: each configured {@code .sql} file, or every {@code
 * .sql} file under a configured migrations folder, taken in path order. Names count as well as
 * contents, so renaming or reordering a migration changes the fingerprint, and so does a missing
 * file (the processor must then be run again to report it).
 *
 * @param sha256 the hex digest
 * @param files the schema files that went into it, in the order they were hashed
 */
public record SchemaFingerprint(String sha256, List<Path> files) {

  /** Fingerprints {@code sources}; a relative path is resolved against {@code baseDir}. */
  public static SchemaFingerprint of(Path baseDir, List<Path> sources) {
    MessageDigest digest = newDigest();
    List<Path> files = new ArrayList<>();
    for (Path configured : sources) {
      Path source = baseDir.resolve(configured).normalize();
      if (Files.isDirectory(source)) {
        for (Path file : sqlFilesUnder(source)) {
          update(digest, baseDir, file);
          files.add(file);
        }
      } else if (Files.isRegularFile(source)) {
        update(digest, baseDir, source);
        files.add(source);
      } else {
        digest.update(bytes("missing:" + relative(baseDir, source) + "\0"));
      }
    }
    return new SchemaFingerprint(HexFormat.of().formatHex(digest.digest()), List.copyOf(files));
  }

  private static List<Path> sqlFilesUnder(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().endsWith(".sql"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
