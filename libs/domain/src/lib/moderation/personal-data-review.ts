import type { PersonalDataKind } from './personal-data-detector';

export interface FoundPersonalData {
  kind: PersonalDataKind;
  text: string;
}

const key = (found: FoundPersonalData) => `${found.kind}\u0000${found.text.replace(/\s+/g, '')}`;

/**
 * Whether a text, after an edit, needs a moderator to look at its personal data. A moderator who
 * approved an item with, say, the town hall's public address has reviewed that address: editing
 * another sentence must not send it back to the queue. Anything new (or an earlier flag nobody has
 * reviewed yet) does.
 */
export function needsPersonalDataReview(
  before: readonly FoundPersonalData[],
  beforePending: boolean,
  after: readonly FoundPersonalData[],
): boolean {
  if (after.length === 0) return false;
  if (beforePending) return true;
  const reviewed = new Set(before.map(key));
  return after.some((found) => !reviewed.has(key(found)));
}
