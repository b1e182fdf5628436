import type { TranslateService } from '@ngx-translate/core';
import type { CommitteeChoiceName, GradeData, Language } from '@concordia/contracts';
import { NO_OPINION_LABELS } from '@concordia/domain';

export interface BallotLike {
  kind: 'vote' | 'recusal';
  choice: CommitteeChoiceName | null;
  grade: number | 'no_opinion' | null;
  amendments: boolean;
}

/** "Adopter", "Très bien (avec amendements)", "Récusé·e": a committee ballot in words. */
export function ballotWord(ballot: BallotLike, translate: TranslateService, scale: readonly GradeData[], language: Language): string {
  if (ballot.kind === 'recusal') return translate.instant('committee.ballot.recused');
  if (ballot.grade === 'no_opinion') return NO_OPINION_LABELS[language];
  if (typeof ballot.grade === 'number') {
    const grade = scale.find((g) => g.value === ballot.grade);
    const word = grade ? grade[language] : String(ballot.grade);
    return ballot.amendments ? `${word} (${translate.instant('committee.ballot.amendmentsShort')})` : word;
  }
  return ballot.choice ? translate.instant(`committee.choices.${ballot.choice}`) : '';
}
