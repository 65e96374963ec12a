#!/usr/bin/env bash
# The installers' check (issue #22), run by .ci/run after the test suite: builds the app-image and the
# .deb ONCE from the energydiag.jar the suite's build left (no second shade, no tests), then
#   1. starts the window from the launcher under Xvfb (first paint and project list, then it exits),
#   2. runs `EnergyDiag demo --out x.edproj`, `EnergyDiag export-plan x.edproj --out x.docx` and
#      `EnergyDiag export-form x.edproj --out x.pdf`, and `EnergyDiagCli --help` (the command-line launcher),
#   3. unpacks the .deb (dpkg-deb -x) into a temporary root and runs `EnergyDiag --help` there,
#      checks its desktop entry (name 节能降碳诊断助手, .edproj type) and the installed size ≤ 100 MB.
# Prints the time of each step and the sizes. Exits non-zero on the first failed check.
# Usage: app/src/dist/check.sh [--no-build]   (from anywhere; needs Xvfb, fakeroot, dpkg-deb)
set -euo pipefail
cd "$(dirname "$0")/../../.."
build=1
[ "${1:-}" = "--no-build" ] && build=0
dist=app/target/dist
image=$dist/EnergyDiag
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
t0=$(date +%s)
step() { echo "== dist check: $1 ($(( $(date +%s) - t0 )) s)"; }
fail() { echo "dist check FAILED: $1" >&2; exit 1; }

if [ "$build" = 1 ]; then
  [ -f app/target/energydiag.jar ] || fail "app/target/energydiag.jar missing: the test suite's build makes it"
  step "building the app-image and the .deb (mvn -Pdist package -DskipTests -Dshade.skip=true)"
  mvn -B -q -Pdist package -DskipTests -Dshade.skip=true > "$work/build.log" 2>&1 \
    || { cat "$work/build.log"; fail "mvn -Pdist package"; }
fi
launcher=$image/bin/EnergyDiag
[ -x "$launcher" ] || fail "no launcher $launcher"
deb=$(ls "$dist"/energydiag_*.deb 2>/dev/null | head -n1)
[ -n "$deb" ] || fail "no .deb in $dist"
image_kb=$(du -sk "$image" | cut -f1)
echo "sizes: app-image $(( image_kb / 1024 )) MB ($(du -sk "$image/lib/runtime" | cut -f1) KB runtime), .deb $(( $(stat -c %s "$deb") / 1048576 )) MB"
[ "$image_kb" -le 102400 ] || fail "the app-image is $image_kb KB, over 100 MB"

step "1. the window from the launcher under Xvfb"
xvfb-run -a -s "-screen 0 1366x768x24" env JAVA_TOOL_OPTIONS="-Denergydiag.startupTrace=true -Denergydiag.exitAfterStartup=true" \
  "$launcher" --data-dir "$work/data" > "$work/window.log" 2>&1 || { cat "$work/window.log"; fail "the window did not start and exit cleanly"; }
grep -q "startup: home window painted at" "$work/window.log" || { cat "$work/window.log"; fail "no first paint of the home window"; }
grep -q "startup: project list shown at" "$work/window.log" || { cat "$work/window.log"; fail "the project list was not shown"; }
grep "^startup:" "$work/window.log"
[ -f "$work/data/energydiag.mv.db" ] || fail "the window did not create the database in its data folder"

step "2. the command line from the launcher"
"$launcher" --data-dir "$work/data" demo --out "$work/x.edproj" > "$work/demo.log" 2>&1 || { cat "$work/demo.log"; fail "EnergyDiag demo"; }
[ -s "$work/x.edproj" ] || fail "EnergyDiag demo wrote no x.edproj"
"$launcher" --data-dir "$work/data" export-plan "$work/x.edproj" --out "$work/x.docx" > "$work/export.log" 2>&1 \
  || { cat "$work/export.log"; fail "EnergyDiag export-plan"; }
unzip -l "$work/x.docx" | grep "word/document.xml" > /dev/null || fail "x.docx is not a Word document"
echo "x.docx: $(stat -c %s "$work/x.docx") bytes"
"$launcher" --data-dir "$work/data" export-form "$work/x.edproj" --out "$work/x.pdf" > "$work/form.log" 2>&1 \
  || { cat "$work/form.log"; fail "EnergyDiag export-form (PDFBox, embedded Chinese font)"; }
[ "$(head -c 5 "$work/x.pdf")" = "%PDF-" ] || fail "x.pdf is not a PDF"
"$image/bin/EnergyDiagCli" --help > "$work/cli-help.log" 2>&1 || { cat "$work/cli-help.log"; fail "EnergyDiagCli --help"; }
grep -q "export-plan" "$work/cli-help.log" || fail "EnergyDiagCli --help lists no commands"

step "3. the .deb unpacked into a temporary root"
dpkg-deb -x "$deb" "$work/root"
installed=$(dpkg-deb -f "$deb" Installed-Size)
echo "$(basename "$deb"): Installed-Size ${installed} KB"
[ "$installed" -le 102400 ] || fail "installed size $installed KB, over 100 MB"
"$work/root/opt/energydiag/bin/EnergyDiag" --help > "$work/deb-help.log" 2>&1 || { cat "$work/deb-help.log"; fail "EnergyDiag --help from the unpacked .deb"; }
grep -q "EnergyDiag" "$work/deb-help.log" && grep -q "demo" "$work/deb-help.log" || { cat "$work/deb-help.log"; fail "unexpected --help"; }
desktop=$(find "$work/root/opt/energydiag" -type f -name '*.desktop' | head -n1)
[ -n "$desktop" ] || fail "no desktop entry in the .deb"
grep -q "^Name=节能降碳诊断助手" "$desktop" || { cat "$desktop"; fail "desktop entry without the name 节能降碳诊断助手"; }
grep -q "application/x-energydiag-project" "$desktop" || { cat "$desktop"; fail "desktop entry without the .edproj type"; }
[ -n "$(find "$work/root" -path '*/home/*')" ] && fail "the .deb installs into a home folder"

step "all checks passed"
