import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { renderMarkdown } from '../proposals/markdown';
import { DEMO_PROPOSALS } from './demo-proposals';
import { demoGrade, seededRandom } from './demo-ballots';

const DEMO_VOTERS = 90;

/**
 * The demo consultation in its voting phase: 24 published recommendations graded by majority
 * judgment by 90 demo participants (open ballots, so the merit profiles show during the vote).
 * Demo participants are identities only: they have no account and cannot sign in.
 */
export async function seedDemoParticipation(manager: EntityManager, consultationId: string, authorIds: string[]): Promise<void> {
  const [{ count }] = await manager.query(`SELECT count(*)::int AS count FROM proposals WHERE consultation_id = $1`, [consultationId]);
  if (count > 0) return;
  const voters: string[] = [];
  for (let i = 0; i < DEMO_VOTERS; i++) {
    const key = createHash('sha256').update(`concordia-demo-voter-${i}`).digest('base64url');
    const [{ participant_id }] = await manager.query(
      `INSERT INTO identity_register (email_hmac) VALUES ($1)
       ON CONFLICT (email_hmac) DO UPDATE SET email_hmac = EXCLUDED.email_hmac RETURNING participant_id`,
      [`demo:${key}`],
    );
    voters.push(participant_id);
  }
  const random = seededRandom(2024);
  for (const [index, proposal] of DEMO_PROPOSALS.entries()) {
    const publishedAt = new Date(Date.now() - (DEMO_PROPOSALS.length - index) * 3600_000 * 7);
    const [{ id }] = await manager.query(
      `INSERT INTO proposals (consultation_id, author_id, title, summary, body, body_html, theme, state, submitted_at, published_at, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'published', $8, $8, $8) RETURNING id`,
      [consultationId, authorIds[index % authorIds.length], proposal.title, proposal.summary, proposal.body, renderMarkdown(proposal.body), proposal.theme, publishedAt],
    );
    await manager.query(
      `INSERT INTO proposal_versions (proposal_id, version, title, summary, body, theme, edited_by, created_at)
       VALUES ($1, 1, $2, $3, $4, $5, $6, $7)`,
      [id, proposal.title, proposal.summary, proposal.body, proposal.theme, authorIds[index % authorIds.length], publishedAt],
    );
    const graders = voters.filter(() => random() < 0.85);
    const values = graders.map(() => demoGrade(proposal.leaning, random));
    await manager.query(
      `INSERT INTO ballots (proposal_id, participant_id, value) SELECT $1, unnest($2::uuid[]), unnest($3::smallint[])`,
      [id, graders, values],
    );
  }
}
