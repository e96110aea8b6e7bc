#!/usr/bin/env bash
# Clean sample pictures shrunk and saved again as JPEG (decision 0531): the eight 3D/IMRT pictures of samples 01, 03,
# 04 and 07 at 75/80/85/90 % (bilinear) x JPEG q70/80/85/90/95. Per picture: axes read, held back for the nurse, or
# trusted and wrong; curves used; worst V error of a used curve against the sample's known curves. Then a table per scale.
# Usage: bench/digitize-resized.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
java -Djava.awt.headless=true -cp "target/test-classes:target/classes:$(cat target/cp.txt)" \
    org.imrtreview.digitize.ResizedSamples samples
