package dev.sqlcheck.processor.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sqlcheck.processor.corpus.CorpusSql.NamedQuery;
import dev.sqlcheck.processor.testing.PostgresPlaceholders;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The corpus tests' text helpers: file splitting and parameter conversion. */
class CorpusSqlTest {

  @Test
  void split_namesEachQuery_dropsLeadingCommentsAndSemicolon() {
    List<NamedQuery> qs =
        CorpusSql.split(
            """
        -- header comment
        -- name: GetA :one
        SELECT 1;

        -- name: CreateB :exec
        -- Create a B.
        INSERT INTO b VALUES (1);
        """);
    assertEquals(
        List.of(
            new NamedQuery("GetA", "SELECT 1"),
            new NamedQuery("CreateB", "INSERT INTO b VALUES (1)")),
        qs);
  }

  @Test
  void fromSqlc_convertsEveryParameterForm() {
    assertEquals(
        "SELECT :p1, :p2 WHERE a = :book_id AND b = :x AND c = :y AND d = :z",
        CorpusSql.fromSqlc(
            "SELECT $1, $2 WHERE a = sqlc.arg (book_id) AND b = @x"
                + " AND c = sqlc.narg(y) AND d = sqlc.slice('z')"));
  }

  @Test
  void positional_numbersEachOccurrence_skipsCastsQuotesCommentsAndSlices() {
    assertEquals(
        "SELECT $1, $2, $3::text, ':x', \":y\" /* :z */, $$ :w $$, E'\\' :v' -- :u",
        PostgresPlaceholders.positional(
            "SELECT :a, :b, :a::text, ':x', \":y\" /* :z */, $$ :w $$, E'\\' :v' -- :u"));
    assertEquals(
        "SELECT tags[lo:hi], $1 FROM t",
        PostgresPlaceholders.positional("SELECT tags[lo:hi], :p FROM t"));
  }

  @Test
  void forJdbc_dropsPsqlMetaCommandsAndDatabaseStatements() {
    assertEquals(
        "\n\n\nCREATE TABLE t (id int);\n",
        CorpusSql.forJdbc(
            "DROP DATABASE IF EXISTS x;\nCREATE DATABASE x;\n\\c x;\n"
                + "CREATE TABLE t (id int);"));
  }
}
