#!/usr/bin/env bash
# What reading a Liquibase changelog costs inside javac: compiles the sample app's repositories
# with the shaded processor jar, cold (a new javac JVM per run), against the same schema given
# three ways, alternating so that machine noise hits all alike:
#   sql  -Asqlcheck.schema=schema.sql
#   yaml a YAML master changelog whose one changeset runs schema.sql as an sqlFile (SnakeYAML)
#   xml  the same as an XML changelog (the JDK's StAX)
# Prints the median wall and CPU (user+sys) time of each and its ratio to sql, the classes each
# loads, and the first, cold SchemaSources.read of each in a fresh JVM (what the format costs by
# itself). On a shared machine trust the CPU times and the cold reads more than wall times.
# Usage: benchmarks/scripts/schema-source-bench.sh [runs]   (after mvn package)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-8}"
processor=$(ls processor/target/sqlcheck-processor-*.jar | grep -v original | head -n 1)
annotations=$(ls annotations/target/sqlcheck-annotations-*.jar | head -n 1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp sample-app/src/main/resources/schema.sql "$work/schema.sql"
cat > "$work/master.yaml" <<'YAML'
databaseChangeLog:
  - changeSet:
      id: 1
      author: bench
      changes:
        - sqlFile: {path: schema.sql, relativeToChangelogFile: true}
YAML
cat > "$work/master.xml" <<'XML'
<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">
  <changeSet id="1" author="bench">
    <sqlFile path="schema.sql" relativeToChangelogFile="true"/>
  </changeSet>
</databaseChangeLog>
XML
find sample-app/src/main/java -name '*.java' > "$work/sources.txt"

schema_of() {
  case "$1" in sql) echo "$work/schema.sql" ;; yaml) echo "$work/master.yaml" ;; xml) echo "$work/master.xml" ;; esac
}

compile() { # kind output-dir extra-jvm-flag
  rm -rf "$2" && mkdir -p "$2"
  /usr/bin/time -f "%e %U %S" -o "$2.time" javac ${3:+-J$3} -d "$2" -cp "$annotations" \
    -processorpath "$processor" "-Asqlcheck.schema=$(schema_of "$1")" "@$work/sources.txt" \
    > "$2.log" 2>&1
}

cat > "$work/ColdRead.java" <<'JAVA'
import dev.sqlcheck.sources.SchemaSources;
import java.nio.file.Path;
import java.util.List;

public class ColdRead {
  public static void main(String[] args) {
    long start = System.nanoTime();
    int steps = SchemaSources.read(List.of(Path.of(args[0]))).steps().size();
    System.out.println((System.nanoTime() - start) / 1_000_000.0 + " " + steps);
  }
}
JAVA
javac -d "$work/cold" -cp "$processor" "$work/ColdRead.java"

declare -A wall cpu cold
for i in $(seq 1 "$runs"); do
  for kind in sql yaml xml; do
    compile "$kind" "$work/out-$kind"
    read -r e u s < "$work/out-$kind.time"
    wall[$kind]+="$e "
    cpu[$kind]+="$(echo "$u + $s" | bc) "
    cold[$kind]+="$(java -cp "$work/cold:$processor" ColdRead "$(schema_of "$kind")" | cut -d' ' -f1) "
  done
done
grep -h "sqlcheck:" "$work"/out-*.log | sort | uniq -c
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
for kind in sql yaml xml; do
  printf '%-5s wall %6ss (x%s)  cpu %6ss (x%s)  cold read %7s ms\n' "$kind" \
    "$(echo "${wall[$kind]}" | median)" \
    "$(echo "scale=3; $(echo "${wall[$kind]}" | median) / $(echo "${wall[sql]}" | median)" | bc)" \
    "$(echo "${cpu[$kind]}" | median)" \
    "$(echo "scale=3; $(echo "${cpu[$kind]}" | median) / $(echo "${cpu[sql]}" | median)" | bc)" \
    "$(echo "${cold[$kind]}" | median)"
  echo "      wall: ${wall[$kind]}"
  echo "      cpu:  ${cpu[$kind]}"
done
for kind in sql yaml xml; do
  compile "$kind" "$work/classes-$kind" "-Xlog:class+load=info:file=$work/classes-$kind.txt"
  printf '%-5s classes loaded: %s (SnakeYAML: %s)\n' "$kind" "$(wc -l < "$work/classes-$kind.txt")" \
    "$(grep -c 'shaded.snakeyaml' "$work/classes-$kind.txt" || true)"
done
