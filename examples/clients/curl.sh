#!/usr/bin/env bash
# The decision server with curl alone: decide, escalate, approve as a reviewer, wait as the agent.
# Needs CHARTER_URL, CHARTER_AGENT_TOKEN and CHARTER_REVIEWER_TOKEN (charter serve --demo prints them).
# Exits 1 if an answer is not the one the fintech example gives. A client that gets no answer, or
# any status but 200, must treat it as deny: curl --fail-with-body makes that an error here.
set -euo pipefail
: "${CHARTER_URL:?set CHARTER_URL}" "${CHARTER_AGENT_TOKEN:?set CHARTER_AGENT_TOKEN}" "${CHARTER_REVIEWER_TOKEN:?set CHARTER_REVIEWER_TOKEN}"

as_agent=(-sS --fail-with-body --max-time 60 -H "Authorization: Bearer $CHARTER_AGENT_TOKEN")
as_reviewer=(-sS --fail-with-body --max-time 60 -H "Authorization: Bearer $CHARTER_REVIEWER_TOKEN")
json=(-H 'Content-Type: application/json')
context='"context":{"identity_verified":true,"account_status":"active","market_halted":false}'

expect() { # expect WHAT TEXT PATTERN
  if ! grep -q -- "$3" <<<"$2"; then
    echo "curl.sh: $1: expected $3 in: $2" >&2
    exit 1
  fi
  echo "ok: $1"
}

small=$(curl "${as_agent[@]}" "${json[@]}" "$CHARTER_URL/v1/decide" -d '{"agent":"lending-agent-v2","action":"initiate_payment","request":{"amount":"500.00","destination":"external-account"},'"$context"',"time":"2026-04-14T11:43:10Z","chain":["orchestrator","lending-agent-v2"]}')
expect "a 500.00 payment is permitted" "$small" '"decision":"permit"'

large=$(curl "${as_agent[@]}" "${json[@]}" "$CHARTER_URL/v1/decide" -d '{"agent":"lending-agent-v2","action":"initiate_payment","request":{"amount":"15000.00","destination":"external-account"},'"$context"',"time":"2026-04-14T11:42:09Z","chain":["orchestrator","lending-agent-v2"]}')
expect "a 15000.00 payment escalates to senior_ops" "$large" '"route":"senior_ops"'
id=$(sed -E 's/.*"seq":([0-9]+)\}$/\1/' <<<"$large")

open=$(curl "${as_reviewer[@]}" "$CHARTER_URL/v1/escalations?state=open")
expect "the reviewer sees escalation $id" "$open" "\"id\":$id"

approved=$(curl "${as_reviewer[@]}" "${json[@]}" "$CHARTER_URL/v1/escalations/$id/approve" -d '{"reason":"invoice matches the loan agreement"}')
expect "the reviewer approves it" "$approved" '"state":"approved"'

waited=$(curl "${as_agent[@]}" "$CHARTER_URL/v1/escalations/$id/wait?timeout=5s")
expect "the agent's wait returns permit" "$waited" '"decision":"permit"'

mismatch=$(curl "${as_agent[@]}" "${json[@]}" "$CHARTER_URL/v1/decide" -d '{"agent":"stray-agent","action":"initiate_payment","request":{"amount":"500.00","destination":"external-account"},'"$context"',"time":"2026-04-14T11:44:00Z","chain":["stray-agent"]}')
expect "a request naming another agent is denied" "$mismatch" '"reason_code":"agent_mismatch"'

status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $CHARTER_AGENT_TOKEN" "${json[@]}" "$CHARTER_URL/v1/decide" -d 'not json')
expect "a body that is not JSON is 400" "$status" '^400$'
