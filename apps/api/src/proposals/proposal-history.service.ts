import { Injectable } from '@nestjs/common';
import type { DiffPart, Language, Page, ProposalDiff, ProposalVersionView } from '@concordia/contracts';
import { Change, diffLines, diffWordsWithSpace } from 'diff';
import { AppException } from '../common/http/app-exception';
import type { Viewer } from '../consultations/viewer';
import { contributor } from './proposal.mapper';
import { ProposalsRepository, VersionRow } from './proposals.repository';
import { ProposalsService } from './proposals.service';

function parts(changes: Change[]): DiffPart[] {
  return changes.map((change) => ({
    value: change.value,
    ...(change.added ? { added: true } : {}),
    ...(change.removed ? { removed: true } : {}),
  }));
}

/** Every version of a proposal stays readable by whoever may read the proposal, with diffs between any two. */
@Injectable()
export class ProposalHistoryService {
  constructor(
    private readonly proposals: ProposalsService,
    private readonly repository: ProposalsRepository,
  ) {}

  private view(row: VersionRow, language: Language): ProposalVersionView {
    return {
      version: row.version,
      title: row.title,
      summary: row.summary,
      body: row.body,
      theme: row.theme,
      editedBy: contributor(row.edited_by, row.editor_name, language),
      createdAt: new Date(row.created_at).toISOString(),
    };
  }

  async versions(idOrRef: string, page: number, pageSize: number, viewer: Viewer, language: Language): Promise<Page<ProposalVersionView>> {
    const { proposal } = await this.proposals.findViewable(idOrRef, viewer);
    const { rows, total } = await this.repository.versions(proposal.id, page, pageSize);
    return { items: rows.map((row) => this.view(row, language)), page, pageSize, total };
  }

  async version(idOrRef: string, version: number, viewer: Viewer, language: Language): Promise<ProposalVersionView> {
    const { proposal } = await this.proposals.findViewable(idOrRef, viewer);
    const row = await this.repository.version(proposal.id, version);
    if (!row) throw new AppException(404, 'proposals.version-not-found');
    return this.view(row, language);
  }

  /** Title and summary word by word; the body word by word or line by line. */
  async diff(idOrRef: string, from: number, to: number, mode: 'words' | 'lines', viewer: Viewer): Promise<ProposalDiff> {
    const { proposal } = await this.proposals.findViewable(idOrRef, viewer);
    const [a, b] = await Promise.all([this.repository.version(proposal.id, from), this.repository.version(proposal.id, to)]);
    if (!a || !b) throw new AppException(404, 'proposals.version-not-found');
    return {
      from,
      to,
      mode,
      title: parts(diffWordsWithSpace(a.title, b.title)),
      summary: parts(diffWordsWithSpace(a.summary, b.summary)),
      body: parts(mode === 'lines' ? diffLines(a.body, b.body) : diffWordsWithSpace(a.body, b.body)),
      theme: { from: a.theme, to: b.theme, changed: a.theme !== b.theme },
    };
  }
}
