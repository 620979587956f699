package dev.sqlcheck.processor.schema;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tables and views an extension makes, which a query may read ({@code spatial_ref_sys} of
 * PostGIS, {@code cron.job} of pg_cron). sqlcheck does not model their columns: each becomes a
 * relation that may exist, so a query on one is a warning (SQLCHECK-207), never "table does not
 * exist". An extension known to make none (most that PostgreSQL ships, and common others) changes
 * nothing. Of an extension sqlcheck does not know, any relation of the schema it is created in may
 * exist.
 */
final class ExtensionRelations {
  /**
   * What an extension makes: relation names in the schema it is created in, or {@code "s.*"}, a
   * schema of its own whose every relation may exist. An extension's required extensions, which
   * {@code CASCADE} creates, are listed after {@code "requires:"}.
   */
  private static final Map<String, List<String>> MAKES =
      Map.ofEntries(
          Map.entry("pg_stat_statements", List.of("pg_stat_statements", "pg_stat_statements_info")),
          Map.entry("pg_buffercache", List.of("pg_buffercache")),
          Map.entry("postgis", List.of("spatial_ref_sys", "geometry_columns", "geography_columns")),
          Map.entry(
              "postgis_raster", List.of("raster_columns", "raster_overviews", "requires:postgis")),
          Map.entry("postgis_topology", List.of("topology.*", "requires:postgis")),
          Map.entry(
              "postgis_tiger_geocoder",
              List.of("tiger.*", "tiger_data.*", "requires:postgis", "requires:fuzzystrmatch")),
          Map.entry("address_standardizer_data_us", List.of("us_gaz", "us_lex", "us_rules")),
          Map.entry("pg_cron", List.of("cron.*")),
          Map.entry(
              "timescaledb",
              List.of(
                  "_timescaledb_catalog.*",
                  "_timescaledb_internal.*",
                  "_timescaledb_config.*",
                  "_timescaledb_cache.*",
                  "_timescaledb_functions.*",
                  "timescaledb_information.*",
                  "timescaledb_experimental.*")),
          Map.entry("pg_partman", List.of("part_config", "part_config_sub")),
          Map.entry("pglogical", List.of("pglogical.*")),
          Map.entry("pg_hint_plan", List.of("hint_plan.*")),
          Map.entry("pg_repack", List.of("repack.*")),
          Map.entry("hypopg", List.of("hypopg_list_indexes", "hypopg_hidden_indexes")),
          Map.entry("pg_graphql", List.of("graphql.*")),
          Map.entry("pg_net", List.of("net.*")),
          Map.entry("pgmq", List.of("pgmq.*")),
          Map.entry("age", List.of("ag_catalog.*")));

  /**
   * Extensions that make no relation: the ones PostgreSQL ships but two (a test creates each on the
   * test database and asks {@code pg_depend}), and common others.
   */
  private static final Set<String> NONE =
      Set.of(
          "adminpack",
          "amcheck",
          "autoinc",
          "bloom",
          "btree_gin",
          "btree_gist",
          "citext",
          "cube",
          "dblink",
          "dict_int",
          "dict_xsyn",
          "earthdistance",
          "file_fdw",
          "fuzzystrmatch",
          "hstore",
          "insert_username",
          "intagg",
          "intarray",
          "isn",
          "lo",
          "ltree",
          "moddatetime",
          "old_snapshot",
          "pageinspect",
          "pg_freespacemap",
          "pg_prewarm",
          "pg_surgery",
          "pg_trgm",
          "pg_visibility",
          "pg_walinspect",
          "pgcrypto",
          "pgrowlocks",
          "pgstattuple",
          "plpgsql",
          "postgres_fdw",
          "refint",
          "seg",
          "sepgsql",
          "sslinfo",
          "tablefunc",
          "tcn",
          "tsm_system_rows",
          "tsm_system_time",
          "unaccent",
          "uuid-ossp",
          "xml2",
          "vector",
          "postgis_sfcgal",
          "address_standardizer",
          "h3",
          "h3_postgis",
          "pgtap",
          "plv8",
          "pg_jsonschema",
          "pgaudit",
          "pg_uuidv7",
          "pg_hashids",
          "rum",
          "plperl",
          "plperlu",
          "plpython3u",
          "pltcl",
          "pltclu");

  private ExtensionRelations() {}

  /** Records what {@code CREATE EXTENSION name [SCHEMA schema]} makes. */
  static void created(LoadContext ctx, String name, String schema) {
    if (NONE.contains(name)) {
      return;
    }
    List<String> makes = MAKES.get(name);
    if (makes == null) {
      ctx.catalog.markSchemaUnknown(schema);
      ctx.catalog.sequencesUncertain();
      return;
    }
    for (String what : makes) {
      if (what.startsWith("requires:")) {
        created(ctx, what.substring("requires:".length()), schema);
      } else if (what.endsWith(".*")) {
        String own = what.substring(0, what.length() - 2);
        ctx.catalog.addSchema(own);
        ctx.catalog.markSchemaUnknown(own);
      } else {
        ctx.catalog.markUnknown(schema, what);
      }
    }
  }

  /** Whether sqlcheck knows what the extension makes (for tests). */
  static boolean known(String name) {
    return NONE.contains(name) || MAKES.containsKey(name);
  }
}
