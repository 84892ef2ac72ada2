#!/usr/bin/env bash
# Load test for POST /v1/requests (issue 4): a release `confidant serve` on a SQLite
# registry, driven by wrk from a second process on loopback.
#
#   scripts/load-test.sh REGISTRY.sqlite MODEL.json [SECONDS] [CONNECTIONS]
#
# The registry is copied (the original is left untouched); the script adds a police
# agency, its officers, an agreement and a key, writes 5,000 request bodies for random
# unrestricted patients (by NHS number and birth date), runs wrk and prints its JSON
# summary. Every request goes through authentication, validation, trace, policy and
# three events in the transparency log.
set -euo pipefail
registry=${1:?usage: scripts/load-test.sh REGISTRY.sqlite MODEL.json [SECONDS] [CONNECTIONS]}
model=${2:?usage: scripts/load-test.sh REGISTRY.sqlite MODEL.json [SECONDS] [CONNECTIONS]}
seconds=${3:-30}
connections=${4:-32}
root=$(cd "$(dirname "$0")/.." && pwd)
confidant=${CONFIDANT:-$root/.build/release/confidant}
work=$(mktemp -d)
port=18181
cleanup() {
  [[ -n "${server:-}" ]] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

cp "$registry" "$work/registry.sqlite"
db=(--db "$work/registry.sqlite")
"$confidant" keygen --name confidant.loadtest/log --out "$work/log.key" > /dev/null
"$confidant" agency add "${db[@]}" --id load-police --name "Load Test Police" --kind police > /dev/null
"$confidant" agency add-officer "${db[@]}" --id load-officer --agency load-police --name "Officer" > /dev/null
"$confidant" agency add-officer "${db[@]}" --id load-senior --agency load-police --name "Senior" --senior > /dev/null
cat > "$work/agreement.json" <<JSON
{"id": "load-police-agreement", "agency": "load-police", "title": "Load test",
 "purposes": ["detection-of-crime"], "permitted_fields": ["identity", "location"],
 "legal_bases": ["crime-and-taxation"], "effective_from": "2017-01-01",
 "status_history": [{"status": "active", "on": "2017-01-01"}]}
JSON
"$confidant" agreement add "${db[@]}" "$work/agreement.json" > /dev/null
key=$("$confidant" key issue "${db[@]}" --officer load-officer 2> /dev/null)

sqlite3 -separator ' ' "$work/registry.sqlite" \
  "SELECT nhs_number, birth_date FROM patient WHERE security_label = 'U' ORDER BY random() LIMIT 5000" |
  while read -r nhs birth; do
    printf '{"countersignatory":"load-senior","case_reference":"LOAD-%s","agreement":"load-police-agreement","purpose":"detection-of-crime","offence":{"category":"murder"},"legal_basis":"crime-and-taxation","other_means_tried":["dvla"],"subject":{"nhs_number":"%010d","birth_date":"%s"},"requested_fields":["identity","location"]}\n' \
      "$nhs" "$nhs" "$birth"
  done > "$work/bodies.jsonl"

"$confidant" serve "${db[@]}" --model "$model" --log-key "$work/log.key" --policies "$root/policies" \
  --port "$port" --log-level warning &
server=$!
for _ in $(seq 1 100); do
  curl -sf "http://127.0.0.1:$port/healthz" > /dev/null && break
  sleep 0.2
done

BODIES="$work/bodies.jsonl" KEY="$key" wrk -t2 -c"$connections" -d"${seconds}s" --latency \
  -s "$root/scripts/submit.lua" "http://127.0.0.1:$port" | tail -1
echo "log entries: $(curl -s "http://127.0.0.1:$port/log/checkpoint" | sed -n 2p)" >&2
