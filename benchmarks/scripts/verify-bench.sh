#!/usr/bin/env bash
# Run-time verification benchmark: SqlCheck.verify on the synthetic project's compiled queries
# (100 repositories = 1,000 queries by default) against PostgreSQL, beside plain JDBC preparing and
# describing the same SQL, and the command line end to end.
# Usage: benchmarks/scripts/verify-bench.sh [REPOSITORIES] [TABLES]
# Env: SQLCHECK_TEST_POSTGRES_URL (required), SQLCHECK_TARGET (default target), SKIP_BUILD=1,
# RUNS (measured runs, default 9).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
target="${SQLCHECK_TARGET:-target}"
repositories="${1:-100}"
tables="${2:-100}"
server="${SQLCHECK_TEST_POSTGRES_URL:?set SQLCHECK_TEST_POSTGRES_URL, e.g. jdbc:postgresql://127.0.0.1:5432/test?user=postgres}"
version="$(sed -n 's:.*<version>\(.*-SNAPSHOT\)</version>.*:\1:p' "$root/pom.xml" | sed -n 1p)"
processor_jar="$root/processor/$target/sqlcheck-processor-$version.jar"
annotations_jar="$root/annotations/$target/sqlcheck-annotations-$version.jar"
bench_jar="$root/benchmarks/$target/benchmarks.jar"
pgjdbc_version="$(sed -n 's:.*<postgresql.version>\(.*\)</postgresql.version>.*:\1:p' "$root/pom.xml")"
pgjdbc_jar="$HOME/.m2/repository/org/postgresql/postgresql/$pgjdbc_version/postgresql-$pgjdbc_version.jar"

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  (cd "$root" && mvn -B -q -Dsqlcheck.target="$target" -pl benchmarks -am package -DskipTests)
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
java -cp "$bench_jar" dev.sqlcheck.bench.synthetic.SyntheticProject \
  --tables "$tables" --repositories "$repositories" --out "$work"
mkdir -p "$work/classes"
find "$work/src" -name '*.java' > "$work/sources.txt"
javac -d "$work/classes" -cp "$annotations_jar" -processorpath "$processor_jar" \
  "-Asqlcheck.schema=$work/schema.sql" @"$work/sources.txt"
java -version 2>&1 | sed -n 1p
echo "nproc=$(nproc)"
java -cp "$bench_jar" dev.sqlcheck.bench.VerifyBenchmark \
  --classes "$work/classes" --schema "$work/schema.sql" --server "$server" --runs "${RUNS:-9}" \
  --cli-class-path "$annotations_jar:$pgjdbc_jar"
