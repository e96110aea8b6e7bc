#!/usr/bin/env bash
# Installs the built .deb into a temporary root (dpkg -x: no root, nothing on the machine changes)
# and runs the installed program the way a nurse and IT would (docs/install.md, "Testing the installer"):
#   1. imrt-review --version
#   2. imrt-review evaluate <sample case>        the headless review, expects CRITERIA_MET
#   3. imrt-review snapshot <workspace>          the worklist rendered headless (Monocle) to PNG
#   4. imrt-review  (no arguments)               the window starts headless; waits for "window shown"
#   5. nothing was written into the install folder; settings went to the user's preferences
# and prints sizes and start times beside `java -jar target/imrt-review.jar` (ratios).
# With no .deb (IMRT_INSTALLER_TYPES=app-image), or IMRT_TEST_APP_IMAGE=1, it tests a copy of the app-image.
# Build first: mvn -B package -DskipTests -Pinstaller
set -euo pipefail
cd "$(dirname "$0")/../.."
PROJECT=$PWD
SAMPLE="$PROJECT/samples/01-brain-glioblastoma-criteria-met"
work=$(mktemp -d "${TMPDIR:-/tmp}/imrt-install-test.XXXXXX")
trap 'rm -rf "$work"' EXIT

deb=$(ls target/installer/*.deb 2>/dev/null | head -1 || true)
[ -z "${IMRT_TEST_APP_IMAGE:-}" ] || deb=""     # test the app-image even when a .deb exists
if [ -n "$deb" ]; then
    dpkg -x "$deb" "$work/root"
    app="$work/root/opt/imrt-review"
    echo "installed $(basename "$deb") ($(du -h "$deb" | cut -f1)) into a temporary root: $(du -sh "$app" | cut -f1) on disk"
    dpkg-deb -f "$deb" Package Version Depends Installed-Size | sed 's/^/  /'
else
    [ -d target/installer/imrt-review ] || { echo "no installer: run mvn -B package -DskipTests -Pinstaller" >&2; exit 2; }
    cp -a target/installer/imrt-review "$work/app" && app="$work/app"
    echo "no .deb; testing the app-image ($(du -sh "$app" | cut -f1))"
fi
bin="$app/bin/imrt-review"
[ -x "$bin" ] || { echo "launcher missing: $bin" >&2; exit 3; }

# A private home, preferences and temporary folder: the run leaves nothing behind.
mkdir -p "$work/home" "$work/tmp" "$work/ws/case"
cp -r "$SAMPLE/." "$work/ws/case/"
export HOME="$work/home" TMPDIR="$work/tmp"
prefs="-Duser.home=$work/home -Djava.util.prefs.userRoot=$work/home/prefs -Djava.io.tmpdir=$work/tmp -Dimrt.prefs.node=imrt-review-install-test"
touch "$work/stamp"; sleep 1

ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
fail() { echo "FAIL: $*" >&2; exit 1; }

t=$(date +%s%N); "$bin" --version > "$work/version.txt" 2>&1 || fail "--version: $(cat "$work/version.txt")"; version_ms=$(ms $t)
t=$(date +%s%N); java -jar target/imrt-review.jar --version > /dev/null 2>&1; jar_version_ms=$(ms $t)
echo "1. --version: $(head -1 "$work/version.txt")"

t=$(date +%s%N)
JAVA_TOOL_OPTIONS="$prefs" "$bin" evaluate "$work/ws/case" > "$work/evaluate.txt" 2> "$work/evaluate.err" || fail "evaluate: $(cat "$work/evaluate.err")"
evaluate_ms=$(ms $t)
grep -q 'Determination: CRITERIA_MET' "$work/evaluate.txt" || fail "evaluate did not say CRITERIA_MET: $(cat "$work/evaluate.txt")"
echo "2. evaluate: $(grep 'Determination:' "$work/evaluate.txt")"
ocr=$(find "$work/home" -name 'libtesseract.so*' | head -1)
[ -n "$ocr" ] || fail "the OCR natives were not loaded (no libtesseract unpacked under the user's home)"
echo "   OCR natives loaded from the installed jar: ${ocr#$work/home/}"
t=$(date +%s%N); JAVA_TOOL_OPTIONS="$prefs" java -jar target/imrt-review.jar evaluate "$work/ws/case" > /dev/null 2>&1; jar_evaluate_ms=$(ms $t)

JAVA_TOOL_OPTIONS="$prefs" "$bin" snapshot "$work/ws" --out "$work/snapshot.png" > "$work/snapshot.log" 2>&1 \
    || fail "snapshot: $(cat "$work/snapshot.log")"
[ "$(head -c 8 "$work/snapshot.png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] || fail "snapshot is not a PNG"
echo "3. snapshot: worklist rendered, $(du -h "$work/snapshot.png" | cut -f1) PNG"
[ -n "${IMRT_KEEP_SNAPSHOT:-}" ] && cp "$work/snapshot.png" "$IMRT_KEEP_SNAPSHOT"

# The window, headless: the launcher's own java options plus Monocle; "window shown in N ms" is logged at INFO.
headless="$prefs -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dimrt.log.level=INFO"
t=$(date +%s%N)
(cd "$work" && DISPLAY= WAYLAND_DISPLAY= JAVA_TOOL_OPTIONS="$headless" exec "$bin") > "$work/window.log" 2>&1 &
pid=$!
for _ in $(seq 1 240); do
    grep -q 'window shown in' "$work/window.log" && break
    kill -0 $pid 2>/dev/null || break
    sleep 0.5
done
window_wall_ms=$(ms $t)
kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true
shown=$(grep -o 'window shown in [0-9]* ms' "$work/window.log" || true)
[ -n "$shown" ] || fail "the window did not start: $(tail -20 "$work/window.log")"
echo "4. window (headless): $shown after FX start-up, first frame ${window_wall_ms} ms after launch"

changed=$(find "$app" -newer "$work/stamp" | head -5)
[ -z "$changed" ] || fail "the program wrote into its install folder: $changed"
[ -d "$work/home/prefs" ] || fail "no per-user preferences were written"
echo "5. install folder untouched; settings in the user's preferences ($(find "$work/home/prefs" -name prefs.xml | wc -l) node(s))"

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
echo
echo "start times (installed vs java -jar, ratio installed/jar; one run each on this machine):"
echo "  --version  ${version_ms} ms vs ${jar_version_ms} ms  ratio $(ratio $version_ms $jar_version_ms)"
echo "  evaluate   ${evaluate_ms} ms vs ${jar_evaluate_ms} ms  ratio $(ratio $evaluate_ms $jar_evaluate_ms)"
echo "PASS"
