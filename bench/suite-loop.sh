#!/usr/bin/env bash
# Stability of the whole suite: clones the committed main into a fresh folder for every run and
# runs CI's entry point (.ci/run, the README's test command) there, N times; with --load, two CPU
# burners (stress-ng) run for the whole of each run, as on a busy laptop or a shared CI machine.
#   bash bench/suite-loop.sh 5            # 5 quiet runs
#   bash bench/suite-loop.sh 5 --load     # 5 runs with the CPU loaded
# Prints one line per run (exit code, minutes, tests, failures) and a summary; logs in $OUT.
set -uo pipefail
n=${1:-5}
load=${2:-}
repo=$(cd "$(dirname "$0")/.." && pwd)
OUT=${OUT:-$(mktemp -d /tmp/suite-loop.XXXX)}
if [ "$load" = "--load" ] && ! command -v stress-ng >/dev/null 2>&1; then
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo=sudo
  $sudo apt-get install -y -qq stress-ng >/dev/null
fi
pass=0
for i in $(seq 1 "$n"); do
  d=$(mktemp -d /tmp/suite-clone.XXXX)
  git clone -q "$repo" "$d"
  commit=$(git -C "$d" rev-parse --short HEAD)
  burner=""
  if [ "$load" = "--load" ]; then
    stress-ng --cpu 2 --timeout 3600s >/dev/null 2>&1 &
    burner=$!
  fi
  start=$(date +%s)
  (cd "$d" && CI=true bash .ci/run) >"$OUT/run-$i.log" 2>&1
  rc=$?
  secs=$(( $(date +%s) - start ))
  [ -n "$burner" ] && kill "$burner" 2>/dev/null && wait "$burner" 2>/dev/null
  tests=$(grep -E '^\[(INFO|ERROR|WARNING)\] Tests run: [0-9]+, Failures' "$OUT/run-$i.log" | grep -v ' in ' | awk -F'[ ,]+' '{s+=$4} END {print s}')
  failed=$(grep -E '<<< (FAILURE|ERROR)!' "$OUT/run-$i.log" | grep -v 'Tests run' | sed 's/ -- Time.*//' | tr '\n' ' ')
  [ "$rc" -eq 0 ] && pass=$((pass + 1))
  printf 'run %d%s at %s: exit %d, %d:%02d min, %s tests%s\n' "$i" "${load:+ (loaded)}" "$commit" "$rc" $((secs / 60)) $((secs % 60)) "${tests:-?}" "${failed:+, failed: $failed}"
  rm -rf "$d"
done
echo "passed $pass of $n; logs in $OUT"
[ "$pass" -eq "$n" ]
