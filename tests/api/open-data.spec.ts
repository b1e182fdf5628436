import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Pool } from 'pg';
import { ApiClient } from '../support/api-client';
import { adminClient } from '../support/accounts';
import { createConsultation, createProposals, insertCitizens, votesDatabase } from '../support/fixtures-votes';
import { stack } from '../support/stack-env';

const s = stack();
const visitor = new ApiClient(s.baseUrl);
const VERIFY = resolve(__dirname, '../../dist/apps/verify/main.cjs');
const DEMO_PUBLISHED = 'chatbots-et-services-publics';
let db: Pool;
let work: string;

beforeAll(() => {
  db = votesDatabase(s);
  work = mkdtempSync(join(tmpdir(), 'concordia-open-data-'));
});
afterAll(async () => {
  await db.end();
  rmSync(work, { recursive: true, force: true });
});

/** npm run verify, as anyone would run it: no database, nothing of the API. */
function verify(source: string): { status: number | null; out: string } {
  const run = spawnSync(process.execPath, [VERIFY, source], { encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, out: `${run.stdout}${run.stderr}` };
}

async function download(slug: string): Promise<any> {
  const response = await fetch(`${s.baseUrl}/api/consultations/${slug}/open-data/open-data.json`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-disposition')).toContain(`${slug}-open-data.json`);
  return response.json();
}

/** A copy of the open data with one thing changed, in a folder of its own. */
function tampered(data: any, change: (copy: any) => void): string {
  const copy = structuredClone(data);
  change(copy);
  const folder = mkdtempSync(join(work, 'tampered-'));
  writeFileSync(join(folder, 'open-data.json'), JSON.stringify(copy));
  return folder;
}

describe('open data and the independent verifier', () => {
  let data: any;

  it('publishes the demo’s decided consultation as one document: rules, proposals, ballots, results, responses, the record', async () => {
    data = await download(DEMO_PUBLISHED);
    expect(data).toMatchObject({ format: 'concordia-open-data/1', consultation: { slug: DEMO_PUBLISHED, settings: { votingMethod: 'for_against' } } });
    expect(data.licence.name).toMatch(/Etalab|ODbL/);
    expect(data.proposals.length).toBeGreaterThan(5);
    expect(data.openBallots.length).toBeGreaterThan(100);
    expect(data.frozenResults).toHaveLength(1);
    expect(data.responses.length).toBe(data.proposals.length);
    expect(data.audit[0].previousHash).toBeNull();
    const text = JSON.stringify(data);
    expect(text).not.toMatch(/@concordia\.localhost|password|participant_id/);
    // Pseudonyms are stable within the consultation and are not the participant ids.
    const { rows } = await db.query(`SELECT participant_id::text FROM ballots LIMIT 5`);
    for (const row of rows) expect(text).not.toContain(row.participant_id);
  });

  it('passes the verifier, from the consultation’s address and from a downloaded folder', () => {
    const online = verify(`${s.baseUrl}/consultations/${DEMO_PUBLISHED}`);
    expect([online.status, online.out]).toEqual([0, expect.stringContaining('checks passed')]);
    expect(online.out).toMatch(/ok\s+audit chain/);
    expect(online.out).toMatch(/ok\s+round 1: tallies, majority grades, gauges, ranks recomputed/);
    expect(online.out).toMatch(/ok\s+official responses/);
    const folder = tampered(data, () => undefined);
    expect(verify(folder).status).toBe(0);
  });

  it('fails, naming it, after one ballot, one response text or one audit payload is changed', () => {
    const ballot = verify(tampered(data, (copy) => (copy.openBallots[0].value = copy.openBallots[0].value === 1 ? -1 : 1)));
    expect(ballot.status).toBe(1);
    expect(ballot.out).toMatch(/MISMATCH: round 1: tallies, majority grades, gauges, ranks recomputed: proposal n° \d+/);
    const response = verify(tampered(data, (copy) => (copy.responses[2].document.opinion += ' (modifié)')));
    expect(response.status).toBe(1);
    expect(response.out).toMatch(/MISMATCH: official responses: response to n° \d+: its text does not hash to its fingerprint/);
    const audit = verify(tampered(data, (copy) => (copy.audit[1].payload.at = '2030-01-01T00:00:00.000Z')));
    expect(audit.status).toBe(1);
    expect(audit.out).toMatch(new RegExp(`MISMATCH: audit chain: entry seq ${data.audit[1].seq}: hash-mismatch`));
  });

  it('verifies a secret vote from its shuffled box, its trackers and its register counts', async () => {
    const consultation = await createConsultation(db, 'voting_open', { votingMethod: 'majority_judgment', ballotSecrecy: 'secret' });
    const ids = await createProposals(db, consultation, ['Secrète A', 'Secrète B']);
    const voters = await insertCitizens(db, s, 6);
    for (const [i, voter] of voters.entries()) {
      for (const id of ids) expect((await voter.client.put(`/api/proposals/${id}/vote`, { grade: 1 + ((i + ids.indexOf(id)) % 5) })).status).toBe(200);
    }
    expect((await adminClient(s).post(`/api/consultations/${consultation.slug}/phase`, { to: 'committee_review' })).status).toBe(200);
    const secret = await download(consultation.slug);
    expect(secret.secretBox).toHaveLength(12);
    expect(secret.ballotTrackers).toHaveLength(12);
    expect(secret.openBallots).toHaveLength(0);
    expect(secret.registerCounts.map((c: any) => c.voters)).toEqual([6, 6]);
    const folder = tampered(secret, () => undefined);
    const result = verify(folder);
    expect([result.status, result.out]).toEqual([0, expect.stringContaining('register = ballots = trackers')]);
    const missing = verify(tampered(secret, (copy) => copy.secretBox.pop()));
    expect(missing.status).toBe(1);
  });

  it('offers each table as CSV, and refuses an unknown table', async () => {
    const csv = await fetch(`${s.baseUrl}/api/consultations/${DEMO_PUBLISHED}/open-data/open-ballots.csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    const lines = (await csv.text()).replace(/^\ufeff/, '').trim().split('\r\n');
    expect(lines[0]).toBe('participant,proposal_id,value');
    expect(lines.length - 1).toBe(data.openBallots.length);
    const results = await (await fetch(`${s.baseUrl}/api/consultations/${DEMO_PUBLISHED}/open-data/results.csv`)).text();
    expect(results).toContain('round,position,proposal_id,ref,ballots,withheld,method,majority_grade,rank,results');
    expect((await visitor.get(`/api/consultations/${DEMO_PUBLISHED}/open-data/passwords.csv`)).status).toBe(400);
    expect((await visitor.get(`/api/consultations/no-such-consultation/open-data/open-data.json`)).status).toBe(404);
  });

  it('streams 200,000 ballots with the API’s memory flat', async () => {
    const consultation = await createConsultation(db, 'committee_review', { votingMethod: 'for_against', ballotSecrecy: 'open', revisionThreshold: null });
    const ids = await createProposals(db, consultation, Array.from({ length: 20 }, (_, i) => `Grande consultation ${i}`));
    await db.query(`INSERT INTO identity_register (email_hmac) SELECT 'bulk-' || g || '-' || $1 FROM generate_series(1, 10000) g`, [consultation.slug]);
    await db.query(
      `INSERT INTO ballots (proposal_id, participant_id, value)
       SELECT p, r.participant_id, (abs(hashtext(p::text || r.participant_id::text)) % 3) - 1
         FROM unnest($1::uuid[]) p, identity_register r WHERE r.email_hmac LIKE 'bulk-%-' || $2`,
      [ids, consultation.slug],
    );
    const rss = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${s.apiPid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
    const before = rss();
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, rss())), 50);
    const started = Date.now();
    const response = await fetch(`${s.baseUrl}/api/consultations/${consultation.slug}/open-data/open-ballots.csv`);
    const reader = response.body!.getReader();
    let bytes = 0;
    let firstByte = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!firstByte) firstByte = Date.now() - started;
      bytes += value.length;
    }
    clearInterval(sampler);
    const total = Date.now() - started;
    console.log(`open data: 200,000 ballots, ${(bytes / 1e6).toFixed(1)} MB of CSV, first byte after ${firstByte} ms of ${total} ms, API RSS ${before.toFixed(0)} → peak ${peak.toFixed(0)} MB`);
    expect(bytes).toBeGreaterThan(200_000 * 40);
    // Streamed: the first rows leave long before the last are read.
    expect(firstByte).toBeLessThan(total / 4);
    // A buffered export would hold the whole file (and its rows as objects) at once.
    expect(peak - before).toBeLessThan(120);
  });
});
