#!/usr/bin/env bash
# Kills `caravan serve` with kill -9 while 20 editors write through the API, again and again on one
# data directory, and checks after each round that the store opens, every acknowledged write is there
# as acknowledged, the audit log matches the records and no write is half there (CrashRounds).
# Usage: [STORE=postgres] [SEED=n] scripts/crash-test.sh [ROUNDS=100] [MIN_MS=4000] [MAX_MS=20000] [WRITERS=20] [DATA_DIR]
# (STORE=postgres: the same rounds on an embedded PostgreSQL started by the test, for comparison)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rounds="${1:-100}"; min="${2:-4000}"; max="${3:-20000}"; writers="${4:-20}"
dir="${5:-$(mktemp -d /tmp/caravan-crash.XXXXXX)/data}"
cd "$here"
if [ ! -f target/test-classpath.txt ] || [ ! -d target/test-classes/caravan/store ]; then
  mvn -B -q -DskipTests test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test >&2
fi
echo "data directory: $dir" >&2
exec java -Xmx256m -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  caravan.store.CrashRounds "$dir" "$rounds" "$min" "$max" "$writers" "${SEED:-$RANDOM}" "${STORE:-h2}"
