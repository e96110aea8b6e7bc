#!/usr/bin/env bash
# Organ-name lookup on long cells (decision 0133): milliseconds per cell of 50 to 2000 words.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" org.imrtreview.bench.OrganLookupCpuTime 2>/dev/null
