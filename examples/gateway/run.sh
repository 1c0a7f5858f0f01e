#!/usr/bin/env bash
# One governed MCP session, end to end, with parts no one here wrote: `charter gateway` in front of
# the reference MCP filesystem server (npm @modelcontextprotocol/server-filesystem 2026.8.31), and an
# agent on the official Python MCP SDK's own client (PyPI `mcp` 2.3.0, examples/gateway/agent.py)
# that lists the tools, reads a public file, tries a write through `..`, then writes a report —
# which waits until a reviewer approves it over the escalation API. Then the ledger: verified, and
# every record shown with its links.
#
#   examples/gateway/run.sh            needs python3 (with venv), node, npm and curl; builds Charter
#                                      on first use
#
# The Python client is installed with pip into a virtualenv under examples/gateway/target/python.
# When pip cannot install it (no package registry), the script says so and runs the same session
# with the TypeScript MCP SDK's client instead (gateway/src/test/e2e/agent.mjs, from npm), so that a
# real client is still tested; the line "== client: ..." at the end names the one that ran.
#
# Everything happens in a new temporary directory (kept, and named at the end): the data the server
# may touch (data/public/notes.txt, data/workspace/), this example's gateway.json and rules with
# /data/ standing for that data directory, a fresh signing key, random tokens and the ledger.
# CI runs it after `mvn -B verify` (.ci/run); it fails when anything is not as described. Every
# step that waits is bounded, and the processes it starts are stopped when it ends, however it ends.
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

# The upstream (and the fallback agent), pinned by the end-to-end test's package-lock.json.
node_dir=examples/gateway/target/node
mkdir -p "$node_dir"
if ! cmp -s gateway/src/test/e2e/package-lock.json "$node_dir/package-lock.json" || [[ ! -d $node_dir/node_modules ]]; then
  cp gateway/src/test/e2e/package.json gateway/src/test/e2e/package-lock.json "$node_dir/"
  (cd "$node_dir" && timeout 600 npm ci --no-audit --no-fund --ignore-scripts >/dev/null)
fi
cp gateway/src/test/e2e/agent.mjs "$node_dir/"
node_dir=$(cd "$node_dir" && pwd)
server=$node_dir/node_modules/@modelcontextprotocol/server-filesystem/dist/index.js

# The agent: the Python MCP SDK's client, in a virtualenv kept between runs.
mcp_version=2.3.0
venv=examples/gateway/target/python
has_python_client() {
  [[ -x $venv/bin/python ]] && "$venv/bin/python" - "$mcp_version" 2>/dev/null <<'PY'
import importlib.metadata, sys
sys.exit(importlib.metadata.version("mcp") != sys.argv[1])
PY
}
client=python
if ! has_python_client; then
  rm -rf "$venv"
  mkdir -p "$(dirname "$venv")"
  pip_log=$(cd "$(dirname "$venv")" && pwd)/pip.log
  if ! command -v python3 >/dev/null 2>&1; then
    echo "run.sh: python3 is not installed; the Python MCP SDK client cannot run" >&2
    client=typescript
  elif ! python3 -m venv "$venv" >"$pip_log" 2>&1; then
    echo "run.sh: python3 -m venv failed (on Debian: apt-get install python3-venv); see $pip_log" >&2
    client=typescript
  elif ! timeout 600 "$venv/bin/pip" install --quiet --disable-pip-version-check --retries 1 --timeout 30 \
      "mcp==$mcp_version" >>"$pip_log" 2>&1 || ! has_python_client; then
    echo "run.sh: pip could not install mcp==$mcp_version (is a package registry reachable? see $pip_log)" >&2
    client=typescript
  fi
  if [[ $client == typescript ]]; then
    rm -rf "$venv"
    echo "run.sh: falling back to the TypeScript MCP SDK client (gateway/src/test/e2e/agent.mjs)" >&2
  fi
fi

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
shown=
stop() {
  [[ -n $1 ]] || return 0
  kill "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}
cleanup() {
  stop "$agent"
  stop "$shown"
  stop "$gateway"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

"${charter[@]}" gateway --config "$dir/gateway.json" 2>"$dir/gateway.log" &
gateway=$!
mcp=http://127.0.0.1:$mcp_port/mcp
review=http://127.0.0.1:$review_port
for _ in $(seq 1 240); do
  [[ $(curl -s -m 5 -o /dev/null -w '%{http_code}' "$mcp" || true) != 000 ]] && break
  kill -0 "$gateway" 2>/dev/null || { cat "$dir/gateway.log" >&2; echo "run.sh: the gateway did not start" >&2; exit 1; }
  sleep 0.5
done
echo "== charter gateway: MCP at $mcp, review page at $review/review"

# The agent runs in the background, since its escalated write waits for the reviewer below; it has
# five minutes for the whole session.
if [[ $client == python ]]; then
  echo "== the agent (Python MCP SDK client, mcp $mcp_version: examples/gateway/agent.py)"
  CHARTER_AGENT_TOKEN=$agent_token timeout 300 "$venv/bin/python" examples/gateway/agent.py "$mcp" "$data" &
  agent=$!
else
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
  echo "== the agent (TypeScript MCP SDK client: gateway/src/test/e2e/agent.mjs), one line per thing it saw"
  timeout 300 node "$node_dir/agent.mjs" "{\"url\":\"$mcp\",\"token\":\"$agent_token\"}" "$steps" >"$dir/agent.jsonl" &
  agent=$!
  tail -n +1 -f --pid="$agent" "$dir/agent.jsonl" &
  shown=$!
fi

# The reviewer: approves the escalation as soon as it is open.
id=
for _ in $(seq 1 240); do
  id=$(curl -sS -m 10 -H "Authorization: Bearer $reviewer_token" "$review/v1/escalations?state=open" \
    | node -e 'let s = ""; process.stdin.on("data", (d) => (s += d)).on("end", () => { const e = JSON.parse(s).escalations; console.log(e.length ? e[0].id : ""); });')
  [[ -n $id ]] && break
  kill -0 "$agent" 2>/dev/null || break
  sleep 0.5
done
[[ -n $id ]] || { cat "$dir/gateway.log" >&2; echo "run.sh: no escalation was opened" >&2; exit 1; }
curl -sS -m 10 --fail-with-body -H "Authorization: Bearer $reviewer_token" -H 'Content-Type: application/json' \
  "$review/v1/escalations/$id/approve" -d '{"reason":"the report belongs in the workspace"}' >/dev/null
echo "== reviewer olga approved escalation $id"
status=0
wait "$agent" || status=$?
agent=
stop "$shown"
shown=
stop "$gateway"
gateway=
if ((status != 0)); then
  cat "$dir/gateway.log" >&2
  ((status == 124)) && why="it did not finish within 5 minutes" || why="exit $status"
  echo "run.sh: the $client agent failed ($why)" >&2
  exit 1
fi

# The TypeScript agent only prints what it saw: what it must have seen, and what must be on disk.
if [[ $client == typescript ]]; then
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
const refused = at(2);
expect(refused?.isError === true && refused?.text.startsWith('NOT EXECUTED: fs.write_file was refused by Charter'), 'the write through .. is refused');
expect(refused?.decision?.effect === 'deny' && refused?.decision?.reason_code === 'rule'
  && refused?.decision?.rule === 'no_parent_segments', 'the refusal names deny, reason code rule and rule no_parent_segments');
expect(fs.readFileSync(`${data}/public/notes.txt`, 'utf8') === 'Quarterly numbers: 42\n', 'the refused write left notes.txt alone');
expect(at(3)?.isError === false && fs.readFileSync(`${data}/workspace/report.md`, 'utf8') === '# Report\n', 'the approved write ran');
if (problems.length) {
  console.error(`run.sh: not as expected: ${problems.join('; ')}`);
  process.exit(1);
}
JS
fi

echo "== charter ledger verify --records: the session's records, each link checked"
"${charter[@]}" ledger verify "$dir/ledger" --keys "$dir/keys/trust.txt" --records | sed "s#$data/#/data/#g"
echo "== the last record as stored (canonical JSON)"
size=$("${charter[@]}" ledger proof --seq 0 "$dir/ledger" | node -e 'let s = ""; process.stdin.on("data", (d) => (s += d)).on("end", () => console.log(JSON.parse(s).tree_size));')
"${charter[@]}" ledger proof --seq $((size - 1)) "$dir/ledger" | node -e 'let s = ""; process.stdin.on("data", (d) => (s += d)).on("end", () => console.log(JSON.stringify(JSON.parse(s).record)));'
echo "== client: $client ($([[ $client == python ]] && echo "Python MCP SDK mcp $mcp_version" || echo "TypeScript MCP SDK, fallback"))"
echo "== kept in $dir (gateway.json, gateway.log, ledger/)"
