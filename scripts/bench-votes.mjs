// Votes per second on one popular proposal, through the real API (not a test: it prints numbers).
//
//   npm run bench                      builds the API (Nx caches it), then starts it on a throwaway database
//   BENCH_API_URL=http://127.0.0.1:3000 BENCH_DATABASE_URL=postgres://… npm run bench
//                                      against a running stack (fixtures are added to its database)
//
// Without BENCH_API_URL it starts the built API on a throwaway embedded PostgreSQL and removes it
// afterwards. Only loopback addresses are accepted. Each scenario runs BENCH_SECONDS (default 4,
// at most 5) with BENCH_CONCURRENCY requests in flight (default 64); every voter votes once, as on
// a real popular proposal, and the ballots counted must equal the votes accepted. With the default
// 4 s, the measured part lasts about 20 s (plus start-up and fixtures).
import './check-node.mjs';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { benchStack, percentile } from './bench-stack.mjs';
const SECONDS = Math.min(Number(process.env.BENCH_SECONDS || 4), 5);
const CONCURRENCY = Math.min(Number(process.env.BENCH_CONCURRENCY || 64), 256);
const VOTERS = Number(process.env.BENCH_VOTERS || 15000);

const SCENARIOS = [
  {
    name: 'support, open ballots',
    settings: { votingMethod: 'support', ballotSecrecy: 'open', revisionThreshold: null },
    body: () => ({ support: true }),
  },
  {
    name: 'majority judgment, open ballots',
    settings: { votingMethod: 'majority_judgment', ballotSecrecy: 'open' },
    body: (i) => ({ grade: (i % 5) + 1 }),
  },
  {
    name: 'majority judgment, secret ballots',
    settings: { votingMethod: 'majority_judgment', ballotSecrecy: 'secret' },
    body: (i) => ({ grade: (i % 5) + 1 }),
  },
];

/** Verified voters with sessions, straight into the database (as tests/support/fixtures-votes.ts does). */
async function insertVoters(db, count) {
  const emails = Array.from({ length: count }, () => `bench-${randomUUID()}@example.org`);
  const hmacs = emails.map((email) => createHash('sha256').update(`bench:${email}`).digest('base64url'));
  const { rows } = await db.query(
    `WITH reg AS (INSERT INTO identity_register (email_hmac) SELECT unnest($1::text[]) RETURNING email_hmac, participant_id)
     INSERT INTO users (email, email_normalised, participant_id, display_name, password_hash, email_verified_at)
     SELECT e.email, e.email, reg.participant_id, 'Bench', 'no-password', now()
       FROM unnest($1::text[], $2::text[]) AS e(hmac, email) JOIN reg ON reg.email_hmac = e.hmac RETURNING id`,
    [hmacs, emails],
  );
  const tokens = rows.map(() => randomBytes(32).toString('base64url'));
  await db.query(`INSERT INTO sessions (token_hash, user_id) SELECT unnest($1::text[]), unnest($2::uuid[])`, [
    tokens.map((token) => createHash('sha256').update(token).digest('base64url')),
    rows.map((row) => row.id),
  ]);
  return tokens;
}

async function popularProposal(db, settings) {
  const slug = `bench-${randomUUID().slice(0, 8)}`;
  const { rows } = await db.query(
    `INSERT INTO consultations (slug, title, phase, settings) VALUES ($1, $1, 'voting_open', $2::jsonb) RETURNING id`,
    [slug, JSON.stringify(settings)],
  );
  const proposal = await db.query(
    `INSERT INTO proposals (consultation_id, title, state, published_at) VALUES ($1, 'Une proposition populaire', 'published', now()) RETURNING id`,
    [rows[0].id],
  );
  return proposal.rows[0].id;
}

async function xsrfToken(apiUrl) {
  const response = await fetch(`${apiUrl}/api/auth/csrf`);
  const cookie = response.headers.getSetCookie().find((line) => line.startsWith('XSRF-TOKEN='));
  return cookie.split(';')[0].slice('XSRF-TOKEN='.length);
}

/** The open-ballot statement alone, from 16 connections, for SECONDS / 2: where the database's own limit lies. */
async function rawInserts(databaseUrl, db) {
  const proposalId = await popularProposal(db, SCENARIOS[1].settings);
  const participants = (await db.query(`SELECT participant_id FROM users WHERE email LIKE 'bench-%' LIMIT $1`, [VOTERS])).rows.map(
    (r) => r.participant_id,
  );
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 16 });
  const deadline = performance.now() + (SECONDS / 2) * 1000;
  let next = 0;
  const start = performance.now();
  const worker = async () => {
    while (performance.now() < deadline && next < participants.length) {
      await pool.query(
        `INSERT INTO ballots (proposal_id, participant_id, value) VALUES ($1, $2, $3)
         ON CONFLICT ON CONSTRAINT ballots_one_per_participant DO UPDATE SET value = EXCLUDED.value`,
        [proposalId, participants[next++], 4],
      );
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
  const rate = Math.round(next / ((performance.now() - start) / 1000));
  await pool.end();
  return rate;
}

async function run(apiUrl, xsrf, tokens, proposalId, body, method = 'PUT', seconds = SECONDS) {
  const deadline = performance.now() + seconds * 1000;
  const latencies = [];
  const statuses = {};
  let next = 0;
  const start = performance.now();
  const worker = async () => {
    while (performance.now() < deadline && next < tokens.length) {
      const i = next++;
      const began = performance.now();
      const cookie = `concordia_session=${tokens[i]}; XSRF-TOKEN=${xsrf}`;
      const response =
        method === 'GET'
          ? await fetch(`${apiUrl}/api/auth/me`, { headers: { Cookie: cookie } })
          : await fetch(`${apiUrl}/api/proposals/${proposalId}/vote`, {
              method: 'PUT',
              headers: { 'Content-Type': 'application/json', 'X-XSRF-TOKEN': xsrf, Cookie: cookie },
              body: JSON.stringify(body(i)),
            });
      await response.arrayBuffer();
      latencies.push(performance.now() - began);
      statuses[response.status] = (statuses[response.status] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const elapsed = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    elapsed,
    statuses,
    used: next,
    ok: statuses[200] ?? 0,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
  };
}

async function main() {
  const stack = await benchStack();
  const db = new pg.Pool({ connectionString: stack.databaseUrl, max: 4 });
  try {
    console.log(`Concordia vote benchmark: ${stack.apiUrl}, ${CONCURRENCY} requests in flight, ${SECONDS} s per scenario`);
    const tokens = await insertVoters(db, VOTERS);
    // Fresh statistics after inserting thousands of voters, so autovacuum does not start in the middle of a scenario.
    await db.query('ANALYZE identity_register, users, sessions').catch(() => undefined);
    const xsrf = await xsrfToken(stack.apiUrl);
    // The floor every signed-in request pays (session, account, framework), for comparison; it also warms the API up.
    const floor = await run(stack.apiUrl, xsrf, tokens, null, null, 'GET');
    console.log(
      `${'signed-in read, GET /api/auth/me'.padEnd(36)} ${String(Math.round(floor.ok / floor.elapsed)).padStart(6)} requests/s (p50 ${floor.p50.toFixed(1)} ms)`,
    );
    // One second of votes on a scratch proposal, not counted: the vote path's first calls are slower (JIT, pool).
    const scratch = await popularProposal(db, SCENARIOS[1].settings);
    await run(stack.apiUrl, xsrf, tokens, scratch, SCENARIOS[1].body, 'PUT', 1);
    for (const scenario of SCENARIOS) {
      const proposalId = await popularProposal(db, scenario.settings);
      const result = await run(stack.apiUrl, xsrf, tokens, proposalId, scenario.body);
      // Secret ballots stay sealed until the vote closes.
      const table = scenario.settings.ballotSecrecy === 'secret' ? 'sealed_ballots' : 'ballots';
      const counted = (await db.query(`SELECT count(*)::int AS n FROM ${table} WHERE proposal_id = $1`, [proposalId])).rows[0].n;
      const rate = Math.round(result.ok / result.elapsed);
      console.log(
        `${scenario.name.padEnd(36)} ${String(rate).padStart(6)} votes/s  ` +
          `(${result.ok} ballots in ${result.elapsed.toFixed(1)} s; latency p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms; ` +
          `statuses ${JSON.stringify(result.statuses)}; ballots counted ${counted}${counted === result.ok ? ', equal' : ', DIFFERENT'})`,
      );
      if (result.used >= tokens.length) console.log('  (ran out of voters: raise BENCH_VOTERS)');
    }
    const raw = await rawInserts(stack.databaseUrl, db);
    console.log(
      `${'same INSERT … ON CONFLICT, SQL only'.padEnd(36)} ${String(raw).padStart(6)} votes/s  (no HTTP: what the database alone takes)`,
    );
  } finally {
    await db.end();
    await stack.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
