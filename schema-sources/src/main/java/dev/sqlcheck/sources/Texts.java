package dev.sqlcheck.sources;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reading a source file's text the way every reader here needs it. */
final class Texts {
  private Texts() {}

  /** The file as UTF-8, without a byte-order mark (which would hide the first keyword). */
  static String read(Path file) throws IOException {
    String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** {@code file} relative to {@code base} with forward slashes, or as given when outside it. */
  static String display(Path base, Path file) {
    Path shown = base != null && file.startsWith(base) ? base.relativize(file) : file;
    return shown.toString().replace('\\', '/');
  }
}
