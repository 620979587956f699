package dev.sqlcheck.processor.dialect.postgres.types;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A scratch PostgreSQL 15 database with the objects every differential test uses. */
final class DifferentialDatabase {
  /** The scratch schema as sqlcheck's analyser would describe it: the enum of {@link Probe}. */
  static final SchemaTypes SCHEMA =
      new SchemaTypes(Map.of("mood", List.of("sad", "ok", "happy")), Set.of());

  private DifferentialDatabase() {}

  static PgTypeSystem typeSystem() {
    return PgTypeSystem.postgres15().withSchemaTypes(SCHEMA);
  }

  static ScratchDatabase open(String prefix) throws SQLException {
    ScratchDatabase db = new ScratchDatabase(prefix);
    if (db.majorVersion() != 15) {
      db.close();
      assumeTrue(false, "the differential tests compare with PostgreSQL 15");
    }
    db.execute(Probe.ENUM_DDL);
    return db;
  }
}
