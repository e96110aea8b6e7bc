#!/usr/bin/env bash
# DVH figures inside PDFs: ms per figure (embedded PNG picture, JPEG picture, vector plot).
#  1. PdfFigureCpuTime: median CPU time per figure (robust on a shared, loaded machine);
#  2. PdfFigurePacketRun: a 60-page packet with 40 figures read in a 64 MB heap;
#  3. PdfFigureBench (JMH): wall-clock ms per figure (trust it on an idle machine).
# Usage: bench/pdf-figures-bench.sh [extra JMH args], e.g. -wi 2 -i 3 on a busy machine.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat target/cp.txt)"
echo "== CPU time per figure"
java -Djava.awt.headless=true -Dlogback.configurationFile=none -cp "$CP" org.imrtreview.bench.PdfFigureCpuTime 2>/dev/null
echo
echo "== 60-page packet, 40 figures, in a 64 MB heap"
java -Xmx64m -Djava.awt.headless=true -Dlogback.configurationFile=none -cp "$CP" org.imrtreview.bench.PdfFigurePacketRun 2>/dev/null
echo
echo "== JMH (wall clock)"
java -Djava.awt.headless=true -cp "$CP" org.openjdk.jmh.Main -rf text -rff target/jmh-pdf-figures.txt \
    "org.imrtreview.bench.PdfFigureBench" "$@"
echo
echo "JMH results also in target/jmh-pdf-figures.txt"
