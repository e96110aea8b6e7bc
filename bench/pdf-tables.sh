#!/usr/bin/env bash
# PDF table extraction: ours vs Tabula (lattice and stream) on the fixture corpus, then a
# 500-page packet read in a 64 MB heap. Prints the tables quoted in docs/pdf.md.
# Usage: bench/pdf-tables.sh [-v]   (-v also prints our rows for files below 100 %)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -o -q test-compile
mvn -q dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test >/dev/null
CP="target/test-classes:target/classes:$(cat target/bench-cp.txt)"
echo "== PDF summary tables: cell accuracy and ms/page (ours vs Tabula 1.0.5)"
java -Djava.awt.headless=true -cp "$CP" org.imrtreview.bench.PdfTableBench src/test/resources/pdf/tables "${1:-}"
echo
echo "== 500-page packet in a 64 MB heap"
java -Xmx64m -Djava.awt.headless=true -cp "$CP" org.imrtreview.bench.LargePacketBench 500
