#!/usr/bin/env bash
# DVH image digitiser accuracy on the synthetic corpus (curves known): per-image table and the
# median / p90 / worst error of V at fixed doses (percentage points) and of Dmax (% of the dose axis),
# with automatic calibration and with the axis ranges given. Usage: bench/digitize-accuracy.sh [IMAGES]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
java -Djava.awt.headless=true -cp "target/test-classes:target/classes:$(cat target/cp.txt)" \
    org.imrtreview.digitize.AccuracyReport "${1:-36}"
