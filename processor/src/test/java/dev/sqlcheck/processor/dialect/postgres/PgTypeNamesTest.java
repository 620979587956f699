package dev.sqlcheck.processor.dialect.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlcheck.processor.catalog.SqlType;
import dev.sqlcheck.processor.dialect.Dialect.TypeName;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class PgTypeNamesTest {
  @Test
  void repeatedSpellings_normaliseTheSameEveryTime() {
    for (int i = 0; i < 3; i++) {
      assertEquals(
          new TypeName(null, "timestamp with time zone", true),
          PgTypeNames.normalize("pg_catalog.timestamptz[]"));
      assertEquals(new TypeName(null, "Mood", false), PgTypeNames.normalize("\"Mood\""));
      assertEquals(new TypeName("app", "mood", false), PgTypeNames.normalize("app.Mood"));
      assertTrue(PgTypeNames.isSerial("BIGSERIAL"));
      assertFalse(PgTypeNames.isSerial("bigint"));
    }
  }

  @Test
  void moreSpellingsThanTheCacheHolds_stayCorrect() {
    for (int i = 0; i < 6000; i++) {
      assertEquals(
          new TypeName(null, "character varying", false),
          PgTypeNames.normalize("varchar(" + i + ")"));
      assertEquals(
          new TypeName(null, "numeric", true),
          PgTypeNames.normalize("numeric(" + i + ", 2) ARRAY"));
      assertFalse(PgTypeNames.isSerial("serial" + i + "x"));
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
                    names = raw.stream().map(r -> PgTypeNames.normalize(r).name()).toList();
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

  @Test
  void canonicalNames_mapToInternalNames() {
    assertEquals("int8", PgTypeNames.internal(SqlType.of("bigint")));
    assertEquals("timestamptz", PgTypeNames.internal(SqlType.of("timestamp with time zone")));
    assertEquals("bpchar", PgTypeNames.internal(SqlType.of("character")));
    assertEquals("jsonb", PgTypeNames.internal(SqlType.of("jsonb")));
  }
}
