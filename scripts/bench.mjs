// npm run bench [-- votes|results]: every benchmark, or the ones named.
import './check-node.mjs';
import { run } from './run.mjs';

const ALL = { votes: 'scripts/bench-votes.mjs', results: 'scripts/bench-results.mjs' };
const wanted = process.argv.slice(2);
for (const name of wanted) if (!ALL[name]) throw new Error(`unknown benchmark ${name}: one of ${Object.keys(ALL).join(', ')}`);
for (const [name, script] of Object.entries(ALL)) {
  if (wanted.length && !wanted.includes(name)) continue;
  const code = await run(process.execPath, [script]);
  if (code !== 0) process.exit(code);
}
