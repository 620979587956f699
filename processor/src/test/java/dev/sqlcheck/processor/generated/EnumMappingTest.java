package dev.sqlcheck.processor.generated;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.sqlcheck.processor.testing.CompileHarness;
import dev.sqlcheck.processor.testing.CompileHarness.Diag;
import dev.sqlcheck.processor.testing.CompileHarness.Result;
import dev.sqlcheck.processor.testing.CompileHarness.Tool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Java enums against SQL enums, under javac and ecj: each constant must match exactly one label
 * (exactly, else uniquely ignoring case, else through {@code @EnumLabel}), or the build fails with
 * 306 (a parameter) or 408 (a result) on the {@code @Query} line, naming the constant and listing
 * the labels. Clean repositories convert with generated switches, never {@code valueOf}.
 */
class EnumMappingTest {
  static final String SCHEMA =
      """
      CREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped');
      CREATE TYPE shouting AS ENUM ('paid', 'PAID');
      CREATE TABLE orders (
        id bigint PRIMARY KEY,
        status order_status NOT NULL,
        loud shouting,
        note text
      );
      """;

  static Result compile(Tool tool, String members) {
    return new CompileHarness()
        .schema(SCHEMA)
        .source("com.example.OrderRepository", source(members))
        .option("-Xlint:all,-processing")
        .compile(tool);
  }

  static String source(String members) {
    return """
           package com.example;
           import dev.sqlcheck.*;
           import java.util.*;
           @SqlRepository
           public interface OrderRepository {
           """
        + members
        + "}\n";
  }

  static long lineOf(String members, String marker) {
    List<String> lines = source(members).lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(marker)) {
        return i + 1;
      }
    }
    throw new AssertionError("no line contains " + marker);
  }

  static Diag onlyError(Result r, String code) {
    assertWithMessage("%s", r).that(r.errors()).hasSize(1);
    Diag d = r.errors().get(0);
    assertWithMessage("%s", r).that(d.message()).contains(code);
    assertThat(d.file()).isEqualTo("OrderRepository.java");
    return d;
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void upperCaseConstants_matchLowerCaseLabels_andConvertWithoutValueOf(Tool tool) {
    String members =
        """
          enum Status { PENDING, PAID, SHIPPED }
          record Order(long id, Status status) {}
          @Query("SELECT id, status FROM orders WHERE status = :status")
          List<Order> find(Status status);
          @Query("UPDATE orders SET status = :status WHERE id = :id")
          int update(long id, Status status);
        """;
    Result r = compile(tool, members);
    assertWithMessage("%s", r).that(r.problems()).isEmpty();
    String impl = r.generatedSources().get("OrderRepositoryImpl.java");
    assertThat(impl).doesNotContain("valueOf");
    assertThat(impl).contains("JdbcSupport.bind(ps, 1, toLabel_Status(status), Types.OTHER);");
    assertThat(impl).contains("fromLabel_Status(rs.getString(2))");
    assertThat(impl).contains("case PENDING:\n        return \"pending\";");
    assertThat(impl).contains("case \"pending\":\n        return OrderRepository.Status.PENDING;");
    assertThat(impl)
        .contains(
            "throw JdbcEnums.unknownLabel(label, \"OrderRepository.Status\", \"order_status\");");
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void constantWithNoLabel_asParameter_is306OnQueryLine(Tool tool) {
    String members =
        """
          enum Status { PENDING, PAID, SHIPPED, REFUNDED }
          @Query("UPDATE orders SET status = :status WHERE id = :id")
          int update(long id, Status status);
        """;
    Diag d = onlyError(compile(tool, members), "[SQLCHECK-306]");
    assertThat(d.line()).isEqualTo(lineOf(members, "@Query"));
    assertThat(d.message())
        .contains("constant \"OrderRepository.Status.REFUNDED\" matches no label");
    assertThat(d.message()).contains("SQL enum \"order_status\"");
    assertThat(d.message()).contains("The labels are \"pending\", \"paid\", \"shipped\"");
    assertThat(d.message()).contains("parameter \"status\" of method \"update\"");
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void constantWithNoLabel_asResultColumn_is408OnQueryLine(Tool tool) {
    String members =
        """
          enum Status { PENDING, PAID, SHIPPED, LOST }
          record Order(long id, Status status) {}
          @Query("SELECT id, status FROM orders")
          List<Order> all();
        """;
    Diag d = onlyError(compile(tool, members), "[SQLCHECK-408]");
    assertThat(d.line()).isEqualTo(lineOf(members, "@Query"));
    assertThat(d.message()).contains("constant \"OrderRepository.Status.LOST\" matches no label");
    assertThat(d.message()).contains("column \"status\" of SQL enum \"order_status\"");
    assertThat(d.message()).contains("component \"status\" of \"OrderRepository.Order\"");
    assertThat(d.message()).contains("The labels are \"pending\", \"paid\", \"shipped\"");
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void inListOfEnums_withUnmatchedConstant_is306OncePerMethod(Tool tool) {
    String members =
        """
          enum Status { PENDING, SENT }
          @Query("SELECT id FROM orders WHERE status IN (:statuses) OR status = :one")
          List<Long> find(Set<Status> statuses, Status one);
        """;
    Diag d = onlyError(compile(tool, members), "[SQLCHECK-306]");
    assertThat(d.message()).contains("\"OrderRepository.Status.SENT\"");
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void labelsDifferingOnlyInCase_needEnumLabel(Tool tool) {
    String ambiguous =
        """
          enum Loud { Paid }
          @Query("SELECT id FROM orders WHERE loud = :loud")
          List<Long> find(Loud loud);
        """;
    Diag d = onlyError(compile(tool, ambiguous), "[SQLCHECK-306]");
    assertThat(d.message())
        .contains(
            "constant \"OrderRepository.Loud.Paid\" matches \"paid\", \"PAID\" only ignoring");
    String chosen =
        """
          enum Loud { @EnumLabel("PAID") Paid, paid }
          @Query("SELECT id FROM orders WHERE loud = :loud")
          List<Long> find(Loud loud);
        """;
    Result r = compile(tool, chosen);
    assertWithMessage("%s", r).that(r.problems()).isEmpty();
    assertThat(r.generatedSources().get("OrderRepositoryImpl.java"))
        .contains("case Paid:\n        return \"PAID\";");
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void enumLabelThatIsNoLabel_andTwoConstantsOnOneLabel_are306(Tool tool) {
    String members =
        """
          enum Status { @EnumLabel("sent") PENDING, PAID, @EnumLabel("paid") SETTLED, SHIPPED }
          @Query("UPDATE orders SET status = :status WHERE id = :id")
          int update(long id, Status status);
        """;
    Diag d = onlyError(compile(tool, members), "[SQLCHECK-306]");
    assertThat(d.message())
        .contains(
            "constant \"OrderRepository.Status.PENDING\" has @EnumLabel(\"sent\"), which is no");
    assertThat(d.message())
        .contains(
            "constants \"OrderRepository.Status.PAID\", \"OrderRepository.Status.SETTLED\" all"
                + " match label \"paid\"");
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void textColumn_takesConstantNames_withoutLabelCheck(Tool tool) {
    String members =
        """
          enum Note { ANYTHING, GOES }
          @Query("SELECT note FROM orders WHERE note = :note")
          List<Note> find(Note note);
        """;
    Result r = compile(tool, members);
    assertWithMessage("%s", r).that(r.problems()).isEmpty();
    String impl = r.generatedSources().get("OrderRepositoryImpl.java");
    assertThat(impl).contains("JdbcSupport.bind(ps, 1, note, Types.VARCHAR);");
    assertThat(impl).contains("return fromName_Note(rs.getString(1));");
    assertThat(impl).contains("case \"GOES\":");
    assertThat(impl).doesNotContain("valueOf");
  }

  /**
   * An enum compiled in another module keeps its {@code @EnumLabel} in the class file, and its
   * constants come out in the same order under both compilers.
   */
  @ParameterizedTest
  @EnumSource(Tool.class)
  void enumFromClassFile_keepsItsEnumLabels(Tool tool, @TempDir Path dir) throws IOException {
    Path src = Files.createDirectories(dir.resolve("src/com/lib"));
    Files.writeString(
        src.resolve("Status.java"),
        """
        package com.lib;
        import dev.sqlcheck.EnumLabel;
        public enum Status { SHIPPED, @EnumLabel("pending") WAITING, PAID }
        """,
        StandardCharsets.UTF_8);
    Path classes = Files.createDirectories(dir.resolve("classes"));
    JavaCompiler javac = CompileHarness.systemJavac();
    int status =
        javac.run(
            null,
            null,
            null,
            "-proc:none",
            "-classpath",
            System.getProperty("java.class.path"),
            "-d",
            classes.toString(),
            src.resolve("Status.java").toString());
    assertThat(status).isEqualTo(0);
    String members =
        """
          @Query("SELECT status FROM orders WHERE status = :status")
          List<com.lib.Status> find(com.lib.Status status);
        """;
    Result r =
        new CompileHarness()
            .schema(SCHEMA)
            .source("com.example.OrderRepository", source(members))
            .classpath(classes)
            .compile(tool);
    assertWithMessage("%s", r).that(r.problems()).isEmpty();
    String impl = r.generatedSources().get("OrderRepositoryImpl.java");
    assertThat(impl).contains("case WAITING:\n        return \"pending\";");
    // Label order decides the order of the cases, whatever order a compiler lists constants in.
    assertThat(impl.indexOf("case WAITING:")).isLessThan(impl.indexOf("case PAID:"));
    assertThat(impl.indexOf("case PAID:")).isLessThan(impl.indexOf("case SHIPPED:"));
  }
}
