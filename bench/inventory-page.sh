#!/usr/bin/env bash
# Benchmark (run on demand, never in the test suite): server time of the inventory entry page
# (/app/signatories/{id}/inventories/{inventoryId}/edit) with a full Table A grid (8 sectors × 15
# carriers = 120 cells filled), and of the read-only page and the live preview, timed on loopback.
# Goal: the edit page under 150 ms. Prints the load average too: wall times on a shared machine vary with it.
# Usage: bench/inventory-page.sh [requests-per-url] [warm-up-requests-per-url]
# (builds the jar first if it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
requests="${1:-200}"
warmup="${2:-150}"
port=18182
admin="bench-admin@example.org"
password="bench-password-123"
jar=target/mayors-in-action.jar
[ -f "$jar" ] || ./mvnw -q -B -DskipTests package

export MIA_ADMIN_EMAIL="$admin" MIA_ADMIN_PASSWORD="$password"
java -jar "$jar" --server.port=$port --mia.demo.enabled=false \
  "--spring.datasource.url=jdbc:h2:mem:benchinv;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" \
  > target/bench-inventory-server.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
until curl -fs -o /dev/null "http://127.0.0.1:$port/"; do sleep 0.2; done

base="http://127.0.0.1:$port"
printf 'name,country,population,status\nBenchmark town,IT,50000,ACTIVE\n' > target/bench-inventory-signatory.csv
curl -fs -u "$admin:$password" -F "file=@target/bench-inventory-signatory.csv" "$base/api/v1/signatories/import?commit=true" -o /dev/null
api_token=$(curl -fs -u "$admin:$password" -X POST "$base/api/v1/me/tokens" | sed 's/.*"token":"\([^"]*\)".*/\1/')
signatory=$(curl -fs -H "Authorization: Bearer $api_token" "$base/api/v1/signatories?q=Benchmark%20town" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)

# Every cell of the eight template sectors, each with a provenance and a note.
sectors=(MUNICIPAL_BUILDINGS TERTIARY_BUILDINGS RESIDENTIAL_BUILDINGS PUBLIC_LIGHTING INDUSTRY_NON_ETS MUNICIPAL_FLEET PUBLIC_TRANSPORT PRIVATE_COMMERCIAL_TRANSPORT)
carriers=(ELECTRICITY HEAT_COLD NATURAL_GAS LIQUID_GAS HEATING_OIL DIESEL GASOLINE LIGNITE COAL OTHER_FOSSIL PLANT_OIL BIOFUEL OTHER_BIOMASS SOLAR_THERMAL GEOTHERMAL)
rows=""
n=0
for s in "${sectors[@]}"; do
  for c in "${carriers[@]}"; do
    n=$((n + 1))
    rows="$rows{\"sector\":\"$s\",\"carrier\":\"$c\",\"mwh\":$((n * 1013)).5,\"provenance\":\"MEASURED\",\"note\":\"cell $n\"},"
  done
done
body="{\"type\":\"BEI\",\"year\":2010,\"population\":50000,\"nationalElectricityFactor\":0.4,\"heatFactor\":0.2,\
\"ownFactors\":{\"OTHER_FOSSIL\":0.3},\"consumption\":[${rows%,}],\
\"localElectricity\":[{\"plant\":\"PHOTOVOLTAIC\",\"mwh\":1200},{\"plant\":\"CHP\",\"mwh\":500,\"heatMwh\":800,\"tco2\":300}],\
\"nonEnergy\":[{\"sector\":\"WASTE\",\"tco2\":1500}]}"
inventory=$(curl -fs -H "Authorization: Bearer $api_token" -H 'Content-Type: application/json' -d "$body" \
  "$base/api/v1/signatories/$signatory/inventories" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
echo "signatory $signatory, inventory $inventory with $n Table A cells filled"

# A session for the pages.
jar_cookies=$(mktemp)
token=$(curl -fs -c "$jar_cookies" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
curl -fs -b "$jar_cookies" -c "$jar_cookies" -o /dev/null -d "username=$admin&password=$password&_csrf=$token" "$base/login"
edit="$base/app/signatories/$signatory/inventories/$inventory/edit"
status=$(curl -s -o target/bench-inventory-edit.html -w '%{http_code}' -b "$jar_cookies" "$edit")
filled=$(grep -o 'name="mwh\.[A-Z_.]*" value="[^"]\+"' target/bench-inventory-edit.html | wc -l || true)
echo "edit page: HTTP $status"
echo "edit page shows $filled filled grid cells"
csrf=$(curl -fs -b "$jar_cookies" "$edit" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
form_data="_csrf=$csrf&year=2010&type=BEI&population=50000&nationalElectricityFactor=0.4&heatFactor=0.2&ownFactor.OTHER_FOSSIL=0.3"
for s in "${sectors[@]}"; do for c in "${carriers[@]}"; do form_data="$form_data&mwh.$s.$c=1,234.5"; done; done

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$server/stat"; }
measure() {
  local label="$1"; shift
  # Warm-up, then the timed requests; curl's time_total on loopback is the server time plus a negligible
  # transfer. On a loaded machine wall time says more about the neighbours than about the page, so the
  # server's CPU time per request (all its threads, GC included, from /proc) is reported beside it.
  for _ in $(seq 1 "$warmup"); do curl -fs -o /dev/null "$@"; done
  local before after ticks
  before=$(cpu_ticks)
  for _ in $(seq 1 "$requests"); do curl -fs -o /dev/null -w '%{time_total}\n' "$@"; done > target/bench-times.txt
  after=$(cpu_ticks)
  ticks=$(getconf CLK_TCK)
  sort -n target/bench-times.txt | awk -v label="$label" -v cpu="$(( (after - before) * 1000 / ticks ))" '
    { t[NR] = $1 * 1000 } END { printf "%-44s p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms  server CPU %5.1f ms/request  (n=%d)\n", label, t[int(NR*0.5)], t[int(NR*0.95)], t[NR], cpu / NR, NR }'
}
measure "for comparison: the signatory page" -b "$jar_cookies" "$base/app/signatories/$signatory"
measure "edit page, full grid (120 cells)" -b "$jar_cookies" "$edit"
measure "read-only page, full grid" -b "$jar_cookies" "$base/app/signatories/$signatory/inventories/$inventory"
measure "live preview (htmx POST, 120 cells)" -b "$jar_cookies" -d "$form_data" "$base/app/signatories/$signatory/inventories/preview"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
rm -f "$jar_cookies"
