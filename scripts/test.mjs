// npm test: builds the apps, then runs the three suites against real parts and prints their counts:
//   unit      pure rules (libs/domain) and API helpers, Jest
//   api       the built API as a process on a throwaway embedded PostgreSQL + an in-process SMTP server, Jest
//   browser   the same stack driven through Debian's Chromium with Playwright, axe on every page
// Every suite runs even when an earlier one fails; the exit code is non-zero if any test failed.
import './check-node.mjs';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { run } from './run.mjs';

const only = process.argv.slice(2);
const wanted = (name) => only.length === 0 || only.includes(name);
const out = 'tmp/test-results';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

if (wanted('api') || wanted('browser')) {
  const built = await run('nx', ['run-many', '-t', 'build', '-p', 'api', 'web', 'verify', '--output-style=static']);
  if (built !== 0) process.exit(built);
}

const suites = [
  { name: 'unit', file: 'unit.json', kind: 'jest', command: 'jest', args: ['-c', 'jest.config.cjs', '--json', `--outputFile=${out}/unit.json`] },
  {
    name: 'api',
    label: 'api (PostgreSQL)',
    file: 'api.json',
    kind: 'jest',
    command: 'jest',
    args: ['-c', 'tests/api/jest.config.cjs', '--json', `--outputFile=${out}/api.json`],
    // NestJS 12 and otplib are ESM-only; Jest loads them through the VM modules API (this suite only).
    env: { NODE_OPTIONS: '--experimental-vm-modules --no-warnings=ExperimentalWarning' },
  },
  {
    name: 'browser',
    file: 'browser.json',
    kind: 'playwright',
    command: 'playwright',
    args: ['test', '-c', 'tests/e2e/playwright.config.ts'],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: join(process.cwd(), out, 'browser.json'), PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
  },
];

const counts = [];
for (const suite of suites.filter((s) => wanted(s.name))) {
  console.log(`\n=== ${suite.label ?? suite.name} tests ===`);
  const code = await run(suite.command, suite.args, { env: { ...process.env, ...suite.env } });
  counts.push({ suite, code, ...readCounts(suite) });
}

console.log('\n=== Summary ===');
let passed = 0;
let failed = 0;
for (const { suite, code, passed: p, failed: f, skipped } of counts) {
  // A runner that crashed before writing results counts as one failure, never as a pass.
  const f2 = f === undefined ? 1 : f + (code !== 0 && f === 0 ? 1 : 0);
  passed += p ?? 0;
  failed += f2;
  console.log(`${suite.label ?? suite.name}: ${p ?? 0} passed, ${f2} failed${skipped ? `, ${skipped} skipped` : ''}`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);

function readCounts(suite) {
  const file = join(out, suite.file);
  if (!existsSync(file)) return {};
  const report = JSON.parse(readFileSync(file, 'utf8'));
  if (suite.kind === 'jest') {
    return { passed: report.numPassedTests, failed: report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0), skipped: report.numPendingTests };
  }
  const stats = report.stats ?? {};
  return { passed: stats.expected ?? 0, failed: (stats.unexpected ?? 0) + (stats.flaky ?? 0) + (report.errors?.length ?? 0), skipped: stats.skipped ?? 0 };
}
