#!/usr/bin/env bash
# Curves of one colour and style on the synthetic corpora (crowded tab10 looks, variety, accuracy): traced,
# used, and used yet wrong (> 5 pp, or Dmax outside its range beyond the digitised tolerance), decision 0276.
# Usage: bench/digitize-same-colour.sh [CROWDED-PICTURES]
#        bench/digitize-same-colour.sh 30 9   (held-out crowded variants 9-38, every curve, unique colours too)
#        bench/digitize-same-colour.sh variety 4   (variety corpus, 4 per style, every curve)
#        bench/digitize-same-colour.sh accuracy 36   (accuracy corpus, every curve)
#        bench/digitize-same-colour.sh looks 4   (app-looks corpus, 4 per look, every curve)
#        bench/digitize-same-colour.sh tps 4   (RayStation/Eclipse/Monaco-like windows, 4 per look, every curve)
#        bench/digitize-same-colour.sh tps-edge 4   (the same windows under 7 edge probes: toolbar, dash length, JPEG q)
#        DIGITIZE_LISTING=/tmp/traces.txt bench/digitize-same-colour.sh ...   (also appends one line per traced curve:
#        style, used, Dmax range, V at tenths; compare two runs line by line, decision 0490)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
java -Djava.awt.headless=true ${DIGITIZE_LISTING:+-Ddigitize.listing=$DIGITIZE_LISTING} -cp "target/test-classes:target/classes:$(cat target/cp.txt)" \
    org.imrtreview.digitize.SameColourReport "${1:-9}" ${2:+"$2"}
