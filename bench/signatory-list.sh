#!/usr/bin/env bash
# Benchmark (run on demand, never in the test suite):
#  1. start-up of the packaged jar until the first page answers;
#  2. the signatory list (API and page) with 1,000 generated signatories, timed on loopback.
# Usage: bench/signatory-list.sh [requests-per-url]   (builds the jar first if it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
requests="${1:-200}"
port=18181
admin="bench-admin@example.org"
password="bench-password-123"
jar=target/mayors-in-action.jar
[ -f "$jar" ] || ./mvnw -q -B -DskipTests package

export MIA_ADMIN_EMAIL="$admin" MIA_ADMIN_PASSWORD="$password"
start=$(date +%s%N)
java -jar "$jar" --server.port=$port --mia.demo.enabled=false \
  "--spring.datasource.url=jdbc:h2:mem:bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" \
  > target/bench-server.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
until curl -fs -o /dev/null "http://127.0.0.1:$port/"; do sleep 0.1; done
echo "start-up to first page: $(( ($(date +%s%N) - start) / 1000000 )) ms"

csv=target/bench-signatories.csv
echo "name,country,region,population,status" > "$csv"
countries=(IT ES GR HR PL BE)
for i in $(seq 1 1000); do
  echo "Benchmark municipality $i,${countries[$((i % 6))]},Region $((i % 17)),$((1000 + i * 37)),ACTIVE" >> "$csv"
done
curl -fs -u "$admin:$password" -F "file=@$csv" "http://127.0.0.1:$port/api/v1/signatories/import?commit=true" -o /dev/null
echo "imported 1,000 generated signatories"
# A bearer token: HTTP Basic would time the (deliberately slow) password hash on every request.
api_token=$(curl -fs -u "$admin:$password" -X POST "http://127.0.0.1:$port/api/v1/me/tokens" | sed 's/.*"token":"\([^"]*\)".*/\1/')

# A session for the page.
jar_cookies=$(mktemp)
token=$(curl -fs -c "$jar_cookies" "http://127.0.0.1:$port/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
curl -fs -b "$jar_cookies" -c "$jar_cookies" -o /dev/null -d "username=$admin&password=$password&_csrf=$token" "http://127.0.0.1:$port/login"

measure() {
  local label="$1"; shift
  # Warm-up, then the timed requests; curl's time_total on loopback is the server time plus a negligible transfer.
  for _ in $(seq 1 30); do curl -fs -o /dev/null "$@"; done
  for _ in $(seq 1 "$requests"); do curl -fs -o /dev/null -w '%{time_total}\n' "$@"; done | sort -n | awk -v label="$label" '
    { t[NR] = $1 * 1000 } END { printf "%-48s p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms  (n=%d)\n", label, t[int(NR*0.5)], t[int(NR*0.95)], t[NR], NR }'
}
measure "API list, first page of 25 by name" -H "Authorization: Bearer $api_token" "http://127.0.0.1:$port/api/v1/signatories?size=25"
measure "API list, filtered by country, by population" -H "Authorization: Bearer $api_token" "http://127.0.0.1:$port/api/v1/signatories?country=IT&sort=-population&size=25"
measure "API list, text search, page 10" -H "Authorization: Bearer $api_token" "http://127.0.0.1:$port/api/v1/signatories?q=municipality&page=10&size=25"
measure "page /app/signatories (HTML, session)" -b "$jar_cookies" "http://127.0.0.1:$port/app/signatories"
rm -f "$jar_cookies"
