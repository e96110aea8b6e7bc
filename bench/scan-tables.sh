#!/usr/bin/env bash
# Scanned and faxed summary tables: the text-PDF fixture tables rendered and degraded into eight
# scanner/fax looks (ScanDegrader; a ninth, a standard fax sent from a computer, decision 0370), read by our OCR + shared table finders, scored against the
# fixtures' expected CSVs (exact cells, silent errors, seconds per page); then, when the Debian
# packages ocrmypdf and tesseract-ocr-eng are installed, OCRmyPDF + Tabula on the same pages.
# Usage: bench/scan-tables.sh [OUT_DIR] [LOOKS|all] [FIXTURE-PREFIXES]
#   e.g. bench/scan-tables.sh target/scan-corpus all 01,03,08,11,16,20 (docs/scans.md's 48 pages: 01,03,08,11,20)
# Why cells are lost: SCAN_BENCH_OPTS="-Dscan.bench.cells=true" lists every cell not read exactly (expected,
# read, doubted or not); -Dscan.bench.rows=true prints the rows as read; -Dscan.bench.misses=true the silent errors.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT="${1:-target/scan-corpus}"
mvn -o -q test-compile
mvn -q dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test >/dev/null
CP="target/test-classes:target/classes:$(cat target/bench-cp.txt)"
echo "== Ours: OCR (Tesseract 5.5.1 via JavaCPP, our clean-up) + the text-PDF table finders"
java ${SCAN_BENCH_OPTS:-} -Djava.awt.headless=true -cp "$CP" org.imrtreview.bench.ScanBench "$OUT" "${2:-all}" "${3:-}"
if command -v ocrmypdf >/dev/null; then
  echo
  echo "== OCRmyPDF (--deskew --clean --rotate-pages) + Tabula 1.0.5 (best of lattice/stream per file)"
  java -Djava.awt.headless=true -cp "$CP" org.imrtreview.bench.OcrmypdfTabulaBench "$OUT"
else
  echo "(ocrmypdf not installed: apt-get install ocrmypdf tesseract-ocr-eng for the comparison)"
fi
