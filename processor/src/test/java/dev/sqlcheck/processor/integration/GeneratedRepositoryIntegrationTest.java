package dev.sqlcheck.processor.integration;

import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sqlcheck.processor.testing.CompileHarness;
import dev.sqlcheck.processor.testing.CompileHarness.Result;
import dev.sqlcheck.processor.testing.CompileHarness.Tool;
import dev.sqlcheck.processor.testing.TestDatabases;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Compiles the library repository (joins, CTEs, upserts, RETURNING, arrays, IN lists, enums, every
 * parameter type) with the processor, loads the generated implementation and runs every public
 * method of {@code LibraryScenarios} against real PostgreSQL, each in a fresh schema of its own.
 * The repository gets a pool of {@value #POOL_SIZE} connections, as an application would: a method
 * that kept its connection would make a later call wait and fail. After each scenario no connection
 * may be left open.
 */
class GeneratedRepositoryIntegrationTest {
  private static final String DIR = "/integration/library/";
  static final int POOL_SIZE = 5;

  @TestFactory
  Stream<DynamicTest> libraryScenarios_underJavac() throws Exception {
    return scenarios(Tool.JAVAC);
  }

  @TestFactory
  Stream<DynamicTest> libraryScenarios_underEcj() throws Exception {
    return scenarios(Tool.ECJ);
  }

  private Stream<DynamicTest> scenarios(Tool tool) throws Exception {
    TestDatabases.postgresUrl(); // skip (or fail under CI) before compiling when there is no DB
    String schema = resource("schema.sql");
    Result result =
        new CompileHarness()
            .schema(schema)
            .source("com.example.library.LibraryRepository", resource("LibraryRepository.java"))
            .source("com.example.library.LibraryScenarios", resource("LibraryScenarios.java"))
            .compile(tool);
    assertWithMessage("%s", result).that(result.errors()).isEmpty();
    assertWithMessage("%s", result).that(result.sqlcheck()).isEmpty();
    URLClassLoader loader =
        new URLClassLoader(
            new URL[] {result.classesDir().toUri().toURL()}, getClass().getClassLoader());
    Class<?> scenarios = loader.loadClass("com.example.library.LibraryScenarios");
    return Arrays.stream(scenarios.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()))
        .sorted(Comparator.comparing(Method::getName))
        .map(m -> DynamicTest.dynamicTest(m.getName(), () -> run(scenarios, m, schema)));
  }

  private static void run(Class<?> scenarios, Method scenario, String schema) throws Throwable {
    String url = TestDatabases.freshPostgresSchema("library");
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute(schema);
    }
    try (CountingDataSource dataSource = new CountingDataSource(url, POOL_SIZE, 5_000)) {
      Object instance = scenarios.getConstructor(DataSource.class).newInstance(dataSource);
      try {
        scenario.invoke(instance);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
      assertEquals(0, dataSource.openConnections(), "connections left open");
    }
  }

  private static String resource(String name) {
    try (InputStream in =
        GeneratedRepositoryIntegrationTest.class.getResourceAsStream(DIR + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
