import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Language, ProposalPage, ProposalSort, SimilarProposal } from '@concordia/contracts';
import { DEFAULT_GRADE_SCALE, phaseIndex, ProposalToRank, rankMajorityJudgment } from '@concordia/domain';
import { badRequest, conflict, forbidden } from '../common/http/app-exception';
import type { ConsultationEntity } from '../consultations/consultation.entity';
import { settingsOf } from '../consultations/consultation-settings';
import { ConsultationsService } from '../consultations/consultations.service';
import { isModerator, Viewer } from '../consultations/viewer';
import { PUBLIC_STATES } from './proposal-rules';
import { ListFilter, ListScope, ProposalSearchRepository } from './proposal-search.repository';
import { summaryFromRow } from './proposal.mapper';
import type { ProposalListQueryDto } from './proposals.dto';

/**
 * Secret ballots are sealed until voting closes: a list ordered by tallies would leak them, so
 * those sorts open only afterwards. Tally sorts also need the matching voting method.
 */
function assertTallySort(sort: ProposalSort, consultation: ConsultationEntity): void {
  const settings = settingsOf(consultation);
  if (sort === 'best_grade' && settings.votingMethod !== 'majority_judgment') throw badRequest('proposals.sort-not-for-method');
  if (sort === 'most_supported' && settings.votingMethod === 'majority_judgment') throw badRequest('proposals.sort-not-for-method');
  if (settings.ballotSecrecy === 'secret' && phaseIndex(consultation.phase) <= phaseIndex('voting_open')) throw conflict('proposals.sort-sealed');
}

@Injectable()
export class ProposalListService {
  constructor(
    private readonly search: ProposalSearchRepository,
    private readonly consultations: ConsultationsService,
  ) {}

  async list(slug: string, query: ProposalListQueryDto, viewer: Viewer, language: Language): Promise<ProposalPage> {
    const consultation = await this.consultations.findVisible(slug, viewer);
    const filter: ListFilter = { consultationId: consultation.id, scope: this.scope(query, viewer), q: query.q || undefined, theme: query.theme || undefined };
    if (query.state) filter.states = [query.state];
    const sort: ProposalSort = query.sort ?? (filter.q ? 'relevance' : 'newest');
    if (sort === 'relevance' && !filter.q) throw badRequest('error.bad-request');
    if (sort === 'most_supported' || sort === 'best_grade') assertTallySort(sort, consultation);
    const { page, pageSize } = query;
    const seed = sort === 'random' ? (query.seed ?? randomBytes(9).toString('base64url')) : undefined;
    const total = await this.search.count(filter);
    const rows = sort === 'best_grade' ? await this.bestGradePage(filter, consultation, page, pageSize) : await this.search.page(filter, sort, page, pageSize, seed);
    const items = rows.map((row) => summaryFromRow(row, consultation.slug, language));
    return seed ? { items, page, pageSize, total, seed } : { items, page, pageSize, total };
  }

  /** Public proposals by default; other states for staff; every state of one's own with mine=true. */
  private scope(query: ProposalListQueryDto, viewer: Viewer): ListScope {
    if (query.mine && viewer) return { kind: 'mine', userId: viewer.user.id };
    if (query.state && !PUBLIC_STATES.includes(query.state) && query.state !== 'withdrawn') {
      if (!isModerator(viewer)) throw forbidden();
      return { kind: 'staff' };
    }
    return { kind: 'public' };
  }

  /**
   * Majority judgment ranks by the median grade, then the gauge, then repeated median removal:
   * not one SQL expression. Counts per grade are fetched for every candidate (an indexed
   * aggregate: a consultation has hundreds of proposals, not millions) and ranked by the domain's
   * rankMajorityJudgment, the same rule as the results; then the page is cut.
   */
  private async bestGradePage(filter: ListFilter, consultation: ConsultationEntity, page: number, pageSize: number) {
    const settings = settingsOf(consultation);
    const scale = settings.gradeScale ?? DEFAULT_GRADE_SCALE;
    const candidates = await this.search.candidates(filter);
    const tallies = new Map(candidates.map((c) => [c.id, { counts: {} as Record<number, number>, noOpinion: 0 }]));
    for (const row of await this.search.ballotCounts(candidates.map((c) => c.id))) {
      const tally = tallies.get(row.proposal_id);
      if (!tally) continue;
      if (row.value === 0) tally.noOpinion += row.count;
      else if (row.value >= 1 && row.value <= scale.grades.length) tally.counts[row.value] = (tally.counts[row.value] ?? 0) + row.count;
    }
    const toRank: ProposalToRank[] = candidates.map((c) => ({ id: c.id, createdOrder: Number(c.ref), tally: tallies.get(c.id) ?? { counts: {} } }));
    const ranked = rankMajorityJudgment(toRank, { scale, noOpinion: settings.noOpinion });
    const ids = ranked.slice((page - 1) * pageSize, page * pageSize).map((entry) => entry.id);
    const rows = await this.search.rowsByIds(ids);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /** While an author types a title: published proposals that look alike (typos and accents forgiven). */
  async similar(slug: string, title: string, excludeId: string | undefined, viewer: Viewer): Promise<SimilarProposal[]> {
    const consultation = await this.consultations.findVisible(slug, viewer);
    if (title.length < 3) return [];
    const rows = await this.search.similar(consultation.id, title, excludeId ?? null);
    return rows.map((row) => ({ id: row.id, ref: Number(row.ref), title: row.title, summary: row.summary, score: Math.round(row.score * 1000) / 1000 }));
  }
}
