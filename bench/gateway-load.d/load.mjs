// The load driver of bench/gateway-load: the TypeScript MCP SDK's client calls one tool over and over
// from concurrent workers and prints one JSON line per step with the latency percentiles of its calls
// and the CPU they cost. Each worker waits for its answer before sending the next call (closed loop).
//
//   node load.mjs CONNECTION STEPS
//
// CONNECTION: {"url": "http://127.0.0.1:PORT/mcp", "token": "...", "watch": PID} (Streamable HTTP, bearer
//             token; PID is the server's process, whose CPU is measured) or
//             {"command": "java", "args": [...], "env": {...}, "log": FILE} (a server spawned over stdio, its CPU
//             measured, its standard error appended to FILE or dropped),
//             and "shared": true to have every worker send on one connection (concurrent requests on one
//             session, as a gateway sends to its upstream, and the only way over stdio), false to give each
//             worker its own connection and session (separate agents).
// STEPS:      [{"label": "permitted", "clients": 16, "calls": 4000, "warmup": 500, "tool": "fs.read_text_file",
//              "arguments": {...}, "expect": "result"}, ...], run in order on the same connections: a server
//             spawned over stdio is spawned once, so later steps measure it warm.
//   calls and warmup are totals over all workers. "expect": "result" (the default) wants a result without
//   isError; "refused" wants isError (a call the gateway refuses). A call that answers otherwise, or with a
//   JSON-RPC error, counts in "errors" and is not timed; the run fails (exit 1) when any timed call did.
//
// CPU per call (timed calls only): "client_cpu_ms" is this process's; "server_cpu_ms" the server process's
// (the gateway's JVM, or the upstream alone) and "server_children_cpu_ms" that of its descendants (the
// gateway's upstream), read from /proc in clock ticks (10 ms each), so meaningful over a few seconds of calls.
import { openSync, readFileSync, readdirSync } from 'node:fs';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport, getDefaultEnvironment } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';

const [connectionJson, stepsJson] = process.argv.slice(2);
if (!connectionJson || !stepsJson) {
  console.error('usage: node load.mjs CONNECTION STEPS');
  process.exit(2);
}
const connection = { shared: false, ...JSON.parse(connectionJson) };
const steps = JSON.parse(stepsJson).map((step) => ({
  label: '',
  clients: 1,
  calls: 2000,
  warmup: 200,
  arguments: {},
  expect: 'result',
  ...step,
}));

const transports = [];
function transportFor(c) {
  if (c.url) {
    const headers = c.token ? { Authorization: `Bearer ${c.token}` } : {};
    return new StreamableHTTPClientTransport(new URL(c.url), { requestInit: { headers } });
  }
  return new StdioClientTransport({
    command: c.command,
    args: c.args ?? [],
    env: { ...getDefaultEnvironment(), ...(c.env ?? {}) },
    stderr: c.log ? openSync(c.log, 'a') : 'ignore',
  });
}

async function connect() {
  const client = new Client({ name: 'charter-gateway-load', version: '1.0.0' });
  const transport = transportFor(connection);
  transports.push(transport);
  await client.connect(transport);
  return client;
}

const connections = [];
const mostClients = Math.max(...steps.map((s) => s.clients));
if (connection.shared) {
  connections.push(await connect());
} else {
  for (let i = 0; i < mostClients; i++) connections.push(await connect());
}
const serverPid = connection.watch ?? transports[0].pid;

// utime + stime of a process in clock ticks, 0 once it is gone.
function ticks(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

function descendants(root) {
  const children = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!children.has(parent)) children.set(parent, []);
      children.get(parent).push(Number(name));
    } catch {
      // the process ended while /proc was read
    }
  }
  const found = [];
  const stack = [...(children.get(root) ?? [])];
  while (stack.length > 0) {
    const pid = stack.pop();
    found.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return found;
}

function cpuNow() {
  const below = serverPid ? descendants(serverPid) : [];
  return {
    client: process.cpuUsage(),
    server: serverPid ? ticks(serverPid) : 0,
    children: below.reduce((sum, pid) => sum + ticks(pid), 0),
  };
}

let errors = 0;
let firstError = null;
async function worker(client, step, count, samples) {
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    let ok;
    try {
      const result = await client.callTool({ name: step.tool, arguments: step.arguments });
      ok = (result.isError === true) === (step.expect === 'refused');
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

async function phase(step, total, samples) {
  const per = Math.ceil(total / step.clients);
  const clients = Array.from({ length: step.clients }, (_, i) => connections[connection.shared ? 0 : i]);
  const started = performance.now();
  await Promise.all(clients.map((client) => worker(client, step, per, samples)));
  return { seconds: (performance.now() - started) / 1000, calls: per * step.clients };
}

const TICK_MS = 10;
let failed = false;
for (const step of steps) {
  errors = 0;
  firstError = null;
  await phase(step, step.warmup, null);
  const warmupErrors = errors;
  errors = 0;
  const samples = [];
  const before = cpuNow();
  const run = await phase(step, step.calls, samples);
  const after = cpuNow();
  samples.sort((a, b) => a - b);
  const at = (q) => (samples.length === 0 ? null : samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]);
  const round = (ms) => (ms === null ? null : Math.round(ms * 1000) / 1000);
  const perCall = (ms) => Math.round((ms / run.calls) * 1000) / 1000;
  const clientMs = (after.client.user - before.client.user + after.client.system - before.client.system) / 1000;
  console.log(
    JSON.stringify({
      label: step.label,
      clients: step.clients,
      shared: connection.shared,
      expect: step.expect,
      calls: samples.length,
      errors,
      warmup_errors: warmupErrors,
      calls_per_s: Math.round(run.calls / run.seconds),
      p50_ms: round(at(0.5)),
      p90_ms: round(at(0.9)),
      p99_ms: round(at(0.99)),
      max_ms: round(samples.at(-1) ?? null),
      client_cpu_ms: perCall(clientMs),
      server_cpu_ms: perCall((after.server - before.server) * TICK_MS),
      server_children_cpu_ms: perCall((after.children - before.children) * TICK_MS),
      ...(firstError ? { first_error: firstError } : {}),
    }),
  );
  if (errors > 0) failed = true;
}
await Promise.all(connections.map((c) => c.close().catch(() => {})));
process.exit(failed ? 1 : 0);
