package dev.sqlcheck.processor.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sqlcheck.processor.catalog.Column;
import dev.sqlcheck.processor.catalog.Relation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationOrderTest {
  @Test
  void flywayVersions_sortNumericallyByParts() {
    List<String> names =
        new ArrayList<>(
            List.of(
                "V10__d.sql",
                "V2__c.sql",
                "V1_1__b.sql",
                "V1__a.sql",
                "V1.2__b2.sql",
                "v3__lower.sql"));
    names.sort(MigrationOrder.INSTANCE);
    assertEquals(
        List.of(
            "V1__a.sql", "V1_1__b.sql", "V1.2__b2.sql", "V2__c.sql", "v3__lower.sql", "V10__d.sql"),
        names);
  }

  @Test
  void numberedAndOtherFiles_followFlywayInNumberThenNameOrder() {
    List<String> names =
        new ArrayList<>(
            List.of(
                "zz.sql",
                "10_x.sql",
                "0002_venue.sql",
                "001-foo.sql",
                "0001_city.sql",
                "V1__a.sql",
                "schema.sql"));
    names.sort(MigrationOrder.INSTANCE);
    assertEquals(
        List.of(
            "V1__a.sql",
            "0001_city.sql",
            "001-foo.sql",
            "0002_venue.sql",
            "10_x.sql",
            "schema.sql",
            "zz.sql"),
        names);
  }

  @Test
  void readFolder_returnsSqlFilesInMigrationOrder(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("V10__late.sql"), "ALTER TABLE a ADD COLUMN z int;");
    Files.writeString(dir.resolve("V2__mid.sql"), "ALTER TABLE a ADD COLUMN y int;");
    Files.writeString(dir.resolve("V1__init.sql"), "CREATE TABLE a (x int);");
    Files.writeString(dir.resolve("README.md"), "not sql");
    List<SchemaSource> sources = SchemaLoader.read(dir);
    assertEquals(
        List.of("V1__init.sql", "V2__mid.sql", "V10__late.sql"),
        sources.stream().map(SchemaSource::name).toList());
    Relation a = new SchemaLoader().load(sources).catalog().find(null, "a").orElseThrow();
    assertEquals(List.of("x", "y", "z"), a.columns().stream().map(Column::name).toList());
  }

  @Test
  void readFile_namesSourceAfterFileAndDropsByteOrderMark(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("schema.sql");
    Files.writeString(file, "\uFEFFCREATE TABLE a (x int);");
    List<SchemaSource> sources = SchemaLoader.read(file);
    assertEquals("schema.sql", sources.get(0).name());
    assertEquals(1, new SchemaLoader().load(sources).catalog().relations().size());
  }
}
