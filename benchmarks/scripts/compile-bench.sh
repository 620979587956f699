#!/usr/bin/env bash
# Compile-time benchmark: javac with sqlcheck vs javac -proc:none on the same sources plus the
# generated implementations, at 200, 2,000 and 10,000 queries; schema loading; peak memory.
# Usage: benchmarks/scripts/compile-bench.sh [compile_bench.py options, e.g. --reps 3 --skip memory]
# Env: SQLCHECK_TARGET (build folder, default target), SKIP_BUILD=1 to reuse built jars.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
target="${SQLCHECK_TARGET:-target}"
version="$(sed -n 's:.*<version>\(.*-SNAPSHOT\)</version>.*:\1:p' "$root/pom.xml" | sed -n 1p)"
processor_jar="$root/processor/$target/sqlcheck-processor-$version.jar"
annotations_jar="$root/annotations/$target/sqlcheck-annotations-$version.jar"

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "building the shaded processor jar into processor/$target"
  (cd "$root" && mvn -B -q -Dsqlcheck.target="$target" -pl processor -am package -DskipTests)
fi
java -version 2>&1 | sed -n 1p
echo "nproc=$(nproc) $(grep MemTotal /proc/meminfo)"
exec python3 "$root/benchmarks/scripts/compile_bench.py" \
  --processor-jar "$processor_jar" --annotations-jar "$annotations_jar" "$@"
