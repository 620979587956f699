package dev.sqlcheck.processor.dialect.postgres.types;

import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code pg15-catalog.txt} equal to what {@link PgCatalogExport} reads from the test
 * PostgreSQL 15 (a fresh database, so only {@code template1}'s objects count). To regenerate the
 * resource after a catalog change, run from the repository root:
 *
 * <pre>
 * SQLCHECK_TEST_POSTGRES_URL='jdbc:postgresql://127.0.0.1:5432/test?user=postgres' \
 *   mvn -q -pl processor -am test -Dtest=PgCatalogResourceTest \
 *   -Dsurefire.failIfNoSpecifiedTests=false -Dsqlcheck.updateCatalog=true
 * </pre>
 */
class PgCatalogResourceTest {
  static final String RESOURCE_DIR =
      "processor/src/main/resources/dev/sqlcheck/processor/dialect/postgres/types";

  @Test
  void resource_matchesLiveCatalog() throws SQLException, IOException {
    try (ScratchDatabase db = new ScratchDatabase("sqlcheck_types_catalog")) {
      assumeTrue(db.majorVersion() == 15, "the resource describes PostgreSQL 15");
      String live = PgCatalogExport.export(db.connection());
      if (Boolean.getBoolean("sqlcheck.updateCatalog")) {
        Path root = Path.of(System.getProperty("sqlcheck.root", "."));
        Files.writeString(
            root.resolve(RESOURCE_DIR).resolve(PgCatalogExport.RESOURCE),
            live,
            StandardCharsets.UTF_8);
        return; // the copy on the class path is stale until the next build
      }
      String stored = resource();
      assertWithMessage("first difference at line %s", firstDifference(stored, live))
          .that(stored)
          .isEqualTo(live);
    }
  }

  static String resource() throws IOException {
    try (InputStream in = PgCatalog.class.getResourceAsStream(CatalogResource.NAME)) {
      return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static int firstDifference(String a, String b) {
    String[] x = a.split("\n", -1);
    String[] y = b.split("\n", -1);
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      if (!x[i].equals(y[i])) {
        return i + 1;
      }
    }
    return Math.min(x.length, y.length) + 1;
  }
}
