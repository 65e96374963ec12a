#!/usr/bin/env bash
# Checks the dist profile's jlink module list (app/pom.xml, dist.modules) against what jdeps finds in
# the shaded jar (about 40 s, hence not part of CI's dist check): every module jdeps lists must be in
# dist.modules; the extras are modules loaded by name at run time, which jdeps cannot see
# (jdk.crypto.ec: TLS; jdk.charsets: GB18030/GBK; jdk.localedata: zh formats).
# Usage: bench/dist-modules.sh   (needs app/target/energydiag.jar)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=app/target/energydiag.jar
[ -f "$jar" ] || { echo "missing $jar: run 'mvn -B -q package -DskipTests' first" >&2; exit 2; }
found=$(jdeps --ignore-missing-deps --multi-release 17 --print-module-deps "$jar" | tail -n1)
listed=$(sed -n 's:.*<dist.modules>\(.*\)</dist.modules>.*:\1:p' app/pom.xml)
echo "jdeps:       $found"
echo "dist.modules: $listed"
missing=$(comm -23 <(tr , '\n' <<< "$found" | sort) <(tr , '\n' <<< "$listed" | sort))
extra=$(comm -13 <(tr , '\n' <<< "$found" | sort) <(tr , '\n' <<< "$listed" | sort) | paste -sd, -)
echo "in dist.modules only (loaded by name at run time): $extra"
if [ -n "$missing" ]; then
  echo "MISSING from dist.modules: $(paste -sd, - <<< "$missing")" >&2
  exit 1
fi
echo "dist.modules covers every module jdeps finds"
