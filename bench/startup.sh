#!/usr/bin/env bash
# Cold-start benchmark: time from JVM start to the first paint of the home window, and to the
# project list being filled, for N fresh JVMs; each run is paired with the yardstick, the smallest
# FlatLaf window of the same JVM (org.energydiag.app.swing.bench.MinimalWindow), started right before it,
# and the ratio home / minimal is printed per run and as the median (target: ≤ 1.5).
# The first run uses an empty data folder (the database is created and migrated); the others
# reuse it (the usual start).
# Usage: bench/startup.sh [runs]   (needs app/target/energydiag.jar: mvn -B -q package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
jar=app/target/energydiag.jar
[ -f "$jar" ] || { echo "missing $jar: run 'mvn -B -q package -DskipTests' first" >&2; exit 2; }
if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1366x768x24" "$0" "$@"
fi
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
home() {
  java -Denergydiag.startupTrace=true -Denergydiag.exitAfterStartup=true -jar "$jar" --data-dir "$data/d" 2>/dev/null \
    | sed -n 's/^startup: //p' | tr '\n' ';'
}
minimal() {
  java -cp "$jar" org.energydiag.app.swing.bench.MinimalWindow 2>/dev/null | sed -n 's/^startup: minimal window painted at \([0-9]*\) ms/\1/p'
}
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -n1), load $(cut -d' ' -f1-3 /proc/loadavg)"
ratios=()
for i in $(seq 1 "$runs"); do
  m=$(minimal)
  start=$(date +%s%N)
  line=$(home)
  end=$(date +%s%N)
  painted=$(echo "$line" | sed -n 's/.*home window painted at \([0-9]*\) ms.*/\1/p')
  label=$([ "$i" = 1 ] && echo "first (new database)" || echo "run $i")
  ratio=$(awk -v a="$painted" -v b="$m" 'BEGIN { printf "%.2f", a / b }')
  [ "$i" = 1 ] || ratios+=("$ratio")
  echo "$label: minimal FlatLaf window painted at $m ms; ${line} process total $(( (end - start) / 1000000 )) ms; home/minimal $ratio"
done
if [ "${#ratios[@]}" -gt 0 ]; then
  median=$(printf '%s\n' "${ratios[@]}" | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }')
  echo "median home/minimal over the usual starts: $median (target ≤ 1.5)"
fi
