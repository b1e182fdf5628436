import { createHash } from 'node:crypto';
import {
  canonicalFingerprint,
  closeCommitteeVote,
  CommitteeChoice,
  CommitteeTallySummary,
  DEFAULT_COMMITTEE_SETTINGS,
  DEFAULT_GRADE_SCALE,
  followUpProgress,
  isAdoptedDecision,
  MemberBallot,
  officialResponseDocument,
} from '@concordia/domain';
import type { EntityManager } from 'typeorm';
import { appendAuditEntry } from '../audit/audit-log.repository';
import { sha256Hex } from '../audit/sha256';
import { renderMarkdown } from '../proposals/markdown';
import { seededRandom } from './demo-ballots';
import {
  CHATBOTS_CONSULTATION as C,
  CHATBOTS_RECOMMENDATIONS,
  DEMO_NOTES,
  DEMO_RECUSAL,
  DemoRecommendation,
} from './demo-outcomes-content';

const DEMO_VOTERS = 70;
const COMMITTEE_RULES = { ...DEFAULT_COMMITTEE_SETTINGS, publication: 'named' as const };

/**
 * A second demo consultation, in its follow-up phase: 8 recommendations voted for or against by 70
 * demo participants, reviewed by the committee (rapporteurs, a private note, named ballots with
 * reasons, one recusal), answered by official responses published with their fingerprints and
 * chained into the audit log, then followed up with dated milestones. Tallies and decisions come
 * from libs/domain as in the real flow; the committee's choices are forced to the written decision
 * only if a small roster would tip it. Idempotent: nothing is written if the consultation exists.
 */
export async function seedDemoOutcomes(
  manager: EntityManager,
  authorIds: string[],
  committeeIds: { chairId: string; memberIds: string[] },
  freezeResults: (manager: EntityManager, consultationId: string) => Promise<{ round: number; proposals: number; fingerprint: string } | null>,
): Promise<void> {
  const [existing] = await manager.query(`SELECT id FROM consultations WHERE slug = $1`, [C.slug]);
  if (existing) return;
  const roster = [committeeIds.chairId, ...committeeIds.memberIds.filter((id) => id !== committeeIds.chairId)];
  const authors = authorIds.length > 0 ? authorIds : [committeeIds.chairId];

  const [{ id: consultationId }] = await manager.query(
    `INSERT INTO consultations (slug, title, summary, description, phase, themes, settings, phase_schedule, phase_changed_at, created_at)
     VALUES ($1, $2, $3, $4, 'follow_up', $5, $6::jsonb, $7::jsonb, $8, $9) RETURNING id`,
    [
      C.slug,
      C.title,
      C.summary,
      C.description,
      C.themes,
      JSON.stringify(C.settings),
      JSON.stringify(C.schedule),
      C.followUpStartedAt,
      C.createdAt,
    ],
  );
  await manager.query(
    `INSERT INTO committee_members (consultation_id, user_id, role, added_at) SELECT $1, unnest($2::uuid[]), unnest($3::text[]), $4`,
    [consultationId, roster, roster.map((_, i) => (i === 0 ? 'chair' : 'member')), C.createdAt],
  );
  await manager.query(
    `INSERT INTO committee_settings (consultation_id, rules, review_opened_at, outcomes_published_at) VALUES ($1, $2::jsonb, $3, $4)`,
    [consultationId, JSON.stringify(COMMITTEE_RULES), C.reviewOpenedAt, C.publishedAt],
  );

  const voters = await demoVoters(manager);
  const random = seededRandom(2025);
  const published: { proposalId: string; ref: number; decision: string; fingerprint: string }[] = [];
  const proposals: { id: string; ref: number }[] = [];
  for (const [index, recommendation] of CHATBOTS_RECOMMENDATIONS.entries()) {
    const authorId = authors[index % authors.length];
    const proposal = await insertProposal(manager, consultationId, recommendation, authorId, index);
    proposals.push(proposal);
    await castBallots(manager, proposal.id, voters, recommendation, random);
    for (const [i, body] of recommendation.comments.entries()) {
      await manager.query(`INSERT INTO comments (proposal_id, author_id, stance, body, created_at) VALUES ($1, $2, $3, $4, $5)`, [
        proposal.id,
        authors[(index + i + 1) % authors.length],
        recommendation.decision === 'not_adopted' ? 'against' : 'for',
        body,
        at(C.schedule.voting_open, index + i),
      ]);
    }
  }
  // The close of the vote, as the API makes it: results frozen, their fingerprint in the record.
  const frozen = await freezeResults(manager, consultationId);
  const [{ open }] = await manager.query(
    `SELECT count(*)::int AS open FROM ballots WHERE proposal_id = ANY($1::uuid[])`,
    [proposals.map((p) => p.id)],
  );
  await appendAuditEntry(manager, 'voting.closed', {
    at: C.votesClosedAt,
    consultationId,
    consultation: C.slug,
    round: 1,
    ballots: { open, register: 0, box: 0 },
    ...(frozen ? { results: { proposals: frozen.proposals, fingerprint: frozen.fingerprint } } : {}),
  });
  for (const [index, recommendation] of CHATBOTS_RECOMMENDATIONS.entries()) {
    const proposal = proposals[index];
    const tally = await committeeVote(manager, consultationId, proposal.id, roster, recommendation, index);
    const document = officialResponseDocument({
      consultation: { slug: C.slug, title: C.title },
      proposal: {
        id: proposal.id,
        ref: proposal.ref,
        version: 1,
        title: recommendation.title,
        summary: recommendation.summary,
        body: recommendation.body,
      },
      decision: recommendation.decision,
      opinion: recommendation.opinion,
      amendedText: recommendation.amendedText ?? null,
      committeeVote: tally,
      publishedAt: new Date(C.publishedAt),
    });
    const fingerprint = canonicalFingerprint(document, sha256Hex);
    await manager.query(
      `INSERT INTO official_responses (proposal_id, consultation_id, decision, opinion, amended_text, edited_by, updated_at, published_at, document, fingerprint)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10)`,
      [
        proposal.id,
        consultationId,
        document.decision,
        document.opinion,
        document.amendedText,
        roster[index % roster.length],
        C.votesClosedAt,
        C.publishedAt,
        JSON.stringify(document),
        fingerprint,
      ],
    );
    await manager.query(`UPDATE proposals SET state = $2 WHERE id = $1`, [proposal.id, recommendation.decision]);
    published.push({ proposalId: proposal.id, ref: proposal.ref, decision: document.decision, fingerprint });
    if (isAdoptedDecision(recommendation.decision)) await followUp(manager, consultationId, proposal.id, recommendation);
  }
  for (const note of DEMO_NOTES) {
    await manager.query(`INSERT INTO committee_notes (proposal_id, author_id, body, created_at, updated_at) VALUES ($1, $2, $3, $4, $4)`, [
      published[note.recommendation].proposalId,
      roster[0],
      note.body,
      C.reviewOpenedAt,
    ]);
  }
  await appendAuditEntry(manager, 'outcomes.published', {
    at: C.publishedAt,
    consultation: C.slug,
    publishedAt: C.publishedAt,
    responses: published,
  });
}

/** Demo participants are identities only (no account, no sign-in), as in the first demo consultation. */
async function demoVoters(manager: EntityManager): Promise<string[]> {
  const voters: string[] = [];
  for (let i = 0; i < DEMO_VOTERS; i++) {
    const key = createHash('sha256').update(`concordia-demo-chatbots-voter-${i}`).digest('base64url');
    const [{ participant_id }] = await manager.query(
      `INSERT INTO identity_register (email_hmac) VALUES ($1)
       ON CONFLICT (email_hmac) DO UPDATE SET email_hmac = EXCLUDED.email_hmac RETURNING participant_id`,
      [`demo:${key}`],
    );
    voters.push(participant_id);
  }
  return voters;
}

async function insertProposal(
  manager: EntityManager,
  consultationId: string,
  r: DemoRecommendation,
  authorId: string,
  index: number,
): Promise<{ id: string; ref: number }> {
  const publishedAt = at(C.schedule.proposals_open, 2 + index * 3);
  const [row] = await manager.query(
    `INSERT INTO proposals (consultation_id, author_id, title, summary, body, body_html, theme, state, submitted_at, published_at, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, 'published', $8, $8, $8, $8) RETURNING id, ref`,
    [consultationId, authorId, r.title, r.summary, r.body, renderMarkdown(r.body), r.theme, publishedAt],
  );
  await manager.query(
    `INSERT INTO proposal_versions (proposal_id, version, title, summary, body, theme, edited_by, created_at) VALUES ($1, 1, $2, $3, $4, $5, $6, $7)`,
    [row.id, r.title, r.summary, r.body, r.theme, authorId, publishedAt],
  );
  return { id: row.id, ref: Number(row.ref) };
}

/** Open for/against ballots (1 for, −1 against, 0 abstain) drawn from the recommendation's shares; some voters skip it. */
async function castBallots(
  manager: EntityManager,
  proposalId: string,
  voters: string[],
  r: DemoRecommendation,
  random: () => number,
): Promise<void> {
  const graders = voters.filter(() => random() < 0.8);
  const values = graders.map(() => {
    const roll = random();
    return roll < r.citizens.for ? 1 : roll < r.citizens.for + r.citizens.against ? -1 : 0;
  });
  await manager.query(
    `INSERT INTO ballots (proposal_id, participant_id, value, cast_at) SELECT $1, unnest($2::uuid[]), unnest($3::smallint[]), $4`,
    [proposalId, graders, values, at(C.schedule.voting_open, 5)],
  );
}

/**
 * Each member votes the recommendation's pattern in turn (with a reason), one may recuse; the vote
 * is closed by the chair through libs/domain and chained into the audit log, as the API does.
 */
async function committeeVote(
  manager: EntityManager,
  consultationId: string,
  proposalId: string,
  roster: string[],
  r: DemoRecommendation,
  index: number,
): Promise<CommitteeTallySummary> {
  const recused = index === DEMO_RECUSAL.recommendation && roster.length >= 3 ? roster[roster.length - 1] : null;
  let choices = roster.map((_, i) => r.committee[i % r.committee.length]);
  let outcome = decide(roster, choices, recused);
  if (!outcome.ok || outcome.summary.decision !== (r.decision === 'out_of_scope' ? 'not_adopted' : r.decision)) {
    // A roster of another size may tip the vote: then every member votes the decision's own choice.
    const choice: CommitteeChoice =
      r.decision === 'adopted' ? 'adopt' : r.decision === 'adopted_with_amendments' ? 'adopt_with_amendments' : 'reject';
    choices = roster.map(() => choice);
    outcome = decide(roster, choices, recused);
  }
  if (!outcome.ok) throw new Error(`Demo committee vote on "${r.title}" cannot be closed: ${outcome.problem}`);
  await manager.query(
    `INSERT INTO committee_reviews (proposal_id, consultation_id, rapporteur_id, selected_at, vote_closed_at, vote_closed_by, tally, decision)
     VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8)`,
    [
      proposalId,
      consultationId,
      roster[index % roster.length],
      C.reviewOpenedAt,
      C.votesClosedAt,
      roster[0],
      JSON.stringify(outcome.summary),
      outcome.summary.decision,
    ],
  );
  for (const [i, memberId] of roster.entries()) {
    const recusal = memberId === recused;
    await manager.query(
      `INSERT INTO committee_ballots (proposal_id, member_id, kind, choice, statement, cast_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $6)`,
      [
        proposalId,
        memberId,
        recusal ? 'recusal' : 'vote',
        recusal ? null : choices[i],
        recusal ? DEMO_RECUSAL.statement : (r.reasons[choices[i]] ?? r.reasons[r.committee[0]] ?? r.opinion.slice(0, 200)),
        at(C.reviewOpenedAt, 10 + i),
      ],
    );
  }
  const [row] = await manager.query(`SELECT ref FROM proposals WHERE id = $1`, [proposalId]);
  await appendAuditEntry(manager, 'committee.vote-closed', {
    at: C.votesClosedAt,
    consultation: C.slug,
    proposal: { id: proposalId, ref: Number(row.ref) },
    tally: outcome.summary,
    decision: outcome.summary.decision,
  });
  return outcome.summary;
}

function decide(roster: string[], choices: CommitteeChoice[], recused: string | null) {
  const ballots: MemberBallot[] = roster.map((memberId, i) =>
    memberId === recused
      ? { memberId, kind: 'recusal', choice: null, grade: null, amendments: false }
      : { memberId, kind: 'vote', choice: choices[i], grade: null, amendments: false },
  );
  return closeCommitteeVote(roster, ballots, COMMITTEE_RULES, { scale: DEFAULT_GRADE_SCALE, noOpinion: 'exclude' });
}

async function followUp(manager: EntityManager, consultationId: string, proposalId: string, r: DemoRecommendation): Promise<void> {
  let previous: number | null = null;
  for (const entry of r.followUp) {
    const progress = followUpProgress({ status: entry.status, progress: entry.progress }, previous);
    previous = progress;
    await manager.query(
      `INSERT INTO follow_up_entries (proposal_id, consultation_id, status, progress, occurred_on, milestone, details, reason, posted_at)
       VALUES ($1, $2, $3, $4, $5::date, $6, $7, $8, $9)`,
      [
        proposalId,
        consultationId,
        entry.status,
        progress,
        entry.date,
        entry.milestone,
        entry.details,
        entry.reason ?? null,
        `${entry.postedOn ?? entry.date}T09:00:00.000Z`,
      ],
    );
  }
}

/** An ISO date some days after another. */
function at(iso: string, days: number): string {
  return new Date(new Date(iso).getTime() + days * 24 * 3600 * 1000).toISOString();
}
