"""The agent of examples/gateway/run.sh: the official Python MCP SDK's own client (`mcp` 2.3.0,
Streamable HTTP with a bearer token) in one governed session through `charter gateway` in front of
the MCP filesystem server. It prints one line per thing it saw and checks each against what the
rules of examples/gateway/filesystem.charter say must happen:

  1. tools/list shows exactly the six tools some request of this agent may use;
  2. reading DATA/public/notes.txt is permitted and returns the file;
  3. writing DATA/workspace/../public/notes.txt is refused: isError, the refusal text, and
     _meta["dev.charter/decision"] = {effect: deny, reason_code: rule, rule: no_parent_segments, seq};
     notes.txt is unchanged;
  4. writing DATA/workspace/report.md is escalated: the call waits until a reviewer approves it
     (run.sh does, over the escalation API), then runs and the file holds what was written.

    CHARTER_AGENT_TOKEN=... python agent.py URL DATA

Exit 0 when everything was as expected, 1 with a line per mismatch otherwise, 2 on bad usage.
"""

from __future__ import annotations

import asyncio
import os
import sys
import time
from pathlib import Path
from typing import Any

import httpx2
from mcp import ClientSession
from mcp.client.streamable_http import streamable_http_client

# An escalated call waits for a person: longer than the SDK's default read timeouts.
CALL_TIMEOUT_SECONDS = 180.0

EXPECTED_TOOLS = [
    "fs.create_directory",
    "fs.edit_file",
    "fs.read_file",
    "fs.read_media_file",
    "fs.read_text_file",
    "fs.write_file",
]
NOTES = "Quarterly numbers: 42\n"
REPORT = "# Report\n"


def say(line: str) -> None:
    print(line, flush=True)


def text_of(result: Any) -> str:
    return "\n".join(block.text for block in result.content if getattr(block, "type", None) == "text")


async def timed_call(
    session: ClientSession, tool: str, arguments: dict[str, Any], note: str = ""
) -> tuple[Any, float]:
    say(f"-> {tool} {arguments['path']}{note}")
    started = time.monotonic()
    result = await session.call_tool(tool, arguments, read_timeout_seconds=CALL_TIMEOUT_SECONDS)
    return result, time.monotonic() - started


async def session_through_gateway(url: str, token: str, data: Path, problems: list[str]) -> None:
    """Runs the session; each outcome that is not as expected is added to `problems`."""

    def expect(ok: bool, what: str) -> None:
        if not ok:
            problems.append(what)

    notes = data / "public" / "notes.txt"
    report = data / "workspace" / "report.md"
    timeout = httpx2.Timeout(30.0, read=CALL_TIMEOUT_SECONDS + 30.0)
    async with httpx2.AsyncClient(headers={"Authorization": f"Bearer {token}"}, timeout=timeout) as http:
        async with streamable_http_client(url, http_client=http) as (read, write):
            async with ClientSession(read, write) as session:
                initialized = await session.initialize()
                server = initialized.server_info
                say(f"connected to {server.name} {server.version} (Python MCP SDK client)")

                listed = sorted(tool.name for tool in (await session.list_tools()).tools)
                say(f"tools/list: {', '.join(listed)}")
                expect(listed == EXPECTED_TOOLS, f"the agent is shown the six tools it may use, not {listed}")

                read_result, seconds = await timed_call(session, "fs.read_text_file", {"path": str(notes)})
                say(f"   isError={read_result.is_error} text={text_of(read_result)!r} ({seconds * 1000:.0f} ms)")
                expect(
                    not read_result.is_error and text_of(read_result) == NOTES,
                    f"the permitted read returns the file, not {text_of(read_result)!r}",
                )

                escape = data / "workspace" / ".." / "public" / "notes.txt"
                denied, seconds = await timed_call(session, "fs.write_file", {"path": str(escape), "content": "overwritten"})
                decision = (denied.meta or {}).get("dev.charter/decision") or {}
                say(f"   isError={denied.is_error} text={text_of(denied)!r} ({seconds * 1000:.0f} ms)")
                say(f"   _meta[\"dev.charter/decision\"]={decision}")
                expect(denied.is_error, "the write through .. is an error result")
                expect(
                    text_of(denied).startswith("NOT EXECUTED: fs.write_file was refused by Charter"),
                    f"the write through .. returns the refusal, not {text_of(denied)!r}",
                )
                expect(
                    decision.get("effect") == "deny"
                    and decision.get("reason_code") == "rule"
                    and decision.get("rule") == "no_parent_segments"
                    and isinstance(decision.get("seq"), int),
                    f"the refusal names deny, reason code rule, rule no_parent_segments and a seq, not {decision}",
                )
                expect(notes.read_text() == NOTES, "the refused write left notes.txt alone")

                approved, seconds = await timed_call(
                    session,
                    "fs.write_file",
                    {"path": str(report), "content": REPORT},
                    " (escalated by the rules: waits for a reviewer)",
                )
                say(f"   isError={approved.is_error} text={text_of(approved)!r} ({seconds * 1000:.0f} ms)")
                expect(not approved.is_error, f"the approved write runs, not {text_of(approved)!r}")
                expect(
                    report.is_file() and report.read_text() == REPORT,
                    "the approved write put the report in the workspace",
                )


def describe(failure: BaseException) -> str:
    """A failure as one line; the SDK's task groups wrap it in exception groups (of one, here)."""
    while len(getattr(failure, "exceptions", ())) == 1:
        failure = failure.exceptions[0]
    return f"{type(failure).__name__}: {failure}"


def main() -> int:
    if len(sys.argv) != 3 or not os.environ.get("CHARTER_AGENT_TOKEN"):
        print("usage: CHARTER_AGENT_TOKEN=... python agent.py URL DATA", file=sys.stderr)
        return 2
    url, data = sys.argv[1], Path(sys.argv[2])
    problems: list[str] = []
    try:
        asyncio.run(session_through_gateway(url, os.environ["CHARTER_AGENT_TOKEN"], data, problems))
    except Exception as failure:  # the session itself failed: say how, without a stack trace
        problems.append(f"the session with {url} failed: {describe(failure)}")
    if problems:
        print(f"agent.py: not as expected: {'; '.join(problems)}", file=sys.stderr)
        return 1
    say("every outcome as expected")
    return 0


if __name__ == "__main__":
    sys.exit(main())
