#!/usr/bin/env bash
# JMH benchmark of the inventory calculation engine (goal: >= 1,000,000 full inventories per second on one
# core). Compiles the tests, then runs EngineBenchmark on the test classpath. Extra arguments go to JMH;
# without any: a short run, -wi 2 -i 3 -f 1 -t 1.
#   bench/engine.sh                      # short run
#   bench/engine.sh -wi 5 -i 10 -f 2     # longer, steadier run
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -Dspring-javaformat.skip=true test-compile dependency:build-classpath \
	-Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
if [ "$#" -eq 0 ]; then
	set -- -wi 2 -i 3 -f 1 -t 1
fi
exec java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" org.openjdk.jmh.Main \
	EngineBenchmark "$@"
