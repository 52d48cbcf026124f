#!/usr/bin/env bash
# Benchmark (run on demand, never in the test suite): rows per second of the bulk CSV import of 10,000
# signatories' BEIs (5 values each: 50,000 rows) from the start of the background job to DONE, on H2 (in
# memory) and on PostgreSQL (embedded, as the tests use it), against a plain JDBC batch insert of the same
# rows into the same tables. Compiles the tests, then runs BulkImportBenchmark on the test classpath.
#   bench/bulk-import.sh                  # H2 and PostgreSQL, 10,000 signatories
#   bench/bulk-import.sh h2 2000          # H2 only, 2,000 signatories
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -o -q -B -Dspring-javaformat.skip=true test-compile dependency:build-classpath \
	-Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
exec java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
	eu.mayorsinaction.inventory.bench.BulkImportBenchmark "$@"
