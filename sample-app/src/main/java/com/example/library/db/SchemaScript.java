package com.example.library.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The statements of {@code schema.sql}, read from the class path (the very file sqlcheck checked
 * the queries against) and split on the semicolons that end them. Comments are dropped; quoted text
 * is kept whole, so a semicolon inside a string literal does not split a statement.
 */
public final class SchemaScript {
  private SchemaScript() {}

  /** The statements of the {@code schema.sql} resource. */
  public static List<String> load() {
    try (InputStream in = SchemaScript.class.getResourceAsStream("/schema.sql")) {
      if (in == null) {
        throw new IllegalStateException("schema.sql is not on the class path");
      }
      return split(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Splits a script into statements, without comments or the final semicolons. */
  static List<String> split(String script) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int i = 0;
    while (i < script.length()) {
      char c = script.charAt(i);
      if (c == '-' && script.startsWith("--", i)) {
        int end = script.indexOf('\n', i);
        i = end < 0 ? script.length() : end;
      } else if (c == '\'') {
        int end = closingQuote(script, i);
        current.append(script, i, end);
        i = end;
      } else if (c == ';') {
        add(statements, current);
        i++;
      } else {
        current.append(c);
        i++;
      }
    }
    add(statements, current);
    return statements;
  }

  private static int closingQuote(String script, int open) {
    int i = open + 1;
    while (i < script.length()) {
      if (script.charAt(i) == '\'') {
        if (i + 1 < script.length() && script.charAt(i + 1) == '\'') {
          i += 2; // an escaped quote inside the literal
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return script.length();
  }

  private static void add(List<String> statements, StringBuilder current) {
    String statement = current.toString().strip();
    if (!statement.isEmpty()) {
      statements.add(statement);
    }
    current.setLength(0);
  }
}
