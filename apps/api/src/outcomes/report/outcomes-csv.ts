import type { Language, OutcomeRecommendation, OutcomeReportExport } from '@concordia/contracts';
import type { Writable } from 'node:stream';
import { csvField, csvRecord, UTF8_BOM } from './csv';
import { DECISION_LABELS, FOLLOW_UP_LABELS } from './report-labels';
import { citizensText } from './report-text';

type Column = {
  header: Record<Language, string>;
  kind?: 'number';
  value: (item: OutcomeRecommendation, language: Language, base: string) => string | number | null;
};

const COLUMNS: Column[] = [
  { header: { fr: 'numero', en: 'number' }, kind: 'number', value: (i) => i.proposal.ref },
  { header: { fr: 'titre', en: 'title' }, value: (i) => i.proposal.title },
  { header: { fr: 'theme', en: 'theme' }, value: (i) => i.proposal.theme },
  { header: { fr: 'decision', en: 'decision' }, value: (i, l) => DECISION_LABELS[i.decision][l] },
  { header: { fr: 'decision_code', en: 'decision_code' }, value: (i) => i.decision },
  { header: { fr: 'bulletins_citoyens', en: 'citizen_ballots' }, kind: 'number', value: (i) => i.citizens?.ballots ?? null },
  { header: { fr: 'resultat_citoyens', en: 'citizen_result' }, value: (i, l) => citizensText(i.citizens, l) },
  { header: { fr: 'comite_membres', en: 'committee_members' }, kind: 'number', value: (i) => i.committee.tally.members },
  { header: { fr: 'comite_recusations', en: 'committee_recusals' }, kind: 'number', value: (i) => i.committee.tally.recused },
  { header: { fr: 'comite_votants', en: 'committee_voters' }, kind: 'number', value: (i) => i.committee.tally.voted },
  {
    header: { fr: 'comite_adopter', en: 'committee_adopt' },
    kind: 'number',
    value: (i) => (i.committee.tally.method === 'choices' ? i.committee.tally.adopt : null),
  },
  {
    header: { fr: 'comite_adopter_avec_amendements', en: 'committee_adopt_with_amendments' },
    kind: 'number',
    value: (i) => (i.committee.tally.method === 'choices' ? i.committee.tally.adoptWithAmendments : i.committee.tally.amendmentsRequested),
  },
  {
    header: { fr: 'comite_rejeter', en: 'committee_reject' },
    kind: 'number',
    value: (i) => (i.committee.tally.method === 'choices' ? i.committee.tally.reject : null),
  },
  {
    header: { fr: 'comite_abstention', en: 'committee_abstain' },
    kind: 'number',
    value: (i) => (i.committee.tally.method === 'choices' ? i.committee.tally.abstain : i.committee.tally.noOpinion),
  },
  {
    header: { fr: 'comite_mention_majoritaire', en: 'committee_majority_grade' },
    kind: 'number',
    value: (i) => (i.committee.tally.method === 'majority_judgment' ? i.committee.tally.majorityGrade : null),
  },
  { header: { fr: 'avis_motive', en: 'reasoned_opinion' }, value: (i) => i.opinion },
  { header: { fr: 'texte_amende', en: 'amended_text' }, value: (i) => i.amendedText },
  { header: { fr: 'publie_le', en: 'published_at' }, value: (i) => i.publishedAt },
  { header: { fr: 'empreinte_sha256', en: 'fingerprint_sha256' }, value: (i) => i.fingerprint.value },
  { header: { fr: 'suivi_statut', en: 'follow_up_status' }, value: (i, l) => (i.followUp ? FOLLOW_UP_LABELS[i.followUp.status][l] : null) },
  { header: { fr: 'suivi_avancement', en: 'follow_up_progress' }, kind: 'number', value: (i) => i.followUp?.progress ?? null },
  { header: { fr: 'lien', en: 'link' }, value: (i, _, base) => `${base}#recommendation-${i.proposal.ref}` },
];

/**
 * One record per recommendation, written as it goes (the response streams), UTF-8 with a BOM,
 * RFC 4180 quoting and CRLF. Opinions and amended texts stay Markdown, as fingerprinted.
 */
export function writeOutcomesCsv(report: OutcomeReportExport, language: Language, pageUrl: string, out: Writable): void {
  out.write(UTF8_BOM + csvRecord(COLUMNS.map((c) => csvField(c.header[language]))));
  for (const item of report.items) {
    out.write(csvRecord(COLUMNS.map((c) => csvField(c.value(item, language, pageUrl), c.kind ?? 'text'))));
  }
  out.end();
}
