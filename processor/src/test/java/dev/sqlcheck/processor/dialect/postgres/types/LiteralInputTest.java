package dev.sqlcheck.processor.dialect.postgres.types;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The input functions reproduced for untyped literals (messages as PostgreSQL 15 words them). */
class LiteralInputTest {
  private static final PgCatalog CATALOG = TypeFacts.PG.catalog();
  private static final LiteralInput INPUT =
      new LiteralInput(
          CATALOG, new SchemaTypes(Map.of("mood", List.of("sad", "ok", "happy")), Set.of()));

  private static String check(String typname, String text) {
    PgError e = INPUT.check(CATALOG.require(typname), text);
    return e == null ? "ok" : e.message();
  }

  @Test
  void integers_acceptBlanksAndSign_rejectRangeAndJunk() {
    assertThat(check("int4", " -12 ")).isEqualTo("ok");
    assertThat(check("int4", "1.5")).isEqualTo("invalid input syntax for type integer: \"1.5\"");
    assertThat(check("int2", "32768"))
        .isEqualTo("value \"32768\" is out of range for type smallint");
    assertThat(check("int8", "")).isEqualTo("invalid input syntax for type bigint: \"\"");
  }

  @Test
  void booleans_acceptPrefixesOfTheirWords() {
    assertThat(check("bool", "tr")).isEqualTo("ok");
    assertThat(check("bool", "of")).isEqualTo("ok");
    assertThat(check("bool", "o")).isEqualTo("invalid input syntax for type boolean: \"o\"");
  }

  @Test
  void floatsNumericsUuidsJson_followTheirGrammars() {
    assertThat(check("float8", "1e400"))
        .isEqualTo("\"1e400\" is out of range for type double precision");
    assertThat(check("numeric", "Infinity")).isEqualTo("ok");
    assertThat(check("uuid", "{a0eebc999c0b4ef8bb6d6bb9bd380a11}")).isEqualTo("ok");
    assertThat(check("jsonb", "{\"a\": [1, 2.5e3, null]}")).isEqualTo("ok");
    assertThat(check("json", "{'a': 1}")).isEqualTo("invalid input syntax for type json");
  }

  @Test
  void arraysAndRanges_checkTheirShape() {
    assertThat(check("_int4", "{1,x}")).isEqualTo("invalid input syntax for type integer: \"x\"");
    assertThat(check("_int4", "1,2")).isEqualTo("malformed array literal: \"1,2\"");
    assertThat(check("int4range", "1,2")).isEqualTo("malformed range literal: \"1,2\"");
  }

  @Test
  void datetimes_rejectOnlyImpossibleText() {
    assertThat(check("date", "x")).isEqualTo("invalid input syntax for type date: \"x\"");
    assertThat(check("date", "today")).isEqualTo("ok");
    assertThat(check("timestamptz", "2020-13-45"))
        .isEqualTo("date/time field value out of range: \"2020-13-45\"");
    assertThat(check("date", "1/2/2024")).isEqualTo("ok"); // depends on DateStyle: not judged
  }

  @Test
  void enums_acceptOnlyTheirLabels() {
    PgType mood = CATALOG.userType("mood", true);
    assertThat(INPUT.check(mood, "happy")).isNull();
    assertThat(INPUT.check(mood, "Happy").message())
        .isEqualTo("invalid input value for enum mood: \"Happy\"");
    assertThat(INPUT.check(CATALOG.userType("other", true), "x")).isNull();
  }

  @Test
  void pseudoTypes_rejectEvenNull() {
    assertThat(check("trigger", null)).isEqualTo("cannot accept a value of type trigger");
    assertThat(check("anyarray", null)).isEqualTo("ok");
  }
}
