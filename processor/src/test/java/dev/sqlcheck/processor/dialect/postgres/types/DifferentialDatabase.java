package dev.sqlcheck.processor.dialect.postgres.types;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.SQLException;

/** A scratch PostgreSQL 15 database with the objects every differential test uses. */
final class DifferentialDatabase {
  private DifferentialDatabase() {}

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
