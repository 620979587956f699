-- Valid queries using constructs that are risky for a parser-based analyser (keywords as column
-- names, special-syntax functions, table functions, locking clauses...), against
-- risky-schema.sql. Each must PREPARE on PostgreSQL and get no analyser error.

-- name: XmlElementName
SELECT xmlelement(name foo, e.name) FROM events e;

-- name: XmlElementAttributes
SELECT xmlelement(name event, xmlattributes(id AS id, type AS kind), name) FROM events;

-- name: XmlForest
SELECT xmlforest(name, type AS kind) FROM events;

-- name: ExtractYear
SELECT EXTRACT(year FROM happened_on), EXTRACT(EPOCH FROM created_at) FROM events;

-- name: ExtractFromParameter
SELECT EXTRACT(month FROM :d::date);

-- name: StringSpecialForms
SELECT OVERLAY(name PLACING 'x' FROM 2 FOR 3), POSITION('a' IN name),
       SUBSTRING(name FROM 1 FOR 2), TRIM(BOTH 'x' FROM name), TRIM(LEADING FROM comment),
       SUBSTRING(name, 2), TRIM(name)
FROM events;

-- name: DatePartColumnsUnqualified
SELECT year, month, day, hour, minute, second FROM events WHERE year = :y AND month > 1;

-- name: DatePartColumnsQualified
SELECT e.year, e.month, e.day FROM events e WHERE e.day = :d ORDER BY e.year, e.month;

-- name: DatePartColumnsInExpressions
SELECT make_date(year, month, day) AS d, year * 100 + month AS ym FROM events
WHERE day BETWEEN 1 AND 31 GROUP BY year, month, day HAVING max(day) > 0;

-- name: DatePartColumnsThroughView
SELECT year, month, day FROM event_days WHERE day = :day;

-- name: KeywordNamedColumns
SELECT settings, script, value, name, type, comment FROM events
WHERE type = :type AND value > :v AND comment IS NOT NULL;

-- name: KeywordNamedColumnsQualified
SELECT e.settings ->> 'theme', e.script, e.value, e.name, e.type, e.comment FROM events e;

-- name: KeywordNamedColumnsUpdate
UPDATE events SET settings = :s::jsonb, script = :script, value = :value, type = :type,
  comment = :comment, year = :year, month = :month, day = :day
WHERE id = :id;

-- name: KeywordNamedColumnsInsert
INSERT INTO events (name, type, value, comment, settings, script, year, month, day)
VALUES (:name, :type, :value, :comment, :settings::jsonb, :script, :year, :month, :day)
RETURNING id, year, settings;

-- name: QuotedReservedColumns
SELECT l."user", l."order", l.at FROM audit.log l ORDER BY l."order";

-- name: IsDistinctFrom
SELECT id FROM events WHERE type IS DISTINCT FROM :type AND value IS NOT DISTINCT FROM :v;

-- name: ArrayConstructors
SELECT ARRAY[1, 2, 3], ARRAY[name, type], tags || ARRAY['x'], ARRAY[]::text[] FROM events
WHERE tags && ARRAY[:t]::text[];

-- name: RowComparison
SELECT id FROM events WHERE (year, month) = (2024, 1) OR (year, month) > (:y, :m);

-- name: IntervalLiterals
SELECT INTERVAL '1 day', now() - interval '1 day', created_at + INTERVAL '2 hours' FROM events
WHERE created_at > now() - interval '7 days';

-- name: IntervalParameter
SELECT id FROM events WHERE created_at > now() - :age::interval;

-- name: CollateClause
SELECT name FROM events ORDER BY name COLLATE "C", type COLLATE "C" DESC;

-- name: OrderByNullsLast
SELECT id, value FROM events ORDER BY value DESC NULLS LAST, id ASC NULLS FIRST;

-- name: GroupingSetsRollupCube
SELECT type, year, count(*), grouping(type, year) FROM events
GROUP BY GROUPING SETS ((type, year), (type), ());

-- name: Rollup
SELECT type, year, sum(value) FROM events GROUP BY ROLLUP (type, year);

-- name: Cube
SELECT type, year, sum(value) FROM events GROUP BY CUBE (type, year);

-- name: WithOrdinality
SELECT t.tag, t.n FROM events e, unnest(e.tags) WITH ORDINALITY AS t(tag, n) WHERE e.id = :id;

-- name: UnnestParameter
SELECT t.x FROM unnest(:arr::int[]) AS t(x);

-- name: UnnestParameterJoin
SELECT e.id, e.name FROM events e JOIN unnest(:ids::bigint[]) AS t(id) ON t.id = e.id;

-- name: GenerateSeries
SELECT g FROM generate_series(1, 10) AS g;

-- name: GenerateSeriesColumnAlias
SELECT s.d::date FROM generate_series(now() - interval '7 days', now(), interval '1 day') AS s(d);

-- name: GenerateSeriesLeftJoin
SELECT s.d, count(e.id) FROM generate_series(1, 31) AS s(d)
LEFT JOIN events e ON e.day = s.d GROUP BY s.d ORDER BY s.d;

-- name: TableFunctionNoAlias
SELECT generate_series FROM generate_series(1, 3);

-- name: JsonbEachTableFunction
SELECT kv.key, kv.value FROM events e, jsonb_each(e.payload) AS kv WHERE e.id = :id;

-- name: JsonbToRecordset
SELECT r.a, r.b FROM events e, jsonb_to_recordset(e.payload) AS r(a int, b text);

-- name: ValuesWithAliases
SELECT v.id, v.name FROM (VALUES (1, 'a'), (2, 'b')) AS v(id, name);

-- name: ValuesJoin
SELECT e.name, v.label FROM events e JOIN (VALUES ('x', 'Ex'), ('y', 'Why')) AS v(code, label)
ON v.code = e.type;

-- name: ForUpdateSkipLocked
SELECT id, state FROM jobs WHERE state = 'new' ORDER BY id LIMIT 10 FOR UPDATE SKIP LOCKED;

-- name: ForNoKeyUpdateOf
SELECT j.id FROM jobs j JOIN events e ON e.id = j.id FOR NO KEY UPDATE OF j NOWAIT;

-- name: ForShare
SELECT id FROM jobs FOR SHARE;

-- name: QueueClaimCte
WITH next AS (
  SELECT id FROM jobs WHERE state = 'new' ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED
)
UPDATE jobs j SET state = 'running', locked_by = :worker, attempts = j.attempts + 1
FROM next WHERE j.id = next.id
RETURNING j.id, j.attempts;

-- name: InsertDefaultValues
INSERT INTO jobs DEFAULT VALUES RETURNING id, state;

-- name: InsertSelectOnConflict
INSERT INTO owners (name, email) SELECT name, type FROM events WHERE type IS NOT NULL
ON CONFLICT DO NOTHING;

-- name: InsertOnConflictOnConstraint
INSERT INTO owners (name, email) VALUES (:name, :email)
ON CONFLICT ON CONSTRAINT owners_email_key DO UPDATE SET name = EXCLUDED.name;

-- name: InsertOnConflictWhereTarget
INSERT INTO owners (name, email) VALUES (:name, :email)
ON CONFLICT (email) WHERE email IS NOT NULL DO NOTHING;

-- name: UpdateRowFromSubquery
UPDATE events SET (name, type) = (SELECT o.name, 'owner' FROM owners o WHERE o.id = events.owner_id)
WHERE id = :id;

-- name: UpdateRowFromValues
UPDATE events SET (year, month, day) = (:y, :m, :d) WHERE id = :id;

-- name: DeleteReturningStar
DELETE FROM jobs WHERE state = 'done' RETURNING *;

-- name: DeleteReturningQualifiedStar
DELETE FROM jobs j WHERE j.attempts > :max RETURNING j.*;

-- name: CastParameterDate
SELECT id FROM events WHERE happened_on >= CAST(:from AS date) AND happened_on < :to::date;

-- name: CastParameterTimestamp
SELECT id FROM events WHERE created_at BETWEEN :a::timestamptz AND CAST(:b AS timestamp with time zone);

-- name: CastParameterEnum
SELECT id FROM owners WHERE mood = :mood::mood;

-- name: CastColumn
SELECT id::text, CAST(value AS integer), happened_on::timestamp, year::text FROM events;

-- name: JsonOperators
SELECT payload -> 'a' -> 'b', payload #>> '{a,b}', payload ->> :key, payload ? 'x',
       payload ?| ARRAY['a', 'b'], payload @> :filter::jsonb, jsonb_path_exists(payload, '$.a')
FROM events;

-- name: JsonbSetUpdate
UPDATE events SET payload = jsonb_set(coalesce(payload, '{}'::jsonb), '{seen}', 'true'::jsonb)
WHERE id = :id;

-- name: ArraySubscriptsAndSlices
SELECT tags[1], tags[2:3], array_length(tags, 1), cardinality(tags) FROM events;

-- name: AnyAllArrays
SELECT id FROM events WHERE type = ANY(:types) AND id <> ALL(:excluded::bigint[]);

-- name: InListParameter
SELECT id FROM events WHERE type IN (:a, :b, 'c');

-- name: CaseSearchedAndSimple
SELECT CASE type WHEN 'a' THEN 1 WHEN 'b' THEN 2 ELSE 0 END,
       CASE WHEN value IS NULL THEN 'none' ELSE value::text END
FROM events;

-- name: WindowFrames
SELECT id, sum(value) OVER (ORDER BY created_at ROWS BETWEEN 2 PRECEDING AND CURRENT ROW),
       avg(value) OVER (PARTITION BY type ORDER BY created_at RANGE BETWEEN INTERVAL '1 day' PRECEDING AND CURRENT ROW),
       first_value(name) OVER (PARTITION BY type ORDER BY id)
FROM events;

-- name: OrderedSetAggregate
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY value), mode() WITHIN GROUP (ORDER BY type)
FROM events;

-- name: AggregateDistinctOrderBy
SELECT count(DISTINCT type), string_agg(DISTINCT name, ',' ORDER BY name), array_agg(id ORDER BY id DESC)
FROM events;

-- name: CorrelatedOuterReference
SELECT o.name FROM owners o WHERE (SELECT count(*) FROM events e WHERE e.owner_id = o.id) > :n;

-- name: DerivedTableColumnAliases
SELECT x.a, x.b FROM (SELECT id, name FROM events) AS x(a, b);

-- name: CteColumnList
WITH c(a, b) AS (SELECT id, name FROM events) SELECT a, b FROM c;

-- name: CteMaterialized
WITH c AS MATERIALIZED (SELECT id FROM events) SELECT id FROM c;

-- name: RecursiveCte
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10) SELECT i FROM n;

-- name: CoalesceGreatestLeast
SELECT coalesce(type, 'none'), greatest(year, 2000), least(month, 12), nullif(day, 0) FROM events;

-- name: BooleanTests
SELECT id FROM events WHERE (value > 0) IS TRUE AND (type = 'x') IS NOT FALSE AND type IS NOT NULL;

-- name: SimilarToRegex
SELECT id FROM events WHERE name SIMILAR TO '%(a|b)%' OR name ~* '^x' OR name !~ 'y';

-- name: StringConcatAndCurrent
SELECT name || ' ' || coalesce(type, ''), current_date, current_timestamp, localtimestamp, current_user
FROM events;

-- name: TypedLiterals
SELECT DATE '2024-01-01', TIMESTAMP '2024-01-01 10:00', TIME '10:00', '1 day'::interval, E'a\tb'
FROM events WHERE happened_on > DATE '2020-01-01';

-- name: DollarQuotedString
SELECT $$it's :notaparam$$ AS s, name FROM events;

-- name: SchemaQualifiedStar
SELECT audit.log.* FROM audit.log;

-- name: SchemaQualifiedColumn
SELECT audit.log.id, log.event_id FROM audit.log WHERE audit.log."user" = :u;

-- name: OrderByOutputAliasAndExpression
SELECT name AS n, value * 2 AS double FROM events ORDER BY n, double DESC, length(name);

-- name: GroupByOrdinalAndExpression
SELECT date_trunc('month', created_at) AS m, count(*) FROM events GROUP BY 1 ORDER BY m;

-- name: LimitAllOffsetFetch
SELECT id FROM events ORDER BY id OFFSET 5 ROWS FETCH FIRST 10 ROWS ONLY;

-- name: SelectWithoutFrom
SELECT 1 AS one, now() AS t, :x::text AS echo;

-- name: ExistsWithSetOperation
SELECT id FROM events e WHERE EXISTS (SELECT 1 FROM owners o WHERE o.id = e.owner_id
  UNION SELECT 1 FROM jobs j WHERE j.id = e.id);

-- name: TableStatement
SELECT * FROM owners o WHERE o.mood IS NULL OR o.mood = 'happy';

-- name: RowConstructorInsertSelect
INSERT INTO audit.log (event_id, "user", "order") SELECT id, current_user, 1 FROM events
RETURNING id, "user";

-- name: DeleteUsingSubquery
DELETE FROM audit.log l USING (SELECT id FROM events WHERE year < :y) old
WHERE l.event_id = old.id;

-- name: UpdateWithCorrelatedSubquery
UPDATE owners SET name = (SELECT max(e.name) FROM events e WHERE e.owner_id = owners.id)
WHERE EXISTS (SELECT 1 FROM events e WHERE e.owner_id = owners.id);

-- name: LateralFunctionCall
SELECT e.id, x.v FROM events e CROSS JOIN LATERAL jsonb_array_elements_text(e.payload -> 'items') AS x(v);

-- name: RowsFromTableFunction
SELECT * FROM ROWS FROM (generate_series(1, 3), generate_series(1, 4)) AS t(a, b);

-- name: NaturalLeftJoin
SELECT id, name FROM events NATURAL LEFT JOIN event_days;

-- name: FullJoinUsingCoalesced
SELECT id, e.name, d.name FROM events e FULL JOIN event_days d USING (id);

-- name: NestedJoinParentheses
SELECT e.id, o.name, j.state FROM events e JOIN (owners o JOIN jobs j ON j.id = o.id) ON o.id = e.owner_id;

-- name: AtTimeZone
SELECT created_at AT TIME ZONE 'UTC', created_at AT TIME ZONE :tz FROM events;

-- name: TextSearchAndTsFunctions
SELECT id FROM events WHERE to_tsvector('simple', name) @@ plainto_tsquery('simple', :q);

-- name: CountStarAndAliasInHaving
SELECT type, count(*) AS c FROM events GROUP BY type HAVING count(*) > 1 ORDER BY c;

-- name: IsoWeekDatePart
SELECT date_part('isodow', happened_on), to_char(created_at, 'YYYY-MM'), age(now(), created_at) FROM events;

-- name: ImplicitDerivedColumnNames
SELECT count, max, id, "coalesce", "case", now, "extract", "array", "exists", "greatest", "nullif"
FROM (SELECT count(*), max(value), id::text, coalesce(name, ''), CASE WHEN true THEN 1 END,
             now(), EXTRACT(year FROM created_at), ARRAY[1], EXISTS (SELECT 1), greatest(1, 2),
             nullif(day, 0)
      FROM events GROUP BY id) AS t;

-- name: ImplicitCteColumnNames
WITH t AS (SELECT upper(name), tags[1], lower(e.type), e.value::int FROM events e)
SELECT upper, tags, lower, value FROM t;

-- name: ImplicitNamesSpecialFunctions
SELECT "substring", "position", "overlay", "btrim", "current_date", "timezone"
FROM (SELECT SUBSTRING(name FROM 1 FOR 2), POSITION('a' IN name), OVERLAY(name PLACING 'x' FROM 1),
             TRIM(BOTH 'x' FROM name), CURRENT_DATE, created_at AT TIME ZONE 'UTC' FROM events) AS t;

-- name: ScalarSubqueryColumnName
SELECT a FROM (SELECT (SELECT name AS a FROM owners LIMIT 1)) AS t;

-- name: ValuesDefaultColumnNames
SELECT v.column1, column2 FROM (VALUES (1, 'a'), (2, 'b')) AS v;

-- name: CteShadowsTable
WITH events AS (SELECT 1 AS x) SELECT x FROM events;

-- name: AliasShadowsTableName
SELECT events.email FROM owners AS events;

-- name: SameAliasInnerScope
SELECT e.id FROM events e WHERE EXISTS (SELECT 1 FROM owners e WHERE e.email = :m);

-- name: SchemaTableColumnRef
SELECT public.events.id, events.name FROM public.events;

-- name: QualifiedByTableWithSchemaFrom
SELECT events.id FROM public.events WHERE public.events.year = :y;

-- name: UsingColumnQualified
SELECT events.id, event_days.id, id FROM events JOIN event_days USING (id);

-- name: JoinUsingAlias
SELECT j.id FROM events JOIN event_days USING (id) AS j;

-- name: AliasedJoin
SELECT x.email, x.type FROM (events e JOIN owners o ON o.id = e.owner_id) AS x;

-- name: MixedCaseIdentifiers
SELECT ID, Name, TYPE FROM Events WHERE Year = :y;

-- name: QuotedCamelCase
SELECT "Id", c."Name", c.plain, PLAIN FROM "CamelCase" c WHERE c."Id" = :id;

-- name: WholeRowReference
SELECT row_to_json(o), to_jsonb(o.*), o FROM owners o;

-- name: WholeRowFieldAccess
SELECT (o).name, (o).email FROM owners o;

-- name: CountWholeRow
SELECT count(o) FROM owners o;

-- name: SqlValueFunctions
SELECT user, current_user, session_user, current_role, current_schema, current_catalog,
       localtime, current_time, current_timestamp(3)
FROM events;

-- name: SystemCatalogs
SELECT c.relname, n.nspname FROM pg_catalog.pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relname = :name;

-- name: InformationSchema
SELECT column_name, data_type FROM information_schema.columns WHERE table_name = :t;

-- name: PgStatActivity
SELECT pid, state, query FROM pg_stat_activity WHERE datname = current_database();

-- name: SystemColumns
SELECT ctid, xmin, tableoid::regclass, e.xmax FROM events e WHERE e.id = :id;

-- name: OptimisticXmin
UPDATE events SET name = :name WHERE id = :id AND xmin::text = :version RETURNING xmin;

-- name: RegclassLiteral
SELECT 'events'::regclass, pg_total_relation_size('events');


-- name: FunctionInFromNoAlias
SELECT key, jsonb_each.value FROM events e, jsonb_each(e.payload);

-- name: FunctionInFromValueAmbiguousLooking
SELECT e.id, kv.key FROM events e CROSS JOIN jsonb_each_text(e.payload) kv;

-- name: UnnestNoAlias
SELECT unnest FROM unnest(ARRAY[1, 2]);

-- name: FunctionAliasQualified
SELECT g.g, g FROM generate_series(1, 3) AS g;

-- name: SetReturningUserFunction
SELECT owner_id, owner_name FROM owner_names(:min);

-- name: SetReturningUserFunctionAlias
SELECT o.owner_name FROM owner_names(1) AS o;

-- name: FromOnly
SELECT id FROM ONLY events;

-- name: DeleteOnly
DELETE FROM ONLY events WHERE id = :id;

-- name: TableSample
SELECT id FROM events TABLESAMPLE SYSTEM (10);

-- name: Merge
MERGE INTO owners o USING events e ON o.id = e.owner_id
WHEN MATCHED THEN UPDATE SET name = e.name
WHEN NOT MATCHED THEN INSERT (name) VALUES (e.name);

-- name: StandaloneValues
VALUES (1, 'a'), (2, :b);

-- name: TableCommand
TABLE owners;

-- name: CteInsertSelect
WITH x AS (SELECT id FROM events WHERE year = :y) INSERT INTO audit.log (event_id) SELECT id FROM x;

-- name: InsertWithInnerCte
INSERT INTO audit.log (event_id) WITH x AS (SELECT id FROM events) SELECT id FROM x;

-- name: CteUpdateFrom
WITH x AS (SELECT id FROM events WHERE year = :y) UPDATE jobs SET state = 'x' FROM x WHERE jobs.id = x.id;

-- name: CteDeleteUsing
WITH x AS (SELECT id FROM events) DELETE FROM jobs USING x WHERE jobs.id = x.id;

-- name: UpdateSetDefault
UPDATE jobs SET state = DEFAULT, attempts = attempts + 1 WHERE id = :id;

-- name: InsertValuesDefault
INSERT INTO jobs (state, attempts) VALUES (DEFAULT, DEFAULT), ('x', 1);

-- name: UpdateArrayElement
UPDATE events SET tags[1] = :t WHERE id = :id;

-- name: UpdateJsonbSubscript
UPDATE events SET payload['seen'] = 'true' WHERE id = :id;

-- name: LikeEscape
SELECT id FROM events WHERE name LIKE :p ESCAPE '!' AND name NOT ILIKE 'x%';

-- name: BetweenSymmetric
SELECT id FROM events WHERE year BETWEEN SYMMETRIC :a AND :b AND day NOT BETWEEN 1 AND 2;

-- name: Overlaps
SELECT id FROM events WHERE (created_at, created_at + interval '1 day') OVERLAPS (:s::timestamptz, :e::timestamptz);

-- name: AnySubquery
SELECT id FROM events WHERE owner_id = ANY (SELECT id FROM owners) AND type <> ALL (ARRAY['a']);

-- name: ArraySubquery
SELECT o.name, ARRAY(SELECT e.id FROM events e WHERE e.owner_id = o.id ORDER BY e.id) FROM owners o;

-- name: IlikeAnyArray
SELECT id FROM events WHERE name ILIKE ANY (ARRAY['%a%', '%b%']);

-- name: BooleanParameter
SELECT id FROM events WHERE (:all OR type = :type);

-- name: ParamsInLimitFetch
SELECT id FROM events ORDER BY id OFFSET :o ROWS FETCH NEXT :n ROWS ONLY;

-- name: LimitAll
SELECT id FROM events LIMIT ALL;

-- name: IntervalSqlStandard
SELECT INTERVAL '1' DAY, INTERVAL '2:30' HOUR TO MINUTE;

-- name: ManyCastForms
SELECT '{1,2}'::int[], CAST(name AS varchar(10)), value::numeric(10, 2), value::double precision,
       created_at::timestamp(3) without time zone, name::character varying, id::bigint::text
FROM events;

-- name: CastToDomainWithSchema
SELECT CAST(year AS text), year::integer FROM events;

-- name: OperatorSyntax
SELECT id FROM events WHERE id OPERATOR(pg_catalog.=) :id;

-- name: CommentsInsideQuery
SELECT id -- the key
  , name /* the name */
FROM events -- all of them
WHERE id = :id;

-- name: ParamLookingTextInComment
SELECT id FROM events /* :nope */ WHERE name = ':nope' AND id = :id;

-- name: SchemaQualifiedFunction
SELECT pg_catalog.lower(name), public.owner_names(1) FROM events;

-- name: SequenceFunctions
SELECT nextval('owners_id_seq'), currval(pg_get_serial_sequence('owners', 'id'));

-- name: AdvisoryLock
SELECT pg_try_advisory_xact_lock(:key);

-- name: WindowOrderBy
SELECT id FROM events ORDER BY row_number() OVER (PARTITION BY type ORDER BY id);

-- name: DistinctOnOrdinal
SELECT DISTINCT ON (1) type, id FROM events ORDER BY 1, 2;

-- name: UnionOrderByAlias
SELECT id AS x FROM events UNION SELECT id FROM owners ORDER BY x DESC LIMIT 5;

-- name: UnionParenthesized
(SELECT id FROM events ORDER BY id LIMIT 1) UNION ALL (SELECT id FROM owners ORDER BY id LIMIT 1);

-- name: DerivedTableDuplicateNames
SELECT t.name FROM (SELECT e.id, o.id, e.name FROM events e JOIN owners o ON o.id = e.owner_id) t;

-- name: GroupByInputColumnShadowsAlias
SELECT type AS name, count(*) FROM events GROUP BY name, type;

-- name: OrderByAliasShadowingColumn
SELECT name AS type FROM events ORDER BY type;

-- name: HavingWithoutGroupBy
SELECT count(*) FROM events HAVING count(*) > 0;

-- name: ExistsLimit
SELECT EXISTS (SELECT 1 FROM events WHERE type = :t LIMIT 1);

-- name: NestedSubqueryOuterOuter
SELECT o.id FROM owners o WHERE EXISTS (SELECT 1 FROM events e WHERE e.owner_id = o.id
  AND EXISTS (SELECT 1 FROM jobs j WHERE j.id = e.id AND j.locked_by = o.name));

-- name: LateralReferencesEarlierItem
SELECT o.name, x.n FROM owners o, LATERAL (SELECT count(*) AS n FROM events e WHERE e.owner_id = o.id) x;

-- name: JoinLateralOnTrue
SELECT o.name, x.id FROM owners o LEFT JOIN LATERAL (SELECT e.id FROM events e WHERE e.owner_id = o.id LIMIT 1) x ON true;

-- name: OrderBySelectListExpression
SELECT type, count(*) FROM events GROUP BY type ORDER BY count(*) DESC, type;

-- name: FilterWithWindow
SELECT id, count(*) FILTER (WHERE value > 0) OVER (PARTITION BY type) FROM events;

-- name: RowConstructorIn
SELECT id FROM events WHERE (year, month) IN (SELECT year, month FROM event_days) AND ROW(day, hour) IS NOT NULL;

-- name: ExcludedInWhere
INSERT INTO owners (id, name, email) VALUES (:id, :name, :email)
ON CONFLICT (id) DO UPDATE SET name = excluded.name, email = coalesce(excluded.email, owners.email)
WHERE owners.name <> excluded.name;

-- name: InsertWithoutColumnList
INSERT INTO jobs VALUES (DEFAULT, 'new', NULL, 0, now());

-- name: InsertOverridingSystemValue
INSERT INTO jobs (id, state) OVERRIDING SYSTEM VALUE VALUES (:id, 'new');

-- name: UpdateAliasSetQualified
UPDATE jobs AS j SET attempts = j.attempts + 1 WHERE j.state = :s RETURNING j.*;

-- name: DeleteWithSubqueryIn
DELETE FROM events WHERE owner_id IN (SELECT id FROM owners WHERE email LIKE :p) RETURNING id, name;

-- name: ReturningExpressions
UPDATE jobs SET attempts = attempts + 1 WHERE id = :id RETURNING attempts * 2 AS doubled, now() AS at;

-- name: DateTruncGroupOrderAlias
SELECT date_trunc('day', created_at) AS day, count(*) FROM events GROUP BY 1 ORDER BY day;

-- name: OutputAliasNamedLikeKeyword
SELECT count(*) AS count, max(value) AS value, min(day) AS day FROM events;

-- name: ColumnNamedLikeKeywordAsAlias
SELECT e.year AS month, e.month AS year FROM events e ORDER BY month;

-- name: NaturalJoinAllMerged
SELECT id, name, year, month, day FROM events NATURAL JOIN event_days;

-- name: NaturalJoinThree
SELECT * FROM events NATURAL JOIN event_days NATURAL JOIN jobs;

-- name: InsertFewerValuesNoColumnList
INSERT INTO jobs VALUES (DEFAULT, 'new');

-- name: InsertSelectFewerNoColumnList
INSERT INTO jobs SELECT id + 1000, state FROM jobs;

-- name: InsertSelectStar
INSERT INTO jobs SELECT * FROM jobs WHERE id = :id;

-- name: InsertSelectQualifiedStar
INSERT INTO owners (id, name, email, mood) SELECT o.* FROM owners o WHERE o.id = :id;

-- name: UnionStarArity
SELECT * FROM owners UNION SELECT id, name, email, mood FROM owners;

-- name: UnionQualifiedStarArity
SELECT o.*, 1 FROM owners o UNION ALL SELECT id, name, email, mood, 2 FROM owners;

-- name: ValuesPartialAliasList
SELECT a, column2 FROM (VALUES (1, 2)) AS v(a);

-- name: TablePartialAliasList
SELECT x, name FROM owners AS o(x);

-- name: CtePartialColumnList
WITH c(a) AS (SELECT id, name FROM events) SELECT a, name FROM c;

-- name: RecursiveForwardReference
WITH RECURSIVE a AS (SELECT x FROM b), b AS (SELECT 1 AS x) SELECT x FROM a;

-- name: CteReferencesEarlierCte
WITH a AS (SELECT id FROM events), b AS (SELECT id FROM a WHERE id > 1) SELECT b.id FROM b JOIN a USING (id);

-- name: CteReturningStar
WITH d AS (DELETE FROM jobs WHERE state = 'done' RETURNING *) SELECT id, state, attempts FROM d;

-- name: QuotedAlias
SELECT "E".id, "e".name FROM events "E", owners e WHERE "E".owner_id = e.id;

-- name: KeywordParams
SELECT id FROM events WHERE type = :user OR type = :order OR type = :end OR type = :case OR name = :select;

-- name: ParamAdjacency
SELECT :a||:b, (:c), :d::text||'x', :e+1, -:f::int, name FROM events WHERE id=:id;

-- name: ParamNullCheck
SELECT id FROM events WHERE :p::text IS NULL OR name = :p;

-- name: UpdateFromValues
UPDATE events SET name = x.n FROM (VALUES (1, 'a'), (2, 'b')) AS x(id, n) WHERE events.id = x.id;

-- name: CommaValues
SELECT e.id, v.x FROM events e, (VALUES (1), (2)) AS v(x) WHERE e.day = v.x;

-- name: DeleteUsingValues
DELETE FROM events e USING (VALUES (1::bigint), (2)) AS v(id) WHERE e.id = v.id;

-- name: InsertSelectFromValues
INSERT INTO owners (name, email) SELECT n, m FROM (VALUES ('a', 'b')) AS v(n, m);

-- name: LeftJoinValues
SELECT v.label, e.id FROM (VALUES ('x', 'X')) AS v(code, label) LEFT JOIN events e ON e.type = v.code;

-- name: JoinSubqueryValuesOnly
SELECT v.a FROM events e JOIN (SELECT * FROM (VALUES (1)) w(a)) v ON v.a = e.day;

-- name: UnionChainOrdinal
SELECT 1 UNION SELECT 2 UNION SELECT 3 ORDER BY 1;

-- name: ValuesUnionSelect
VALUES (1) UNION SELECT 2;

-- name: ExceptAll
SELECT id FROM events EXCEPT ALL SELECT id FROM owners;

-- name: IntersectPrecedence
SELECT id FROM events UNION SELECT id FROM owners INTERSECT SELECT id FROM jobs;

-- name: GroupByExpressionMatch
SELECT lower(name), count(*) FROM events GROUP BY lower(name) ORDER BY lower(name);

-- name: WindowReferencesWindow
SELECT sum(value) OVER (w ORDER BY id) FROM events WINDOW w AS (PARTITION BY type);

-- name: SelectIntoLikeAlias
SELECT e.id AS "ID", e.name AS "Full Name" FROM events e ORDER BY "Full Name";

-- name: DoubleQuotedKeywordColumn
SELECT "year", "month", "day", "type", "value" FROM events;

-- name: DatePartAsFunctionNames
SELECT date_part('year', created_at) AS year, extract(month from created_at) AS month FROM events;

-- name: IntervalArithmeticColumns
SELECT make_interval(days => day), make_interval(years => year, months => month) FROM events;

-- name: NamedArgumentFunction
SELECT make_timestamp(year, month, day, 0, 0, 0) FROM events;

-- name: HourMinuteSecondColumnsInWhere
SELECT id FROM events WHERE hour = 1 AND minute = 2 AND second = 3 AND events.hour < 24;

-- name: YearColumnCompareExtract
SELECT id FROM events WHERE year = EXTRACT(YEAR FROM now()) AND month = date_part('month', now());

-- name: YearInGroupByOrderBy
SELECT year, count(*) FROM events GROUP BY year ORDER BY year DESC;

-- name: YearInCase
SELECT CASE WHEN year > 2000 THEN month ELSE day END FROM events;

-- name: YearInFunctionArgs
SELECT greatest(year, month, day), coalesce(year, 0) FROM events;

-- name: YearInInsertSelect
INSERT INTO events (name, year, month) SELECT name, year, month FROM events WHERE day = 1;

-- name: YearInUpdateExpression
UPDATE events SET year = year + 1, day = day - 1 WHERE month = 12;

-- name: YearInJoinOn
SELECT a.id FROM events a JOIN event_days b ON b.year = a.year AND b.day = a.day;

-- name: YearInSubquery
SELECT id FROM events WHERE year IN (SELECT year FROM event_days WHERE month = 1);

-- name: YearInWindow
SELECT rank() OVER (PARTITION BY year ORDER BY month, day) FROM events;

-- name: YearAmbiguityQualifiedOnly
SELECT e.year, d.year FROM events e JOIN event_days d ON d.id = e.id;

-- name: SettingsScriptEverywhere
SELECT settings, script FROM events WHERE settings ? 'x' AND script LIKE '%a%' ORDER BY script;

-- name: SettingsInsertOnConflict
INSERT INTO events (id, name, settings) VALUES (:id, :n, :s::jsonb)
ON CONFLICT (id) DO UPDATE SET settings = EXCLUDED.settings, script = EXCLUDED.script;

-- name: CommentColumnEverywhere
SELECT comment FROM events WHERE comment IS NOT NULL GROUP BY comment ORDER BY comment;

-- name: ValueColumnAggregate
SELECT type, sum(value) AS value FROM events GROUP BY type HAVING sum(value) > 0 ORDER BY value;

-- name: TypeColumnInCase
SELECT CASE type WHEN 'a' THEN 1 END, type FROM events WHERE type IN ('a', 'b');

-- name: NameColumnEverywhere
SELECT name FROM owners WHERE name = :name UNION SELECT name FROM events;

-- name: AtColumn
SELECT at FROM audit.log WHERE at > now();

-- name: QuotedUserColumnUnqualified
SELECT "user", "order" FROM audit.log WHERE "user" = current_user;

-- name: OrderByUsing
SELECT id FROM events ORDER BY id USING <;

-- name: OrderByUsingGt
SELECT id FROM events ORDER BY id USING >;

-- name: FetchWithTies
SELECT id FROM events ORDER BY id FETCH FIRST 3 ROWS WITH TIES;

-- name: ForUpdateOfSkip
SELECT id FROM events FOR UPDATE OF events SKIP LOCKED;

-- name: ForKeyShare
SELECT id FROM events FOR KEY SHARE;

-- name: DefaultValuesReturningStar
INSERT INTO jobs DEFAULT VALUES RETURNING *;

-- name: UnnestWithOrdinalityNoAlias
SELECT * FROM unnest(ARRAY[1, 2]) WITH ORDINALITY;

-- name: TablesampleRepeatable
SELECT id FROM events e TABLESAMPLE BERNOULLI (50) REPEATABLE (1);

-- name: IsNormalized
SELECT id FROM events WHERE name IS NORMALIZED;

-- name: GroupByDistinct
SELECT type, year FROM events GROUP BY DISTINCT type, year;

-- name: WindowRowsUnbounded
SELECT sum(value) OVER w FROM events WINDOW w AS (ORDER BY id ROWS UNBOUNDED PRECEDING);

-- name: WindowExclude
SELECT sum(value) OVER (ORDER BY id ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING EXCLUDE CURRENT ROW) FROM events;

-- name: IntervalYearToMonth
SELECT INTERVAL '1-2' YEAR TO MONTH;

-- name: IntervalTrailingUnit
SELECT id FROM events WHERE created_at > now() - interval '1' day;

-- name: CastCharacterVaryingAtEnd
SELECT 'a'::character varying;

-- name: CastDoublePrecisionAtEnd
SELECT '1'::double precision;

-- name: CastTimestampWithTimeZoneAtEnd
SELECT now()::timestamp with time zone;

-- name: CastTimestampWithoutTimeZone
SELECT now()::timestamp without time zone;

-- name: CastIntervalSecond
SELECT '1'::interval second;

-- name: CastBitVarying
SELECT B'101'::bit varying;

-- name: CurrentTimePrecision
SELECT current_time(0), localtimestamp(2);

-- name: RowsFromWithOrdinality
SELECT * FROM ROWS FROM (generate_series(1, 2)) WITH ORDINALITY AS t(a, n);

-- name: SelectNullsFirst
SELECT id FROM events ORDER BY name NULLS FIRST;

-- name: ReturningVaryingKeyword
INSERT INTO jobs (state) VALUES ('x') RETURNING state AS varying;

-- name: AliasWithoutAs
SELECT id ident, name label FROM events;

-- name: AliasKeywordWithoutAs
SELECT id key, name value FROM events;

-- name: ValuesOrderByLimit
VALUES (2), (1) ORDER BY 1 LIMIT 1;

-- name: SelectDistinctAll
SELECT ALL id FROM events;

-- name: NotExistsParenthesized
SELECT NOT (EXISTS (SELECT 1 FROM jobs));

-- name: ArrayNestedSubscripts
SELECT (ARRAY[[1, 2], [3, 4]])[1][2];

-- name: FieldSelectionFromFunction
SELECT (jsonb_each(payload)).key FROM events;

-- name: FieldSelectionStar
SELECT (jsonb_each(payload)).* FROM events;

-- name: StringConstantsContinued
SELECT 'foo'
'bar';

-- name: UnicodeEscapeString
SELECT U&'d\0061t\+000061';

-- name: BitStringConstants
SELECT B'1001', X'1FF';

-- name: PositionalFunctionCallNamedArg
SELECT make_interval(secs => 1.5);

-- name: VariadicCall
SELECT concat_ws(',', VARIADIC ARRAY['a', 'b']);

-- name: AggregateStarFilter
SELECT count(*) FILTER (WHERE id > 1) AS n FROM events;

-- name: ExistsAsColumnAlias
SELECT EXISTS (SELECT 1) AS present;

-- name: SubstringSimilar
SELECT substring(name SIMILAR '%#"o_b#"%' ESCAPE '#') FROM events;

-- name: TrimFromOnly
SELECT trim(FROM name), trim(TRAILING FROM name) FROM events;

-- name: CollationForFunction
SELECT COLLATION FOR (name) FROM events;

-- name: IsOfTypeDocument
SELECT name IS NOT NULL AND NOT (name IS NULL) FROM events;

-- name: NormalizeFunction
SELECT normalize(name, NFC) FROM events;

-- name: TreatAsArrayIndexParam
SELECT tags[:i] FROM events;

-- name: SliceParams
SELECT tags[:lo : :hi] FROM events;

-- name: OpenSlice
SELECT tags[2:], tags[:2] FROM events;

-- name: ExtractFields
SELECT EXTRACT(dow FROM created_at), EXTRACT(doy FROM created_at), EXTRACT(isodow FROM created_at), EXTRACT(week FROM created_at), EXTRACT(quarter FROM created_at), EXTRACT(century FROM created_at), EXTRACT(millennium FROM created_at), EXTRACT(microseconds FROM created_at), EXTRACT(milliseconds FROM created_at), EXTRACT(julian FROM created_at), EXTRACT(timezone FROM created_at), EXTRACT(timezone_hour FROM created_at), EXTRACT(isoyear FROM created_at), EXTRACT(decade FROM created_at), EXTRACT(hour FROM created_at), EXTRACT(minute FROM created_at), EXTRACT(second FROM created_at), EXTRACT(epoch FROM created_at) FROM events;

-- name: ExtractQuotedField
SELECT EXTRACT('dow' FROM created_at) FROM events;

-- name: XmlParse
SELECT xmlparse(document '<a/>'), xmlparse(content name) FROM events;

-- name: XmlSerialize
SELECT xmlserialize(content xmlelement(name a) AS text);

-- name: XmlRoot
SELECT xmlroot(xmlparse(document '<a/>'), version '1.0', standalone yes);

-- name: XmlPi
SELECT xmlpi(name php, 'echo 1');

-- name: XmlAgg
SELECT xmlagg(xmlelement(name e, name) ORDER BY id) FROM events;

-- name: NormalizeForms
SELECT normalize(name), normalize(name, NFD), normalize(name, nfkc), normalize(name, NFKD) FROM events;

-- name: VariadicNamed
SELECT format('%s-%s', VARIADIC ARRAY['a', 'b']);

-- name: VariadicJsonBuild
SELECT json_build_array(VARIADIC tags) FROM events;

-- name: IntervalFieldsFunctions
SELECT justify_interval(interval '30 days'), date_bin('15 minutes', created_at, TIMESTAMPTZ '2001-01-01') FROM events;

-- name: TypedLiteralTimestamptz
SELECT TIMESTAMPTZ '2001-01-01', TIMESTAMP WITH TIME ZONE '2001-01-01 00:00+00', TIME WITH TIME ZONE '10:00+00';

-- name: CurrentSetting
SELECT current_setting('TimeZone'), set_config('app.user', :u, true);

-- name: UnicodeIdentifier
SELECT U&"d\0061y" FROM events;

-- name: EscapeStringLiteral
SELECT E'it\'s', e'\n' FROM events;

-- name: DollarTagged
SELECT $tag$ a 'b' :c $tag$ FROM events;

-- name: NumericLiterals
SELECT 1.5e3, .5, 5.;

-- name: UpdateQualifiedByTableName
UPDATE events SET name = events.name || 'x' WHERE events.id = :id RETURNING events.id, events.name;

-- name: InsertReturningTableQualified
INSERT INTO events (name) VALUES ('a') RETURNING events.id, events.*;

-- name: InsertSchemaReturningQualified
INSERT INTO audit.log (event_id) VALUES (1) RETURNING log.id, audit.log.event_id;

-- name: InsertAliasReturning
INSERT INTO owners AS o (name) VALUES (:n) RETURNING o.id, o.name;

-- name: ConflictTargetTableQualified
INSERT INTO owners (name, email) VALUES (:n, :e) ON CONFLICT (email) DO UPDATE SET name = EXCLUDED.name || owners.name RETURNING owners.id;

-- name: InsertCamelCase
INSERT INTO "CamelCase" ("Id", "Name", plain) VALUES (:id, :name, :plain) RETURNING "Id";

-- name: UpdateCamelCase
UPDATE "CamelCase" c SET "Name" = :n WHERE c."Id" = :id;

-- name: InsertSelectUnion
INSERT INTO owners (name) SELECT name FROM events UNION SELECT type FROM events WHERE type IS NOT NULL;

-- name: InsertSelectWithCte
INSERT INTO owners (name) WITH n AS (SELECT DISTINCT name FROM events) SELECT name FROM n;

-- name: InsertValuesSubquery
INSERT INTO events (name, owner_id) VALUES (:n, (SELECT id FROM owners WHERE email = :e));

-- name: InsertMultiRowParams
INSERT INTO jobs (state, attempts) VALUES (:s1, :a1), (:s2, :a2), (:s3, 0);

-- name: UpdateSetSubqueryScalar
UPDATE events SET owner_id = (SELECT o.id FROM owners o WHERE o.email = :e) WHERE id = :id;

-- name: UpdateFromJoinChain
UPDATE events e SET name = o.name FROM owners o JOIN jobs j ON j.id = o.id WHERE o.id = e.owner_id;

-- name: UpdateFromLateral
UPDATE events e SET value = x.v FROM LATERAL (SELECT 1 AS v) x WHERE e.id = :id;

-- name: UpdateReturningOldStyle
UPDATE jobs SET state = 'done' WHERE id = :id RETURNING id, state, attempts;

-- name: DeleteUsingJoin
DELETE FROM events e USING owners o JOIN jobs j ON j.id = o.id WHERE o.id = e.owner_id;

-- name: DeleteCorrelatedExists
DELETE FROM events e WHERE NOT EXISTS (SELECT 1 FROM owners o WHERE o.id = e.owner_id);

-- name: DeleteAll
DELETE FROM jobs;

-- name: DeleteTableQualifiedWhere
DELETE FROM jobs WHERE jobs.state = 'x';

-- name: DeleteSchemaQualified
DELETE FROM audit.log WHERE log.id = :id;

-- name: DeleteSchemaQualifiedFull
DELETE FROM audit.log WHERE audit.log.id = :id;

-- name: UpdateSchemaQualified
UPDATE audit.log SET "order" = "order" + 1 WHERE log."user" = :u;

-- name: DataModifyingChain
WITH ins AS (INSERT INTO owners (name) VALUES (:n) RETURNING id), upd AS (UPDATE events SET owner_id = (SELECT id FROM ins) WHERE id = :e RETURNING id) SELECT (SELECT id FROM ins), (SELECT count(*) FROM upd);

-- name: InsertOnConflictWhereUpdate
INSERT INTO jobs (id, state) VALUES (:id, 'new') ON CONFLICT (id) DO UPDATE SET attempts = jobs.attempts + 1 WHERE jobs.state <> 'done' RETURNING attempts;

-- name: InsertConflictMultipleColumnsSet
INSERT INTO jobs (id, state, attempts) VALUES (:id, 'new', 0) ON CONFLICT (id) DO UPDATE SET (state, attempts) = (EXCLUDED.state, EXCLUDED.attempts);

-- name: InsertConflictSetSubselect
INSERT INTO jobs (id, state) VALUES (:id, 'new') ON CONFLICT (id) DO UPDATE SET (state, attempts) = (SELECT 'x', 1);

-- name: UpsertIdentity
INSERT INTO owners (id, name) VALUES (:id, :n) ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name RETURNING (xmax = 0) AS inserted;

-- name: SelectForUpdateJoinOf
SELECT e.id FROM events e JOIN owners o ON o.id = e.owner_id WHERE o.id = :id FOR UPDATE OF e, o;

-- name: SelectCountOver
SELECT id, count(*) OVER () AS total FROM events LIMIT :n;

-- name: KeysetPagination
SELECT id, created_at FROM events WHERE (created_at, id) < (:ts::timestamptz, :id::bigint) ORDER BY created_at DESC, id DESC LIMIT 20;

-- name: InsertGeneratedCte
WITH x AS (SELECT :n::text AS name) INSERT INTO owners (name) SELECT name FROM x RETURNING id;

-- name: QuotedMixedCaseCte
WITH "Totals" AS (SELECT type, count(*) AS n FROM events GROUP BY type) SELECT "Totals".type, "Totals".n FROM "Totals";

-- name: UnquotedMixedCaseAlias
SELECT E.id, e.name FROM events e WHERE E.year = 2020;

-- name: UpperCaseTableAndSchema
SELECT id FROM PUBLIC.EVENTS WHERE Events.Id = 1;

-- name: QuotedLowercaseTable
SELECT "e".id FROM "public"."events" AS "e";

-- name: CteCaseFolding
WITH Totals AS (SELECT 1 AS x) SELECT totals.x FROM TOTALS;

-- name: DollarInIdentifier
SELECT id AS a$b FROM events;

-- name: UnderscoreIdentifier
SELECT id AS _x, name AS __y FROM events ORDER BY _x;

-- name: InValuesList
SELECT id FROM events WHERE (year, month) IN (VALUES (2020, 1), (2021, 2));

-- name: InValuesSingle
SELECT id FROM events WHERE day IN (VALUES (1), (2));

-- name: ExistsValues
SELECT EXISTS (VALUES (1));

-- name: AnyValues
SELECT id FROM events WHERE day = ANY (VALUES (1), (2));

-- name: LateralValuesUnpivot
SELECT e.id, v.part, v.x FROM events e CROSS JOIN LATERAL (VALUES ('year', e.year), ('month', e.month)) AS v(part, x);

-- name: JoinLateralUnnestOrdinality
SELECT e.id, u.tag, u.i FROM events e JOIN LATERAL unnest(e.tags) WITH ORDINALITY AS u(tag, i) ON true;

-- name: LeftJoinLateralFunction
SELECT e.id, kv.key FROM events e LEFT JOIN LATERAL jsonb_each(e.payload) kv ON true;

-- name: SubqueryInOrderBy
SELECT o.id FROM owners o ORDER BY (SELECT count(*) FROM events e WHERE e.owner_id = o.id) DESC;

-- name: SubqueryInGroupBy
SELECT (SELECT 1) AS one, count(*) FROM events GROUP BY 1;

-- name: LimitSubquery
SELECT id FROM events LIMIT (SELECT count(*) FROM owners);

-- name: CorrelatedInJoinOn
SELECT e.id FROM events e JOIN owners o ON o.id = e.owner_id AND EXISTS (SELECT 1 FROM jobs j WHERE j.id = e.id AND j.locked_by = o.name);

-- name: DerivedSetOpOrderBy
SELECT t.v FROM (SELECT name AS v FROM events UNION SELECT name FROM owners ORDER BY v LIMIT 5) t;

-- name: TableInSubquery
SELECT t.id FROM (TABLE owners) t;

-- name: DistinctOrderByAlias
SELECT DISTINCT name AS n FROM events ORDER BY n;

-- name: GroupByDerivedAlias
SELECT t.k, count(*) FROM (SELECT type AS k FROM events) t GROUP BY t.k;

-- name: DistinctOnOutputAlias
SELECT DISTINCT ON (n) name AS n, id FROM events ORDER BY n, id;

-- name: SelfJoinSameTableThreeTimes
SELECT a.id, b.id, c.id FROM events a JOIN events b ON b.owner_id = a.owner_id JOIN events c ON c.id = b.id WHERE a.id <> b.id;

-- name: UnicodeColumnAlias
SELECT name AS "café" FROM events ORDER BY "café";

-- name: OuterColumnInLateralFunctionArgs
SELECT o.name, s.n FROM owners o, generate_series(1, o.id::int) AS s(n);

-- name: ArrayAggOfRow
SELECT array_agg(ROW(e.id, e.name)) FROM events e;

-- name: JsonAggWholeRowDerived
SELECT json_agg(t) FROM (SELECT id, name FROM events) t;

-- name: JsonAggWholeRowOrder
SELECT json_agg(e ORDER BY e.id) FROM events e;

-- name: RowToJsonCte
WITH c AS (SELECT id, name FROM events) SELECT row_to_json(c) FROM c;

-- name: CountDistinctRow
SELECT count(DISTINCT (year, month)) FROM events;

-- name: TupleInSubquery
SELECT id FROM events e WHERE (e.year, e.month) = (SELECT max(year), max(month) FROM event_days);

-- name: WindowNamedChain
SELECT rank() OVER w2 FROM events WINDOW w1 AS (PARTITION BY type), w2 AS (w1 ORDER BY id);

-- name: NestedCteScopes
WITH a AS (SELECT id FROM events) SELECT * FROM (WITH b AS (SELECT id FROM a) SELECT id FROM b) x;

-- name: CteInSubqueryReferencesOuterCte
WITH a AS (SELECT id FROM events) SELECT id FROM owners WHERE id IN (SELECT id FROM a);

-- name: UnionAllThreeWithLiterals
SELECT 'a' AS k, count(*) FROM events UNION ALL SELECT 'b', count(*) FROM owners UNION ALL SELECT 'c', count(*) FROM jobs;

-- name: OrderByColumnNotInSelect
SELECT name FROM events ORDER BY created_at DESC;

-- name: OrderByQualifiedNotSelected
SELECT e.name FROM events e JOIN owners o ON o.id = e.owner_id ORDER BY o.email;

-- name: GroupByPrimaryKeyFunctionalDependency
SELECT o.id, o.name, count(e.id) FROM owners o LEFT JOIN events e ON e.owner_id = o.id GROUP BY o.id;

-- name: HavingOnAlias
SELECT owner_id, count(*) AS c FROM events GROUP BY owner_id HAVING count(*) > 1;

-- name: CaseInWhereWithSubquery
SELECT id FROM events WHERE CASE WHEN :all THEN true ELSE owner_id IN (SELECT id FROM owners WHERE mood = 'happy') END;

-- name: CoalesceSubquery
SELECT coalesce((SELECT max(id) FROM events), 0) + 1 AS next_id;

-- name: ArrayOfParams
SELECT id FROM events WHERE type = ANY(ARRAY[:a, :b]::text[]);

-- name: ParamInArrayIndex
SELECT tags[:i::int] FROM events;

-- name: ParamAsJsonKey
SELECT payload -> :k, payload #> :path::text[] FROM events;

-- name: ParamInInterval
SELECT now() + (:days || ' days')::interval, now() + make_interval(days => :d::int);

-- name: ParamInLikeConcat
SELECT id FROM events WHERE name ILIKE '%' || :q || '%' ESCAPE '\';

-- name: ParamRepeatedDifferentTypes
SELECT id FROM events WHERE (:from::date IS NULL OR happened_on >= :from::date);

-- name: InsertDefaultDefault
INSERT INTO jobs (state, attempts) VALUES (DEFAULT, DEFAULT);

-- name: InsertSelectStarFromValues
INSERT INTO jobs (state, attempts) SELECT * FROM (VALUES ('a', 1)) v;

-- name: InsertSelectCteStar
WITH x AS (SELECT 'a' AS s, 1 AS n) INSERT INTO jobs (state, attempts) SELECT x.* FROM x;

-- name: InsertSelectFunctionStar
INSERT INTO owners (id, name) SELECT f.* FROM owner_names(1) f;

-- name: InsertSelectUnionArity
INSERT INTO jobs (state, attempts) SELECT 'a', 1 UNION SELECT 'b', 2;

-- name: InsertParenthesizedSelect
INSERT INTO jobs (state, attempts) (SELECT 'a', 1);

-- name: InsertSelectStarUsingJoin
INSERT INTO audit.log (id, event_id, "user", "order", at) SELECT * FROM audit.log WHERE id = -1;

-- name: UnionStarUsingJoinCount
SELECT * FROM owners JOIN jobs USING (id) UNION ALL SELECT id, name, email, mood, state, locked_by, attempts, run_at FROM owners JOIN jobs USING (id);

-- name: UnionStarNaturalJoinCount
SELECT * FROM owners NATURAL JOIN jobs UNION ALL SELECT id, name, email, mood, state, locked_by, attempts, run_at FROM owners JOIN jobs USING (id);

-- name: UnionQualifiedStars
SELECT o.*, j.* FROM owners o JOIN jobs j ON j.id = o.id UNION ALL SELECT o.*, j.* FROM owners o JOIN jobs j USING (id);

-- name: UnionStarDerivedDuplicateNames
SELECT * FROM (SELECT o.id, j.id FROM owners o JOIN jobs j ON j.id = o.id) t UNION SELECT 1, 2;

-- name: UnionWithValues
SELECT 1, 2 UNION VALUES (3, 4);

-- name: UnionParenthesizedOrder
(SELECT id, name FROM events ORDER BY id LIMIT 2) UNION (SELECT id, name FROM owners);

-- name: UnionStarSystemCatalog
SELECT * FROM pg_namespace UNION ALL SELECT * FROM pg_namespace;

-- name: UnionStarFunction
SELECT * FROM owner_names(1) UNION SELECT 1::bigint, 'x';

-- name: UnionStarJsonbEach
SELECT * FROM jsonb_each('{}'::jsonb) UNION ALL SELECT 'k', '1'::jsonb;

-- name: UnionStarUnnest
SELECT * FROM unnest(ARRAY[1, 2]) UNION SELECT 3;

-- name: UnionStarUnnestMulti
SELECT * FROM unnest(ARRAY[1, 2], ARRAY['a', 'b']) UNION SELECT 3, 'c';

-- name: UnionStarGenerateSeriesOrdinality
SELECT * FROM generate_series(1, 2) WITH ORDINALITY UNION SELECT 3, 4;

-- name: InsertSelectUnnestMulti
INSERT INTO jobs (id, state) SELECT * FROM unnest(:ids::bigint[], :states::text[]);

-- name: InsertSelectUnnestMultiAlias
INSERT INTO jobs (id, state) SELECT u.* FROM unnest(:ids::bigint[], :states::text[]) AS u(id, state);

-- name: UnionStarRowsFrom
SELECT * FROM ROWS FROM (generate_series(1, 2), generate_series(3, 4)) UNION SELECT 5, 6;

-- name: UnionStarJsonToRecord
SELECT * FROM json_to_record('{"a":1}') AS r(a int, b text) UNION SELECT 2, 'x';

-- name: InsertWithoutColumnsSelectStarCte
WITH src AS (SELECT * FROM jobs WHERE id = 1) INSERT INTO jobs SELECT * FROM src;

-- name: UnionStarViewWithStar
SELECT * FROM event_days UNION SELECT id, year, month, day, name FROM events;

-- name: UnionCteRecursiveStar
WITH RECURSIVE r AS (SELECT 1 AS n, 'a' AS s UNION ALL SELECT n + 1, s FROM r WHERE n < 3) SELECT * FROM r UNION SELECT 0, 'z';

-- name: UnionStarTableAliasColumns
SELECT * FROM owners AS o(a, b) UNION SELECT 1, 'x', 'y', NULL::mood;

-- name: OrderByOutputNameOverAmbiguousInputs
SELECT e.id FROM events e JOIN owners o ON o.id = e.owner_id ORDER BY id;

-- name: DistinctOnOutputNameOverAmbiguousInputs
SELECT DISTINCT ON (id) e.id, o.name FROM events e JOIN owners o ON o.id = e.owner_id ORDER BY id;

-- name: OrderByOutputAliasOverAmbiguousInputs
SELECT e.name AS name FROM events e JOIN owners o ON o.id = e.owner_id ORDER BY name;

-- name: UpdateFromUnqualifiedUnique
UPDATE jobs SET state = 'x' FROM owners WHERE jobs.id = owners.id AND attempts > 0 AND email IS NOT NULL;

-- name: ConflictUpdateRhsQualified
INSERT INTO jobs (id, state) VALUES (:id, 'new') ON CONFLICT (id) DO UPDATE SET attempts = jobs.attempts + 1;

-- name: ConflictTargetWhereUnqualified
INSERT INTO owners (name, email) VALUES (:n, :e) ON CONFLICT (email) WHERE email IS NOT NULL DO UPDATE SET name = EXCLUDED.name;

-- name: GroupByOutputAliasDistinctFromInput
SELECT e.type AS kind, count(*) FROM events e JOIN owners o ON o.id = e.owner_id GROUP BY kind;

-- name: OrderByOrdinalAmbiguousInputs
SELECT e.id, o.id FROM events e JOIN owners o ON o.id = e.owner_id ORDER BY 1, 2;

-- name: UsingThenQualifiedOther
SELECT id, e.name, o.name FROM events e JOIN owners o USING (id) ORDER BY id;

-- name: CorrelatedSameNameInner
SELECT name FROM owners WHERE EXISTS (SELECT 1 FROM events WHERE name = 'x');

-- name: DeleteUsingUnqualifiedUnique
DELETE FROM jobs USING owners WHERE jobs.id = owners.id AND email = :e;

-- name: ReturningAfterUpdateFrom
UPDATE jobs SET state = owners.name FROM owners WHERE jobs.id = owners.id RETURNING jobs.id, owners.email, state;

-- name: OrderByDuplicateOutputSameExpression
SELECT e.id, e.id FROM events e JOIN owners o ON o.id = e.owner_id ORDER BY id;

-- name: Tabs
SELECT	id	FROM	events;

-- name: HintComment
SELECT /*+ SeqScan(events) */ id FROM events;

-- name: TrailingLineComment
SELECT 1 -- x;

-- name: NestedBlockComment
SELECT /* a /* nested */ b */ id FROM events;

-- name: AdjacentParams
SELECT id FROM events WHERE id=:id AND(name=:n)OR(type=:t);

-- name: ParamNamesDigits
SELECT id FROM events WHERE id = :p_1 OR owner_id = :userId2;

-- name: EscapedQuoteIdentifier
SELECT id AS "a""b" FROM events;

-- name: LongInList
SELECT id FROM events WHERE id IN (1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20);

-- name: SemicolonInString
SELECT id FROM events WHERE name = 'a;b';

-- name: ColonInString
SELECT id FROM events WHERE name = 'a:b' AND created_at > '2020-01-01 10:00:00';

-- name: QuestionMarkOperator
SELECT id FROM events WHERE payload ? 'k' AND payload ?& ARRAY['a'];

-- name: CastChain
SELECT id::text::int::bigint FROM events;

-- name: NegativeNumbers
SELECT -1, - id, +2, id - -1 FROM events;

-- name: ExponentOperator
SELECT 2 ^ 3, |/ 16, @ -5, 5 % 3 FROM events;

-- name: BitwiseOps
SELECT day & 1, day | 2, day # 3, ~day, day << 1, day >> 1 FROM events;

-- name: GeometricOps
SELECT point(1, 2) <-> point(3, 4);

-- name: RangeOps
SELECT int4range(1, 5) @> 3, daterange(happened_on, happened_on + 1) && daterange(:a::date, :b::date) FROM events;

-- name: NetworkOps
SELECT '10.0.0.1'::inet <<= '10.0.0.0/8'::cidr;

-- name: SchemaQualifiedTableFunction
SELECT o.owner_name FROM public.owner_names(1) o;

-- name: NamedArgTableFunction
SELECT owner_name FROM owner_names(min_id => 1);

-- name: PgCatalogGenerateSeries
SELECT s FROM pg_catalog.generate_series(1, 2) s;

-- name: JsonArrayElementsArrow
SELECT json_array_elements('[{"a":1}]'::json) ->> 'a';

-- name: JsonbPathQueryFrom
SELECT v FROM events e, jsonb_path_query(e.payload, '$.a[*]') AS v;

-- name: CastJsonField
SELECT (payload ->> 'a')::int, (payload -> 'b')::text FROM events;

-- name: ArrayFunctionsParams
SELECT array_position(tags, :t), array_remove(tags, :t), tags || :t::text, :t = ANY(tags) FROM events;

-- name: LikeAnyParam
SELECT id FROM events WHERE name LIKE ANY (:patterns::text[]);

-- name: CoalesceParamFirst
SELECT id FROM events WHERE type = coalesce(:t, type);

-- name: DateTruncParamUnit
SELECT date_trunc(:unit, created_at) FROM events;

-- name: GenerateSeriesParams
SELECT d::date FROM generate_series(:from::date, :to::date, interval '1 day') AS d;

-- name: LimitParamCast
SELECT id FROM events LIMIT :n::int;

-- name: CaseCast
SELECT CASE WHEN id > 1 THEN 'a' ELSE 'b' END::text FROM events;

-- name: SubqueryCast
SELECT (SELECT count(*) FROM events)::int, EXISTS (SELECT 1 FROM jobs)::int;

-- name: ArrayContainsCast
SELECT ARRAY[1, 2]::int[] @> ARRAY[1];

-- name: SearchDepthFirst
WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM t WHERE n < 3) SEARCH DEPTH FIRST BY n SET ordercol SELECT n FROM t ORDER BY ordercol;

-- name: CycleClause
WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM t WHERE n < 3) CYCLE n SET is_cycle USING path SELECT n, is_cycle FROM t;

-- name: RecursiveUnionDistinct
WITH RECURSIVE t(n) AS (SELECT 1 UNION SELECT n + 1 FROM t WHERE n < 3) SELECT n FROM t;

-- name: RecursiveWithoutColumnList
WITH RECURSIVE t AS (SELECT 1 AS n, ARRAY[1] AS path UNION ALL SELECT n + 1, path || (n + 1) FROM t WHERE n < 3) SELECT n, path FROM t;

-- name: RecursiveTreeJoin
WITH RECURSIVE tree AS (SELECT id, owner_id, 1 AS depth FROM events WHERE owner_id IS NULL UNION ALL SELECT e.id, e.owner_id, tree.depth + 1 FROM events e JOIN tree ON e.owner_id = tree.id) SELECT * FROM tree;

-- name: RecursiveSecondCteUsesFirst
WITH RECURSIVE a AS (SELECT 1 AS x), b AS (SELECT x FROM a UNION ALL SELECT x + 1 FROM b WHERE x < 3) SELECT x FROM b;

-- name: MultipleRecursive
WITH RECURSIVE a(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM a WHERE n < 2), b(m) AS (SELECT 1 UNION ALL SELECT m + 1 FROM b WHERE m < 2) SELECT n, m FROM a, b;

-- name: CteUsedTwiceWithAliases
WITH c AS (SELECT id, owner_id FROM events) SELECT c1.id, c2.id FROM c c1 JOIN c c2 ON c2.owner_id = c1.id;

-- name: CteNotMaterialized
WITH c AS NOT MATERIALIZED (SELECT id FROM events) SELECT id FROM c;

-- name: UpdateReturningSubquery
UPDATE jobs SET attempts = 0 WHERE id = :id RETURNING (SELECT count(*) FROM jobs) AS remaining;

-- name: InsertReturningCase
INSERT INTO jobs (state) VALUES ('x') RETURNING CASE WHEN attempts = 0 THEN 'fresh' END AS s;

-- name: DeleteReturningFunction
DELETE FROM jobs WHERE id = :id RETURNING upper(state), now();

-- name: TypedLiteralJsonb
SELECT jsonb '{"a":1}', json '[]';

-- name: TypedLiteralBoolInt
SELECT bool 'true', int4 '1', int8 '2', numeric '1.5', float8 '1e3';

-- name: TypedLiteralUuidInet
SELECT uuid 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', inet '10.0.0.1', point '(1,2)';

-- name: TypedLiteralText
SELECT text 'x', varchar 'y', char 'z', bpchar 'w';

-- name: TypedLiteralDoublePrecision
SELECT double precision '1.5';

-- name: TypedLiteralTimestamptzTimetz
SELECT timestamptz '2020-01-01', timetz '10:00+00', interval '1 day';

-- name: TypedLiteralInWhere
SELECT id FROM events WHERE payload @> jsonb '{"a":1}' AND happened_on > date '2020-01-01';

-- name: FunctionStyleCasts
SELECT int4(day), text(id), date(created_at), float8(value) FROM events;

-- name: RegclassCasts
SELECT 'events'::regclass::oid, 'now'::timestamptz;

-- name: MoneyCast
SELECT 1::money;

-- name: ArrayLiteralIndex
SELECT ('{1,2}'::int[])[1], (ARRAY['a', 'b'])[2];

-- name: CurrentDateArithmetic
SELECT CURRENT_DATE - 1, CURRENT_DATE + interval '1 day', interval '1 day' * 2;

-- name: StringCastTypeNamesKeywords
SELECT '1'::smallint, '1'::real, '1'::decimal(5, 2), 'x'::name, 'a'::"char", '1'::bit(1), '1'::varbit;

-- name: ConflictExpressionTarget
INSERT INTO owners (name) VALUES (:n) ON CONFLICT (lower(name)) DO NOTHING;

-- name: ConflictSetDefault
INSERT INTO jobs (id, state) VALUES (:id, 'x') ON CONFLICT (id) DO UPDATE SET state = DEFAULT;

-- name: OverridingUserValue
INSERT INTO jobs (id, state) OVERRIDING USER VALUE VALUES (1, 'x');

-- name: ReturningStarAndXmax
INSERT INTO jobs (state) VALUES (:s) RETURNING *, xmax;

-- name: WindowFunctionsVariety
SELECT lag(value, 1, 0) OVER w, lead(value) OVER w, nth_value(name, 2) OVER w, cume_dist() OVER w, percent_rank() OVER w FROM events WINDOW w AS (ORDER BY id);

-- name: AggregatesVariety
SELECT bool_and(value > 0), every(day > 0), json_object_agg(name, value), jsonb_agg(DISTINCT type), count(*) FILTER (WHERE day > 1) OVER () FROM events GROUP BY id;

-- name: DistinctOnStar
SELECT DISTINCT ON (owner_id, type) * FROM events ORDER BY owner_id, type, id DESC;

-- name: DeleteCorrelatedTargetByName
DELETE FROM events WHERE id IN (SELECT e2.id FROM events e2 WHERE e2.owner_id = events.owner_id AND e2.id > events.id);

-- name: UpdateSubqueryUnqualifiedOuter
UPDATE events SET name = (SELECT o.name FROM owners o WHERE o.id = owner_id) WHERE id = :id;

-- name: ReturningSubqueryOuter
UPDATE events SET value = 1 WHERE id = :id RETURNING (SELECT name FROM owners WHERE id = owner_id) AS owner_name;

-- name: DataModifyingChainReturning
WITH d AS (DELETE FROM jobs WHERE state = 'done' RETURNING id), l AS (INSERT INTO audit.log (event_id) SELECT id FROM d RETURNING id) SELECT count(*) FROM l;

-- name: UpdateFromWindowSubquery
UPDATE events e SET value = r.rn FROM (SELECT id, row_number() OVER (ORDER BY created_at) AS rn FROM events) r WHERE r.id = e.id;

-- name: InsertSelectWindow
INSERT INTO audit.log (event_id, "order") SELECT id, (row_number() OVER (ORDER BY id))::int FROM events;

-- name: ConflictExcludedInReturning
INSERT INTO owners (id, name) VALUES (:id, :n) ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name RETURNING id, name, (xmax <> 0) AS updated;

-- name: SelectSysColsOnJoin
SELECT e.xmin, o.ctid FROM events e JOIN owners o ON o.id = e.owner_id;

-- name: ExistsSelectStar
SELECT id FROM owners o WHERE EXISTS (SELECT * FROM events e WHERE e.owner_id = o.id);

-- name: NotInSubqueryNullable
SELECT id FROM owners WHERE id NOT IN (SELECT owner_id FROM events WHERE owner_id IS NOT NULL);

-- name: ScalarSubqueryInWhereCompare
SELECT id FROM events WHERE value > (SELECT avg(value) FROM events);

-- name: QuantifiedComparisonSubquery
SELECT id FROM events WHERE value >= ALL (SELECT value FROM events WHERE value IS NOT NULL);

-- name: SliceWithColumnBounds
SELECT tags[day:hour], tags[day : hour], tags[1:2] FROM events;

-- name: ColonEqualsNamedArg
SELECT make_interval(days := 1);

-- name: CastQuotedType
SELECT 'happy'::"mood";

-- name: CastWithSpaces
SELECT id :: text, name:: varchar FROM events;

-- name: ArrayOfParamsNoCast
SELECT ARRAY[:a, :b, :c]::int[];

-- name: ArrayParamAfterKeyword
SELECT ARRAY[CASE WHEN :f THEN :x ELSE :y END]::text[];

-- name: SliceParamAfterColon
SELECT tags[:lo::int : :hi::int] FROM events;

-- name: OutputAliasReservedWords
SELECT 1 AS select, 2 AS from, id AS order FROM events ORDER BY "order";

-- name: OutputAliasUser
SELECT id AS user FROM events ORDER BY "user";

-- name: TableAliasYear
SELECT year.id, year.year FROM events AS year;

-- name: TableAliasValue
SELECT value.name FROM owners AS value;

-- name: TableAliasSettings
SELECT settings.id FROM events settings;

-- name: TableAliasKey
SELECT key.id FROM events key JOIN owners level ON level.id = key.owner_id;

-- name: TableAliasMonthDay
SELECT month.id, day.id FROM events month JOIN events day ON day.id = month.id;

-- name: CteNamedYear
WITH year AS (SELECT 2024 AS y) SELECT year.y FROM year;

-- name: CteNamedValue
WITH value AS (SELECT 1 AS v) SELECT v FROM value;

-- name: DerivedAliasData
SELECT data.n FROM (SELECT 1 AS n) data;

-- name: DeleteUsingTableNamedLikeKeyword
DELETE FROM events e USING info JOIN owners o ON o.id = info.owner_id WHERE e.id = info.id;

-- name: ColumnNamedLikeKeywordBeforeUnreadable
SELECT id FROM info WHERE older IS NORMALIZED;

-- name: BackslashAtStringEnd
SELECT id FROM events WHERE name = 'C:\' AND id = 1;

-- name: BackslashLikeEscape
SELECT id FROM events WHERE name LIKE '%\_%' AND comment LIKE 'a\\b';

-- name: EStringBackslashQuote
SELECT id FROM events WHERE name = E'it\'s' AND id = :id;

-- name: DollarQuoteWithQuoteInside
SELECT id FROM events WHERE name = $$it's$$ AND id = :id;

-- name: QuoteInsideIdentifier
SELECT id AS "it's" FROM events;

-- name: DoubleQuoteInsideString
SELECT id FROM events WHERE name = 'say "hi"' AND id = :id;

-- name: CommentMarkersInString
SELECT id FROM events WHERE name = '-- not a comment' AND comment = '/* nor this */' AND id = :id;

-- name: DerivedTableSeesOuterQueryLevel
SELECT o.id FROM owners o WHERE EXISTS (SELECT 1 FROM (SELECT o.name AS n) s WHERE s.n = :n);

-- name: DerivedTableInScalarSubquerySeesOuterRow
SELECT o.id, (SELECT s.v FROM (SELECT o.email AS v) s) FROM owners o;

-- name: DerivedTableSeesCteOfItsLevel
WITH recent AS (SELECT id, owner_id FROM events WHERE created_at > now() - interval '1 day')
SELECT o.name, r.c FROM owners o, (SELECT owner_id, count(*) AS c FROM recent GROUP BY owner_id) r
WHERE r.owner_id = o.id;

-- name: DerivedTableNamesLikeSibling
SELECT o.id, e.id FROM owners o JOIN (SELECT o.id, o.owner_id FROM events o) e ON e.owner_id = o.id;

-- name: LateralSeesLeftItems
SELECT o.id, last.name FROM owners o
LEFT JOIN LATERAL (SELECT e.name FROM events e WHERE e.owner_id = o.id ORDER BY e.created_at DESC LIMIT 1) last ON true;

-- name: LateralCommaSeesLeftItems
SELECT o.id, x.n FROM owners o, LATERAL (SELECT o.name AS n) x;

-- name: DerivedTableInUpdateFrom
UPDATE events e SET comment = s.name FROM (SELECT id, name FROM owners) s WHERE s.id = e.owner_id;

-- name: DerivedTableInDeleteUsing
DELETE FROM events e USING (SELECT id FROM owners WHERE name = :n) s WHERE e.owner_id = s.id;

-- name: WhereProvesNotNullOnOuterJoin
SELECT o.name, e.value FROM owners o LEFT JOIN events e ON e.owner_id = o.id
WHERE e.value > :min AND o.email IS NOT NULL;

-- name: GroupingSetsRollup
SELECT type, count(*) AS n, grouping(type) AS g FROM events GROUP BY ROLLUP (type);
