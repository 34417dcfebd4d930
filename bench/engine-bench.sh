#!/usr/bin/env bash
# Runs the engine benchmark: engine vs python3 on bench/programs, trace size, view time.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile
cp=$(mvn -q -B dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
exec java -cp "target/classes:target/test-classes:$cp" heapquest.bench.EngineBenchmark "$@"
