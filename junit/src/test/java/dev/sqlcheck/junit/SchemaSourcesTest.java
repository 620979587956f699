package dev.sqlcheck.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.sqlcheck.SqlCheck;
import dev.sqlcheck.VerificationReport;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * Test classes with {@link SqlCheckDatabase}, run through the JUnit engine: each schema source kind
 * is applied, and a database that drifted from the compiled queries fails the class with the
 * verification report.
 */
class SchemaSourcesTest {

  @SqlCheckDatabase(schema = "src/test/resources/flyway")
  static class FlywayFolderFixture {
    @Test
    void works(DataSource dataSource) {
      PantryRepository pantry = new PantryRepositoryImpl(dataSource);
      pantry.add("rice", 3);
      assertEquals(3, pantry.find("rice").orElseThrow().qty());
    }
  }

  @SqlCheckDatabase(
      schema = "src/test/resources/flyway-placeholders",
      placeholders = "schema=public")
  static class FlywayPlaceholdersFixture {
    @Test
    void works(DataSource dataSource) {
      PantryRepository pantry = new PantryRepositoryImpl(dataSource);
      pantry.add("tea", 2);
      assertEquals(2, pantry.find("tea").orElseThrow().qty());
    }
  }

  @SqlCheckDatabase(schema = "src/test/resources/flyway-placeholders")
  static class FlywayPlaceholderMissingFixture {
    @Test
    void neverRuns() {}
  }

  @SqlCheckDatabase(schema = "classpath:liquibase/changelog.xml")
  static class LiquibaseFixture {
    @Test
    void works(DataSource dataSource) {
      assertTrue(new PantryRepositoryImpl(dataSource).find("none").isEmpty());
    }
  }

  @SqlCheckDatabase(schema = "classpath:drifted/schema.sql")
  static class DriftedFixture {
    @Test
    void neverRuns() {}
  }

  @SqlCheckDatabase(schema = "src/test/resources/nowhere.sql")
  static class MissingSourceFixture {
    @Test
    void neverRuns() {}
  }

  @Test
  void flywayFolder_appliedByFlyway_recursivelyAndInVersionOrder() {
    assertPassed(FlywayFolderFixture.class);
  }

  @Test
  void flywayPlaceholders_takeTheValuesGiven() {
    assertPassed(FlywayPlaceholdersFixture.class);
  }

  @Test
  void aFlywayPlaceholderWithoutValue_failsTheClassAsFlywayDoes() {
    String message = classFailure(FlywayPlaceholderMissingFixture.class);
    assertTrue(message.contains("No value provided for placeholder: ${schema}"), message);
  }

  @Test
  void withoutFlyway_aPlaceholderIsRefusedWithWhatToDo() throws Exception {
    java.nio.file.Path migration =
        java.nio.file.Path.of("src/test/resources/flyway-placeholders/V1__items.sql");
    IllegalStateException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalStateException.class, () -> SchemaApplier.refusePlaceholders(migration));
    assertTrue(e.getMessage().contains("uses the Flyway placeholder ${schema}"), e.getMessage());
    assertTrue(e.getMessage().contains("org.flywaydb:flyway-core"), e.getMessage());
  }

  @Test
  void placeholderValues_comeFromTheAnnotationOrTheSystemProperty() {
    assertEquals(
        java.util.Map.of("schema", "app", "owner", "a=b"),
        SchemaApplier.placeholders(new String[] {"schema=app", " owner = a=b"}));
    assertThrows(
        IllegalArgumentException.class, () -> SchemaApplier.placeholders(new String[] {"schema"}));
  }

  @Test
  void liquibaseChangelog_appliedByLiquibase() {
    assertPassed(LiquibaseFixture.class);
  }

  @Test
  void driftedDatabase_failsTheClassWithTheReport() {
    String message = classFailure(DriftedFixture.class);
    assertTrue(message.contains("the repositories do not match the schema applied from"), message);
    assertTrue(
        message.contains(
            "PantryRepository.add: column \"qty\" of relation \"items\" does not exist"),
        message);
    assertTrue(message.contains("PantryRepository.find: column \"qty\" does not exist"), message);
    assertTrue(message.contains("2 of 3 queries (1 repository) do not match PostgreSQL"), message);
  }

  @Test
  void missingSource_failsTheClassNamingIt() {
    String message = classFailure(MissingSourceFixture.class);
    assertTrue(
        message.contains("schema source \"src/test/resources/nowhere.sql\" not found"), message);
  }

  @Test
  void flywayOrderWithoutFlyway_versionsAsNumbers_thenRepeatables_noUndo() throws Exception {
    List<String> names =
        FlywayOrder.migrations(Path.of("src/test/resources/flyway")).stream()
            .map(p -> p.getFileName().toString())
            .toList();
    assertEquals(
        List.of("V1__items.sql", "V1_1__freshness.sql", "V10__rename.sql", "R__item_names.sql"),
        names);
  }

  @Test
  void flywayFolderWithoutFlyway_appliedInFlywayOrder_matchesTheRepository() throws Exception {
    try (TestDatabase database = TestDatabase.fresh("postgres:16-alpine")) {
      for (Path migration : FlywayOrder.migrations(Path.of("src/test/resources/flyway"))) {
        SchemaApplier.runScript(database.dataSource(), migration);
      }
      VerificationReport report = SqlCheck.verify(database.dataSource(), PantryRepository.class);
      assertTrue(report.ok(), report.toString());
    }
  }

  @Test
  void noDatabase_skips_butFailsUnderCi() {
    assertThrows(TestAbortedException.class, () -> TestDatabase.unavailable(false));
    AssertionFailedError e =
        assertThrows(AssertionFailedError.class, () -> TestDatabase.unavailable(true));
    assertTrue(e.getMessage().contains("Under CI=true a skipped database test is a failure"));
  }

  private static EngineExecutionResults run(Class<?> fixture) {
    return EngineTestKit.engine("junit-jupiter").selectors(selectClass(fixture)).execute();
  }

  private static void assertPassed(Class<?> fixture) {
    EngineExecutionResults results = run(fixture);
    results.containerEvents().assertStatistics(s -> s.failed(0));
    results.testEvents().assertStatistics(s -> s.succeeded(1).failed(0).aborted(0));
  }

  /** The failure of the fixture class's container (its tests never ran). */
  private static String classFailure(Class<?> fixture) {
    EngineExecutionResults results = run(fixture);
    results.testEvents().assertStatistics(s -> s.started(0));
    List<Event> failed = results.containerEvents().failed().list();
    assertEquals(1, failed.size(), failed.toString());
    Throwable t =
        failed
            .get(0)
            .getPayload(org.junit.platform.engine.TestExecutionResult.class)
            .orElseThrow()
            .getThrowable()
            .orElseThrow();
    return t.getMessage();
  }
}
