#!/usr/bin/env bash
# DVH figures on scanned pages (decision 0324): the samples' own DVH pictures on captioned figure
# pages, printed and scanned (300/200 dpi colour JPEG, tilt, grey, fine fax), read by the packet
# reader and scored against the curves they were drawn from. Usage:
#   bench/scan-figures.sh [OUT-FOLDER] [SAMPLES-FOLDER] [LOOKS, e.g. COLOUR_200,FAX_FINE]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -o -q test-compile
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/cp-scan-figures.txt -Dmdep.includeScope=test
java -Djava.awt.headless=true -cp "target/classes:target/test-classes:$(cat target/cp-scan-figures.txt)" \
  org.imrtreview.intake.pdf.ScanFigureBench "${1:-target/scan-figures}" "${2:-samples}" ${3:+"$3"}
