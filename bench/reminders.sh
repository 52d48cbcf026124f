#!/usr/bin/env bash
# Benchmark (run on demand, never in the test suite): one run of the daily reminder job over N generated signatories
# (default 1000), each with a commitment, supported by one organisation, every fifth with an editor, so that the job
# computes every schedule, matches lead times and writes digests. The data is loaded through the API with the job off;
# the app is then restarted on the same H2 file with the job due every 5 seconds, and the job's own log line
# ("Reminder run …: reminders=…, mails=…, N ms") is the measurement. Mail goes to a port nobody listens on: sending
# fails after the run has committed, which the measurement does not include.
# Usage: bench/reminders.sh [signatories]   (builds the jar first if it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-1000}"
port=18184
. bench/lib.sh
db="$PWD/target/bench-reminders/db"
bench_jar
rm -rf target/bench-reminders && mkdir -p target/bench-reminders
common=(--server.port=$port --mia.demo.enabled=false --spring.mail.port=1 --logging.level.eu.mayorsinaction.monitoring=INFO
  "--spring.datasource.url=jdbc:h2:file:$db;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")

java -jar "$jar" "${common[@]}" --mia.reminders.cron=- > target/bench-reminders/load.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
base="http://127.0.0.1:$port"
bench_wait "$base"
bench_token "$base"
org=$(bench_organisation "$base" "Reminder benchmark province")
csv=target/bench-reminders/signatories.csv
echo "name,country,region,population,adhesion_date,status" > "$csv"
today=$(date -u +%Y-%m-%d)
# COM_2050 (plan due 2 years after adhesion): adhesions spread so that some plans fall due at a lead time today.
adhesion() { date -u -d "$today - 2 years + $(($1 % 90)) days" +%Y-%m-%d; }
for i in $(seq 0 $((count - 1))); do
  echo "Reminder municipality $i,IT,Region $((i % 17)),$((1000 + i * 37)),$(adhesion $i),ACTIVE" >> "$csv"
done
curl -fs "${auth[@]}" -F "file=@$csv" "$base/api/v1/signatories/import?commit=true&supportedBy=$org" -o target/bench-reminders/import.json
ids=$(grep -o '"id":[0-9]*' target/bench-reminders/import.json | sed 's/"id"://' | sort -un)
n=0
for id in $ids; do
  decision=$(adhesion $n)
  curl -fs "${auth[@]}" -H 'Content-Type: application/json' -X POST "$base/api/v1/signatories/$id/commitments" \
    -d "{\"framework\":\"COM_2050\",\"councilDecisionDate\":\"$decision\",\"targetPercent\":55,\"targetYear\":2050,\"targetKind\":\"ABSOLUTE\"}" -o /dev/null
  [ $((n % 5)) -eq 0 ] && curl -fs "${auth[@]}" -H 'Content-Type: application/json' -X POST "$base/api/v1/users" \
    -d "{\"email\":\"editor.$id@bench.example.org\",\"displayName\":\"Editor $id\",\"preferredLanguage\":\"it\",\"password\":\"bench-password-123\",\"role\":\"SIGNATORY_EDITOR\",\"signatoryId\":$id}" -o /dev/null || true
  n=$((n + 1))
done
echo "organisation $org supports $n generated signatories, each with a commitment, every fifth with an editor"
kill $server; wait $server 2>/dev/null || true

java -jar "$jar" "${common[@]}" "--mia.reminders.cron=*/5 * * * * *" > target/bench-reminders/run.log 2>&1 &
server=$!
for _ in $(seq 1 600); do
  if grep -q "Reminder run" target/bench-reminders/run.log; then break; fi
  sleep 0.2
done
grep -o "Reminder run .*" target/bench-reminders/run.log | head -1
