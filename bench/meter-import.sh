#!/usr/bin/env bash
# Meter import benchmark: a one-year 15-minute wide file with 50 meters (35 040 rows × 51 columns)
# and a 1 752 000-row long file are generated once (in bench/out/), then imported (parse,
# validate, store into a fresh database) and compared with a bare CSV parse of the same files.
# Usage: bench/meter-import.sh   (needs app/target/energydiag.jar: mvn -B -q package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=app/target/energydiag.jar
[ -f "$jar" ] || { echo "missing $jar: run 'mvn -B -q package -DskipTests' first" >&2; exit 2; }
mkdir -p bench/out
java -Xmx1g -cp "$jar" org.energydiag.app.bench.MeterImportBenchmark bench/out
