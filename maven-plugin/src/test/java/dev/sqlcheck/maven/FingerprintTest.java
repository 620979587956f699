package dev.sqlcheck.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FingerprintTest {
  @TempDir Path dir;

  @Test
  void sameSchema_sameFingerprint_andFileLeftUntouched() throws Exception {
    Files.writeString(dir.resolve("schema.sql"), "CREATE TABLE t (id int);");
    FingerprintWriter writer = new FingerprintWriter(dir.resolve("gen"), "com.example");
    assertTrue(writer.write(SchemaFingerprint.of(dir, List.of(Path.of("schema.sql")))));
    FileTime old = FileTime.fromMillis(1_000_000L);
    Files.setLastModifiedTime(writer.file(), old);

    assertFalse(writer.write(SchemaFingerprint.of(dir, List.of(Path.of("schema.sql")))));
    assertEquals(old, Files.getLastModifiedTime(writer.file()));
    assertTrue(writer.file().endsWith("com/example/SqlCheckSchemaFingerprint.java"));
  }

  @Test
  void editedSchema_rewritesFingerprintSource() throws Exception {
    Path schema = dir.resolve("schema.sql");
    Files.writeString(schema, "CREATE TABLE t (id int);");
    FingerprintWriter writer = new FingerprintWriter(dir.resolve("gen"), "");
    writer.write(SchemaFingerprint.of(dir, List.of(schema)));
    String before = Files.readString(writer.file());

    Files.writeString(schema, "CREATE TABLE t (ident int);");
    assertTrue(writer.write(SchemaFingerprint.of(dir, List.of(schema))));
    assertNotEquals(before, Files.readString(writer.file()));
  }

  @Test
  void migrationsFolder_renamedOrAddedFile_changesFingerprint() throws Exception {
    Path migrations = Files.createDirectories(dir.resolve("db/migration"));
    Files.writeString(migrations.resolve("V1__init.sql"), "CREATE TABLE t (id int);");
    String one = SchemaFingerprint.of(dir, List.of(Path.of("db/migration"))).sha256();

    Files.writeString(migrations.resolve("V2__more.sql"), "ALTER TABLE t ADD COLUMN x int;");
    SchemaFingerprint two = SchemaFingerprint.of(dir, List.of(Path.of("db/migration")));
    assertNotEquals(one, two.sha256());
    assertEquals(2, two.files().size());

    Files.move(migrations.resolve("V2__more.sql"), migrations.resolve("V3__more.sql"));
    assertNotEquals(two.sha256(), SchemaFingerprint.of(dir, List.of(migrations)).sha256());
  }

  @Test
  void missingSchema_hasItsOwnFingerprint() {
    SchemaFingerprint missing = SchemaFingerprint.of(dir, List.of(Path.of("schema.sql")));
    assertTrue(missing.files().isEmpty());
    assertEquals(64, missing.sha256().length());
  }

  @Test
  void coordinates_becomeAPackageName() {
    assertEquals("com.example.my_app", FingerprintMojo.toPackage("com.example.my-app"));
    assertEquals("org._3d.app", FingerprintMojo.toPackage("org.3d.app"));
  }

  @Test
  void flywaySubfolder_isPartOfTheFingerprint() throws Exception {
    Path migrations = Files.createDirectories(dir.resolve("db/migration/release2"));
    Files.writeString(dir.resolve("db/migration/V1__init.sql"), "CREATE TABLE t (id int);");
    Path nested = migrations.resolve("V2__rename.sql");
    Files.writeString(nested, "ALTER TABLE t RENAME COLUMN id TO ident;");
    SchemaFingerprint before = SchemaFingerprint.of(dir, List.of(Path.of("db/migration")));
    assertTrue(before.files().contains(nested), before.files().toString());

    Files.writeString(nested, "ALTER TABLE t RENAME COLUMN id TO key;");
    assertNotEquals(
        before.sha256(), SchemaFingerprint.of(dir, List.of(Path.of("db/migration"))).sha256());
  }

  @Test
  void liquibaseChangelog_hashesIncludesAndSqlFiles() throws Exception {
    Path changelog = Files.createDirectories(dir.resolve("db/changelog"));
    Files.writeString(
        changelog.resolve("master.yaml"),
        """
        databaseChangeLog:
          - include:
              file: changes/001.xml
              relativeToChangelogFile: true
        """);
    Files.createDirectories(changelog.resolve("changes"));
    Files.writeString(
        changelog.resolve("changes/001.xml"),
        """
        <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">
          <changeSet id="1" author="a">
            <sqlFile path="001.sql" relativeToChangelogFile="true"/>
          </changeSet>
        </databaseChangeLog>
        """);
    Path sql = changelog.resolve("changes/001.sql");
    Files.writeString(sql, "CREATE TABLE t (id int);");
    List<Path> master = List.of(Path.of("db/changelog/master.yaml"));
    SchemaFingerprint before = SchemaFingerprint.of(dir, master);
    assertEquals(3, before.files().size(), before.files().toString());

    Files.writeString(sql, "CREATE TABLE t (ident int);");
    assertNotEquals(before.sha256(), SchemaFingerprint.of(dir, master).sha256());
  }
}
