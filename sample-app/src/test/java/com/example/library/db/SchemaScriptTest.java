package com.example.library.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaScriptTest {

  @Test
  void commentsAndQuotedSemicolons_splitIntoWholeStatements() {
    List<String> statements =
        SchemaScript.split(
            """
        -- a comment; with a semicolon
        CREATE TABLE t (a text DEFAULT 'x;y', b text DEFAULT 'it''s');
        INSERT INTO t (a) VALUES ('z') ;
        """);
    assertEquals(
        List.of(
            "CREATE TABLE t (a text DEFAULT 'x;y', b text DEFAULT 'it''s')",
            "INSERT INTO t (a) VALUES ('z')"),
        statements);
  }

  @Test
  void bundledSchema_hasTablesEnumViewAndHistory() {
    List<String> statements = SchemaScript.load();
    assertEquals(11, statements.size(), statements.toString());
    assertTrue(statements.get(0).startsWith("CREATE TYPE loan_status AS ENUM"));
    assertTrue(statements.stream().anyMatch(s -> s.contains("RENAME COLUMN full_name")));
    assertTrue(statements.get(statements.size() - 1).startsWith("CREATE VIEW open_loans"));
  }
}
