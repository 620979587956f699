package dev.sqlcheck.processor.dialect.postgres.types;

import static com.google.common.truth.Truth.assertThat;

import dev.sqlcheck.processor.catalog.SqlType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * {@code pg-versions.txt}: how {@link PgVersionsExport} writes it and how {@link VersionDiff} reads
 * it back for a set of versions.
 */
class VersionDiffTest {
  private static final Set<Integer> ALL = Set.of(14, 15, 16, 17, 18);

  @Test
  void ranges_joinConsecutiveVersions() {
    assertThat(PgVersionsExport.ranges(new TreeSet<>(List.of(14, 16, 17, 18))))
        .isEqualTo("14,16-18");
    assertThat(PgVersionsExport.ranges(new TreeSet<>(List.of(15)))).isEqualTo("15");
    assertThat(VersionDiff.versions("14,16-18"))
        .isEqualTo((1 << 14) | (1 << 16) | (1 << 17) | (1 << 18));
  }

  @Test
  void diff_keepsOnlyLinesNotEveryVersionHas() {
    String header = "[functions]\tname\n";
    String diff =
        PgVersionsExport.diff(
            new TreeMap<>(
                Map.of(
                    15, header + "length\tf\ttext\tint4\nold\tf\n",
                    16, header + "length\tf\ttext\tint4\nnew\tf\n")));
    assertThat(diff).endsWith("[functions]\tname\n16\tnew\tf\n15\told\tf\n");
    assertThat(diff).doesNotContain("length");
  }

  @Test
  void pinnedVersions_seeExactlyTheirOwnFunctions() {
    SqlType integer = SqlType.of("integer");
    FunctionCall random = FunctionCall.of("random", Arg.of(integer), Arg.of(integer));
    assertThat(PgTypeSystem.forVersions(Set.of(17)).function(random).type()).isEqualTo(integer);
    assertThat(PgTypeSystem.forVersions(Set.of(16)).function(random).ok()).isFalse();
    assertThat(PgTypeSystem.forVersions(ALL).function(random).type()).isEqualTo(integer);
    assertThat(PgTypeSystem.postgres15().function(random).error().message())
        .isEqualTo("function random(integer, integer) does not exist");
  }

  @Test
  void union_describesAChangedFunctionTheNewestWay() {
    // 18 gave regexp_like's arguments names; the union must not hold both descriptions, or every
    // call would be ambiguous.
    SqlType text = SqlType.of("text");
    SqlType bool = SqlType.of("boolean");
    FunctionCall named =
        FunctionCall.of("regexp_like", Arg.of(text).named("string"), Arg.of(text).named("pattern"));
    assertThat(PgTypeSystem.forVersions(ALL).function(named).type()).isEqualTo(bool);
    assertThat(PgTypeSystem.forVersions(Set.of(17)).function(named).ok()).isFalse();
    FunctionCall plain = FunctionCall.of("regexp_like", Arg.of(text), Arg.untyped("a"));
    assertThat(PgTypeSystem.forVersions(ALL).function(plain).type()).isEqualTo(bool);
    assertThat(PgTypeSystem.forVersions(Set.of(17)).function(plain).type()).isEqualTo(bool);
  }

  @Test
  void versionsWithFunction_namesTheVersionsOfAFunctionNotAllHave() {
    assertThat(PgTypeSystem.versionsWithFunction("uuidv7")).containsExactly(18);
    assertThat(PgTypeSystem.versionsWithFunction("any_value")).containsExactly(16, 17, 18);
    assertThat(PgTypeSystem.versionsWithFunction("length")).isEmpty();
  }

  /** Every line that names 15 is in pg15-catalog.txt, and no other is: the two files agree. */
  @Test
  void resource_agreesWithPg15Catalog() throws java.io.IOException {
    Set<String> pg15 =
        new java.util.HashSet<>(List.of(PgCatalogResourceTest.resource().split("\n")));
    List<String> wrong = new java.util.ArrayList<>();
    try (java.io.BufferedReader r = CatalogResource.open(VersionDiff.NAME)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.startsWith(";") || line.startsWith("[")) {
          continue;
        }
        int tab = line.indexOf('\t');
        boolean has15 = (VersionDiff.versions(line.substring(0, tab)) & (1 << 15)) != 0;
        if (has15 != pg15.contains(line.substring(tab + 1))) {
          wrong.add(line);
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  /** Each version's catalog is whole: every function and operator names only types it has. */
  @Test
  void everyVersion_parsesAllItsFunctionsAndOperators() {
    for (int v = 14; v <= 18; v++) {
      CatalogResource resource = CatalogResource.load(VersionDiff.of(Set.of(v)));
      PgCatalog catalog = new PgCatalog(resource);
      for (String name : resource.functionLines.keySet()) {
        assertThat(catalog.functions(name)).isNotEmpty();
      }
      for (String name : resource.operatorLines.keySet()) {
        assertThat(catalog.operators(name)).isNotEmpty();
      }
    }
    assertThat(new PgCatalog(CatalogResource.load(VersionDiff.of(ALL))).functions("uuidv7"))
        .hasSize(2);
  }
}
