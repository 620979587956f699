package dev.sqlcheck.processor.dialect.postgres.types;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExtensionOperatorsTest {
  @Test
  void aListedExtensionMayDefineOnlyItsOperatorsOnBuiltInTypes_anUnlistedOneAny() {
    assertEquals(List.of("pg_trgm"), ExtensionOperators.mayDefine(List.of("pg_trgm"), "%"));
    assertEquals(List.of(), ExtensionOperators.mayDefine(List.of("pg_trgm"), "="));
    // uuid-ossp and pgcrypto define no operator; hstore's are all on hstore itself.
    assertEquals(
        List.of(), ExtensionOperators.mayDefine(List.of("uuid-ossp", "pgcrypto", "hstore"), "->"));
    assertEquals(
        List.of("vector"), ExtensionOperators.mayDefine(List.of("vector", "citext"), "<=>"));
    assertEquals(List.of("intarray"), ExtensionOperators.mayDefine(List.of("intarray"), "#"));
  }
}
