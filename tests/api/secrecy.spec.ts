import type { Pool } from 'pg';
import { ApiClient } from '../support/api-client';
import { DEMO, signInStaff } from '../support/accounts';
import { Citizen, createConsultation, createProposals, insertCitizens, votesDatabase } from '../support/fixtures-votes';
import { startTestStack, TestStackInfo } from '../support/test-stack';

/**
 * The secret ballot against a reader of the database: the join an outside audit used (register and
 * box rows sharing the transaction id `xmin`), the physical order (`ctid`), and every column the two
 * tables share, run while the vote is open and after it closes. A stack of its own logs at debug
 * level, so the log can be searched for the voters too.
 */
let stop: () => Promise<void>;
let log: () => string;
let info: TestStackInfo;
let db: Pool;
let admin: ApiClient;
let voters: Citizen[];

beforeAll(async () => {
  const started = await startTestStack('secrecy', { LOG_LEVEL: 'debug' });
  ({ stop, log, info } = started);
  db = votesDatabase(info);
  admin = await signInStaff(info, DEMO.admin);
  voters = await insertCitizens(db, info, 10);
}, 120_000);

afterAll(async () => {
  await db?.end();
  await stop?.();
});

/** Five grades twice, in an order a shuffle is very unlikely to reproduce (32 in 10! orders). */
const GRADES = [5, 4, 3, 2, 1, 5, 4, 3, 2, 1];

/** The audit's join, generalised to every table that holds a `value` column. */
async function xminPairs(proposalId: string): Promise<{ participant_id: string; values: number[] }[]> {
  const { rows: tables } = await db.query(
    `SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'value' AND table_name <> 'ballots'`,
  );
  const pairs = new Map<string, number[]>();
  for (const { table_name } of tables) {
    const { rows } = await db.query(
      `SELECT r.participant_id, t.value FROM vote_register r JOIN public."${table_name}" t ON t.xmin = r.xmin
        WHERE r.proposal_id = $1`,
      [proposalId],
    );
    for (const row of rows) pairs.set(row.participant_id, [...(pairs.get(row.participant_id) ?? []), row.value]);
  }
  return [...pairs].map(([participant_id, values]) => ({ participant_id, values }));
}

/** Register rows and box rows, each in physical order, zipped: what a `COPY` or `pg_dump` lays side by side. */
async function ctidPairing(proposalId: string): Promise<number[]> {
  const box = await db.query(`SELECT value FROM ballot_box WHERE proposal_id = $1 ORDER BY ctid`, [proposalId]);
  return box.rows.map((row) => row.value);
}

/** For each register row, how many box rows agree with it on every column the two tables share. */
async function sharedColumnMatches(proposalId: string): Promise<number[]> {
  const { rows } = await db.query(
    `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'ballot_box'
     INTERSECT
     SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'vote_register'`,
  );
  const shared = rows.map((row) => row.column_name as string);
  expect(shared).toEqual(['proposal_id']);
  const on = shared.map((column) => `b."${column}" = r."${column}"`).join(' AND ');
  const counts = await db.query(
    `SELECT r.participant_id, (SELECT count(*)::int FROM ballot_box b WHERE ${on}) AS n FROM vote_register r WHERE r.proposal_id = $1`,
    [proposalId],
  );
  return counts.rows.map((row) => row.n);
}

describe('a secret vote read from the database', () => {
  let slug: string;
  let proposalId: string;
  const trackers: string[] = [];

  it('while voting is open, holds no value beside the register: only ciphertexts', async () => {
    const consultation = await createConsultation(db, 'voting_open', { votingMethod: 'majority_judgment', ballotSecrecy: 'secret' });
    slug = consultation.slug;
    [proposalId] = await createProposals(db, consultation, ['Pas de notation algorithmique des allocataires']);
    // One after the other, so that the register's physical order is the order of the votes.
    for (const [i, voter] of voters.entries()) {
      const cast = await voter.client.put(`/api/proposals/${proposalId}/vote`, { grade: GRADES[i] });
      expect(cast.status).toBe(200);
      expect(cast.body.tracker).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
      trackers.push(cast.body.tracker);
      // Never shown again: the server keeps no link from the voter to the tracker.
      expect((await voter.client.get(`/api/proposals/${proposalId}/vote`)).body).toMatchObject({ voted: true, tracker: null, ballot: null });
    }
    expect(new Set(trackers).size).toBe(10);

    expect(await xminPairs(proposalId)).toEqual([]);
    expect((await db.query(`SELECT count(*)::int AS n FROM ballot_box WHERE proposal_id = $1`, [proposalId])).rows[0].n).toBe(0);
    // The sealed rows do share the register's xmin: what they hold must not read as a grade.
    const sealed = await db.query(
      `SELECT s.sealed FROM vote_register r JOIN sealed_ballots s ON s.xmin = r.xmin WHERE r.proposal_id = $1`,
      [proposalId],
    );
    expect(sealed.rows).toHaveLength(10);
    const lengths = new Set(sealed.rows.map((row) => (row.sealed as Buffer).length));
    expect(lengths.size).toBe(1);
    const bodies = new Set(sealed.rows.map((row) => (row.sealed as Buffer).subarray(13, 15).toString('hex')));
    expect(bodies.size).toBeGreaterThan(5);
    // Results and trackers stay sealed for everyone until the close.
    expect((await admin.get(`/api/proposals/${proposalId}/results`)).status).toBe(403);
    const before = await new ApiClient(info.baseUrl).get(`/api/consultations/${slug}/ballot-trackers`);
    expect(before.body).toMatchObject({ votingOpen: true, total: 0, counts: { register: 0, box: 0, trackers: 0 } });
  });

  it('after the close, pairs no voter with a value by xmin, by physical order or by any shared column', async () => {
    const closed = await admin.post(`/api/consultations/${slug}/phase`, { to: 'committee_review' });
    expect(closed.status).toBe(200);

    expect(await xminPairs(proposalId)).toEqual([]);
    const xmins = await db.query(`SELECT count(DISTINCT xmin::text)::int AS n FROM ballot_box WHERE proposal_id = $1`, [proposalId]);
    expect(xmins.rows[0].n).toBe(1);

    const boxOrder = await ctidPairing(proposalId);
    expect([...boxOrder].sort()).toEqual([...GRADES].sort());
    expect(boxOrder).not.toEqual(GRADES);

    const matches = await sharedColumnMatches(proposalId);
    expect(matches).toHaveLength(10);
    expect(matches.every((n) => n === 10)).toBe(true);

    expect((await db.query(`SELECT count(*)::int AS n FROM sealed_ballots`)).rows[0].n).toBe(0);
    const results = await new ApiClient(info.baseUrl).get(`/api/proposals/${proposalId}/results`);
    expect(results.body).toMatchObject({ ballots: 10, withheld: false, results: { counts: { 1: 2, 2: 2, 3: 2, 4: 2, 5: 2 }, majorityGrade: 3 } });
  });

  it('publishes every tracker, so each voter finds theirs, and trackers = register = box', async () => {
    const visitor = new ApiClient(info.baseUrl);
    const list = await visitor.get(`/api/consultations/${slug}/ballot-trackers?pageSize=100`);
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ votingOpen: false, total: 10, counts: { register: 10, box: 10, trackers: 10 } });
    const published: string[] = list.body.items.map((item: { tracker: string }) => item.tracker);
    expect([...published].sort()).toEqual(published);
    expect([...published].sort()).toEqual([...trackers].sort());

    const mine = await visitor.get(`/api/consultations/${slug}/ballot-trackers/${trackers[3].toLowerCase().replace(/-/g, ' ')}`);
    expect(mine.body).toMatchObject({ tracker: trackers[3], found: true, proposal: { title: 'Pas de notation algorithmique des allocataires' } });
    const unknown = await visitor.get(`/api/consultations/${slug}/ballot-trackers/0000-0000-0000-0000`);
    expect(unknown.body).toMatchObject({ found: false, proposal: null });
    const malformed = await visitor.get(`/api/consultations/${slug}/ballot-trackers/${encodeURIComponent("x' OR 1=1 --")}`);
    expect(malformed.status).toBe(400);
    expect(malformed.body.message).toMatch(/16 caractères/);
  });

  it('shows only the count of a secret result with fewer than 5 ballots', async () => {
    const consultation = await createConsultation(db, 'voting_open', { votingMethod: 'majority_judgment', ballotSecrecy: 'secret' });
    const [small, five] = await createProposals(db, consultation, ['Quatre bulletins', 'Cinq bulletins']);
    for (const voter of voters.slice(0, 4)) expect((await voter.client.put(`/api/proposals/${small}/vote`, { grade: 5 })).status).toBe(200);
    for (const voter of voters.slice(0, 5)) expect((await voter.client.put(`/api/proposals/${five}/vote`, { grade: 2 })).status).toBe(200);
    expect((await admin.post(`/api/consultations/${consultation.slug}/phase`, { to: 'committee_review' })).status).toBe(200);
    const results = (await new ApiClient(info.baseUrl).get(`/api/consultations/${consultation.slug}/results`)).body;
    expect(results.items.map((item: any) => [item.proposal.title, item.ballots, item.withheld, item.results.majorityGrade])).toEqual([
      ['Cinq bulletins', 5, false, 2],
      ['Quatre bulletins', 4, true, null],
    ]);
    const withheld = results.items[1].results;
    expect(Object.values(withheld.counts).every((n) => n === 0)).toBe(true);
    expect(withheld.rank).toBeNull();
  });

  it('refuses a ballot that arrives once the vote has closed', async () => {
    const consultation = await createConsultation(db, 'voting_open', { votingMethod: 'majority_judgment', ballotSecrecy: 'secret' });
    const [id] = await createProposals(db, consultation, ['Vote pendant la clôture']);
    // Votes racing the close: each is either counted (in the box) or refused, never left sealed.
    const [closing, ...answers] = await Promise.all([
      admin.post(`/api/consultations/${consultation.slug}/phase`, { to: 'committee_review' }),
      ...voters.map((voter) => voter.client.put(`/api/proposals/${id}/vote`, { grade: 3 })),
    ]);
    expect(closing.status).toBe(200);
    const accepted = answers.filter((a) => a.status === 200).length;
    expect(accepted + answers.filter((a) => a.status === 409).length).toBe(10);
    const counts = await db.query(
      `SELECT (SELECT count(*) FROM ballot_box WHERE proposal_id = $1)::int AS box,
              (SELECT count(*) FROM vote_register WHERE proposal_id = $1)::int AS register,
              (SELECT count(*) FROM sealed_ballots WHERE proposal_id = $1)::int AS sealed`,
      [id],
    );
    expect(counts.rows[0]).toEqual({ box: accepted, register: accepted, sealed: 0 });
  });

  it('writes no voter into the log', () => {
    const text = log();
    expect(text.length).toBeGreaterThan(1000);
    for (const voter of voters) {
      expect(text).not.toContain(voter.participantId);
      expect(text).not.toContain(voter.userId);
      expect(text).not.toContain(voter.email);
    }
    for (const tracker of trackers) expect(text).not.toContain(tracker);
  });
});
