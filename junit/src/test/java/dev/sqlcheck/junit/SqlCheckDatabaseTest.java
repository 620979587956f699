package dev.sqlcheck.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A DAO test as a user writes it: the database comes verified, with schema.sql applied. */
@SqlCheckDatabase
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SqlCheckDatabaseTest {
  private PantryRepository pantry;

  @BeforeAll
  void repository(DataSource dataSource) {
    pantry = new PantryRepositoryImpl(dataSource);
  }

  @Test
  void repository_worksOnTheFreshDatabase() {
    long id = pantry.add("flour", 2);
    assertEquals(1, pantry.mark(id, PantryRepository.Freshness.STALE));
    PantryRepository.Item flour = pantry.find("flour").orElseThrow();
    assertEquals(
        new PantryRepository.Item(id, "flour", 2, PantryRepository.Freshness.STALE), flour);
  }

  @Test
  void database_isFreshAndItsOwn(DataSource dataSource) throws Exception {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT current_database()")) {
      rs.next();
      assertTrue(rs.getString(1).startsWith("sqlcheck_test_"), rs.getString(1));
    }
  }

  @Nested
  class Nested_ {
    @Test
    void nestedClass_sharesTheEnclosingDatabase(DataSource dataSource) throws Exception {
      new PantryRepositoryImpl(dataSource).add("nested", 1);
      assertTrue(pantry.find("nested").isPresent());
    }
  }
}
