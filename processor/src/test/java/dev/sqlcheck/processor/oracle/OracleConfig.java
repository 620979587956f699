package dev.sqlcheck.processor.oracle;

/**
 * Run settings, from system properties (Maven passes {@code -D} options through to the tests):
 *
 * <ul>
 *   <li>{@code sqlcheck.oracle.queries}: distinct queries to judge, default 20,000;
 *   <li>{@code sqlcheck.oracle.seed}: the generators' seed, default {@link #DEFAULT_SEED};
 *   <li>{@code sqlcheck.oracle.enforce}: the targets are asserted (0 false errors, 0 silent passes,
 *       99.5% of name/arity errors caught, 99.5% result-type agreement) unless this is {@code
 *       false}, which only reports them (for exploring a changed analyser);
 *   <li>{@code sqlcheck.oracle.focus}: only queries of this family (for example {@code SRF});
 *   <li>{@code sqlcheck.oracle.index}: only the query (and mutant) of this index, printed in full,
 *       to reproduce a reported case.
 * </ul>
 */
record OracleConfig(int queries, long seed, boolean enforce, Feature focus, Long index) {
  static final long DEFAULT_SEED = 20250101L;
  static final int DEFAULT_QUERIES = 20_000;

  static OracleConfig fromSystemProperties() {
    String focus = System.getProperty("sqlcheck.oracle.focus", "");
    String index = System.getProperty("sqlcheck.oracle.index", "");
    return new OracleConfig(
        Integer.parseInt(
            System.getProperty("sqlcheck.oracle.queries", Integer.toString(DEFAULT_QUERIES))),
        Long.parseLong(System.getProperty("sqlcheck.oracle.seed", Long.toString(DEFAULT_SEED))),
        Boolean.parseBoolean(System.getProperty("sqlcheck.oracle.enforce", "true")),
        focus.isBlank() ? null : Feature.valueOf(focus.trim().toUpperCase(java.util.Locale.ROOT)),
        index.isBlank() ? null : Long.valueOf(index.trim()));
  }

  /** True for the default CI run, whose size and seed the harness checks are calibrated on. */
  boolean isDefaultRun() {
    return focus == null && index == null && queries >= DEFAULT_QUERIES;
  }
}
