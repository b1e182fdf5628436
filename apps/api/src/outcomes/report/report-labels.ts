import type { FollowUpStatusName, Language, ResponseDecisionName } from '@concordia/contracts';

/** Words of the outcome report (PDF, CSV) and of the outcome e-mails, French first. */
export const DECISION_LABELS: Record<ResponseDecisionName, Record<Language, string>> = {
  adopted: { fr: 'Adoptée', en: 'Adopted' },
  adopted_with_amendments: { fr: 'Adoptée avec amendements', en: 'Adopted with amendments' },
  not_adopted: { fr: 'Non adoptée', en: 'Not adopted' },
  out_of_scope: { fr: 'Hors du champ de compétence', en: 'Out of scope' },
};

export const FOLLOW_UP_LABELS: Record<FollowUpStatusName, Record<Language, string>> = {
  planned: { fr: 'Prévue', en: 'Planned' },
  in_progress: { fr: 'En cours', en: 'In progress' },
  done: { fr: 'Réalisée', en: 'Done' },
  abandoned: { fr: 'Abandonnée', en: 'Abandoned' },
};

export const CHOICE_LABELS: Record<string, Record<Language, string>> = {
  adopt: { fr: 'Adopter', en: 'Adopt' },
  adopt_with_amendments: { fr: 'Adopter avec amendements', en: 'Adopt with amendments' },
  reject: { fr: 'Rejeter', en: 'Reject' },
  abstain: { fr: 'Abstention', en: 'Abstain' },
  recusal: { fr: 'Récusation (conflit d’intérêts)', en: 'Recusal (conflict of interest)' },
};

const TEXTS = {
  fr: {
    reportTitle: 'Résultats de la consultation',
    publishedOn: 'Réponses officielles publiées le {date}',
    synthesis: 'Synthèse',
    decisions: 'Décisions du comité',
    decision: 'Décision',
    count: 'Nombre',
    participation: 'Participation',
    participants: 'Participant·e·s',
    ballots: 'Bulletins des citoyen·ne·s',
    proposals: 'Propositions publiées',
    comments: 'Commentaires',
    recommendations: 'Recommandations',
    citizens: 'Vote des citoyen·ne·s',
    committee: 'Vote du comité',
    opinion: 'Avis motivé',
    amendedText: 'Texte amendé',
    followUp: 'Suivi',
    fingerprint: 'Empreinte SHA-256',
    committeeBallots: 'Bulletins du comité',
    verification: 'Vérifier les empreintes',
    verificationText:
      'Chaque réponse publiée porte l’empreinte SHA-256 (hexadécimal) de la forme canonique JSON (RFC 8785) de son document, fourni en entier dans le téléchargement JSON (champ fingerprint.document) : décision, avis et texte amendé tels qu’écrits (Markdown), texte de la proposition répondue, décompte du vote du comité et date de publication. Recalculez-la pour vérifier que rien n’a changé.',
    page: 'Page {page} sur {pages}',
    supports: '{n} soutiens',
    forAgainst: 'Pour {for}, contre {against}, abstention {abstain}',
    approval: 'approbation {share} %',
    majorityGrade: 'Mention majoritaire : {grade}',
    noGrade: 'Aucune évaluation',
    graders: '{n} évaluations',
    rank: 'rang {rank} sur {of}',
    committeeChoices: 'Adopter {adopt}, adopter avec amendements {amended}, rejeter {reject}, abstention {abstain}',
    committeeGrades: 'Mention majoritaire du comité : {grade} (adoption à partir de « {min} »)',
    attendance: '{voted} votant·e·s sur {eligible} membres non récusés (quorum {quorum}), {recused} récusation(s)',
    anonymous: 'publication anonyme',
    notStarted: 'Pas encore commencé',
    progress: '{status} ({progress} %)',
  },
  en: {
    reportTitle: 'Consultation outcomes',
    publishedOn: 'Official responses published on {date}',
    synthesis: 'Synthesis',
    decisions: 'Committee decisions',
    decision: 'Decision',
    count: 'Count',
    participation: 'Participation',
    participants: 'Participants',
    ballots: 'Citizens’ ballots',
    proposals: 'Published proposals',
    comments: 'Comments',
    recommendations: 'Recommendations',
    citizens: 'Citizens’ vote',
    committee: 'Committee vote',
    opinion: 'Reasoned opinion',
    amendedText: 'Amended text',
    followUp: 'Follow-up',
    fingerprint: 'SHA-256 fingerprint',
    committeeBallots: 'Committee ballots',
    verification: 'Checking the fingerprints',
    verificationText:
      'Each published response carries the SHA-256 fingerprint (hexadecimal) of the RFC 8785 canonical JSON of its document, given in full in the JSON download (field fingerprint.document): decision, opinion and amended text as written (Markdown), the text of the proposal answered, the committee tally and the publication date. Recompute it to check that nothing changed.',
    page: 'Page {page} of {pages}',
    supports: '{n} supports',
    forAgainst: 'For {for}, against {against}, abstain {abstain}',
    approval: 'approval {share} %',
    majorityGrade: 'Majority grade: {grade}',
    noGrade: 'No grades',
    graders: '{n} grades',
    rank: 'rank {rank} of {of}',
    committeeChoices: 'Adopt {adopt}, adopt with amendments {amended}, reject {reject}, abstain {abstain}',
    committeeGrades: 'Committee majority grade: {grade} (adopted from “{min}”)',
    attendance: '{voted} voting of {eligible} members not recused (quorum {quorum}), {recused} recusal(s)',
    anonymous: 'anonymous publication',
    notStarted: 'Not started yet',
    progress: '{status} ({progress} %)',
  },
} satisfies Record<Language, Record<string, string>>;

export type ReportText = keyof (typeof TEXTS)['fr'];

export function reportText(language: Language, key: ReportText, params: Record<string, string | number> = {}): string {
  return TEXTS[language][key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

export function formatDate(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(
    new Date(iso),
  );
}
