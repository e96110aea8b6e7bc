#!/usr/bin/env bash
# Legend text by OCR: accuracy on the legend corpus (labels exact / wrong above the certainty cut,
# at several cuts) and its cost (first-call warm-up, ms per legend entry, ms per image with and
# without OCR). Usage: bench/legend-ocr.sh [IMAGES [FIRST]], e.g. bench/legend-ocr.sh 100 160 for
# images the tuning never saw.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat target/cp.txt)"
java -Djava.awt.headless=true -cp "$CP" org.imrtreview.digitize.LegendAccuracyReport "${1:-40}" "${2:-0}"
echo
java -Djava.awt.headless=true -cp "$CP" org.imrtreview.digitize.LegendOcrTiming 20
