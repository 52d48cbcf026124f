# Shared by the benchmark scripts (sourced, not run): the platform admin the app is started with, waiting for the
# app, and an API token for it.
admin="bench-admin@example.org"
password="bench-password-123"
export MIA_ADMIN_EMAIL="$admin" MIA_ADMIN_PASSWORD="$password"
jar=target/mayors-in-action.jar

# Builds the jar when it is missing.
bench_jar() {
  [ -f "$jar" ] || ./mvnw -q -B -DskipTests package
}

# Waits until the app answers on the base URL.
bench_wait() {
  until curl -fs -o /dev/null "$1/"; do sleep 0.1; done
}

# Sets the array "auth" to the header of a new API token of the admin.
bench_token() {
  local token
  token=$(curl -fs -u "$admin:$password" -X POST "$1/api/v1/me/tokens" | sed 's/.*"token":"\([^"]*\)".*/\1/')
  auth=(-H "Authorization: Bearer $token")
}

# Creates a coordinator organisation and prints its id.
bench_organisation() {
  curl -fs "${auth[@]}" -H 'Content-Type: application/json' -X POST "$1/api/v1/organisations" \
    -d "{\"kind\":\"COORDINATOR\",\"name\":\"$2\",\"country\":\"IT\",\"territory\":\"Benchmark\"}" | sed 's/^{"id":\([0-9]*\).*/\1/'
}
