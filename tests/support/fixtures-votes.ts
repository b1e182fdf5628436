import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { adminClient } from './accounts';
import { ApiClient } from './api-client';
import { stack } from './stack-env';
import type { TestStackInfo } from './test-stack';

/**
 * Voting fixtures written straight into the database: the consultations and proposals APIs are
 * built elsewhere, and a concurrency test wants a hundred signed-in citizens in a second, not
 * a hundred sign-ups through the mail.
 */
export type Phase = 'draft' | 'proposals_open' | 'voting_open' | 'committee_review' | 'outcomes_published' | 'follow_up' | 'closed';

export interface ConsultationFixture {
  id: string;
  slug: string;
}

export interface Citizen {
  client: ApiClient;
  userId: string;
  participantId: string;
  email: string;
}

export function votesDatabase(stack: TestStackInfo): Pool {
  return new Pool({ connectionString: stack.databaseUrl, max: 5 });
}

/** Settings as libs/domain's ConsultationSettings; whatever is left out takes the domain's default. */
export async function createConsultation(
  db: Pool,
  phase: Phase,
  settings: Record<string, unknown>,
  revisionRound = 1,
): Promise<ConsultationFixture> {
  const slug = `votes-${randomUUID().slice(0, 8)}`;
  const { rows } = await db.query(
    `INSERT INTO consultations (slug, title, phase, settings, revision_round) VALUES ($1, $2, $3, $4::jsonb, $5) RETURNING id`,
    [slug, `Consultation ${slug}`, phase, JSON.stringify(settings), revisionRound],
  );
  return { id: rows[0].id, slug };
}

/**
 * Straight into the database, except the close of a vote: that goes through the admin's phase move,
 * because closing unseals the secret ballot box in the same transaction (a bare UPDATE would leave
 * the ballots sealed and the results empty).
 */
export async function setPhase(db: Pool, consultation: ConsultationFixture, phase: Phase): Promise<void> {
  const { rows } = await db.query(`SELECT phase FROM consultations WHERE id = $1`, [consultation.id]);
  if (rows[0]?.phase === 'voting_open' && phase !== 'voting_open') {
    const step = PHASES.indexOf(phase) > PHASES.indexOf('voting_open') ? 'committee_review' : 'proposals_open';
    const moved = await adminClient(stack()).post(`/api/consultations/${consultation.slug}/phase`, { to: step });
    if (moved.status !== 200) throw new Error(`close the vote: ${moved.status} ${JSON.stringify(moved.body)}`);
  }
  await db.query(`UPDATE consultations SET phase = $2 WHERE id = $1`, [consultation.id, phase]);
}

const PHASES: Phase[] = ['draft', 'proposals_open', 'voting_open', 'committee_review', 'outcomes_published', 'follow_up', 'closed'];

/** Secret ballots cast while voting is open: sealed, so only their number can be checked. */
export async function countSealed(db: Pool, proposalIds: string | string[]): Promise<number> {
  const ids = Array.isArray(proposalIds) ? proposalIds : [proposalIds];
  const { rows } = await db.query(`SELECT count(*)::int AS n FROM sealed_ballots WHERE proposal_id = ANY($1::uuid[])`, [ids]);
  return rows[0].n;
}

/** Published proposals in creation order (their `ref` follows that order, the ranking's last tie-break). */
export async function createProposals(
  db: Pool,
  consultation: ConsultationFixture,
  titles: string[],
  options: { state?: string; round?: number; authorId?: string | null } = {},
): Promise<string[]> {
  const ids: string[] = [];
  for (const title of titles) {
    const { rows } = await db.query(
      `INSERT INTO proposals (consultation_id, author_id, title, summary, body, state, round, submitted_at, published_at)
       VALUES ($1, $2, $3, 'Résumé', 'Texte', $4, $5, now(), CASE WHEN $4 = 'published' THEN now() END) RETURNING id`,
      [consultation.id, options.authorId ?? null, title, options.state ?? 'published', options.round ?? 1],
    );
    ids.push(rows[0].id);
  }
  return ids;
}

export async function joinConsultation(
  db: Pool,
  consultation: ConsultationFixture,
  userId: string,
  via: 'residents' | 'panel',
): Promise<void> {
  await db.query(`INSERT INTO consultation_participants (consultation_id, user_id, via, postcode) VALUES ($1, $2, $3, $4)`, [
    consultation.id,
    userId,
    via,
    via === 'residents' ? '34000' : null,
  ]);
}

/**
 * Verified citizens with open sessions, inserted in three statements: an identity, an account
 * and a session each (the session cookie holds a token whose SHA-256 the table keeps, as the API
 * does). They share one XSRF token, which is signed but bound to no session.
 */
export async function insertCitizens(db: Pool, stack: TestStackInfo, count: number): Promise<Citizen[]> {
  const emails = Array.from({ length: count }, () => `votant-${randomUUID().slice(0, 12)}@example.org`);
  const hmacs = emails.map((email) => createHash('sha256').update(`fixture:${email}`).digest('base64url'));
  const { rows: users } = await db.query(
    `WITH reg AS (
       INSERT INTO identity_register (email_hmac) SELECT unnest($1::text[]) RETURNING email_hmac, participant_id)
     INSERT INTO users (email, email_normalised, participant_id, display_name, password_hash, email_verified_at)
     SELECT e.email, e.email, reg.participant_id, 'Votant·e', 'no-password', now()
       FROM unnest($1::text[], $2::text[]) AS e(hmac, email) JOIN reg ON reg.email_hmac = e.hmac
     RETURNING id, email, participant_id`,
    [hmacs, emails],
  );
  const tokens = users.map(() => randomBytes(32).toString('base64url'));
  await db.query(`INSERT INTO sessions (token_hash, user_id) SELECT unnest($1::text[]), unnest($2::uuid[])`, [
    tokens.map((token) => createHash('sha256').update(token).digest('base64url')),
    users.map((user) => user.id),
  ]);
  const probe = new ApiClient(stack.baseUrl);
  await probe.get('/api/auth/csrf');
  const xsrf = probe.cookie('XSRF-TOKEN') as string;
  return users.map((user, i) => ({
    client: ApiClient.withCookies(
      stack.baseUrl,
      JSON.stringify([
        ['concordia_session', tokens[i]],
        ['XSRF-TOKEN', xsrf],
      ]),
    ),
    userId: user.id,
    participantId: user.participant_id,
    email: user.email,
  }));
}

/** value → count, straight from a ballot table: what every published tally must equal. */
export async function countBallots(db: Pool, table: 'ballots' | 'ballot_box', proposalId: string): Promise<Record<string, number>> {
  const { rows } = await db.query(`SELECT value, count(*)::int AS n FROM ${table} WHERE proposal_id = $1 GROUP BY value`, [proposalId]);
  return Object.fromEntries(rows.map((row) => [String(row.value), row.n]));
}
