#!/usr/bin/env bash
# The independent tlog-tiles client (scripts/tlog_client.py, written from the C2SP specs and
# RFC 9162, not from our Swift code) against a live `confidant serve`:
#
#   1. the client's own self-test against the known-answer vectors (the repository's copy of
#      ../shared/tlog-vectors.txt, which the Swift tests also read);
#   2. an empty log: the server's signed size-0 checkpoint verifies;
#   3. a log of 1,500 events verifies (every tile, bundle and the root), and its checkpoint is saved;
#   4. 700 more events appended while the server runs: the new checkpoint verifies and is
#      consistent with the saved one;
#   5. one bit of a stored tile flipped in the database: the client must fail.
#
# Usage: scripts/interop-check.sh [path/to/confidant]   (default .build/debug/confidant)
# Needs python3 with `cryptography` (Debian: python3-cryptography). Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."

CONFIDANT=${1:-.build/debug/confidant}
PYTHON=${PYTHON:-python3}
# The repository's copy, so the check runs from any clone (../shared need not exist).
VECTORS=Tests/TransparencyLogTests/Resources/tlog-vectors.txt
WORK=$(mktemp -d /tmp/confidant-interop.XXXXXX)
SERVER=""
cleanup() {
    if [[ -n "$SERVER" ]]; then kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT

step() { printf -- '--- %s\n' "$*"; }
fail() { printf 'interop-check: FAIL: %s\n' "$*" >&2; exit 1; }

PORT=$("$PYTHON" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
DB="$WORK/log.sqlite"
KEY="$WORK/log.key"
STATE="$WORK/checkpoint.txt"

step "client self-test against the known-answer vectors"
"$PYTHON" scripts/tlog_client.py selftest "$VECTORS" | tail -1

step "a small registry and a match model, so that the server can start"
"$CONFIDANT" seed --patients 500 --seed 3 --db "$DB" >/dev/null
"$CONFIDANT" trace train --db "$DB" --model "$WORK/model.json" >/dev/null 2>&1
VKEY=$("$CONFIDANT" keygen --name interop.confidant.test/log --out "$KEY")

start_server() {
    "$CONFIDANT" serve --db "$DB" --log-key "$KEY" --model "$WORK/model.json" --port "$PORT" \
        --log-level warning 2>"$WORK/server.log" &
    SERVER=$!
    for _ in $(seq 1 100); do
        if "$PYTHON" -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$PORT/healthz')" 2>/dev/null
        then return 0; fi
        sleep 0.1
    done
    cat "$WORK/server.log" >&2
    fail "the server did not start"
}
verify() { "$PYTHON" scripts/tlog_client.py verify --url "http://127.0.0.1:$PORT/log/" --key "$VKEY" "$@"; }

start_server
step "an empty log: the signed size-0 checkpoint"
verify --state "$STATE"

step "1,500 events"
"$CONFIDANT" log bench --appends 1500 --db "$DB" --log-key "$KEY" --json >/dev/null
verify --state "$STATE"

step "700 more, appended while the server runs: consistent with the saved checkpoint"
"$CONFIDANT" log bench --appends 700 --db "$DB" --log-key "$KEY" --json >/dev/null
verify --state "$STATE"

step "a tampered tile must be caught"
"$PYTHON" - "$DB" <<'EOF'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
(data,) = db.execute("SELECT data FROM log_tile WHERE level = 0 AND idx = 3").fetchone()
data = bytearray(data); data[77] ^= 1
db.execute("UPDATE log_tile SET data = ? WHERE level = 0 AND idx = 3", (bytes(data),))
db.commit()
EOF
if verify >"$WORK/tampered.txt" 2>&1; then fail "the client accepted a tampered tile"; fi
echo "rejected: $(tail -1 "$WORK/tampered.txt")"

echo "interop-check: the independent client verified the live log and caught the tampered tile"
