/** The kinds the personal-data detector finds (libs/domain), each worded in moderation.pd.kinds. */
export type PersonalDataKindName = 'email' | 'phone' | 'nir' | 'iban' | 'card';

export interface SpanLike {
  kind: PersonalDataKindName;
  start: number;
  end: number;
  text: string;
}

export interface Segment {
  text: string;
  /** Set on a stretch of personal data. */
  kind?: PersonalDataKindName;
}

/**
 * Cuts a text into plain stretches and personal-data stretches. Spans are trusted only where they
 * match the text (a text edited since it was flagged may have moved): otherwise the span's own
 * text is looked for; spans found nowhere, and overlapping ones, are left out.
 */
export function segments(text: string, spans: readonly SpanLike[]): Segment[] {
  const placed: { start: number; end: number; kind: PersonalDataKindName }[] = [];
  for (const span of spans) {
    let start = span.start;
    let end = span.end;
    if (text.slice(start, end) !== span.text) {
      const found = span.text ? text.indexOf(span.text) : -1;
      if (found < 0) continue;
      start = found;
      end = found + span.text.length;
    }
    placed.push({ start, end, kind: span.kind });
  }
  placed.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment[] = [];
  let cursor = 0;
  for (const span of placed) {
    if (span.start < cursor) continue;
    if (span.start > cursor) out.push({ text: text.slice(cursor, span.start) });
    out.push({ text: text.slice(span.start, span.end), kind: span.kind });
    cursor = span.end;
  }
  if (cursor < text.length) out.push({ text: text.slice(cursor) });
  return out;
}

const CONTEXT = 40;

/** A span with a few words either side, on one line: "…appelez-moi au [06 12 34 56 78] le soir." */
export function excerptAround(text: string, start: number, end: number): { before: string; found: string; after: string } {
  const flat = (value: string) => value.replace(/\s+/g, ' ');
  let from = Math.max(0, start - CONTEXT);
  let to = Math.min(text.length, end + CONTEXT);
  // Whole words at the edges.
  if (from > 0) {
    const space = text.indexOf(' ', from);
    if (space >= 0 && space < start) from = space + 1;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > end) to = space;
  }
  return {
    before: `${from > 0 ? '…' : ''}${flat(text.slice(from, start))}`,
    found: text.slice(start, end),
    after: `${flat(text.slice(end, to))}${to < text.length ? '…' : ''}`,
  };
}
