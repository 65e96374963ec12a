#!/usr/bin/env bash
# Plan export benchmark: exports the demo plan (analysis, diagnosis, charts, .docx, two .xlsx)
# once cold and ten times warm in one JVM, three ways, each in a fresh JVM:
#   command line: as export-plan, the document libraries warm up in the background from the start;
#   window:       after the window's start-up warm-up (the first export in the window);
#   no warm-up:   -Denergydiag.planWarmup=false, everything on the export's own thread (as before #16).
# Targets: cold ≤ 1.5 s, warm ≤ 0.5 s. Wall times depend on what else the machine runs; the CPU
# column (all threads of the process, JIT included) much less.
# Usage: bench/plan-export.sh   (needs app/target/energydiag.jar: mvn -B -q package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=app/target/energydiag.jar
[ -f "$jar" ] || { echo "missing $jar: run 'mvn -B -q package -DskipTests' first" >&2; exit 2; }
mkdir -p bench/out
echo "== command line (export-plan)"
java -cp "$jar" org.energydiag.app.bench.PlanExportBenchmark bench/out
echo "== window: first export after the start-up warm-up"
java -cp "$jar" org.energydiag.app.bench.PlanExportBenchmark --window bench/out
echo "== no warm-up"
java -Denergydiag.planWarmup=false -cp "$jar" org.energydiag.app.bench.PlanExportBenchmark bench/out
