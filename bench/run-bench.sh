#!/usr/bin/env bash
# Core throughput benchmark (JMH): rows/second for parse + evaluate of a realistic 12-row table,
# microseconds per whole case, and parsing alone. Usage: bench/run-bench.sh [extra JMH args]
# e.g. bench/run-bench.sh -wi 2 -i 3   (fewer iterations on a busy machine)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" org.openjdk.jmh.Main \
    -rf text -rff target/jmh-evaluator.txt "org.imrtreview.bench.EvaluatorBench" "$@"
echo
echo "Results also in target/jmh-evaluator.txt"
