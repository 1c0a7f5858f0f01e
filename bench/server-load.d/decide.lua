-- wrk script for bench/server-load: POST /v1/decide with the agent's token (keep-alive), the
-- 500.00 payment of examples/fintech/requests.jsonl line 2 (a permit, recorded durably before
-- the answer). Prints the figures bench/server-load collects as one machine-readable line.
wrk.method = "POST"
wrk.path = "/v1/decide"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("CHARTER_AGENT_TOKEN")
wrk.body = '{"agent": "lending-agent-v2", "action": "initiate_payment", "request": {"amount": "500.00", '
  .. '"destination": "external-account"}, "context": {"identity_verified": true, "account_status": "active", '
  .. '"market_halted": false}, "time": "2026-04-14T11:43:10Z", "chain": ["orchestrator", "lending-agent-v2"]}'

local non200 = 0
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function response(status, headers, body)
  if status ~= 200 or not string.find(body, '"seq":', 1, true) then
    non200 = non200 + 1
  end
end

function done(summary, latency, requests)
  local bad = 0
  for _, t in ipairs(threads) do
    bad = bad + (t:get("non200") or 0)
  end
  local seconds = summary.duration / 1e6
  io.write(string.format(
    "RESULT requests=%d non200=%d errors=%d seconds=%.2f rate=%.0f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f\n",
    summary.requests, bad, summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.status + summary.errors.timeout,
    seconds, (summary.requests - bad) / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
