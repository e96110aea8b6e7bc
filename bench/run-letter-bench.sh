#!/usr/bin/env bash
# Letter benchmark (JMH): milliseconds per letter, warm, for compose alone and compose + PDF, per
# letter kind. Usage: bench/run-letter-bench.sh [extra JMH args], e.g. -wi 2 -i 3 on a busy machine;
# bench/run-letter-bench.sh --cpu [warmup] [measured] reports CPU ms per letter (steady on a shared machine).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
if [ "${1:-}" = "--cpu" ]; then
    shift
    exec java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" org.imrtreview.bench.LetterCpuTime "$@"
fi
java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" org.openjdk.jmh.Main \
    -rf text -rff target/jmh-letters.txt "org.imrtreview.bench.LetterBench" "$@"
echo
echo "Results also in target/jmh-letters.txt"
