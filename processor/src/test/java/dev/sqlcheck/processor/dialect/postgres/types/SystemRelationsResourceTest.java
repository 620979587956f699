package dev.sqlcheck.processor.dialect.postgres.types;

import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * Keeps PostgreSQL 15's part of {@code pg-system-relations.txt} equal to the system catalogs of the
 * test PostgreSQL 15. The whole resource (14 to 18) is written by {@code
 * benchmarks/scripts/pg-versions.sh}.
 */
class SystemRelationsResourceTest {
  @Test
  void postgres15Part_matchesTheLiveServer() throws SQLException, IOException {
    try (ScratchDatabase db = new ScratchDatabase("sqlcheck_types_system_relations")) {
      assumeTrue(db.majorVersion() == 15, "the test server is PostgreSQL 15");
      String stored;
      try (InputStream in = PgCatalog.class.getResourceAsStream(PgSystemRelationsExport.RESOURCE)) {
        stored = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      assertWithMessage("PostgreSQL 15's system catalogs differ from the resource's")
          .that(PgSystemRelationsExport.linesOf(stored, 15))
          .containsExactlyElementsIn(PgSystemRelationsExport.rows(db.connection()));
    }
  }
}
