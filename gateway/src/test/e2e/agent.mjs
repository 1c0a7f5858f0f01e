// The agent of GatewayEndToEndTest: the TypeScript MCP SDK's own client, connected to an MCP server
// (the Charter gateway, or any other), runs a list of steps and prints one JSON line per thing it
// saw, as soon as it saw it, so that the test can act while a call is still waiting (a reviewer
// approving an escalation).
//
//   node agent.mjs CONNECTION STEPS
//
// CONNECTION is JSON, one of
//   {"url": "http://127.0.0.1:8282/mcp", "token": "..."}   Streamable HTTP, the token as a bearer token
//   {"command": "java", "args": [...], "env": {...}, "cwd": "..."}   a server spawned over stdio
// STEPS is a JSON array of {"list": true} or {"call": TOOL, "arguments": {...}}.
//
// Lines printed: {"connected": {"name", "version"}}, then per step
//   {"step": I, "tools": [NAME, ...]}
//   {"step": I, "started": TOOL}                          before a call is sent
//   {"step": I, "tool": TOOL, "isError": BOOL, "text": TEXT, "decision": D, "ms": MS}   the call's result;
//       D is the result's _meta "dev.charter/decision" (the gateway's refusals), null without one
//   {"step": I, "tool": TOOL, "error": {"code": CODE, "message": MESSAGE}, "ms": MS}   a JSON-RPC error
// and {"closed": true} at the end. Exit 0 when every step ran (whatever the results), 1 otherwise.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport, getDefaultEnvironment } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';

// An escalated call waits for a person: longer than the SDK's default 60 s.
const CALL_TIMEOUT_MS = 180_000;

const [connectionJson, stepsJson] = process.argv.slice(2);
if (!connectionJson || !stepsJson) {
  console.error('usage: node agent.mjs CONNECTION STEPS');
  process.exit(2);
}
const connection = JSON.parse(connectionJson);
const steps = JSON.parse(stepsJson);
const print = (line) => process.stdout.write(JSON.stringify(line) + '\n');

function transportFor(c) {
  if (c.url) {
    const headers = c.token ? { Authorization: `Bearer ${c.token}` } : {};
    return new StreamableHTTPClientTransport(new URL(c.url), { requestInit: { headers } });
  }
  return new StdioClientTransport({
    command: c.command,
    args: c.args ?? [],
    env: { ...getDefaultEnvironment(), ...(c.env ?? {}) },
    cwd: c.cwd,
    stderr: 'inherit',
  });
}

const textOf = (result) =>
  (result.content ?? [])
    .filter((block) => block.type === 'text')
    .map((block) => block.text)
    .join('\n');

const client = new Client({ name: 'charter-e2e-agent', version: '1.0.0' });
let failed = false;
try {
  await client.connect(transportFor(connection));
  const server = client.getServerVersion() ?? {};
  print({ connected: { name: server.name, version: server.version } });
  for (const [i, step] of steps.entries()) {
    if (step.list) {
      const { tools } = await client.listTools();
      print({ step: i, tools: tools.map((t) => t.name) });
      continue;
    }
    print({ step: i, started: step.call });
    const started = performance.now();
    try {
      const result = await client.callTool({ name: step.call, arguments: step.arguments ?? {} }, undefined, {
        timeout: CALL_TIMEOUT_MS,
      });
      const ms = Math.round((performance.now() - started) * 10) / 10;
      const decision = result._meta?.['dev.charter/decision'] ?? null;
      print({ step: i, tool: step.call, isError: result.isError === true, text: textOf(result), decision, ms });
    } catch (e) {
      const ms = Math.round((performance.now() - started) * 10) / 10;
      print({ step: i, tool: step.call, error: { code: e.code ?? null, message: String(e.message ?? e) }, ms });
    }
  }
} catch (e) {
  failed = true;
  print({ failed: String(e.stack ?? e) });
} finally {
  await client.close().catch(() => {});
  print({ closed: true });
}
process.exit(failed ? 1 : 0);
