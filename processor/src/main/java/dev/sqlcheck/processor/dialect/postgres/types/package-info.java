/**
 * PostgreSQL's type resolution as a pure Java library, for the query analyser: of one major version
 * from 14 to 18, or of several at once (everything any of them has).
 *
 * <p>{@link dev.sqlcheck.processor.dialect.postgres.types.PgTypeSystem} is the entry point. It
 * answers each question with the type PostgreSQL would infer or with the error PostgreSQL would
 * raise while parsing (PREPARE), worded exactly; inputs are {@link
 * dev.sqlcheck.processor.dialect.postgres.types.Arg}s and types are {@code SqlType}s.
 *
 * <pre>{@code
 * PgTypeSystem pg = PgTypeSystem.forVersions(Set.of(14, 15, 16, 17, 18)).withSchemaTypes(schemaTypes);
 * Arg id = Arg.of(SqlType.of("integer"));
 *
 * pg.operator("+", id, Arg.of(SqlType.of("bigint")));            // bigint
 * pg.operator("-", null, id);                                     // prefix: integer
 * pg.operator("||", Arg.untyped("a"), id);                        // text
 * pg.quantified("=", id, Arg.of(SqlType.arrayOf("integer")));     // x = ANY(array): boolean
 * pg.in(id, List.of(Arg.untyped("1"), Arg.untyped("x")), false);  // error: ... integer: "x"
 * pg.distinctFrom(id, Arg.untyped("2"));                          // boolean, via =
 * pg.nullIf(id, Arg.of(SqlType.of("numeric")));                   // numeric
 *
 * pg.function("sum", List.of(id)).type();                         // bigint
 * pg.function(FunctionCall.of("count").withStar());               // bigint
 * pg.function(FunctionCall.of("rank").withOver());                // window function
 * pg.function(FunctionCall.of("percentile_cont", half).withinGroup(List.of(x)));
 * pg.function(FunctionCall.of("make_interval", Arg.of(integer).named("days")));
 * pg.function(SpecialForms.extract("year", Arg.of(SqlType.of("date"))));  // numeric
 * pg.srfColumns("json_each", pg.function("json_each", List.of(json)), false);  // key, value
 *
 * pg.commonType(CommonContext.COALESCE, List.of(id, Arg.of(SqlType.of("bigint"))));  // bigint
 * pg.commonType(CommonContext.UNION, branchColumns);      // pairwise from the left
 * pg.caseType(thenResults, elseResultOrNull);
 * pg.array(elements);                                      // ARRAY[...]
 * pg.usingColumn(leftColumn, rightColumn);                 // JOIN ... USING merged column
 * pg.condition(whereExpression, "WHERE");                  // must be boolean
 *
 * pg.coercible(from, to, CoercionContext.ASSIGNMENT);      // INSERT / UPDATE SET
 * pg.cast(Arg.untyped("12"), SqlType.of("integer"));       // CAST / ::, reads the literal
 * Literals.numeric("2147483648");                          // bigint
 * }</pre>
 *
 * <p>Three kinds of "unknown" are kept apart: a known type; PostgreSQL's {@code unknown}, the type
 * of an untyped literal ({@link dev.sqlcheck.processor.dialect.postgres.types.Arg#untyped}) or bind
 * parameter ({@link dev.sqlcheck.processor.dialect.postgres.types.Arg#parameter}), which resolution
 * settles from context; and the wildcard {@code SqlType.UNKNOWN} ("sqlcheck could not infer it"),
 * which never produces an error. The type a parameter is converted to is reported in {@code
 * FunctionMatch.argTypes()} and {@code OperatorMatch.leftType()/rightType()}.
 *
 * <p>The data come from {@code pg15-catalog.txt}, exported from {@code pg_catalog} by the tests'
 * {@code PgCatalogExport}; {@code PgCatalogResourceTest} keeps it in step with the server. The
 * other versions are {@code pg-versions.txt}, the lines not every version shares with the versions
 * that have each, made by {@code PgVersionsExport} from real servers of each version and read by
 * {@code VersionDiff}.
 */
package dev.sqlcheck.processor.dialect.postgres.types;
