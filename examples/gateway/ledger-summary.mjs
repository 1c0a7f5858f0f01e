// One line per ledger record, for examples/gateway/run.sh: reads the output of
// `charter ledger proof --seq N DIR` for every N (one JSON object per line) on standard input.
// A resolution or execution names its record by seq and leaf hash; the leaf hash of record N is
// record N+1's `prev`, so each link is checked here and shown as "= leaf of #N" (exit 1 if one fails).
//
//   node ledger-summary.mjs [PREFIX]     PREFIX (the data directory) is shown as /data/ in paths
import { readFileSync } from 'node:fs';

const prefix = process.argv[2];
const records = readFileSync(0, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line).record);
const bySeq = new Map(records.map((r) => [r.seq, r]));
const short = (hash) => `${hash.slice(0, 12)}…`;
const shown = (value) => {
  const text = JSON.stringify(value);
  return prefix ? text.split(prefix).join('/data/') : text;
};
let broken = false;
const link = ({ seq, hash }) => {
  const next = bySeq.get(seq + 1);
  const ok = next !== undefined && next.prev === hash;
  if (!ok) broken = true;
  return `#${seq} (${short(hash)}${ok ? ` = leaf of #${seq}` : ' DOES NOT MATCH'})`;
};

for (const r of records) {
  const b = r.body;
  let line;
  switch (r.kind) {
    case 'decision': {
      const d = b.decision;
      const route = d.route ? ` to ${d.route}` : '';
      line = `${b.request.agent} ${b.request.action} ${shown(b.request.request)} -> ${d.decision}${route}`
        + ` (${d.rule ?? d.reason_code}), session ${b.request.session ? b.request.session.slice(0, 8) + '…' : '-'}`;
      break;
    }
    case 'resolution':
      line = `of ${link(b.escalation)}: ${b.outcome} by ${b.reviewer}: ${JSON.stringify(b.reason)}`;
      break;
    case 'execution':
      line = `of ${link(b.decision)}: ${b.success ? 'ran' : 'failed'}, result ${b.result.slice(0, 19)}…`
        + (b.detail ? ` ${JSON.stringify(b.detail)}` : '');
      break;
    default:
      line = shown(b);
  }
  console.log(`#${r.seq} ${r.kind.padEnd(10)} ${line}`);
}
process.exit(broken ? 1 : 0);
