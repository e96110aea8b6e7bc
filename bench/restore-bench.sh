#!/usr/bin/env bash
# What restoring saved digitising work adds to opening a case (JMH, ms per case, sample 01):
# relabelling by curve key vs digitising again for corrected axes. Decision 0090.
# Usage: bench/restore-bench.sh [extra JMH args], e.g. -wi 1 -i 3 on a busy machine.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
java -Djava.awt.headless=true -cp "target/test-classes:target/classes:$(cat target/cp.txt)" org.openjdk.jmh.Main \
    -rf text -rff target/jmh-restore.txt "org.imrtreview.bench.RestoreDigitisingBench" "$@"
echo
echo "Results also in target/jmh-restore.txt"
