// The load driver of bench/gateway-load: the TypeScript MCP SDK's client calls one tool over and over
// from CLIENTS concurrent workers and prints one JSON line with the latency percentiles of the calls.
// Each worker waits for its answer before sending the next call (closed loop).
//
//   node load.mjs CONNECTION OPTIONS
//
// CONNECTION: {"url": "http://127.0.0.1:PORT/mcp", "token": "..."} (Streamable HTTP, bearer token) or
//             {"command": "node", "args": [...]} (a server spawned over stdio).
// OPTIONS:    {"clients": 16, "calls": 4000, "warmup": 500, "tool": "fs.read_text_file",
//              "arguments": {...}, "shared": false, "expect": "result"}
//   calls and warmup are totals over all workers; "shared": true has every worker send on one
//   connection (concurrent requests on one session, as a gateway sends to its upstream), false gives
//   each worker its own connection and session (separate agents).
// "expect": "result" (the default) wants a result without isError; "refused" wants isError (a call the
// gateway refuses). A call that answers otherwise, or with a JSON-RPC error, counts in "errors" and
// is not timed; the run fails (exit 1) when any call did.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport, getDefaultEnvironment } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';

const [connectionJson, optionsJson] = process.argv.slice(2);
if (!connectionJson || !optionsJson) {
  console.error('usage: node load.mjs CONNECTION OPTIONS');
  process.exit(2);
}
const connection = JSON.parse(connectionJson);
const options = {
  clients: 1,
  calls: 2000,
  warmup: 200,
  arguments: {},
  shared: false,
  expect: 'result',
  ...JSON.parse(optionsJson),
};
const wantError = options.expect === 'refused';

function transportFor(c) {
  if (c.url) {
    const headers = c.token ? { Authorization: `Bearer ${c.token}` } : {};
    return new StreamableHTTPClientTransport(new URL(c.url), { requestInit: { headers } });
  }
  return new StdioClientTransport({
    command: c.command,
    args: c.args ?? [],
    env: { ...getDefaultEnvironment(), ...(c.env ?? {}) },
    stderr: 'ignore',
  });
}

async function connect() {
  const client = new Client({ name: 'charter-gateway-load', version: '1.0.0' });
  await client.connect(transportFor(connection));
  return client;
}

const connections = [];
const clientFor = [];
if (options.shared) {
  connections.push(await connect());
  for (let i = 0; i < options.clients; i++) clientFor.push(connections[0]);
} else {
  for (let i = 0; i < options.clients; i++) {
    const client = await connect();
    connections.push(client);
    clientFor.push(client);
  }
}

let errors = 0;
let firstError = null;
async function worker(client, count, samples) {
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    let ok;
    try {
      const result = await client.callTool({ name: options.tool, arguments: options.arguments });
      ok = (result.isError === true) === wantError;
      if (!ok) firstError ??= JSON.stringify(result.content);
    } catch (e) {
      ok = false;
      firstError ??= String(e.message ?? e);
    }
    const elapsed = performance.now() - started;
    if (!ok) errors++;
    else if (samples) samples.push(elapsed);
  }
}

async function phase(total, samples) {
  const per = Math.ceil(total / options.clients);
  const started = performance.now();
  await Promise.all(clientFor.map((client) => worker(client, per, samples)));
  return { seconds: (performance.now() - started) / 1000, calls: per * options.clients };
}

await phase(options.warmup, null);
errors = 0;
const samples = [];
const run = await phase(options.calls, samples);
samples.sort((a, b) => a - b);
const at = (q) => (samples.length === 0 ? null : samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]);
const round = (ms) => (ms === null ? null : Math.round(ms * 1000) / 1000);
console.log(
  JSON.stringify({
    clients: options.clients,
    shared: options.shared,
    expect: options.expect,
    calls: samples.length,
    errors,
    calls_per_s: Math.round(run.calls / run.seconds),
    p50_ms: round(at(0.5)),
    p90_ms: round(at(0.9)),
    p99_ms: round(at(0.99)),
    max_ms: round(samples.at(-1) ?? null),
    ...(firstError ? { first_error: firstError } : {}),
  }),
);
await Promise.all(connections.map((c) => c.close().catch(() => {})));
process.exit(errors === 0 ? 0 : 1);
