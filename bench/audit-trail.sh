#!/usr/bin/env bash
# What the audit trail window's reads cost on a trail of years (decision 0317): the newest page of 500 and
# filtered pages against the one read of every event the window made before, and audit verify.
# H2 always; PostgreSQL too when IMRT_TEST_PG_URL names a server (.ci/postgres.sh start DIR prints one).
# Usage: bench/audit-trail.sh [EVENTS]   (default 200000)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/cp.txt)" org.imrtreview.bench.AuditTrailBench "$@"
