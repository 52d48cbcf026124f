#!/usr/bin/env bash
# Benchmark (run on demand, never in the test suite): the coordinator's cockpit over 300 generated signatories
# (each with a commitment, so that its schedule is computed), API and page, timed on loopback.
# Usage: bench/cockpit.sh [requests-per-url]   (builds the jar first if it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
requests="${1:-200}"
port=18183
. bench/lib.sh
bench_jar

rm -rf target/bench-access && mkdir -p target/bench-access
# Tomcat's access log gives the server time of each request (%D, microseconds), without curl and loopback.
java ${BENCH_JAVA_OPTS:-} -jar "$jar" --server.port=$port --mia.demo.enabled=false \
  --server.tomcat.accesslog.enabled=true --server.tomcat.accesslog.directory="$PWD/target/bench-access" \
  "--server.tomcat.accesslog.pattern=%m %U %q %s %D" --server.tomcat.accesslog.buffered=false \
  "--spring.datasource.url=jdbc:h2:mem:bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" \
  > target/bench-server.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
base="http://127.0.0.1:$port"
bench_wait "$base"
bench_token "$base"

org=$(bench_organisation "$base" "Benchmark province")
csv=target/bench-cockpit-signatories.csv
echo "name,country,region,population,adhesion_date,status" > "$csv"
countries=(IT ES GR HR PL BE)
for i in $(seq 1 300); do
  echo "Cockpit municipality $i,${countries[$((i % 6))]},Region $((i % 17)),$((1000 + i * 37)),$((2009 + i % 14))-0$((1 + i % 9))-1$((i % 9)),ACTIVE" >> "$csv"
done
curl -fs "${auth[@]}" -F "file=@$csv" "$base/api/v1/signatories/import?commit=true&supportedBy=$org" -o target/bench-cockpit-import.json
ids=$(grep -o '"id":[0-9]*' target/bench-cockpit-import.json | sed 's/"id"://' | sort -un)
n=0
for id in $ids; do
  year=$((2009 + n % 14)); framework=COM_2020; target=2020; percent=20
  if [ $year -ge 2016 ]; then framework=COM_2030; target=2030; percent=40; fi
  curl -fs "${auth[@]}" -H 'Content-Type: application/json' -X POST "$base/api/v1/signatories/$id/commitments" \
    -d "{\"framework\":\"$framework\",\"councilDecisionDate\":\"$year-03-01\",\"targetPercent\":$percent,\"targetYear\":$target,\"targetKind\":\"ABSOLUTE\"}" -o /dev/null
  n=$((n + 1))
done
echo "organisation $org supports $n generated signatories with a commitment each"

jar_cookies=$(mktemp)
token=$(curl -fs -c "$jar_cookies" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
curl -fs -b "$jar_cookies" -c "$jar_cookies" -o /dev/null -d "username=$admin&password=$password&_csrf=$token" "$base/login"

measure() {
  local label="$1"; shift
  for _ in $(seq 1 30); do curl -fs -o /dev/null "$@"; done
  local before
  before=$(cat target/bench-access/* | wc -l)
  for _ in $(seq 1 "$requests"); do curl -fs -o /dev/null -w '%{time_total}\n' "$@"; done | sort -n | awk -v label="$label" '
    { t[NR] = $1 * 1000 } END { printf "%-44s p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms  (n=%d, client)\n", label, t[int(NR*0.5)], t[int(NR*0.95)], t[NR], NR }'
  cat target/bench-access/* | tail -n +$((before + 1)) | awk '{ print $NF / 1000 }' | sort -n | awk -v label="" '
    { t[NR] = $1 } END { printf "%-44s p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms  (n=%d, server)\n", label, t[int(NR*0.5)], t[int(NR*0.95)], t[NR], NR }'
}
measure "API cockpit, 300 signatories" "${auth[@]}" "$base/api/v1/organisations/$org/cockpit"
measure "API cockpit, filtered (risk HIGH)" "${auth[@]}" "$base/api/v1/organisations/$org/cockpit?risk=HIGH"
measure "page /app/organisations/{id}/cockpit (HTML)" -b "$jar_cookies" "$base/app/organisations/$org/cockpit"
measure "CSV export" "${auth[@]}" "$base/api/v1/organisations/$org/cockpit/export?format=csv"
rm -f "$jar_cookies"
