#!/usr/bin/env bash
# One governed MCP session, end to end, with parts no one here wrote: `charter gateway` in front of
# the reference MCP filesystem server (npm @modelcontextprotocol/server-filesystem 2026.8.31), and an
# agent on the TypeScript MCP SDK's own client (gateway/src/test/e2e/agent.mjs) that lists the tools,
# reads a public file, tries a write through `..`, then writes a report — which waits until a
# reviewer approves it over the escalation API. Then the ledger: verified, and every record shown.
#
#   examples/gateway/run.sh            needs node, npm and curl; builds Charter on first use
#
# Everything happens in a new temporary directory (kept, and named at the end): the data the server
# may touch (data/public/notes.txt, data/workspace/), this example's gateway.json and rules with
# /data/ standing for that data directory, a fresh signing key, random tokens and the ledger.
# CI runs it after `mvn -B verify` (.ci/run); it fails when anything is not as described.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

for tool in node npm curl; do
  command -v "$tool" >/dev/null 2>&1 || { echo "run.sh: $tool is not installed" >&2; exit 2; }
done
# ./charter builds the CLI when its sources changed; in CI, `mvn -B verify` has just built it.
if [[ ${CI:-} == true && -f cli/target/charter.jar ]]; then
  charter=(java -jar cli/target/charter.jar)
else
  charter=(./charter)
  ./charter --version >/dev/null
fi

# The agent and the upstream, pinned by the end-to-end test's package-lock.json.
node_dir=examples/gateway/target/node
mkdir -p "$node_dir"
if ! cmp -s gateway/src/test/e2e/package-lock.json "$node_dir/package-lock.json" || [[ ! -d $node_dir/node_modules ]]; then
  cp gateway/src/test/e2e/package.json gateway/src/test/e2e/package-lock.json "$node_dir/"
  (cd "$node_dir" && npm ci --no-audit --no-fund --ignore-scripts >/dev/null)
fi
cp gateway/src/test/e2e/agent.mjs "$node_dir/"
node_dir=$(cd "$node_dir" && pwd)
server=$node_dir/node_modules/@modelcontextprotocol/server-filesystem/dist/index.js

dir=$(mktemp -d -t charter-gateway-example.XXXXXX)
data=$dir/data
mkdir -p "$data/public" "$data/workspace"
printf 'Quarterly numbers: 42\n' >"$data/public/notes.txt"
sed "s#\"/data/#\"$data/#g" examples/gateway/filesystem.charter >"$dir/filesystem.charter"
cp examples/gateway/tools.charter "$dir/tools.charter"
"${charter[@]}" keys generate --out "$dir/keys" >/dev/null
"${charter[@]}" compile "$dir/filesystem.charter" "$dir/tools.charter" -o "$dir/filesystem.bundle" --key "$dir/keys/charter.key" >/dev/null

free_port() { node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'; }
token() { node -e 'console.log(require("crypto").randomBytes(24).toString("base64url"))'; }
mcp_port=$(free_port)
review_port=$(free_port)
agent_token=$(token)
reviewer_token=$(token)
# examples/gateway/gateway.json, with this directory's paths, ports and token hashes; HTTP only.
node - "$dir" "$server" "$data" "$mcp_port" "$review_port" "$agent_token" "$reviewer_token" <<'JS' >"$dir/gateway.json"
const fs = require('fs');
const crypto = require('crypto');
const [dir, server, data, mcpPort, reviewPort, agentToken, reviewerToken] = process.argv.slice(2);
const sha256 = (t) => crypto.createHash('sha256').update(t).digest('hex');
const config = JSON.parse(fs.readFileSync('examples/gateway/gateway.json', 'utf8'));
config.upstreams.fs.command = 'node';
config.upstreams.fs.args = [server, data];
delete config.stdio;
config.http.port = Number(mcpPort);
config.server.port = Number(reviewPort);
config.server.agents[0].token_sha256 = sha256(agentToken);
config.server.reviewers[0].token_sha256 = sha256(reviewerToken);
console.log(JSON.stringify(config, null, 2));
JS

gateway=
agent=
cleanup() {
  [[ -n $agent ]] && kill "$agent" 2>/dev/null || true
  [[ -n $gateway ]] && { kill "$gateway" 2>/dev/null || true; wait "$gateway" 2>/dev/null || true; }
  return 0
}
trap cleanup EXIT

"${charter[@]}" gateway --config "$dir/gateway.json" 2>"$dir/gateway.log" &
gateway=$!
mcp=http://127.0.0.1:$mcp_port/mcp
review=http://127.0.0.1:$review_port
for _ in $(seq 1 240); do
  [[ $(curl -s -o /dev/null -w '%{http_code}' "$mcp" || true) != 000 ]] && break
  kill -0 "$gateway" 2>/dev/null || { cat "$dir/gateway.log" >&2; echo "run.sh: the gateway did not start" >&2; exit 1; }
  sleep 0.5
done
echo "== charter gateway: MCP at $mcp, review page at $review/review"

steps=$(node - "$data" <<'JS'
const data = process.argv[2];
console.log(JSON.stringify([
  { list: true },
  { call: 'fs.read_text_file', arguments: { path: `${data}/public/notes.txt` } },
  { call: 'fs.write_file', arguments: { path: `${data}/workspace/../public/notes.txt`, content: 'overwritten' } },
  { call: 'fs.write_file', arguments: { path: `${data}/workspace/report.md`, content: '# Report\n' } },
]));
JS
)
echo "== the agent (TypeScript MCP SDK client), one line per thing it saw"
node "$node_dir/agent.mjs" "{\"url\":\"$mcp\",\"token\":\"$agent_token\"}" "$steps" >"$dir/agent.jsonl" &
agent=$!
tail -n +1 -f --pid="$agent" "$dir/agent.jsonl" &
shown=$!

# The reviewer: approves the escalation as soon as it is open.
id=
for _ in $(seq 1 240); do
  id=$(curl -sS -H "Authorization: Bearer $reviewer_token" "$review/v1/escalations?state=open" \
    | node -e 'let s = ""; process.stdin.on("data", (d) => (s += d)).on("end", () => { const e = JSON.parse(s).escalations; console.log(e.length ? e[0].id : ""); });')
  [[ -n $id ]] && break
  kill -0 "$agent" 2>/dev/null || break
  sleep 0.5
done
[[ -n $id ]] || { cat "$dir/gateway.log" >&2; echo "run.sh: no escalation was opened" >&2; exit 1; }
curl -sS --fail-with-body -H "Authorization: Bearer $reviewer_token" -H 'Content-Type: application/json' \
  "$review/v1/escalations/$id/approve" -d '{"reason":"the report belongs in the workspace"}' >/dev/null
echo "== reviewer olga approved escalation $id"
wait "$agent"
agent=
wait "$shown" 2>/dev/null || true
kill "$gateway"
wait "$gateway" 2>/dev/null || true
gateway=

# What the agent must have seen, and what must be on disk.
node - "$dir/agent.jsonl" "$data" <<'JS'
const fs = require('fs');
const [file, data] = process.argv.slice(2);
const lines = fs.readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const at = (i) => lines.find((l) => l.step === i && ('tools' in l || 'tool' in l));
const problems = [];
const expect = (ok, what) => ok || problems.push(what);
expect(JSON.stringify(at(0)?.tools?.slice().sort()) === JSON.stringify(
  ['fs.create_directory', 'fs.edit_file', 'fs.read_file', 'fs.read_media_file', 'fs.read_text_file', 'fs.write_file']),
  'the agent is shown the six tools it may use');
expect(at(1)?.isError === false && at(1)?.text === 'Quarterly numbers: 42\n', 'the read returns the file');
expect(at(2)?.isError === true && at(2)?.text.startsWith('NOT EXECUTED: fs.write_file was refused by Charter'), 'the write through .. is refused');
expect(fs.readFileSync(`${data}/public/notes.txt`, 'utf8') === 'Quarterly numbers: 42\n', 'the refused write left notes.txt alone');
expect(at(3)?.isError === false && fs.readFileSync(`${data}/workspace/report.md`, 'utf8') === '# Report\n', 'the approved write ran');
if (problems.length) {
  console.error(`run.sh: not as expected: ${problems.join('; ')}`);
  process.exit(1);
}
JS

echo "== charter ledger verify"
"${charter[@]}" ledger verify "$dir/ledger" --keys "$dir/keys/trust.txt"
echo "== the ledger, one line per record (charter ledger proof --seq N, summarised)"
size=$("${charter[@]}" ledger proof --seq 0 "$dir/ledger" | node -e 'let s = ""; process.stdin.on("data", (d) => (s += d)).on("end", () => console.log(JSON.parse(s).tree_size));')
for seq in $(seq 0 $((size - 1))); do
  "${charter[@]}" ledger proof --seq "$seq" "$dir/ledger"
  echo
done | node examples/gateway/ledger-summary.mjs "$data/"
echo "== the last record as stored (canonical JSON)"
"${charter[@]}" ledger proof --seq $((size - 1)) "$dir/ledger" | node -e 'let s = ""; process.stdin.on("data", (d) => (s += d)).on("end", () => console.log(JSON.stringify(JSON.parse(s).record)));'
echo "== kept in $dir (gateway.json, gateway.log, agent.jsonl, ledger/)"
