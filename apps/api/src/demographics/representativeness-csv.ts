import type { Language, Representativeness } from '@concordia/contracts';
import { csvField, csvRecord, UTF8_BOM } from '../outcomes/report/csv';

const HEADERS: Record<Language, string[]> = {
  fr: ['dimension', 'categorie', 'libelle', 'effectif', 'masque', 'part', 'part_recensement', 'ecart'],
  en: ['dimension', 'category', 'label', 'count', 'suppressed', 'share', 'census_share', 'difference'],
};
const ANSWERED: Record<Language, string> = { fr: 'Ont répondu', en: 'Answered' };
const PARTICIPANTS: Record<Language, string> = { fr: 'Participant·es', en: 'Participants' };

/**
 * One record per cell, from the same protected object as the page and the JSON: a suppressed
 * count is an empty field with masque/suppressed = 1, never the number. Totals come first, under
 * the pseudo-category "_total", suppressed under 5 like any cell.
 */
export function representativenessCsv(data: Representativeness, language: Language): string {
  const number = (value: number | null) => csvField(value, 'number');
  const lines = [UTF8_BOM + csvRecord(HEADERS[language])];
  lines.push(csvRecord(['all', '_total', csvField(PARTICIPANTS[language]), number(data.participants), data.participants === null ? '1' : '0', '', '', '']));
  for (const dimension of data.dimensions) {
    lines.push(csvRecord([dimension.dimension, '_total', csvField(ANSWERED[language]), number(dimension.answered), dimension.answered === null ? '1' : '0', '', '', '']));
    for (const cell of dimension.cells) {
      lines.push(
        csvRecord([
          dimension.dimension,
          csvField(cell.category),
          csvField(cell.label),
          number(cell.count),
          cell.suppressed ? '1' : '0',
          number(cell.share),
          number(cell.censusShare),
          number(cell.difference),
        ]),
      );
    }
  }
  return lines.join('');
}
