import type { PersonalDataSpanView } from '@concordia/contracts';
import { detectPersonalData, needsPersonalDataReview, PersonalDataKind } from '@concordia/domain';

export type TextField = 'title' | 'summary' | 'body';

/** As stored in the personal_data column: where, not what (the text stays in the item alone). */
export interface StoredSpan {
  field: TextField;
  kind: PersonalDataKind;
  start: number;
  end: number;
}

export type FieldTexts = Partial<Record<TextField, string>>;

const FIELDS: readonly TextField[] = ['title', 'summary', 'body'];

/** Every span of every field, in field order. */
export function findPersonalData(texts: FieldTexts): PersonalDataSpanView[] {
  return FIELDS.flatMap((field) => (texts[field] ? detectPersonalData(texts[field] as string).map((span) => ({ field, ...span })) : []));
}

export function toStored(spans: readonly PersonalDataSpanView[]): StoredSpan[] {
  return spans.map(({ field, kind, start, end }) => ({ field: field ?? 'body', kind, start, end }));
}

/** Spans as the queue shows them, read against the current text (a span past its end is dropped). */
export function fromStored(stored: readonly StoredSpan[] | null | undefined, texts: FieldTexts): PersonalDataSpanView[] {
  return (stored ?? []).flatMap((span) => {
    const text = texts[span.field];
    if (text === undefined || span.end > text.length) return [];
    return [{ ...span, text: text.slice(span.start, span.end) }];
  });
}

/** What a write stores: the spans, and whether a moderator must look (new data, or an earlier flag still unreviewed). */
export function flagsAfterWrite(before: FieldTexts | null, beforePending: boolean, after: FieldTexts): { spans: StoredSpan[]; pending: boolean } {
  const found = findPersonalData(after);
  const previous = before ? findPersonalData(before) : [];
  return { spans: toStored(found), pending: needsPersonalDataReview(previous, beforePending, found) };
}
