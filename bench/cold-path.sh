#!/usr/bin/env bash
# Issue 17: the cold paths a nurse and a script feel, each beside an anchor measured in the same run
# on the same (possibly busy) machine, printed as ratios. Every row is a fresh JVM.
#   window visible   java -jar imrt-review.jar (Xvfb)   vs a bare JavaFX TableView window, same jar/JDK
#   evaluate 01      sample 01, cold and reopened       vs java -version
#   evaluate PDF     sample 01 with its table as a PDF  vs Tabula 1.0.5 (on its own PDFBox 2.0.24)
#                    cold and reopened                     extracting that table alone
# "cold" = a copy of the case with no .imrt-review folder; "reopened" = the same copy evaluated again.
# Tabula is resolved into ~/.m2 through a throw-away pom under target/ (network once), never committed.
# Usage: bench/cold-path.sh [repeats=3] [--no-build] [--no-window]      (medians of the repeats)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
REPEATS=3
BUILD=1
WINDOW=1
for a in "$@"; do
  case $a in
    --no-build) BUILD=0 ;;
    --no-window) WINDOW=0 ;;
    [0-9]*) REPEATS=$a ;;
    *) echo "usage: bench/cold-path.sh [repeats] [--no-build] [--no-window]" >&2; exit 2 ;;
  esac
done
if [ "$BUILD" = 1 ] || [ ! -f target/imrt-review.jar ]; then
  mvn -B -o -q package -DskipTests
fi
mvn -B -o -q test-compile
JAR=$ROOT/target/imrt-review.jar

# --- Tabula 1.0.5 with the dependencies it was released with (PDFBox 2.0.24) -------------------
TAB=$ROOT/target/tabula-anchor
mkdir -p "$TAB"
cat > "$TAB/pom.xml" <<'EOF'
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
<groupId>bench</groupId><artifactId>tabula-anchor</artifactId><version>1</version><packaging>pom</packaging>
<dependencies><dependency><groupId>technology.tabula</groupId><artifactId>tabula</artifactId><version>1.0.5</version></dependency></dependencies>
</project>
EOF
(cd "$TAB" && { mvn -B -o -q dependency:build-classpath -Dmdep.outputFile=cp.txt >/dev/null 2>&1 \
  || mvn -B -q dependency:build-classpath -Dmdep.outputFile=cp.txt >/dev/null; })
TABULA_CP=$(cat "$TAB/cp.txt")

# the window rows need an X server and JavaFX's GTK 3 glass; without them every window row would be "nan"
if [ "$WINDOW" = 1 ]; then
  missing=
  command -v Xvfb >/dev/null || missing="$missing xvfb"
  command -v xwininfo >/dev/null || missing="$missing x11-utils"
  ldconfig -p 2>/dev/null | grep -q 'libgtk-3\.so\.0' || missing="$missing libgtk-3-0"
  if [ -n "$missing" ]; then
    echo "window rows skipped: this machine lacks$missing (apt-get install$missing), or pass --no-window" >&2
    WINDOW=0
  fi
fi

WORK=$(mktemp -d)
XVFB_PID=
cleanup() {
  if [ -n "$XVFB_PID" ]; then kill "$XVFB_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

# --- cases --------------------------------------------------------------------------------------
S01=$ROOT/samples/01-brain-glioblastoma-criteria-met
PDFCASE=$WORK/pdf-case-src
mkdir -p "$PDFCASE"
cp "$S01"/request.json "$S01"/*.png "$S01"/*.pdf "$PDFCASE"/
TABLE_PDF=$ROOT/src/test/resources/pdf/tables/01-word-grid-brain.pdf
cp "$TABLE_PDF" "$PDFCASE/Summary_Analysis_3D_vs_IMRT.pdf"

# median of the numbers on stdin
median() { sort -g | awk '{a[NR]=$1} END {if (NR==0) print "nan"; else if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

# run CMD... once under /usr/bin/time; prints "wall cpu rssMiB"
timed() {
  /usr/bin/time -f '%e %U %S %M' -o "$WORK/time" "$@" >/dev/null 2>"$WORK/stderr" || {
    echo "failed: $*" >&2; tail -5 "$WORK/stderr" >&2; }
  awk '{printf "%.2f %.2f %.0f\n", $1, $2 + $3, $4 / 1024}' "$WORK/time"
}

# fresh copy of a case folder (no .imrt-review): prints its path
fresh() {
  local dst=$WORK/case-$RANDOM$RANDOM
  cp -r "$1" "$dst"
  rm -rf "$dst/.imrt-review"
  echo "$dst"
}

declare -A WALL CPU RSS
record() { # NAME, then lines "wall cpu rss" on stdin (not through a pipe: the arrays are this shell's)
  local rows; rows=$(cat)
  WALL[$1]=$(echo "$rows" | awk '{print $1}' | median)
  CPU[$1]=$(echo "$rows" | awk '{print $2}' | median)
  RSS[$1]=$(echo "$rows" | awk '{print $3}' | median)
}

# --- window visible ------------------------------------------------------------------------------
DISPLAY_NO=
for n in $(seq 171 199); do
  if [ ! -e "/tmp/.X11-unix/X$n" ] && [ ! -e "/tmp/.X$n-lock" ]; then DISPLAY_NO=$n; break; fi
done
if [ "$WINDOW" = 1 ]; then
  Xvfb ":$DISPLAY_NO" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
  XVFB_PID=$!
  for _ in $(seq 1 100); do [ -e "/tmp/.X11-unix/X$DISPLAY_NO" ] && break; sleep 0.1; done
fi

# seconds from launch until a window titled $1 is viewable; the process is then ended
window_seconds() {
  local title=$1; shift
  local t0 t1 pid
  t0=$(date +%s%N)
  DISPLAY=":$DISPLAY_NO" "$@" >/dev/null 2>&1 &
  pid=$!
  t1=
  for _ in $(seq 1 2400); do
    if xwininfo -display ":$DISPLAY_NO" -name "$title" 2>/dev/null | grep -q IsViewable; then
      t1=$(date +%s%N); break
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.05
  done
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  # the launcher's child JVM (decision 0232) may outlive it by a moment: the next run starts on an empty screen
  for _ in $(seq 1 600); do
    xwininfo -display ":$DISPLAY_NO" -name "$title" >/dev/null 2>&1 || break
    sleep 0.05
  done
  if [ -z "$t1" ]; then echo "nan"; else awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.2f\n", (b - a) / 1e9}'; fi
}

# the class archives (decisions 0232, 0235: one for commands, one for the window) are written by the
# first run of each kind of this jar: make them here, untimed. The window's child JVM is ended itself, so
# it dumps at exit and the launcher moves the archive into place.
java -jar "$JAR" evaluate "$(fresh "$S01")" >/dev/null 2>&1 || true
if [ "$WINDOW" = 1 ]; then
  DISPLAY=":$DISPLAY_NO" java -Dimrt.prefs.node=imrt-review-bench -jar "$JAR" >/dev/null 2>&1 &
  launcher=$!
  for _ in $(seq 1 2400); do
    xwininfo -display ":$DISPLAY_NO" -name 'IMRT Review Workstation' 2>/dev/null | grep -q IsViewable && break
    kill -0 "$launcher" 2>/dev/null || break
    sleep 0.05
  done
  sleep 2
  pkill -TERM -P "$launcher" 2>/dev/null || true
  wait "$launcher" 2>/dev/null || true
fi
echo "cold-path bench: $REPEATS repeat(s), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
declare -A WIN
win_ours=(); win_bare=(); win_nocds=()
for _ in $(seq 1 $((WINDOW ? REPEATS : 0))); do
  win_bare+=("$(window_seconds 'Bare TableView anchor' java -cp "$JAR:$ROOT/target/test-classes" org.imrtreview.bench.BareTableWindow)")
  win_ours+=("$(window_seconds 'IMRT Review Workstation' java -Dimrt.prefs.node=imrt-review-bench -jar "$JAR")")
  win_nocds+=("$(window_seconds 'IMRT Review Workstation' env IMRT_CDS=false java -Dimrt.prefs.node=imrt-review-bench -jar "$JAR")")
done
WIN[bare]=$(printf '%s\n' "${win_bare[@]:-}" | { grep . || true; } | median)
WIN[ours]=$(printf '%s\n' "${win_ours[@]:-}" | { grep . || true; } | median)
WIN[nocds]=$(printf '%s\n' "${win_nocds[@]:-}" | { grep . || true; } | median)

# --- command line ------------------------------------------------------------------------------
for _ in $(seq 1 "$REPEATS"); do
  timed java -version >>"$WORK/javaversion"
  timed java -cp "$TABULA_CP" technology.tabula.CommandLineApp -p all -f CSV "$TABLE_PDF" >>"$WORK/tabula"
  c=$(fresh "$S01")
  timed java -jar "$JAR" evaluate "$c" >>"$WORK/s01-cold"
  timed java -jar "$JAR" evaluate "$c" >>"$WORK/s01-reopened"
  c=$(fresh "$S01")
  timed env IMRT_CDS=false java -jar "$JAR" evaluate "$c" >>"$WORK/s01-nocds"
  c=$(fresh "$PDFCASE")
  timed java -jar "$JAR" evaluate "$c" >>"$WORK/pdf-cold"
  timed java -jar "$JAR" evaluate "$c" >>"$WORK/pdf-reopened"
done
for k in javaversion tabula s01-cold s01-reopened s01-nocds pdf-cold pdf-reopened; do record "$k" <"$WORK/$k"; done

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 == 0 || a == "nan" || b == "nan") print "—"; else printf "**%.2f×**", a / b }'; }

echo
echo "| what | ours | anchor in the same run | ratio |"
echo "|---|---|---|---|"
echo "| window visible (Xvfb, \`java -jar\`) | ${WIN[ours]} s | bare JavaFX TableView window, same jar/JDK: ${WIN[bare]} s | $(ratio "${WIN[ours]}" "${WIN[bare]}") |"
echo "| same, \`IMRT_CDS=false\` | ${WIN[nocds]} s | ${WIN[bare]} s | $(ratio "${WIN[nocds]}" "${WIN[bare]}") |"
for k in s01-cold s01-reopened s01-nocds; do
  case $k in
    s01-cold) what="\`evaluate\` sample 01 cold (xlsx + 2 PNG + 3 PDF)" ;;
    s01-reopened) what="same, reopened (files unchanged)" ;;
    s01-nocds) what="same cold, \`IMRT_CDS=false\`" ;;
  esac
  echo "| $what | ${CPU[$k]} s CPU, ${WALL[$k]} s wall, ${RSS[$k]} MiB | \`java -version\` ${CPU[javaversion]} s CPU | $(ratio "${CPU[$k]}" "${CPU[javaversion]}") CPU |"
done
for k in pdf-cold pdf-reopened; do
  case $k in
    pdf-cold) what="\`evaluate\` a PDF-table case cold (1 table PDF + 2 PNG + 3 PDF)" ;;
    pdf-reopened) what="same, reopened" ;;
  esac
  echo "| $what | ${WALL[$k]} s wall, ${CPU[$k]} s CPU, ${RSS[$k]} MiB | Tabula 1.0.5 extracting the table alone: ${WALL[tabula]} s wall, ${CPU[tabula]} s CPU | $(ratio "${WALL[$k]}" "${WALL[tabula]}") wall, $(ratio "${CPU[$k]}" "${CPU[tabula]}") CPU |"
done
echo
echo "(medians of $REPEATS; load average at the end $(cut -d' ' -f1-3 /proc/loadavg))"
