import type { Contributor, Language, ProposalSummary } from '@concordia/contracts';
import { translate } from '../common/i18n/messages';
import type { ProposalRow } from './proposal-search.repository';
import type { ProposalEntity } from './proposal.entity';

/** Someone who erased their account stays credited, as "deleted participant". */
export function contributor(id: string | null, displayName: string | null, language: Language): Contributor {
  if (!id || displayName === null) return { id: null, displayName: translate('participants.deleted', language), deleted: true };
  return { id, displayName, deleted: false };
}

const iso = (date: Date | null) => (date ? new Date(date).toISOString() : null);

export function summaryFromRow(row: ProposalRow, consultationSlug: string, language: Language): ProposalSummary {
  return {
    id: row.id,
    ref: Number(row.ref),
    consultationSlug,
    title: row.title,
    summary: row.summary,
    theme: row.theme,
    state: row.state,
    version: row.version,
    author: contributor(row.author_id, row.author_name, language),
    createdAt: new Date(row.created_at).toISOString(),
    submittedAt: iso(row.submitted_at),
    publishedAt: iso(row.published_at),
  };
}

export function summaryFromEntity(proposal: ProposalEntity, authorName: string | null, consultationSlug: string, language: Language): ProposalSummary {
  return summaryFromRow(
    {
      id: proposal.id,
      ref: proposal.ref,
      title: proposal.title,
      summary: proposal.summary,
      theme: proposal.theme,
      state: proposal.state,
      version: proposal.version,
      author_id: proposal.authorId,
      author_name: authorName,
      created_at: proposal.createdAt,
      submitted_at: proposal.submittedAt,
      published_at: proposal.publishedAt,
    },
    consultationSlug,
    language,
  );
}
