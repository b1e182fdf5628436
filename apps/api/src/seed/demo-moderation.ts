import type { EntityManager } from 'typeorm';
import { findPersonalData, toStored } from '../moderation/shared/personal-data-flags';
import { renderMarkdown } from '../proposals/markdown';

/** Two submissions waiting for a moderator, one of them holding a phone number the detector flags. */
const WAITING = [
  {
    title: 'Former les agents municipaux aux biais des algorithmes',
    summary: 'Une formation courte et obligatoire pour les agents qui utilisent un outil d’aide à la décision.',
    body: 'Chaque agent qui s’appuie sur un outil d’IA suit une demi-journée de formation : biais connus, limites, et comment signaler une erreur.\n\nLa formation est mise à jour chaque année avec le comité d’éthique.',
    theme: 'garantie-humaine',
  },
  {
    title: 'Un numéro d’écoute pour contester une décision automatisée',
    summary: 'Une ligne dédiée pour les habitants qui pensent qu’un algorithme s’est trompé à leur sujet.',
    body: 'Je propose une permanence téléphonique tenue par des agents. Pour en parler, appelez-moi au 06 12 34 56 78 le soir.\n\nLes appels sont suivis dans un registre anonymisé.',
    theme: 'garantie-humaine',
  },
];

const REPORTED_COMMENT = 'Encore une idée de bureaucrates qui ne sortent jamais de leur bureau, ça ne sert à rien.';

/**
 * A few items in the moderation queue of the demo consultation: two submitted proposals (one
 * flagged for a phone number) and one reported comment. Idempotent: does nothing once the first
 * submission exists. `authorIds`: demo citizens; the first writes, the next comment and report.
 */
export async function seedDemoModeration(manager: EntityManager, consultationId: string, authorIds: string[]): Promise<void> {
  if (authorIds.length === 0) return;
  const [exists] = await manager.query(`SELECT 1 FROM proposals WHERE consultation_id = $1 AND title = $2`, [consultationId, WAITING[0].title]);
  if (exists) return;
  for (const [index, proposal] of WAITING.entries()) {
    const author = authorIds[index % authorIds.length];
    const flags = findPersonalData(proposal);
    const [{ id }] = await manager.query(
      `INSERT INTO proposals (consultation_id, author_id, title, summary, body, body_html, theme, state, submitted_at, personal_data, personal_data_pending)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'submitted', now() - make_interval(hours => $8), $9::jsonb, $10) RETURNING id`,
      [consultationId, author, proposal.title, proposal.summary, proposal.body, renderMarkdown(proposal.body), proposal.theme, 5 - index, JSON.stringify(toStored(flags)), flags.length > 0],
    );
    await manager.query(
      `INSERT INTO proposal_versions (proposal_id, version, title, summary, body, theme, edited_by) VALUES ($1, 1, $2, $3, $4, $5, $6)`,
      [id, proposal.title, proposal.summary, proposal.body, proposal.theme, author],
    );
  }
  const [target] = await manager.query(
    `SELECT id FROM proposals WHERE consultation_id = $1 AND state = 'published' ORDER BY published_at, id LIMIT 1`,
    [consultationId],
  );
  if (!target) return;
  const commenter = authorIds[1 % authorIds.length];
  const reporter = authorIds[2 % authorIds.length];
  const [{ id: commentId }] = await manager.query(
    `INSERT INTO comments (proposal_id, author_id, stance, body) VALUES ($1, $2, 'against', $3) RETURNING id`,
    [target.id, commenter, REPORTED_COMMENT],
  );
  // A report by someone other than the commenter (skipped when the demo has a single author).
  if (reporter !== commenter) {
    await manager.query(
      `INSERT INTO content_reports (consultation_id, comment_id, reporter_id, reason, text) VALUES ($1, $2, $3, 'offensive', $4)`,
      [consultationId, commentId, reporter, 'Ton méprisant envers les agents.'],
    );
  }
}
