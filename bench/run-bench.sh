#!/usr/bin/env bash
# Core throughput benchmark: rows/second for parse + evaluate of a realistic 12-row table.
#  1. EvaluatorCpuTime: CPU time per case (robust on a shared, loaded machine);
#  2. EvaluatorBench (JMH): rows/s, µs per case, parsing alone (wall clock; trust it on an idle machine).
# Usage: bench/run-bench.sh [extra JMH args], e.g. bench/run-bench.sh -wi 2 -i 3
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat target/cp.txt)"
echo "== CPU time per case (12 rows)"
java -Dlogback.configurationFile=none -cp "$CP" org.imrtreview.bench.EvaluatorCpuTime 2>/dev/null
echo
echo "== JMH (wall clock)"
java -cp "$CP" org.openjdk.jmh.Main -rf text -rff target/jmh-evaluator.txt "org.imrtreview.bench.EvaluatorBench" "$@"
echo
echo "JMH results also in target/jmh-evaluator.txt"
