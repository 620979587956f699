package dev.sqlcheck.processor.codegen.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.lang.model.element.Modifier;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceEmitterTest {
  @TempDir Path dir;

  private static final ClassName THING = ClassName.get("com.example", "Thing");

  private static String file(MethodSpec... methods) {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(ClassName.get("com.example", "Gen"))
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL);
    for (MethodSpec m : methods) {
      type.addMethod(m);
    }
    return JavaFile.of("com.example", type.build()).toString();
  }

  private static MethodSpec method(CodeBlock body) {
    return MethodSpec.methodBuilder("run")
        .addModifiers(Modifier.STATIC)
        .returns(TypeName.VOID)
        .addCode(body)
        .build();
  }

  @Test
  void importsEachSimpleNameOnce_firstSeenWins_andNeverJavaLang() {
    String src =
        file(
            method(
                CodeBlock.builder()
                    .addStatement("$T a = null", ClassName.get("java.sql", "Date"))
                    .addStatement("$T b = null", ClassName.get("java.util", "Date"))
                    .addStatement("$T c = null", String.class)
                    .addStatement("$T.Inner d = null", THING)
                    .build()));
    assertTrue(src.contains("import java.sql.Date;\n"), src);
    assertFalse(src.contains("import java.util.Date;"), src);
    assertFalse(src.contains("import java.lang"), src);
    assertTrue(src.contains("    Date a = null;\n"), src);
    assertTrue(src.contains("    java.util.Date b = null;\n"), src);
    assertTrue(src.contains("    String c = null;\n"), src);
    // Same package: no import, simple name.
    assertTrue(src.contains("    Thing.Inner d = null;\n"), src);
  }

  @Test
  void aSamePackageClassKeepsItsNameFromAnImport() {
    String src =
        file(
            method(
                CodeBlock.builder()
                    .addStatement("$T a = 0", ClassName.get("java.sql", "Types"))
                    .addStatement("$T b = null", ClassName.get("com.example", "Types"))
                    .build()));
    assertFalse(src.contains("import java.sql.Types;"), src);
    assertTrue(src.contains("    java.sql.Types a = 0;\n"), src);
    assertTrue(src.contains("    Types b = null;\n"), src);
  }

  @Test
  void aTypeVariableMasksAClassOfTheSameName() {
    MethodSpec m =
        MethodSpec.methodBuilder("pick")
            .addTypeVariable(TypeVariableName.get("Thing", ClassName.get(Comparable.class)))
            .returns(TypeVariableName.get("Thing"))
            .addParameter(THING, "t")
            .addStatement("return null")
            .build();
    String src = file(m);
    assertTrue(
        src.contains("  <Thing extends Comparable> Thing pick(com.example.Thing t) {\n"), src);
  }

  @Test
  void breaksAtTheWrappingSpaceOnlyWhenTheLineWouldPassColumn100() {
    String shortArg = "x".repeat(10);
    String longArg = "y".repeat(90);
    String src =
        file(
            method(
                CodeBlock.builder()
                    .addStatement("call($S,$W$S)", shortArg, shortArg)
                    .addStatement("call($S,$W$S)", longArg, shortArg)
                    .build()));
    assertTrue(src.contains("    call(\"" + shortArg + "\", \"" + shortArg + "\");\n"), src);
    // The break indents the rest twice (4 more spaces) and leaves no space at the line end.
    assertTrue(
        src.contains("    call(\"" + longArg + "\",\n        \"" + shortArg + "\");\n"), src);
  }

  @Test
  void literalsNamesAndSplicedBlocksAreWrittenInPlace_andTypesStillImported() {
    CodeBlock inner = CodeBlock.of("$N + $L", "count", 1);
    CodeBlock block =
        CodeBlock.builder()
            .addStatement("$T s = $S + $S", String.class, "a$b", null)
            .addStatement("int $$x = $L", inner)
            .beginControlFlow("while ($L < $L)", inner, 10)
            .addStatement("$T.sort(null)", ClassName.get("java.util", "Collections"))
            .nextControlFlow("$N", "else")
            .endControlFlow()
            .build();
    String src = file(method(block));
    assertTrue(
        src.contains(
            "    String s = \"a$b\" + null;\n"
                + "    int $x = count + 1;\n"
                + "    while (count + 1 < 10) {\n"
                + "      Collections.sort(null);\n"
                + "    } else {\n"
                + "    }\n"),
        src);
    assertTrue(src.contains("import java.util.Collections;\n"), src);
    // A block on its own prints the same text, with qualified names, at the start of a line.
    assertEquals("count + 1", inner.toString());
    assertTrue(CodeBlock.builder().add("$L", CodeBlock.of("")).build().isEmpty());
  }

  @Test
  void aStatementsContinuationLinesAreIndentedTwice_andLinesNeverEndInSpaces() {
    String src =
        file(
            method(
                CodeBlock.builder()
                    .addStatement("int total =\n1\n+ 2")
                    .beginControlFlow("if (total > 0)")
                    .addStatement("total = 0")
                    .endControlFlow()
                    .build()));
    assertTrue(
        src.contains(
            "    int total =\n        1\n        + 2;\n    if (total > 0) {\n      total = 0;\n    }\n"),
        src);
    assertFalse(src.contains(" \n"), src);
  }

  @Test
  void stringLiterals_escapeWhatJavaNeeds_andContinueAfterALineBreak() {
    assertEquals("\"a\\\"b'c\\\\d\\t\\u0001\"", SourceEmitter.stringLiteral("a\"b'c\\d\t\u0001"));
    assertEquals("\"one\\n\"\n    + \"two\"", SourceEmitter.stringLiteral("one\ntwo"));
    assertEquals("\"end\\n\"", SourceEmitter.stringLiteral("end\n"));
    // Only \n breaks a line of generated code: a Unicode line separator stays inside the literal,
    // where Java allows it, instead of splitting the literal in two.
    String withSeparator =
        file(method(CodeBlock.builder().addStatement("use($S)", "a\u2028b").build()));
    assertTrue(withSeparator.contains("    use(\"a\u2028b\");\n"), withSeparator);
  }

  @Test
  void javadocBlankLinesKeepTheirStar_andLongSignaturesBreak() {
    MethodSpec m =
        MethodSpec.methodBuilder("withManyParameters")
            .addJavadoc("First line.\n\nSecond paragraph.\n")
            .returns(TypeName.INT)
            .addParameter(ClassName.get(String.class), "aFairlyLongParameterName")
            .addParameter(ClassName.get(String.class), "anotherFairlyLongParameterName")
            .addParameter(ArrayTypeName.of(TypeName.LONG), "values")
            .varargs(true)
            .addException(java.sql.SQLException.class)
            .addStatement("return 0")
            .build();
    String src = file(m);
    assertTrue(src.contains("  /**\n   * First line.\n   *\n   * Second paragraph.\n   */\n"), src);
    assertTrue(
        src.contains(
            "  int withManyParameters(String aFairlyLongParameterName,"
                + " String anotherFairlyLongParameterName,\n      long... values)"
                + " throws SQLException {\n"),
        src);
  }

  @Test
  void theWrittenFileCompiles() throws IOException {
    MethodSpec m =
        MethodSpec.methodBuilder("names")
            .addModifiers(Modifier.PUBLIC)
            .returns(
                ParameterizedTypeName.get(
                    ClassName.get(List.class),
                    WildcardTypeName.subtypeOf(ClassName.get(CharSequence.class))))
            .addParameter(
                new ParameterSpec(ArrayTypeName.of(ClassName.get(String.class)), "in", true))
            .varargs(true)
            .addStatement("return $T.of($L)", List.class, "in")
            .build();
    String src = file(m);
    Path pkg = Files.createDirectories(dir.resolve("com/example"));
    Files.writeString(pkg.resolve("Gen.java"), src);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int rc =
        javac.run(
            null,
            null,
            null,
            "-d",
            dir.resolve("out").toString(),
            pkg.resolve("Gen.java").toString());
    assertEquals(0, rc, src);
    assertTrue(
        src.contains("public List<? extends CharSequence> names(final String... in) {"), src);
  }
}
