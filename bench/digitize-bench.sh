#!/usr/bin/env bash
# DVH image digitiser speed (JMH): ms per 1600x1000 image, decode + digitise and digitise alone.
# Usage: bench/digitize-bench.sh [extra JMH args], e.g. -wi 2 -i 3 on a busy machine.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
java -Djava.awt.headless=true -cp "target/test-classes:target/classes:$(cat target/cp.txt)" org.openjdk.jmh.Main \
    -rf text -rff target/jmh-digitize.txt "org.imrtreview.bench.DigitizeBench" "$@"
echo
echo "Results also in target/jmh-digitize.txt"
