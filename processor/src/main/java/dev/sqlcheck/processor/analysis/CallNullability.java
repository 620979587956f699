package dev.sqlcheck.processor.analysis;

import java.util.List;
import java.util.Set;

/**
 * Whether a built-in function's result may be NULL. Most built-in functions are strict: NULL only
 * when an argument is. Some never are ({@code count}, {@code concat}, {@code now}); some may be for
 * arguments that are not (a JSON field that is not there, {@code nullif}, {@code array_length} of
 * an empty array, {@code pg_get_serial_sequence} of a column without one); and aggregates, window
 * functions and set-returning functions may always be.
 */
final class CallNullability {
  private static final Set<String> NEVER_NULL =
      Set.of(
          "count",
          "row_number",
          "rank",
          "dense_rank",
          "percent_rank",
          "cume_dist",
          "ntile",
          "concat",
          "concat_ws",
          "num_nulls",
          "num_nonnulls",
          "json_build_object",
          "json_build_array",
          "jsonb_build_object",
          "jsonb_build_array",
          "now",
          "transaction_timestamp",
          "statement_timestamp",
          "clock_timestamp",
          "random",
          "gen_random_uuid",
          "pg_backend_pid",
          "version",
          "timeofday",
          "grouping");

  /** Functions that may return NULL for arguments that are not. */
  private static final Set<String> MAY_RETURN_NULL =
      Set.of(
          "nullif",
          "array_position",
          "array_length",
          "array_upper",
          "array_lower",
          "array_ndims",
          "array_dims",
          "regexp_match",
          "regexp_substr",
          "substring",
          "json_extract_path",
          "json_extract_path_text",
          "jsonb_extract_path",
          "jsonb_extract_path_text",
          "jsonb_path_query_first",
          "json_object_field",
          "jsonb_object_field",
          "json_object_field_text",
          "jsonb_object_field_text",
          "current_setting",
          "json_array_element",
          "json_array_element_text",
          "jsonb_array_element",
          "jsonb_array_element_text",
          "jsonb_path_match",
          "pg_get_serial_sequence",
          "obj_description",
          "col_description",
          "shobj_description",
          "inet_client_addr",
          "inet_client_port",
          "inet_server_addr",
          "inet_server_port",
          "txid_current_if_assigned",
          "pg_current_xact_id_if_assigned",
          "pg_last_xact_replay_timestamp",
          // of extensions PostgreSQL ships: xml2 without a match, sslinfo without SSL or a
          // client certificate, dblink without connections
          "xpath_number",
          "ssl_version",
          "ssl_cipher",
          "ssl_client_serial",
          "ssl_client_dn",
          "ssl_issuer_dn",
          "ssl_client_dn_field",
          "ssl_issuer_field",
          "dblink_get_connections",
          "to_regprocedure",
          "to_regoper",
          "to_regoperator",
          "to_regnamespace",
          "to_regrole",
          "to_regcollation",
          "lag",
          "lead",
          "first_value",
          "last_value",
          "nth_value",
          "to_regclass",
          "to_regtype",
          "to_regproc",
          "pg_typeof",
          "xpath",
          "unnest",
          "jsonb_array_elements",
          "json_array_elements",
          "current_schema");

  /**
   * Aggregates (and window functions) that skip NULL inputs and return NULL only when no input row
   * gave them a value: over rows whose arguments are all NOT NULL they are NOT NULL. ({@code
   * variance}, {@code stddev} and the regression aggregates are NULL for a single row.)
   */
  private static final Set<String> NULL_WITHOUT_VALUES =
      Set.of(
          "sum",
          "min",
          "max",
          "avg",
          "bit_and",
          "bit_or",
          "bit_xor",
          "bool_and",
          "bool_or",
          "every",
          "var_pop",
          "stddev_pop",
          "string_agg",
          "range_agg",
          "range_intersect_agg",
          "first_value",
          "last_value");

  /** Aggregates that collect every input row, NULL or not: NULL only over no rows. */
  private static final Set<String> NULL_WITHOUT_ROWS =
      Set.of("array_agg", "json_agg", "jsonb_agg", "json_object_agg", "jsonb_object_agg");

  private CallNullability() {}

  /**
   * Whether an aggregate or window call that sees at least one row (a group of a GROUP BY without
   * grouping sets, a frame that holds the current row; no FILTER) may return NULL. {@code lag} and
   * {@code lead} with a default never leave the partition's values for NULL.
   */
  static boolean nullableOverRows(String name, List<Val> args) {
    if (NULL_WITHOUT_ROWS.contains(name)) {
      return false;
    }
    boolean withValues =
        NULL_WITHOUT_VALUES.contains(name)
            || ((name.equals("lag") || name.equals("lead")) && args.size() == 3);
    if (withValues) {
      return args.stream().anyMatch(Val::nullable);
    }
    return nullable(name, true, args);
  }

  /**
   * Whether {@code name}'s result may be NULL; {@code always} for an aggregate, window or
   * set-returning call.
   */
  static boolean nullable(String name, boolean always, List<Val> args) {
    if (NEVER_NULL.contains(name)) {
      return false;
    }
    return always || MAY_RETURN_NULL.contains(name) || args.stream().anyMatch(Val::nullable);
  }
}
