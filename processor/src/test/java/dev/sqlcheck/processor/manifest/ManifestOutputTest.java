package dev.sqlcheck.processor.manifest;

import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlcheck.processor.testing.CompileHarness;
import dev.sqlcheck.processor.testing.CompileHarness.Result;
import dev.sqlcheck.processor.testing.CompileHarness.Tool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The manifest resource the processor writes for the run-time verifier. */
class ManifestOutputTest {
  private static final String SCHEMA =
      """
      CREATE TYPE mood AS ENUM ('happy', 'sad');
      CREATE TABLE people (id bigserial PRIMARY KEY, name text NOT NULL, mood mood, age int);
      """;

  private static final String REPO =
      """
      package com.example;

      import dev.sqlcheck.Query;
      import dev.sqlcheck.SqlRepository;
      import java.util.Collection;
      import java.util.List;

      @SqlRepository
      public interface People {
        enum Mood { happy, sad }

        record Person(long id, String name, Integer age) {}

        @Query("SELECT id, name, age FROM people WHERE mood = :mood AND id IN (:ids)")
        List<Person> find(Mood mood, Collection<Long> ids);

        @Query("SELECT count(*) FROM people WHERE name = :name")
        long count(String name);

        @Query("SELECT count(*) FROM people WHERE age > :age")
        long count(int age);

        @Query("SELECT id FROM people ORDER BY id LIMIT 1")
        long firstId();

        @Query("UPDATE people SET name = :name WHERE id = :id::bigint")
        int rename(String id, String name);
      }
      """;

  private static final Path MANIFEST = Path.of("META-INF/sqlcheck/repositories/com.example.People");

  @Test
  void cleanRepository_getsManifest_identicalUnderJavacAndEcj() throws Exception {
    String javac = manifest(compile(Tool.JAVAC, REPO));
    String ecj = manifest(compile(Tool.ECJ, REPO));
    assertEquals(javac, ecj);
    List<String> lines = javac.lines().toList();
    assertEquals("sqlcheck-manifest\t1", lines.get(0));
    assertEquals("repository\tcom.example.People\tPeople", lines.get(1));
    assertTrue(lines.contains("family\tbigint\tINTEGER8"), javac);
    assertTrue(
        lines.contains("enum\tcom.example.People.Mood@mood\thappy\thappy\tsad\tsad")
            && lines.contains("labels\tcom.example.People.Mood@mood\thappy\tsad"),
        javac);
    // An IN list is sent as one array; overloads are told apart by their parameters.
    assertTrue(
        lines.contains("sql\tSELECT id, name, age FROM people WHERE mood = ? AND id = ANY(?)"),
        javac);
    assertTrue(lines.contains("query\tcount(String)"), javac);
    assertTrue(lines.contains("query\tcount(int)"), javac);
    assertTrue(lines.contains("result\tage\tinteger\tnull"), javac);
    // A primitive read: "proven" when the query keeps it non-null itself (id IN (:ids)),
    // "unguarded" when only the column's NOT NULL does.
    assertTrue(
        lines.contains(
            "read\t1\tid\tlong\t\tproven\tcomponent \"id\" of People.Person"
                + "\tINTEGER2,INTEGER4,INTEGER8\t"),
        javac);
    assertTrue(
        lines.contains("read\t1\tid\tlong\t\tunguarded\tthe result\tINTEGER2,INTEGER4,INTEGER8\t"),
        javac);
    assertTrue(
        lines.contains(
            "bind\t1\tmood\tmood\tSCALAR\tOTHER\tPeople.Mood\tcom.example.People.Mood@mood"
                + "\tTEXT,ENUM,OTHER\t"),
        javac);
    assertTrue(
        lines.contains(
            "bind\t2\tids\t\tARRAY\tARRAY\tLong\t\t\t"
                + "INTEGER,DECIMAL,FLOATING,INTEGER2,INTEGER4,INTEGER8\tint8[]"),
        javac);
    // The operand of a cast: the compiler's type says nothing about the bound value.
    assertTrue(
        lines.contains("bind\t2\tid\t\tSCALAR\tVARCHAR\tString\t\tTEXT,ENUM,OTHER\t"), javac);
    assertTrue(lines.contains("uses\tpublic\tpeople\tTABLE\tname\ttext\tnotnull"), javac);
    assertTrue(lines.contains("uses\tpublic\tpeople\tTABLE\t\t\t"), javac);
  }

  @Test
  void repositoryWithErrors_getsNoManifest() throws Exception {
    Result result = compile(Tool.JAVAC, REPO.replace("WHERE name = :name", "WHERE nme = :name"));
    assertFalse(result.errors().isEmpty());
    assertTrue(result.classesDir() == null || !Files.exists(result.classesDir().resolve(MANIFEST)));
    Result ecj = compile(Tool.ECJ, REPO.replace("WHERE name = :name", "WHERE nme = :name"));
    assertFalse(Files.exists(ecj.classesDir().resolve(MANIFEST)));
  }

  private static Result compile(Tool tool, String source) {
    return new CompileHarness().schema(SCHEMA).source("com.example.People", source).compile(tool);
  }

  private static String manifest(Result result) throws Exception {
    assertWithMessage("%s", result).that(result.errors()).isEmpty();
    return Files.readString(result.classesDir().resolve(MANIFEST));
  }
}
