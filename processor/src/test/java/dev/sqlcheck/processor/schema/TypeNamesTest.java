package dev.sqlcheck.processor.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class TypeNamesTest {
  @Test
  void repeatedSpellings_normaliseTheSameEveryTime() {
    for (int i = 0; i < 3; i++) {
      assertEquals(
          new TypeNames.Normalized(null, "timestamp with time zone", true),
          TypeNames.normalize("pg_catalog.timestamptz[]"));
      assertEquals(
          new TypeNames.Normalized(null, "Mood", false), TypeNames.normalize("\"Mood\""));
      assertEquals(
          new TypeNames.Normalized("app", "mood", false), TypeNames.normalize("app.Mood"));
      assertTrue(TypeNames.isSerial("BIGSERIAL"));
      assertFalse(TypeNames.isSerial("bigint"));
    }
  }

  @Test
  void moreSpellingsThanTheCacheHolds_stayCorrect() {
    for (int i = 0; i < 6000; i++) {
      assertEquals(
          new TypeNames.Normalized(null, "character varying", false),
          TypeNames.normalize("varchar(" + i + ")"));
      assertEquals(
          new TypeNames.Normalized(null, "numeric", true),
          TypeNames.normalize("numeric(" + i + ", 2) ARRAY"));
      assertFalse(TypeNames.isSerial("serial" + i + "x"));
    }
  }

  @Test
  void concurrentCallers_getTheSameAnswers() throws Exception {
    List<String> raw = List.of("int4", "varchar(20)", "text[]", "double precision", "bool");
    List<String> expected =
        List.of("integer", "character varying", "text", "double precision", "boolean");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        results.add(
            pool.submit(
                () -> {
                  List<String> names = new ArrayList<>();
                  for (int round = 0; round < 200; round++) {
                    names = raw.stream().map(r -> TypeNames.normalize(r).name()).toList();
                  }
                  return names;
                }));
      }
      for (Future<List<String>> result : results) {
        assertEquals(expected, result.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
