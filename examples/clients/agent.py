#!/usr/bin/env python3
"""An agent that asks a Charter decision server before every tool call (standard library only).

Before each tool call the agent sends the call to POST /v1/decide. It runs the tool only on
"permit". On "escalate" it long-polls GET /v1/escalations/{id}/wait until a reviewer approves
(then runs the tool), denies, or the escalation times out. Everything else -- "deny", an HTTP
error, a refused connection, a timeout, an answer it cannot read -- is deny: no answer means deny.

    export CHARTER_URL=http://127.0.0.1:8181 CHARTER_AGENT_TOKEN=...
    python3 examples/clients/agent.py            # the lending scenario
    python3 examples/clients/agent.py --expect permit,permit,deny   # exit 1 on other outcomes (CI)
"""

import argparse
import json
import os
import sys
import time
import urllib.error
import urllib.request

AGENT = "lending-agent-v2"
CONTEXT = {"identity_verified": True, "account_status": "active", "market_halted": False}


class Charter:
    """A client of the decision server. Every failure becomes a deny."""

    def __init__(self, url, token, timeout=10.0):
        self.url = url.rstrip("/")
        self.token = token
        self.timeout = timeout

    def _call(self, method, path, body=None, timeout=None):
        data = None if body is None else json.dumps(body).encode("utf-8")
        request = urllib.request.Request(self.url + path, data=data, method=method)
        request.add_header("Authorization", "Bearer " + self.token)
        if data is not None:
            request.add_header("Content-Type", "application/json")
        try:
            with urllib.request.urlopen(request, timeout=timeout or self.timeout) as response:
                return response.status, json.loads(response.read().decode("utf-8"))
        except urllib.error.HTTPError as error:
            try:
                return error.code, json.loads(error.read().decode("utf-8"))
            except ValueError:
                return error.code, {"error": "http_%d" % error.code, "message": "unreadable error body"}
        except (OSError, ValueError) as error:  # refused, reset, timed out, not JSON
            return None, {"error": "no_answer", "message": str(error)}

    def decide(self, request):
        """The decision for one tool call: a dict with "decision"; deny whenever there is no good answer."""
        status, body = self._call("POST", "/v1/decide", request)
        if status != 200 or not isinstance(body, dict) or body.get("decision") not in ("permit", "deny", "escalate"):
            return {"decision": "deny", "reason_code": body.get("error", "no_answer"), "reason": body.get("message", "")}
        return body

    def wait(self, escalation_id, patience):
        """Waits for a reviewer (long-polls of up to 30 s) until resolved or `patience` seconds pass."""
        deadline = time.monotonic() + patience
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                return {"decision": "deny", "reason_code": "gave_up_waiting", "reason": "no resolution in time"}
            poll = max(1, min(30, int(left)))
            status, view = self._call(
                "GET", "/v1/escalations/%d/wait?timeout=%ds" % (escalation_id, poll), timeout=poll + 10)
            if status != 200 or not isinstance(view, dict):
                # No answer is deny; a server restarting is retried until our patience runs out.
                time.sleep(1)
                continue
            if view.get("state") != "open":
                return view


def guarded(charter, request, tool, patience):
    """Runs `tool` only if Charter permits `request`; returns the outcome ("permit" or "deny")."""
    decision = charter.decide(request)
    effect = decision.get("decision")
    if effect == "escalate":
        print("  escalated to %s (id %s); waiting for a reviewer" % (decision.get("route"), decision.get("seq")))
        view = charter.wait(int(decision["seq"]), patience)
        effect = "permit" if view.get("decision") == "permit" else "deny"
        print("  %s: %s" % (view.get("state", view.get("reason_code")), view.get("reason")))
    if effect == "permit":
        tool()
        return "permit"
    print("  denied (%s): %s" % (decision.get("reason_code"), decision.get("reason")))
    return "deny"


def payment(amount, at, agent=AGENT):
    return {
        "agent": agent,
        "action": "initiate_payment",
        "request": {"amount": amount, "destination": "external-account"},
        "context": CONTEXT,
        "time": at,
        "chain": ["orchestrator", agent],
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default=os.environ.get("CHARTER_URL", "http://127.0.0.1:8181"))
    parser.add_argument("--token", default=os.environ.get("CHARTER_AGENT_TOKEN"))
    parser.add_argument("--patience", type=float, default=120.0, help="seconds to wait for a reviewer")
    parser.add_argument("--expect", help="comma-separated outcomes; exit 1 if they differ")
    args = parser.parse_args()
    if not args.token:
        parser.error("give --token or set CHARTER_AGENT_TOKEN")
    charter = Charter(args.url, args.token)

    plan = [
        ("pay 500.00", payment("500.00", "2026-04-14T11:43:10Z")),
        ("pay 15000.00", payment("15000.00", "2026-04-14T11:42:09Z")),
        ("pay 500.00 as another agent", payment("500.00", "2026-04-14T11:44:00Z", agent="stray-agent")),
    ]
    outcomes = []
    for name, request in plan:
        print("tool call: %s" % name)
        outcomes.append(guarded(charter, request, lambda: print("  tool ran: %s" % name), args.patience))
    print("outcomes: %s" % ",".join(outcomes))
    if args.expect and outcomes != args.expect.split(","):
        print("expected %s" % args.expect, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
