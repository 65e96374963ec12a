#!/usr/bin/env bash
# Plan export benchmark: exports the demo plan (analysis, diagnosis, charts, .docx, two .xlsx)
# once cold and ten times warm in one JVM. Target: under 2 s warm.
# Usage: bench/plan-export.sh   (needs app/target/energydiag.jar: mvn -B -q package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=app/target/energydiag.jar
[ -f "$jar" ] || { echo "missing $jar: run 'mvn -B -q package -DskipTests' first" >&2; exit 2; }
mkdir -p bench/out
java -cp "$jar" org.energydiag.app.bench.PlanExportBenchmark bench/out
