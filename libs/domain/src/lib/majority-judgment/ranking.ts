import { countsByGrade, GradeTally, MajorityJudgmentOptions } from './grade-tally';
import { RankingLevel } from './majority-gauge';
import { compareMajorityValues } from './median-removal';
import { MajorityJudgmentResult, resultFromCounts } from './proposal-result';

export interface ProposalToRank {
  id: string;
  /** Creation order (a sequence number or a timestamp): the last tie-break, never the input order. */
  createdOrder: number;
  tally: GradeTally;
}

export interface RankedProposal {
  id: string;
  /** 1-based place in the list, unique. */
  position: number;
  /** Competition rank: proposals tied at every level share it ("1, 2, 2, 4"). */
  rank: number;
  /** Level with the proposal just above at every rule; only creation order put it second. */
  tiedWithPrevious: boolean;
  /** Level with the proposal above or below: every proposal of a tie says "ex aequo", the first too. */
  tied: boolean;
  /** The rule that ordered this proposal after the previous one ('tie' when none did); null for the first. */
  decidedBy: RankingLevel | null;
  result: MajorityJudgmentResult;
}

interface Entry {
  proposal: ProposalToRank;
  counts: number[];
}

/** Best first, by majority grade, gauge, repeated median removal, then creation order. */
export function rankMajorityJudgment(
  proposals: readonly ProposalToRank[],
  options: MajorityJudgmentOptions = {},
): RankedProposal[] {
  const ids = new Set(proposals.map((proposal) => proposal.id));
  if (ids.size !== proposals.length) throw new RangeError('Each proposal must appear once');
  const entries: Entry[] = proposals.map((proposal) => ({ proposal, counts: countsByGrade(proposal.tally, options) }));
  entries.sort(
    (a, b) =>
      compareMajorityValues(b.counts, a.counts).order ||
      a.proposal.createdOrder - b.proposal.createdOrder ||
      (a.proposal.id < b.proposal.id ? -1 : a.proposal.id > b.proposal.id ? 1 : 0),
  );
  const ranked: RankedProposal[] = [];
  entries.forEach((entry, index) => {
    const decidedBy = index === 0 ? null : compareMajorityValues(entries[index - 1].counts, entry.counts).level;
    const tiedWithPrevious = decidedBy === 'tie';
    ranked.push({
      id: entry.proposal.id,
      position: index + 1,
      rank: tiedWithPrevious ? ranked[index - 1].rank : index + 1,
      tiedWithPrevious,
      tied: tiedWithPrevious,
      decidedBy,
      result: resultFromCounts(entry.counts, entry.proposal.tally.noOpinion ?? 0),
    });
  });
  for (let index = 1; index < ranked.length; index++) if (ranked[index].tiedWithPrevious) ranked[index - 1].tied = true;
  return ranked;
}
