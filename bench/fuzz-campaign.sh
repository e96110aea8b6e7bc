#!/usr/bin/env bash
# Longer fail-closed fuzzing campaign (decision 0135): the suite's MutationFuzzTest with more mutants.
# Usage: bench/fuzz-campaign.sh [COUNT=2000] [SEED=20261204]
# Prints "fuzz: N mutants, ... ; F failures" and each failing mutant (file, damage, seed) to reproduce it.
set -euo pipefail
cd "$(dirname "$0")/.."
COUNT="${1:-2000}"
SEED="${2:-20261204}"
mvn -B -o test -Dtest=MutationFuzzTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dimrt.fuzz.count="$COUNT" -Dimrt.fuzz.seed="$SEED" | tee target/fuzz-campaign.log \
    | grep -E "fuzz:|mutant [0-9]+|Tests run:" || true
