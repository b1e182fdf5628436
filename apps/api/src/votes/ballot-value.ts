import type { BallotView, ForAgainstChoice } from '@concordia/contracts';
import { GradeScale, isGradeOf, NO_OPINION_STORED, VotingMethod } from '@concordia/domain';

/**
 * How each method's ballot is stored in the one smallint column of `ballots` and `ballot_box`
 * (see the participation migration): support 1; for 1, against −1, abstain 0; a grade 1..k,
 * "no opinion" 0. Kept in one place so casting, reading back and tallying agree.
 */
export const SUPPORT_VALUE = 1;
export const NO_OPINION_VALUE = NO_OPINION_STORED;
const CHOICE_VALUES = new Map<unknown, number>([
  ['for', 1],
  ['against', -1],
  ['abstain', 0],
] satisfies [ForAgainstChoice, number][]);

/** The body fields of PUT /vote; exactly the one of the consultation's method must be given. */
export interface BallotInput {
  support?: unknown;
  choice?: unknown;
  grade?: unknown;
}

const FIELD_OF: Record<VotingMethod, keyof BallotInput> = {
  support: 'support',
  for_against: 'choice',
  majority_judgment: 'grade',
};

export type BallotReading =
  { ok: true; value: number } | { ok: false; key: 'votes.wrong-ballot' | 'votes.grade-off-scale'; params: Record<string, string | number> };

/** The body a voter should send, shown in the 400 message so a client can fix its request. */
export function expectedBallot(method: VotingMethod, scale: GradeScale): string {
  if (method === 'support') return '{"support": true}';
  if (method === 'for_against') return '{"choice": "for" | "against" | "abstain"}';
  return `{"grade": 1…${scale.grades.length} | "no_opinion"}`;
}

export function readBallot(method: VotingMethod, scale: GradeScale, input: BallotInput): BallotReading {
  const wrong: BallotReading = { ok: false, key: 'votes.wrong-ballot', params: { expected: expectedBallot(method, scale) } };
  const given = (Object.keys(FIELD_OF) as VotingMethod[])
    .map((m) => FIELD_OF[m])
    .filter((field) => input[field] !== undefined && input[field] !== null);
  if (given.length !== 1 || given[0] !== FIELD_OF[method]) return wrong;

  if (method === 'support') return input.support === true ? { ok: true, value: SUPPORT_VALUE } : wrong;
  if (method === 'for_against') {
    // A Map, not an object: "toString" or "__proto__" must not read as a choice.
    const value = CHOICE_VALUES.get(input.choice);
    return value !== undefined ? { ok: true, value } : wrong;
  }
  const grade = input.grade;
  if (grade === 'no_opinion') return { ok: true, value: NO_OPINION_VALUE };
  if (isGradeOf(scale, grade)) return { ok: true, value: grade };
  if (typeof grade === 'number' && Number.isInteger(grade)) {
    return { ok: false, key: 'votes.grade-off-scale', params: { grade, max: scale.grades.length } };
  }
  return wrong;
}

/** A stored open ballot as its voter sent it. */
export function ballotView(method: VotingMethod, value: number): BallotView {
  if (method === 'support') return { support: true };
  if (method === 'for_against') return { choice: value > 0 ? 'for' : value < 0 ? 'against' : 'abstain' };
  return { grade: value === NO_OPINION_VALUE ? 'no_opinion' : value };
}
