import { CommitteeTallySummary } from './committee-close';
import { CommitteeDecision } from './committee-vote';

/**
 * What an official response may decide. The committee's vote decides adopted, adopted with
 * amendments or not adopted; "out of scope" is how a response words a rejection because the matter
 * is not the local government's to decide, so it is allowed only where the vote did not adopt.
 */
export const RESPONSE_DECISIONS = ['adopted', 'adopted_with_amendments', 'not_adopted', 'out_of_scope'] as const;
export type ResponseDecision = (typeof RESPONSE_DECISIONS)[number];

export type PublicationProblem =
  /** The chair has not closed the committee vote yet. */
  | 'vote-open'
  /** Nobody drafted a response. */
  | 'no-response'
  | 'empty-opinion'
  /** Adopted with amendments, but no amended text. */
  | 'amended-text-missing'
  /** An amended text on a decision that amends nothing. */
  | 'amended-text-unexpected'
  /** The response says something other than the committee voted. */
  | 'decision-mismatch';

export interface ResponseDraft {
  /** null: the committee vote's decision. */
  decision: ResponseDecision | null;
  opinion: string;
  amendedText: string | null;
}

/** The decision a response publishes: its own when it states one, else the committee vote's. */
export function publishedDecision(voteDecision: CommitteeDecision, draft: Pick<ResponseDraft, 'decision'>): ResponseDecision {
  return draft.decision ?? voteDecision;
}

export function decisionAgreesWithVote(voteDecision: CommitteeDecision, decision: ResponseDecision): boolean {
  return decision === voteDecision || (decision === 'out_of_scope' && voteDecision === 'not_adopted');
}

/** Why one reviewed proposal cannot be published yet; empty when it can. */
export function publicationProblems(voteDecision: CommitteeDecision | null, draft: ResponseDraft | null): PublicationProblem[] {
  const problems: PublicationProblem[] = [];
  if (voteDecision === null) problems.push('vote-open');
  if (draft === null) return [...problems, 'no-response'];
  if (draft.opinion.trim() === '') problems.push('empty-opinion');
  const amended = draft.amendedText !== null && draft.amendedText.trim() !== '';
  if (voteDecision !== null) {
    const decision = publishedDecision(voteDecision, draft);
    if (!decisionAgreesWithVote(voteDecision, decision)) problems.push('decision-mismatch');
    else if (decision === 'adopted_with_amendments' && !amended) problems.push('amended-text-missing');
    else if (decision !== 'adopted_with_amendments' && amended) problems.push('amended-text-unexpected');
  }
  return problems;
}

/** Recommendations whose follow-up is public: the adopted ones. */
export function isAdoptedDecision(decision: string): decision is 'adopted' | 'adopted_with_amendments' {
  return decision === 'adopted' || decision === 'adopted_with_amendments';
}

export const OFFICIAL_RESPONSE_SCHEMA = 'concordia.official-response/1';

/**
 * Exactly what a published response's fingerprint covers: SHA-256 (hex) of the RFC 8785 canonical
 * JSON of this object. It names the text answered (the proposal's version), the answer and the
 * committee's tally, so none of them can be changed afterwards without the fingerprint changing.
 * Markdown is fingerprinted as written, never the HTML (which depends on the renderer's version).
 */
export interface OfficialResponseDocument {
  schema: typeof OFFICIAL_RESPONSE_SCHEMA;
  consultation: { slug: string; title: string };
  proposal: { id: string; ref: number; version: number; title: string; summary: string; body: string };
  decision: ResponseDecision;
  opinion: string;
  amendedText: string | null;
  committeeVote: CommitteeTallySummary;
  /** ISO 8601 in UTC with milliseconds, as Date.prototype.toISOString writes it. */
  publishedAt: string;
}

export interface OfficialResponseInput {
  consultation: { slug: string; title: string };
  proposal: { id: string; ref: number; version: number; title: string; summary: string; body: string };
  decision: ResponseDecision;
  opinion: string;
  amendedText: string | null;
  committeeVote: CommitteeTallySummary;
  publishedAt: Date;
}

/** Builds the document field by field, so that nothing else (an id, a draft revision) slips in. */
export function officialResponseDocument(input: OfficialResponseInput): OfficialResponseDocument {
  const { consultation, proposal } = input;
  const amended = input.amendedText !== null && input.amendedText.trim() !== '' ? input.amendedText : null;
  return {
    schema: OFFICIAL_RESPONSE_SCHEMA,
    consultation: { slug: consultation.slug, title: consultation.title },
    proposal: {
      id: proposal.id,
      ref: proposal.ref,
      version: proposal.version,
      title: proposal.title,
      summary: proposal.summary,
      body: proposal.body,
    },
    decision: input.decision,
    opinion: input.opinion,
    amendedText: input.decision === 'adopted_with_amendments' ? amended : null,
    committeeVote: input.committeeVote,
    publishedAt: input.publishedAt.toISOString(),
  };
}
