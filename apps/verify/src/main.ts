import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { OpenData } from '@concordia/contracts';
import { Check, verifyOpenData } from './checks';

/**
 * npm run verify -- <url or folder or file>
 * Recomputes a consultation's published results from its open data, with no database and nothing
 * of the API: a consultation page's URL, the open-data.json URL, a downloaded file, or a folder
 * holding open-data.json (or <slug>-open-data.json).
 */
async function load(source: string): Promise<OpenData> {
  if (/^https?:\/\//.test(source)) {
    const page = new URL(source);
    const match = page.pathname.match(/\/consultations\/([^/]+)/);
    const url = page.pathname.endsWith('.json') || !match ? page : new URL(`/api/consultations/${match[1]}/open-data/open-data.json`, page);
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    return (await response.json()) as OpenData;
  }
  let file = source;
  if (existsSync(source) && statSync(source).isDirectory()) {
    const names = ['open-data.json', ...readdirSync(source).filter((n) => n.endsWith('-open-data.json'))];
    file = names.map((n) => join(source, n)).find((path) => existsSync(path)) ?? join(source, 'open-data.json');
  }
  return JSON.parse(readFileSync(file, 'utf8')) as OpenData;
}

function print(checks: Check[]): void {
  const width = Math.max(...checks.map((c) => c.what.length));
  for (const check of checks) console.log(`${check.ok ? 'ok  ' : 'FAIL'}  ${check.what.padEnd(width)}  ${check.detail}`);
}

async function main(): Promise<number> {
  const source = process.argv[2];
  if (!source) {
    console.error('usage: npm run verify -- <consultation URL | open-data.json URL | file | folder>');
    return 2;
  }
  const data = await load(source);
  console.log(`${data.consultation.title} (${data.consultation.slug}), open data of ${data.generatedAt}, ${data.licence.name}\n`);
  const checks = verifyOpenData(data);
  print(checks);
  const failed = checks.find((c) => !c.ok);
  if (failed) {
    console.error(`\nMISMATCH: ${failed.what}: ${failed.detail}`);
    return 1;
  }
  console.log(`\nAll ${checks.length} checks passed.`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`verify: ${(error as Error).message}`);
    process.exit(2);
  },
);
