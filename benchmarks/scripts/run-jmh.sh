#!/usr/bin/env bash
# Run-time benchmark: generated vs hand-written JDBC vs JDBI vs Spring, on H2 and PostgreSQL,
# with JMH's GC profiler; then draws the chart and the ratio tables from the JSON.
# Usage: benchmarks/scripts/run-jmh.sh [h2] [postgres]      (default: both; postgres needs
#        SQLCHECK_TEST_POSTGRES_URL). Extra JMH options go in JMH_OPTS.
# Env: SQLCHECK_TARGET (build folder, default target), SKIP_BUILD=1 to reuse the built jar.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
target="${SQLCHECK_TARGET:-target}"
results="$root/benchmarks/results"
jar="$root/benchmarks/$target/benchmarks.jar"
# Bounded on purpose: about 5 minutes per database on 2 cores.
jmh_opts="${JMH_OPTS:--f 1 -wi 4 -w 500ms -i 12 -r 500ms}"

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "building $jar"
  (cd "$root" && mvn -B -q -Dsqlcheck.target="$target" -pl benchmarks -am package -DskipTests)
fi
dbs=("$@")
if [ ${#dbs[@]} -eq 0 ]; then
  dbs=(h2)
  if [ -n "${SQLCHECK_TEST_POSTGRES_URL:-}" ]; then dbs+=(postgres); else
    echo "SQLCHECK_TEST_POSTGRES_URL is not set: running on H2 only"; fi
fi
mkdir -p "$results"
java -version 2>&1 | sed -n 1p
echo "nproc=$(nproc) $(grep MemTotal /proc/meminfo)"
for db in "${dbs[@]}"; do
  # Hand-written and generated run twice, A B ... B A, so slow drift of the machine hits both alike;
  # jmh_report.py pools repeated trials.
  # shellcheck disable=SC2086
  java -jar "$jar" RepositoryBenchmark $jmh_opts -p db="$db" \
    -p impl=handwritten,generated,jdbi,spring,generated,handwritten -prof gc \
    -rf json -rff "$results/jmh-$db.json" | tee "$results/jmh-$db.txt"
done
json_files=()
for db in h2 postgres; do
  [ -f "$results/jmh-$db.json" ] && json_files+=("$results/jmh-$db.json")
done
python3 "$root/benchmarks/scripts/jmh_report.py" --svg "$results/runtime.svg" \
  --markdown "$results/runtime.md" "${json_files[@]}"
