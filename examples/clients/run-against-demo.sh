#!/usr/bin/env bash
# CI: starts `charter serve --demo` on a free port, runs curl.sh, then the Python agent while a
# reviewer (curl) approves its escalation. Fails if either client does not get the expected answers.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
jar=cli/target/charter.jar
[[ -f $jar ]] || { echo "run-against-demo.sh: build first (mvn -B verify)" >&2; exit 2; }

log=$(mktemp)
java -jar "$jar" serve --demo --port 0 >"$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 240); do
  grep -q '^export CHARTER_OPERATOR_TOKEN=' "$log" && break
  kill -0 "$server" 2>/dev/null || { cat "$log" >&2; echo "run-against-demo.sh: the server did not start" >&2; exit 1; }
  sleep 0.5
done
eval "$(grep '^export CHARTER_' "$log")"
echo "server at $CHARTER_URL"

examples/clients/curl.sh

python3 examples/clients/agent.py --patience 60 --expect permit,permit,deny &
agent=$!
# The reviewer: approve the agent's escalation as soon as it is open.
for _ in $(seq 1 120); do
  id=$(curl -sS -H "Authorization: Bearer $CHARTER_REVIEWER_TOKEN" "$CHARTER_URL/v1/escalations?state=open" \
    | grep -oE '"id":[0-9]+' | head -n 1 | cut -d: -f2 || true)
  if [[ -n $id ]]; then
    curl -sS --fail-with-body -H "Authorization: Bearer $CHARTER_REVIEWER_TOKEN" -H 'Content-Type: application/json' \
      "$CHARTER_URL/v1/escalations/$id/approve" -d '{"reason":"approved by the CI reviewer"}' >/dev/null
    echo "reviewer approved escalation $id"
    break
  fi
  sleep 0.5
done
wait "$agent"
echo "the Python agent and curl got the expected answers"
