#!/usr/bin/env bash
# The window's case opens, cold, headless (Monocle, software rendering), each run a fresh JVM on a fresh
# copy of samples/ (nothing cached beside the cases): launch to the worklist, the first case opened as
# soon as it is listed, a second case, the first case reopened with its files unchanged (digitising and
# OCR counted), every other sample once and again. Prints medians over the runs and ratios against the
# issue 17 goals and against a fixed CPU anchor measured in the same JVMs (SHA-256 of 8 MiB).
# CPU rows (process and FX thread, ThreadMXBean) move far less with the machine's load than wall times.
# Usage: bench/ui-startup.sh [runs] [first-case] [second-case]   (builds test classes first)
# BENCH_ALTERNATE=N: afterwards open the first and second case in turn N times (steady-state reopen, CPU
# per open); BENCH_SPANS=true: each open's spans (background read, FX callback, layout) on stderr, and with
# BENCH_ALTERNATE the CPU per open of each Java thread and each operating-system thread (JIT, GC included);
# BENCH_ROUNDS (2): rounds over every sample; BENCH_PACE=MS: then every case in the worklist's order,
# each opened after MS ms on the one before (a nurse working down the list; run it with BENCH_ROUNDS=0
# so the cases are new to it); BENCH_PACE_STEP=N: only every Nth case of the worklist (she skips the others);
# BENCH_FIRST_WAIT=MS: the first case is opened MS ms after the worklist is
# listed (a nurse reading the list first); BENCH_JAVA_OPTS: more JVM options (-Dimrt.readAheadMs=0: no read-ahead).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
FIRST=${2:-01-brain-glioblastoma-criteria-met}
SECOND=${3:-02-oropharynx-cgy-second-sheet-criteria-met}
mvn -B -o -q test-compile
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test >/dev/null
OUT=$(mktemp -d)
for i in $(seq 1 "$RUNS"); do
  java -Djava.awt.headless=true -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
    -Dimrt.prefs.node=imrt-review-bench -Dbench.alternate="${BENCH_ALTERNATE:-0}" -Dbench.spans="${BENCH_SPANS:-false}" \
    -Dbench.pace="${BENCH_PACE:-0}" -Dbench.paceStep="${BENCH_PACE_STEP:-1}" -Dbench.firstWait="${BENCH_FIRST_WAIT:-0}" ${BENCH_JAVA_OPTS:-} \
    -cp "target/classes:target/test-classes:$(cat target/bench-cp.txt)" \
    org.imrtreview.bench.UiStartupBench samples "$FIRST" "$SECOND" "${BENCH_ROUNDS:-2}" 2>"$OUT/err$i.txt" | grep '=' > "$OUT/run$i.txt"
  if [ "${BENCH_SPANS:-false}" = true ]; then grep -E '^(span|threadcpu|osthreadcpu) ' "$OUT/err$i.txt" >&2 || true; fi
  echo "run $i: $(tr '\n' ' ' < "$OUT/run$i.txt")"
done
median() { # key -> median over runs
  grep -h "^$1=" "$OUT"/run*.txt | cut -d= -f2 | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}
A=$(median anchor_ms)
row() { # label key goal_ms
  local v; v=$(median "$2")
  printf '%-58s %9s ms  %6.1fx anchor' "$1" "$v" "$(echo "$v / $A" | bc -l)"
  if [ -n "${3:-}" ]; then printf '  %5.2fx goal (%s ms)' "$(echo "$v / $3" | bc -l)" "$3"; fi
  echo
}
echo "medians of $RUNS fresh JVMs, load average $(median load); anchor (SHA-256 of 8 MiB, best of 5) $A ms"
row "launch to worklist listed" worklist_ms
row "first case open (click to evaluated screen)" first_open_ms
row "first case open, from the window shown" first_open_after_shown_ms 1500
row "first case open: process CPU" first_open_cpu_ms
row "second case open" second_open_ms 300
row "reopen the first case, files unchanged" reopen_ms 150
row "reopen it once more" reopen_again_ms 150
row "later samples, first open (median)" later_median_ms 300
row "later samples, first open (max)" later_max_ms 300
row "every sample reopened (median)" reopened_median_ms 150
row "every sample reopened (max)" reopened_max_ms 150
row "later samples, first open: process CPU (median)" later_cpu_median_ms
row "every sample reopened: process CPU (median)" reopened_cpu_median_ms
row "second case open: process CPU" second_open_cpu_ms
row "second case open: FX thread CPU" second_open_fx_cpu_ms
row "reopen the first case: process CPU" reopen_cpu_ms
row "reopen the first case: FX thread CPU" reopen_fx_cpu_ms
if grep -q '^alternate_median_ms=' "$OUT"/run1.txt; then
  row "first and second case in turn, reopened (median)" alternate_median_ms 150
  row "same: process CPU per open (median)" alternate_cpu_median_ms
  row "same: FX thread CPU per open (median)" alternate_fx_cpu_median_ms
fi
if grep -q '^paced_median_ms=' "$OUT"/run1.txt; then
  row "down the worklist, ${BENCH_PACE:-0} ms on each case (median)" paced_median_ms 300
  row "same (max)" paced_max_ms 300
  row "same: process CPU per open (median)" paced_cpu_median_ms
  echo "opens down the worklist that digitised or OCR'd (read on opening) per run: $(grep -h '^paced_read_on_open=' "$OUT"/run*.txt | cut -d= -f2 | tr '\n' ' ')of $(median paced_opens)"
  echo "slowest case down the worklist per run: $(grep -h '^paced_max_case=' "$OUT"/run*.txt | cut -d= -f2 | tr '\n' ' ')"
fi
echo "slowest later sample per run: $(grep -h '^later_max_case=' "$OUT"/run*.txt | cut -d= -f2 | tr '\n' ' ')"
echo "digitised on reopen: $(grep -h '^reopen_digitised=' "$OUT"/run*.txt | cut -d= -f2 | tr '\n' ' ');" \
  "OCR pages on reopen: $(grep -h '^reopen_ocr_pages=' "$OUT"/run*.txt | cut -d= -f2 | tr '\n' ' ');" \
  "pages rendered / pictures decoded on reopen: $(grep -h '^reopen_pictures_made=' "$OUT"/run*.txt | cut -d= -f2 | tr '\n' ' ')"
rm -rf "$OUT"
