package dev.sqlcheck.processor.generated;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.sqlcheck.processor.testing.CompileHarness;
import dev.sqlcheck.processor.testing.CompileHarness.Result;
import dev.sqlcheck.processor.testing.CompileHarness.Tool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated methods follow the interface's declaration order, identically under javac and ecj: the
 * repository's own methods as written, then each super-interface's, depth first in the order of the
 * {@code extends} clause. A super-interface read from a class file, where javac lists members in
 * class-file order and ecj by name, contributes its methods sorted by name under both compilers.
 */
class DeclarationOrderTest {
  private static final String SCHEMA = "CREATE TABLE t (id bigint PRIMARY KEY, name text);\n";

  private static final String REPOSITORY =
      """
      package com.example;
      import dev.sqlcheck.*;
      @SqlRepository
      public interface Repo extends Middle, com.lib.Library {
        @Query("SELECT count(*) FROM t WHERE id > :id") long zulu(long id);
        @Query("DELETE FROM t WHERE id = :id") void bravo(long id);
        @Query("SELECT name FROM t WHERE id = :id") String alpha(long id);
        // Redeclared here, so it takes this place rather than Library's.
        @Query("SELECT count(*) FROM t") long libraryMiddle();
        default long both() { return zulu(0) + alpha(0).length(); }
        @Query("UPDATE t SET name = :name WHERE id = :id") int charlie(long id, String name);
      }
      """;

  private static final String MIDDLE =
      """
      package com.example;
      import dev.sqlcheck.*;
      public interface Middle extends Base {
        @Query("SELECT count(*) FROM t WHERE name = :n") long yankee(String n);
        @Query("SELECT count(*) FROM t WHERE name <> :n") long xray(String n);
      }
      """;

  private static final String BASE =
      """
      package com.example;
      import dev.sqlcheck.*;
      public interface Base {
        @Query("SELECT count(*) FROM t WHERE id < :id") long whiskey(long id);
        @Query("SELECT count(*) FROM t WHERE id <> :id") long victor(long id);
      }
      """;

  private static final String LIBRARY =
      """
      package com.lib;
      import dev.sqlcheck.*;
      public interface Library {
        @Query("SELECT count(*) FROM t WHERE id = 3") long libraryZeta();
        @Query("SELECT count(*) FROM t WHERE id = 1") long libraryAlpha();
        @Query("SELECT count(*) FROM t WHERE id = 2") long libraryMiddle();
      }
      """;

  @Test
  void methods_keepDeclarationOrder_underBothCompilers(@TempDir Path dir) throws IOException {
    Path library = compileLibrary(dir);
    String javac = generated(Tool.JAVAC, library);
    String ecj = generated(Tool.ECJ, library);
    assertThat(ecj).isEqualTo(javac);
    assertThat(overrides(javac))
        .containsExactly(
            "zulu",
            "bravo",
            "alpha",
            "libraryMiddle",
            "charlie",
            "yankee",
            "xray",
            "whiskey",
            "victor",
            "libraryAlpha",
            "libraryZeta")
        .inOrder();
    // The SQL constants follow the same order.
    assertThat(javac.indexOf("SQL_zulu")).isLessThan(javac.indexOf("SQL_bravo"));
    assertThat(javac.indexOf("SQL_xray")).isLessThan(javac.indexOf("SQL_whiskey"));
  }

  private static String generated(Tool tool, Path library) {
    Result r =
        new CompileHarness()
            .schema(SCHEMA)
            .source("com.example.Base", BASE)
            .source("com.example.Middle", MIDDLE)
            .source("com.example.Repo", REPOSITORY)
            .classpath(library)
            .compile(tool);
    assertWithMessage("%s", r).that(r.errors()).isEmpty();
    String impl = r.generatedSources().get("RepoImpl.java");
    assertWithMessage("%s", r).that(impl).isNotNull();
    return impl;
  }

  /** Compiles {@code com.lib.Library} to class files, as another module would have. */
  private static Path compileLibrary(Path dir) throws IOException {
    Path src = Files.createDirectories(dir.resolve("src/com/lib"));
    Path file = src.resolve("Library.java");
    Files.writeString(file, LIBRARY, StandardCharsets.UTF_8);
    Path classes = Files.createDirectories(dir.resolve("classes"));
    int status =
        CompileHarness.systemJavac()
            .run(
                null,
                null,
                null,
                "-proc:none",
                "-classpath",
                System.getProperty("java.class.path"),
                "-d",
                classes.toString(),
                file.toString());
    assertThat(status).isEqualTo(0);
    return classes;
  }

  private static List<String> overrides(String impl) {
    Matcher m = Pattern.compile("@Override\\n  public [^(]* (\\w+)\\(").matcher(impl);
    List<String> names = new ArrayList<>();
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }
}
