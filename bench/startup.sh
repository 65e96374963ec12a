#!/usr/bin/env bash
# Cold-start benchmark: time from JVM start to the first paint of the home window, and to the
# project list being filled, for N fresh JVMs. The first run uses an empty data folder (the
# database is created and migrated); the others reuse it (the usual start).
# Usage: bench/startup.sh [runs]   (needs app/target/energydiag.jar: mvn -B -q package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
jar=app/target/energydiag.jar
[ -f "$jar" ] || { echo "missing $jar: run 'mvn -B -q package -DskipTests' first" >&2; exit 2; }
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
run() {
  java -Denergydiag.startupTrace=true -Denergydiag.exitAfterStartup=true -jar "$jar" --data-dir "$data/d" 2>/dev/null \
    | sed -n 's/^startup: //p' | tr '\n' ';'
}
if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1366x768x24" "$0" "$@"
fi
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -n1)"
for i in $(seq 1 "$runs"); do
  start=$(date +%s%N)
  line=$(run)
  end=$(date +%s%N)
  label=$([ "$i" = 1 ] && echo "first (new database)" || echo "run $i")
  echo "$label: ${line} process total $(( (end - start) / 1000000 )) ms"
done
