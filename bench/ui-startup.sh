#!/usr/bin/env bash
# Start-up to a usable worklist, and case open to evaluated screen, headless (Monocle, software
# rendering). Usage: bench/ui-startup.sh [repeats]   (from anywhere; builds test classes first)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -o -q test-compile
mvn -o -q dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test >/dev/null
java -Xmx1g -Djava.awt.headless=true -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
  -Dimrt.prefs.node=imrt-review-bench \
  -cp "target/classes:target/test-classes:$(cat target/bench-cp.txt)" \
  org.imrtreview.bench.UiStartupBench samples "${1:-5}" 2>&1 | grep -vE 'Unsupported JavaFX configuration|PlatformImpl startup|WARN '
