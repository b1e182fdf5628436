import type { ForAgainstResults, MajorityJudgmentResults, MethodResults, ProposalResults, SupportResults } from '@concordia/contracts';
import {
  ConsultationSettings,
  DEFAULT_GRADE_SCALE,
  GradeScale,
  GradeTally,
  gradeTallyFromValues,
  majorityJudgmentResult,
  MajorityJudgmentResult,
  rankMajorityJudgment,
  RankedProposal,
  secretResultWithheld,
} from '@concordia/domain';
import type { Tally } from './tallies.repository';
import type { VotingProposal } from './voting-context.repository';

/**
 * The proposals a round's results list and rank: every state a proposal reaches once it has been
 * voted on and still stands. Withdrawn, hidden and merged proposals (whose ballots moved) are left
 * out; so are drafts, submissions awaiting moderation and rejected ones, which were never public.
 */
export const RANKED_STATES = [
  'published',
  'revision_requested',
  'superseded',
  'under_review',
  'adopted',
  'adopted_with_amendments',
  'not_adopted',
  'out_of_scope',
] as const;

const count = (tally: Tally, value: number) => tally.get(value) ?? 0;
const totalOf = (tally: Tally) => [...tally.values()].reduce((sum, n) => sum + n, 0);

/** Grades 1..k as counts, 0 as "no opinion": the domain's reading of stored ballots. */
export const gradeTally: (tally: Tally, scale: GradeScale) => GradeTally = gradeTallyFromValues;

export function supportResults(tally: Tally): SupportResults {
  return { method: 'support', supports: totalOf(tally) };
}

export function forAgainstResults(tally: Tally): ForAgainstResults {
  const [votesFor, against, abstain] = [count(tally, 1), count(tally, -1), count(tally, 0)];
  const total = votesFor + against + abstain;
  const share = (n: number) => (total === 0 ? 0 : n / total);
  return {
    method: 'for_against',
    for: votesFor,
    against,
    abstain,
    shares: { for: share(votesFor), against: share(against), abstain: share(abstain) },
    approval: votesFor + against === 0 ? null : votesFor / (votesFor + against),
  };
}

function majorityJudgmentView(
  settings: ConsultationSettings,
  result: MajorityJudgmentResult,
  ranked: RankedProposal | null,
  rankedAmong: number,
): MajorityJudgmentResults {
  const gauge = result.gauge;
  return {
    method: 'majority_judgment',
    n: result.n,
    noOpinion: result.noOpinion,
    noOpinionPolicy: settings.noOpinion,
    counts: result.counts,
    profile: result.profile,
    majorityGrade: result.majorityGrade,
    gauge: gauge && { grade: gauge.grade, sign: gauge.sign, share: gauge.share, p: gauge.p, q: gauge.q },
    rank: ranked?.rank ?? null,
    position: ranked?.position ?? null,
    tiedWithPrevious: ranked?.tiedWithPrevious ?? false,
    tied: ranked?.tied ?? false,
    decidedBy: ranked?.decidedBy ?? null,
    rankedAmong,
    scale: (settings.gradeScale ?? DEFAULT_GRADE_SCALE).grades.map((g) => ({ value: g.value, fr: g.fr, en: g.en })),
  };
}

function mjOptions(settings: ConsultationSettings) {
  return { scale: settings.gradeScale ?? DEFAULT_GRADE_SCALE, noOpinion: settings.noOpinion };
}

function proposalView(proposal: VotingProposal): ProposalResults['proposal'] {
  return {
    id: proposal.id,
    ref: proposal.ref,
    title: proposal.title,
    state: proposal.state,
    round: proposal.round,
    revisionOf: proposal.revisionOf,
  };
}

const secretMinimumOf = (settings: ConsultationSettings, minimum: number) => (settings.ballotSecrecy === 'secret' ? minimum : null);

/** One proposal on its own (support, for/against, or a majority-judgment proposal outside the ranking). */
export function singleResults(settings: ConsultationSettings, proposal: VotingProposal, tally: Tally, secretMinimum: number): ProposalResults {
  const ballots = totalOf(tally);
  const withheld = secretResultWithheld(settings.ballotSecrecy, ballots, secretMinimum);
  // A withheld result is computed from no ballots at all: its count is published, nothing else.
  const shown = withheld ? new Map<number, number>() : tally;
  let results: MethodResults;
  if (settings.votingMethod === 'support') results = supportResults(shown);
  else if (settings.votingMethod === 'for_against') results = forAgainstResults(shown);
  else results = majorityJudgmentView(settings, majorityJudgmentResult(gradeTally(shown, mjOptions(settings).scale), mjOptions(settings)), null, 0);
  return { proposal: proposalView(proposal), secrecy: settings.ballotSecrecy, ballots, withheld, secretMinimum: secretMinimumOf(settings, secretMinimum), results };
}

/**
 * A round's results, best first: majority judgment by the domain's ranking (majority grade,
 * gauge, median removal, creation order); supports by count; for/against by for minus against,
 * then by the number for; creation order last. Secret results too small to publish are left out of
 * the ranking (a place among the others would tell about their grades) and listed last.
 */
export function roundResults(
  settings: ConsultationSettings,
  proposals: readonly VotingProposal[],
  tallies: Map<string, Tally>,
  secretMinimum: number,
): ProposalResults[] {
  const tallyOf = (id: string) => tallies.get(id) ?? new Map<number, number>();
  const isWithheld = (p: VotingProposal) => secretResultWithheld(settings.ballotSecrecy, totalOf(tallyOf(p.id)), secretMinimum);
  const withheld = proposals.filter(isWithheld).map((p) => singleResults(settings, p, tallyOf(p.id), secretMinimum));
  const ranked = proposals.filter((p) => !isWithheld(p));
  return [...rankedResults(settings, ranked, tallyOf, secretMinimum), ...withheld];
}

function rankedResults(
  settings: ConsultationSettings,
  proposals: readonly VotingProposal[],
  tallyOf: (id: string) => Tally,
  secretMinimum: number,
): ProposalResults[] {
  if (settings.votingMethod === 'majority_judgment') {
    const byId = new Map(proposals.map((p) => [p.id, p]));
    const ranking = rankMajorityJudgment(
      proposals.map((p) => ({ id: p.id, createdOrder: p.ref, tally: gradeTally(tallyOf(p.id), mjOptions(settings).scale) })),
      mjOptions(settings),
    );
    return ranking.map((ranked) => {
      const proposal = byId.get(ranked.id) as VotingProposal;
      return {
        proposal: proposalView(proposal),
        secrecy: settings.ballotSecrecy,
        ballots: totalOf(tallyOf(proposal.id)),
        withheld: false,
        secretMinimum: secretMinimumOf(settings, secretMinimum),
        results: majorityJudgmentView(settings, ranked.result, ranked, ranking.length),
      };
    });
  }
  const all = proposals.map((p) => singleResults(settings, p, tallyOf(p.id), secretMinimum));
  const score = (r: ProposalResults): [number, number] =>
    r.results.method === 'support'
      ? [r.results.supports, 0]
      : r.results.method === 'for_against'
        ? [r.results.for - r.results.against, r.results.for]
        : [0, 0];
  return all.sort((a, b) => {
    const [a1, a2] = score(a);
    const [b1, b2] = score(b);
    return b1 - a1 || b2 - a2 || a.proposal.ref - b.proposal.ref;
  });
}
