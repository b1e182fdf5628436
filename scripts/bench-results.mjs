// Results of a large closed consultation, read by many at once (issue: results frozen at the close).
//
//   npm run bench -- results     143 proposals, 1.65 M ballots (BENCH_BALLOTS), 50 clients (BENCH_CLIENTS)
//
// Fixtures go straight into the database; the vote is then closed through the admin API, which
// freezes the results. Each figure is printed beside the same SQL run by PostgreSQL alone at the
// same concurrency in the same run, with the machine's load (shared, noisy machines).
import './check-node.mjs';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import pg from 'pg';
import { benchStack, percentile } from './bench-stack.mjs';

const PROPOSALS = Number(process.env.BENCH_PROPOSALS || 143);
const BALLOTS = Number(process.env.BENCH_BALLOTS || 1_650_000);
const CLIENTS = Number(process.env.BENCH_CLIENTS || 50);
const SECONDS = Math.min(Number(process.env.BENCH_SECONDS || 5), 10);

/** An admin whose session passed its second factor, and a CSRF token: what closing the vote through the API takes. */
async function adminSession(db, apiUrl) {
  const email = `bench-admin-${randomUUID()}@example.org`;
  const { rows } = await db.query(
    `WITH reg AS (INSERT INTO identity_register (email_hmac) VALUES ($1) RETURNING participant_id)
     INSERT INTO users (email, email_normalised, participant_id, display_name, password_hash, email_verified_at, roles, totp_enabled_at)
     SELECT $2, $2, participant_id, 'Bench admin', 'no-password', now(), '{citizen,admin}', now() FROM reg RETURNING id`,
    [createHash('sha256').update(email).digest('base64url'), email],
  );
  const token = randomBytes(32).toString('base64url');
  await db.query(`INSERT INTO sessions (token_hash, user_id, second_factor_verified) VALUES ($1, $2, true)`, [
    createHash('sha256').update(token).digest('base64url'),
    rows[0].id,
  ]);
  const response = await fetch(`${apiUrl}/api/auth/csrf`, { headers: { Cookie: `concordia_session=${token}` } });
  const xsrf = response.headers.getSetCookie().find((line) => line.startsWith('XSRF-TOKEN=')).split(';')[0].slice('XSRF-TOKEN='.length);
  return { cookie: `concordia_session=${token}; XSRF-TOKEN=${xsrf}`, xsrf };
}

/** A majority-judgment consultation in its vote with PROPOSALS proposals and BALLOTS open ballots, by SQL. */
async function bigConsultation(db) {
  const slug = `bench-results-${randomUUID().slice(0, 8)}`;
  const settings = { votingMethod: 'majority_judgment', ballotSecrecy: 'open', noOpinion: 'lowest' };
  const [{ id }] = (await db.query(`INSERT INTO consultations (slug, title, phase, settings) VALUES ($1, $1, 'voting_open', $2::jsonb) RETURNING id`, [slug, JSON.stringify(settings)])).rows;
  await db.query(
    `INSERT INTO proposals (consultation_id, title, state, published_at) SELECT $1, 'Mesure ' || g, 'published', now() FROM generate_series(1, $2) g`,
    [id, PROPOSALS],
  );
  const voters = Math.ceil(BALLOTS / PROPOSALS);
  await db.query(`INSERT INTO identity_register (email_hmac) SELECT $1 || '-' || g FROM generate_series(1, $2) g`, [slug, voters]);
  // Each measure gets its own leaning, so that the ranking has work to do.
  await db.query(
    `INSERT INTO ballots (proposal_id, participant_id, value)
     SELECT p.id, r.participant_id, least(5, greatest(0, (p.ref % 5) + (abs(hashtext(r.participant_id::text || p.id::text)) % 4) - 1))
       FROM proposals p, identity_register r WHERE p.consultation_id = $1 AND r.email_hmac LIKE $2 || '-%'`,
    [id, slug],
  );
  await db.query('ANALYZE ballots, proposals');
  return { id, slug };
}

async function measure(label, work) {
  const latencies = [];
  const deadline = performance.now() + SECONDS * 1000;
  const start = performance.now();
  let errors = 0;
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (performance.now() < deadline) {
        const began = performance.now();
        if (!(await work())) errors++;
        latencies.push(performance.now() - began);
      }
    }),
  );
  const elapsed = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  return { label, rate: latencies.length / elapsed, p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99), errors };
}

const line = (r) =>
  `${r.label.padEnd(44)} ${r.rate.toFixed(0).padStart(6)} req/s  p50 ${r.p50.toFixed(1).padStart(7)} ms  p95 ${r.p95.toFixed(1).padStart(7)} ms  p99 ${r.p99.toFixed(1).padStart(7)} ms${r.errors ? `  (${r.errors} errors)` : ''}`;

async function main() {
  const stack = await benchStack({ RESULTS_CACHE_MS: process.env.RESULTS_CACHE_MS ?? '3000' });
  const db = new pg.Pool({ connectionString: stack.databaseUrl, max: 4 });
  try {
    console.log(`Concordia results benchmark: ${PROPOSALS} proposals, ${BALLOTS.toLocaleString('en')} ballots, ${CLIENTS} clients, ${SECONDS} s each`);
    let began = performance.now();
    const consultation = await bigConsultation(db);
    console.log(`fixtures written by SQL in ${((performance.now() - began) / 1000).toFixed(1)} s`);
    const url = `${stack.apiUrl}/api/consultations/${consultation.slug}/results?pageSize=20`;
    const get = async () => {
      const response = await fetch(url);
      await response.arrayBuffer();
      return response.status === 200;
    };

    // While the vote is open: computed from every ballot, reused RESULTS_CACHE_MS per process.
    began = performance.now();
    await get();
    console.log(`one live computation (vote open, cache cold): ${(performance.now() - began).toFixed(0)} ms`);
    const live = await measure('vote open, live results (cached)', get);

    const admin = await adminSession(db, stack.apiUrl);
    began = performance.now();
    const closed = await fetch(`${stack.apiUrl}/api/consultations/${consultation.slug}/phase`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: admin.cookie, 'X-XSRF-TOKEN': admin.xsrf },
      body: JSON.stringify({ to: 'committee_review' }),
    });
    if (closed.status !== 200) throw new Error(`closing the vote: ${closed.status} ${await closed.text()}`);
    console.log(`close of the vote (results computed once and frozen): ${((performance.now() - began) / 1000).toFixed(1)} s`);

    const frozen = await measure('vote closed, frozen results (API)', get);
    const raw = new pg.Pool({ connectionString: stack.databaseUrl, max: CLIENTS });
    const sql = await measure('same SQL, PostgreSQL alone', async () => {
      await raw.query(`SELECT proposals FROM frozen_rounds WHERE consultation_id = $1 AND round = 1`, [consultation.id]);
      await raw.query(
        `SELECT p.id, p.ref, p.title, p.state, p.round, p.revision_of, f.data FROM frozen_results f JOIN proposals p ON p.id = f.proposal_id
          WHERE f.consultation_id = $1 AND f.round = 1 ORDER BY f.position LIMIT 20 OFFSET 0`,
        [consultation.id],
      );
      return true;
    });
    await raw.end();
    console.log('');
    for (const r of [live, frozen, sql]) console.log(line(r));
    console.log(`\nAPI / PostgreSQL: ${(frozen.rate / sql.rate).toFixed(2)}× the throughput, p95 ${frozen.p95.toFixed(1)} ms against ${sql.p95.toFixed(1)} ms (target p95 ≤ 20 ms)`);
    console.log(`machine load (1, 5, 15 min): ${loadavg().map((n) => n.toFixed(2)).join(', ')} on ${navigator.hardwareConcurrency} cores`);
  } finally {
    await db.end();
    await stack.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
