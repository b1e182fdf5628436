import type { Language, ResponseDraftView } from '@concordia/contracts';
import { contributor } from '../../proposals/proposal.mapper';
import { renderMarkdown } from '../../proposals/markdown';
import type { ResponseRow } from './responses.repository';

export function responseView(row: ResponseRow, language: Language): ResponseDraftView {
  return {
    proposalId: row.proposalId,
    decision: row.decision,
    opinion: row.opinion,
    opinionHtml: renderMarkdown(row.opinion),
    amendedText: row.amendedText,
    amendedTextHtml: row.amendedText === null ? null : renderMarkdown(row.amendedText),
    revision: row.revision,
    editedBy: row.editedBy || row.editorName ? contributor(row.editedBy, row.editorName, language) : null,
    updatedAt: new Date(row.updatedAt).toISOString(),
    publishedAt: row.publishedAt ? new Date(row.publishedAt).toISOString() : null,
    fingerprint: row.fingerprint,
  };
}
