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
 * Keeps {@code pg15-extensions.txt} equal to what {@link PgExtensionsExport} reads from the test
 * PostgreSQL 15 after creating every extension it offers. To regenerate the resource, run from the
 * repository root:
 *
 * <pre>
 * SQLCHECK_TEST_POSTGRES_URL='jdbc:postgresql://127.0.0.1:5432/test?user=postgres' \
 *   mvn -q -pl processor -am test -Dtest=ExtensionCatalogResourceTest \
 *   -Dsurefire.failIfNoSpecifiedTests=false -Dsqlcheck.updateCatalog=true
 * </pre>
 */
class ExtensionCatalogResourceTest {
  @Test
  void resource_matchesTheExtensionsOfTheLiveServer() throws SQLException, IOException {
    try (ScratchDatabase db = new ScratchDatabase("sqlcheck_types_extensions")) {
      assumeTrue(db.majorVersion() == 15, "the resource describes PostgreSQL 15");
      String live = PgExtensionsExport.export(db.connection());
      if (Boolean.getBoolean("sqlcheck.updateCatalog")) {
        Path root = Path.of(System.getProperty("sqlcheck.root", "."));
        Files.writeString(
            root.resolve(PgCatalogResourceTest.RESOURCE_DIR).resolve(PgExtensionsExport.RESOURCE),
            live,
            StandardCharsets.UTF_8);
        return; // the copy on the class path is stale until the next build
      }
      String stored;
      try (InputStream in = PgCatalog.class.getResourceAsStream(PgExtensionsExport.RESOURCE)) {
        stored = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      assertWithMessage("the extension catalog differs from the server's")
          .that(stored)
          .isEqualTo(live);
    }
  }
}
