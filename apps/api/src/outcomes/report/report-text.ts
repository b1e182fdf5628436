import type { CommitteeTallyData, FollowUpCurrent, Language, ProposalResults } from '@concordia/contracts';
import { FOLLOW_UP_LABELS, reportText } from './report-labels';

/** One line for the citizens' result, whatever the voting method. */
export function citizensText(results: ProposalResults | undefined, language: Language): string {
  if (!results) return '';
  const r = results.results;
  if (r.method === 'support') return reportText(language, 'supports', { n: r.supports });
  if (r.method === 'for_against') {
    const line = reportText(language, 'forAgainst', { for: r.for, against: r.against, abstain: r.abstain });
    return r.approval === null ? line : `${line} (${reportText(language, 'approval', { share: Math.round(r.approval * 100) })})`;
  }
  if (r.majorityGrade === null) return reportText(language, 'noGrade');
  const grade = r.scale.find((g) => g.value === r.majorityGrade)?.[language] ?? String(r.majorityGrade);
  const parts = [reportText(language, 'majorityGrade', { grade }), reportText(language, 'graders', { n: r.n })];
  if (r.rank !== null) parts.push(reportText(language, 'rank', { rank: r.rank, of: r.rankedAmong }));
  const profile = r.scale.map((g) => `${g[language]} ${r.counts[g.value] ?? 0}`).join(', ');
  return `${parts.join(', ')} — ${profile}`;
}

/** The committee's counts in words. */
export function committeeText(
  tally: CommitteeTallyData,
  language: Language,
  scale: readonly { value: number; fr: string; en: string }[],
): string {
  const counts =
    tally.method === 'choices'
      ? reportText(language, 'committeeChoices', {
          adopt: tally.adopt,
          amended: tally.adoptWithAmendments,
          reject: tally.reject,
          abstain: tally.abstain,
        })
      : reportText(language, 'committeeGrades', {
          grade:
            tally.majorityGrade === null
              ? '—'
              : (scale.find((g) => g.value === tally.majorityGrade)?.[language] ?? String(tally.majorityGrade)),
          min: scale.find((g) => g.value === tally.adoptionMinGrade)?.[language] ?? String(tally.adoptionMinGrade),
        });
  const attendance = reportText(language, 'attendance', {
    voted: tally.voted,
    eligible: tally.eligible,
    quorum: tally.quorumRequired,
    recused: tally.recused,
  });
  return `${counts}. ${attendance}.`;
}

export function followUpText(current: FollowUpCurrent | null, language: Language): string {
  if (!current) return reportText(language, 'notStarted');
  const line = reportText(language, 'progress', { status: FOLLOW_UP_LABELS[current.status][language], progress: current.progress });
  return current.reason ? `${line} — ${current.reason}` : line;
}
