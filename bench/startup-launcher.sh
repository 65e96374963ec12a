#!/usr/bin/env bash
# Start-up from the installed launcher (issue #22), with and without its CDS archive: for N rounds,
#   minimal:  the smallest FlatLaf window (MinimalWindow) on the image's own runtime, archive as installed;
#   home:     the launcher bin/EnergyDiag, home window first paint (archive as installed);
#   home-off: the same with the archive moved aside (what the image is without it);
#   export:   a cold `EnergyDiag export-plan` of the demo project from the launcher, with and without
#             the archive, and with -XX:TieredStopAtLevel=1 (C1 only) added;
# then the medians, the ratio home / minimal (target ≤ 1.5, issue #17) and the cold export
# (target ≤ 1.5 s, issue #16). Wall times depend on what else the machine runs; the cpu column
# (user+sys of the process) much less.
# Usage: bench/startup-launcher.sh [runs] [image]   (image: app/target/dist/EnergyDiag, from
#        mvn -B -Pdist package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
image=$(realpath "${2:-app/target/dist/EnergyDiag}")
launcher=$image/bin/EnergyDiag
jsa=$image/lib/app/energydiag.jsa
[ -x "$launcher" ] || { echo "missing $launcher: run 'mvn -B -Pdist package -DskipTests' first" >&2; exit 2; }
if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1366x768x24" "$0" "$@"
fi
work=$(mktemp -d)
restore() { [ -f "$jsa.off" ] && mv "$jsa.off" "$jsa"; rm -rf "$work"; }
trap restore EXIT
archive() { # on|off
  if [ "$1" = off ] && [ -f "$jsa" ]; then mv "$jsa" "$jsa.off"; fi
  if [ "$1" = on ] && [ -f "$jsa.off" ]; then mv "$jsa.off" "$jsa"; fi
}
# runs "$@", prints "<wall ms> <cpu s>" and leaves its output in $work/out
timed() {
  local s e
  s=$(date +%s%N)
  /usr/bin/time -f "%U %S" -o "$work/cpu" "$@" > "$work/out" 2>&1
  e=$(date +%s%N)
  echo "$(( (e - s) / 1000000 )) $(awk '{ printf "%.2f", $1 + $2 }' "$work/cpu")"
}
minimal() {
  timed "$image/lib/runtime/bin/java" -XX:SharedArchiveFile="$jsa" -Xshare:auto -cp "$image/lib/app/energydiag.jar" \
    org.energydiag.app.swing.bench.MinimalWindow > /dev/null
  sed -n 's/^startup: minimal window painted at \([0-9]*\) ms/\1/p' "$work/out"
}
home() {
  local t
  t=$(JAVA_TOOL_OPTIONS="-Denergydiag.startupTrace=true -Denergydiag.exitAfterStartup=true" timed "$launcher" --data-dir "$work/data")
  echo "$(sed -n 's/.*home window painted at \([0-9]*\) ms.*/\1/p' "$work/out") ${t#* }"
}
export_plan() { # extra JAVA_TOOL_OPTIONS
  JAVA_TOOL_OPTIONS="$1" timed "$launcher" --data-dir "$work/data" export-plan "$work/demo.edproj" --out "$work/plan.docx"
}
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); image $(du -sh "$image" | cut -f1), archive $(du -h "$jsa" 2>/dev/null | cut -f1 || echo none)"
"$launcher" --data-dir "$work/data" demo --out "$work/demo.edproj" > /dev/null
home > /dev/null # the data folder's database is created once, outside the measurement
: > "$work/rows"
for i in $(seq 1 "$runs"); do
  archive on
  m=$(minimal)
  h=$(home)
  ex=$(export_plan "")
  exc1=$(export_plan "-XX:TieredStopAtLevel=1")
  archive off
  ho=$(home)
  exo=$(export_plan "")
  archive on
  echo "run $i: minimal ${m} ms | home ${h% *} ms (cpu ${h#* } s) | home without archive ${ho% *} ms (cpu ${ho#* } s)" \
       "| export ${ex% *} ms (cpu ${ex#* } s), C1 only ${exc1% *} ms (cpu ${exc1#* } s), without archive ${exo% *} ms (cpu ${exo#* } s)"
  echo "$m ${h% *} ${ho% *} ${ex% *} ${exc1% *} ${exo% *} ${h#* } ${ho#* } ${ex#* } ${exc1#* } ${exo#* }" >> "$work/rows"
done
col() { awk -v c="$1" '{ print $c }' "$work/rows" | median; }
m=$(col 1); h=$(col 2); ho=$(col 3)
echo "medians: minimal window $m ms; home $h ms (cpu $(col 7) s), without archive $ho ms (cpu $(col 8) s);" \
     "home/minimal $(awk -v a="$h" -v b="$m" 'BEGIN { printf "%.2f", a / b }') (target ≤ 1.5)," \
     "without archive $(awk -v a="$ho" -v b="$m" 'BEGIN { printf "%.2f", a / b }')"
echo "medians: cold export-plan $(col 4) ms (cpu $(col 9) s), C1 only $(col 5) ms (cpu $(col 10) s), without archive $(col 6) ms (cpu $(col 11) s) (target ≤ 1500 ms)"
