#!/usr/bin/env bash
# Published-constraint library benchmark (JMH): rows/s of the published check, with and without
# organ/source recognition, and the library's load+validate time. Usage: bench/run-library-bench.sh [JMH args]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" org.openjdk.jmh.Main \
    -rf text -rff target/jmh-library.txt "org.imrtreview.bench.PublishedConstraintCheckBench" "$@"
echo
echo "Results also in target/jmh-library.txt"
