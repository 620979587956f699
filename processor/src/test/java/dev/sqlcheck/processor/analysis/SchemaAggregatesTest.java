package dev.sqlcheck.processor.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlcheck.processor.problem.Problem;
import dev.sqlcheck.processor.problem.ProblemCode;
import dev.sqlcheck.processor.problem.Severity;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Aggregates the schema defines ({@code CREATE AGGREGATE}) and aggregates it cannot know (an
 * extension's), judged against PostgreSQL: a valid query is never an error, a query on a schema
 * aggregate is fully checked with PostgreSQL's result types, and grouping mistakes around a schema
 * aggregate are still errors.
 */
class SchemaAggregatesTest extends PostgresSchemaFixture {
  @Override
  String ddl() {
    return DDL;
  }

  @Override
  String databaseOnly() {
    return EXTENSION;
  }

  static final String DDL =
      """
      CREATE TABLE film (film_id int PRIMARY KEY, title text NOT NULL, rating text);
      CREATE TABLE actor (actor_id int PRIMARY KEY, name text NOT NULL);
      CREATE TABLE film_actor (actor_id int NOT NULL, film_id int NOT NULL);
      CREATE FUNCTION public._concat(text, text) RETURNS text LANGUAGE sql IMMUTABLE
        AS $$ SELECT CASE WHEN $2 IS NULL THEN $1 WHEN $1 IS NULL THEN $2
                          ELSE $1 || ', ' || $2 END $$;
      CREATE AGGREGATE public.group_concat(text) (SFUNC = public._concat, STYPE = text);
      CREATE FUNCTION _len(text) RETURNS bigint LANGUAGE sql AS $$ SELECT length($1)::bigint $$;
      CREATE OR REPLACE AGGREGATE concat_len(text) (SFUNC = _concat, STYPE = text, FINALFUNC = _len);
      CREATE AGGREGATE old_style (BASETYPE = int, SFUNC = int4pl, STYPE = int4, INITCOND = '0');
      """;

  /** Defined in the database only, as an extension's aggregate would be. */
  static final String EXTENSION = "CREATE AGGREGATE ext_agg(text) (SFUNC = _concat, STYPE = text);";

  private static final String JOINED =
      " FROM actor a JOIN film_actor fa ON fa.actor_id = a.actor_id"
          + " JOIN film f ON f.film_id = fa.film_id";

  /** Valid, and fully checked: no problem at all, and PostgreSQL's result types. */
  static final List<String> CHECKED =
      List.of(
          "SELECT a.actor_id, group_concat(f.title) AS films" + JOINED + " GROUP BY a.actor_id",
          "SELECT a.actor_id, public.group_concat(f.title) AS films" + JOINED + " GROUP BY 1",
          "SELECT group_concat(DISTINCT title ORDER BY title) AS t FROM film",
          "SELECT rating, group_concat(title) FILTER (WHERE film_id > 1) AS t FROM film"
              + " GROUP BY rating HAVING group_concat(title) <> ''",
          "SELECT film_id, group_concat(title) OVER (PARTITION BY rating) AS t FROM film",
          "SELECT old_style(film_id) AS total FROM film",
          "SELECT concat_len(title) AS n FROM film",
          "SELECT a.actor_id, (SELECT group_concat(f.title) FROM film f"
              + " WHERE f.film_id = a.actor_id) AS t FROM actor a");

  /** Valid, but an aggregate the schema does not define: a warning, never an error. */
  static final List<String> WARNED =
      List.of(
          "SELECT a.actor_id, ext_agg(f.title) AS films" + JOINED + " GROUP BY a.actor_id",
          "SELECT a.actor_id, public.ext_agg(f.title) AS films" + JOINED + " GROUP BY a.actor_id",
          "SELECT rating, ext_agg(title || rating) AS t FROM film GROUP BY rating");

  /** Invalid in PostgreSQL, and an error here. */
  static final Map<String, ProblemCode> INVALID =
      Map.of(
          "SELECT film_id, group_concat(title) FROM film",
          ProblemCode.UNGROUPED_COLUMN,
          "SELECT a.actor_id, f.title, group_concat(f.title)" + JOINED + " GROUP BY a.actor_id",
          ProblemCode.UNGROUPED_COLUMN,
          "SELECT title FROM film WHERE group_concat(title) IS NOT NULL",
          ProblemCode.INVALID_CONSTRUCT,
          "SELECT group_concat(group_concat(title)) FROM film",
          ProblemCode.INVALID_CONSTRUCT);

  @Test
  void queriesOnSchemaAggregates_areFullyChecked_withPostgresResultTypes() throws SQLException {
    List<String> failures = PostgresDescribes.differences(catalog, connection, CHECKED);
    assertEquals("", String.join("\n", failures));
    // Only the aggregate with a final function has a result type sqlcheck does not know.
    QueryAnalysis finalFunction = new QueryAnalyzer(catalog).analyze(CHECKED.get(6));
    assertTrue(finalFunction.resultColumns().get(0).type().isUnknown());
  }

  @Test
  void anAggregateTheSchemaDoesNotDefine_isAWarning_neverAGroupingError() {
    List<String> failures = new ArrayList<>();
    for (String sql : WARNED) {
      String pgError = PostgresDescribes.prepareError(connection, sql);
      List<Problem> problems = new QueryAnalyzer(catalog).analyze(sql).problems();
      boolean oneWarning =
          problems.size() == 1
              && problems.get(0).severity() == Severity.WARNING
              && problems.get(0).code() == ProblemCode.NOT_FULLY_CHECKED
              && problems.get(0).message().contains("ext_agg");
      if (pgError != null || !oneWarning) {
        failures.add(sql + " -> PostgreSQL: " + pgError + "; sqlcheck: " + problems);
      }
    }
    assertEquals(List.of(), failures);
  }

  @Test
  void groupingMistakesAroundASchemaAggregate_areErrorsHereAndThere() {
    List<String> failures = PostgresDescribes.invalidDisagreements(catalog, connection, INVALID);
    assertEquals(List.of(), failures);
  }
}
