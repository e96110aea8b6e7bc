#!/usr/bin/env bash
# DVH image digitiser on the looks clinics send (VarietyDvhCorpus: dark TPS themes, TPS windows, cGy,
# % of prescription, cc, differential, small, heavy JPEG, scans, photos, many curves, markers, curves
# along the axes, identical twins): per-style table (refused, calibrated, curves found/spurious,
# V and Dmax errors, confident-wrong images, CPU ms per image) and a per-image table.
# Usage: bench/digitize-variety.sh [IMAGES-PER-STYLE] [FOLDER-FOR-IMAGES-AND-OVERLAYS]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
java -Djava.awt.headless=true -cp "target/test-classes:target/classes:$(cat target/cp.txt)" \
    org.imrtreview.digitize.VarietyReport "${1:-4}" ${2:+"$2"}
