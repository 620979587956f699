/**
 * A differential oracle for the query analyser, with PostgreSQL 15 as the judge.
 *
 * <h2>What it does</h2>
 *
 * <p>{@link dev.sqlcheck.processor.oracle.CaseGenerator} generates queries against {@link
 * dev.sqlcheck.processor.oracle.OracleSchema} from a seed: query {@code i} is built around one
 * construct family ({@link dev.sqlcheck.processor.oracle.Feature}, in turn) by the generators
 * ({@code QueryGen}, {@code SelectGen}, {@code FromGen}, {@code JoinGen}, {@code SrfGen}, {@code
 * ExprGen}, {@code PredicateGen}, {@code MixGen}, {@code AggGen}, {@code ClauseGen}, {@code
 * DmlGen}, {@code InsertGen}), which track PostgreSQL's name scopes ({@link
 * dev.sqlcheck.processor.oracle.Scope}) so that what they write is meant to be valid. While
 * writing, they mark places where a real mistake could be made; {@code Mutator} makes one such
 * mistake ({@link dev.sqlcheck.processor.oracle.Mutation}) in a copy. Neither the generated query
 * nor the mutant carries an expected verdict: PostgreSQL decides.
 *
 * <p>{@link dev.sqlcheck.processor.oracle.PostgresJudge} gives each query to {@code PREPARE}
 * ({@code :name} parameters turned into {@code $n}; a batch at a time, each PREPARE in its own
 * PL/pgSQL exception block) and reads the result columns of accepted ones by describing {@code
 * EXECUTE}. {@link dev.sqlcheck.processor.oracle.SqlcheckVerdict} runs {@code new
 * QueryAnalyzer(catalog).analyze(sql)} on the catalog {@code SchemaLoader} built from the same DDL.
 * {@link dev.sqlcheck.processor.oracle.Judgement} classifies the pair.
 *
 * <h2>Running it</h2>
 *
 * <pre>
 * SQLCHECK_TEST_POSTGRES_URL='jdbc:postgresql://127.0.0.1:5432/test?user=postgres' \
 *   mvn -q -pl processor -am test -Dtest='dev.sqlcheck.processor.oracle.**' \
 *   -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * <p>Options ({@link dev.sqlcheck.processor.oracle.OracleConfig}): {@code
 * -Dsqlcheck.oracle.queries=200000} for a larger run, {@code -Dsqlcheck.oracle.seed=N} for other
 * queries, {@code -Dsqlcheck.oracle.enforce=false} to report the targets without asserting them,
 * {@code -Dsqlcheck.oracle.focus=SRF} for one family only, {@code -Dsqlcheck.oracle.index=N} (with
 * the same seed, and focus if one was used) to regenerate and print one query and its mutant.
 *
 * <h2>Output</h2>
 *
 * <p>The summary is printed and written to {@code processor/target/oracle/summary.txt}; next to it,
 * {@code false-errors.txt}, {@code silent-passes.txt}, {@code warned-instead.txt} and {@code
 * type-disagreements.txt} list every disagreement (query, PostgreSQL's verdict, sqlcheck's),
 * grouped into clusters of the same error, largest first and shortest query first; {@code
 * results.tsv} has one line per query, for comparing runs.
 *
 * <h2>Definitions</h2>
 *
 * <ul>
 *   <li>sqlcheck's verdict: ERROR if any problem has severity ERROR; WARNED if it reported
 *       SQLCHECK-101 and no error; CLEAN otherwise (other warnings do not count).
 *   <li>False error: PostgreSQL accepts, sqlcheck ERROR. Silent pass: PostgreSQL rejects, sqlcheck
 *       CLEAN, whatever the reason. Caught: PostgreSQL rejects, sqlcheck ERROR. Warned instead:
 *       PostgreSQL rejects, sqlcheck WARNED.
 *   <li>Name/arity rejections, which sqlcheck must catch as errors (target 99.5%): SQLSTATE 42703,
 *       42P01, 3F000, 42702, 42P09, 42712, 42701, 42P10, 42803; 42601 unless the parser raised it
 *       (INSERT and VALUES arity, set-operation arity, DEFAULT misplaced); 0A000 for a set
 *       operation's ORDER BY on an expression. Syntax (42601 from the parser), type (42804, 42883,
 *       42725, 42846, 42P18, 42P08, 22xxx) and other rejections are reported separately; they count
 *       towards silent passes but not towards the caught rate.
 *   <li>Result types are compared for statements PostgreSQL accepts that return columns and on
 *       which sqlcheck reports no error: same number of columns, every type equal. An unknown type
 *       (or result) from sqlcheck disagrees unless sqlcheck warned (then it is counted as excused).
 *       PostgreSQL's types are mapped to sqlcheck's spelling ({@code format_type} without
 *       modifiers: {@code integer}, {@code character varying}, {@code timestamp with time zone},
 *       {@code integer[]}), domains to their base type and enums to their name without schema, as
 *       sqlcheck's catalog has them. Labels are compared too, for information only.
 *   <li>Nullability is not compared: PostgreSQL's row description does not carry it.
 * </ul>
 *
 * <h2>Limits of the judge</h2>
 *
 * <p>{@code PREPARE} parses, analyses and rewrites but does not plan, so errors PostgreSQL raises
 * only when planning or executing (an ON CONFLICT target without a matching unique index, division
 * by zero in constants) count as accepted. Parameters are typed by PostgreSQL's inference; the
 * generators never use one name twice, since sqlcheck binds each occurrence separately and {@code
 * PREPARE} would unify them.
 */
package dev.sqlcheck.processor.oracle;
