/** The Montpellier question, as a demo; the themes paraphrase the convention's advice (see shared docs). */
export const DEMO_CONSULTATION = {
  slug: 'ia-au-service-des-habitants',
  title: 'Quelle intelligence artificielle au service des habitants et du territoire ?',
  summary:
    'La Métropole veut utiliser l’intelligence artificielle dans ses services publics. Proposez vos recommandations, votez, et suivez ce que le comité d’éthique en fera.',
  description: [
    '## Pourquoi cette consultation ?',
    '',
    'Inspirée de la convention citoyenne de Montpellier Méditerranée Métropole (2023-2024), cette consultation demande aux habitantes et habitants comment l’IA peut servir l’intérêt général sans sacrifier les données personnelles, l’environnement ni la décision humaine.',
    '',
    '## Comment ça marche ?',
    '',
    '1. Chacun·e propose des recommandations.',
    '2. Tout le monde les évalue au jugement majoritaire (de « À rejeter » à « Excellent »).',
    '3. Le comité citoyen d’éthique examine les recommandations retenues, vote collectivement et publie une réponse motivée.',
    '4. Le suivi de chaque recommandation adoptée est public.',
  ].join('\n'),
  phase: 'voting_open' as const,
  /** Open ballots, so that the merit profiles can be seen while the vote runs. */
  settings: { votingMethod: 'majority_judgment', ballotSecrecy: 'open', moderation: 'pre', eligibility: { kind: 'any' }, revisionThreshold: 3 },
  themes: ['utilite', 'environnement', 'donnees-personnelles', 'gouvernance', 'transparence', 'souverainete', 'garantie-humaine', 'formation'],
};

const DAY = 24 * 3600 * 1000;

/** Dates around today, so the demo always sits in its voting phase. */
export function demoSchedule(now = Date.now()): Record<string, string> {
  const at = (days: number) => new Date(now + days * DAY).toISOString();
  return { proposals_open: at(-40), voting_open: at(-10), committee_review: at(20), outcomes_published: at(50), follow_up: at(60) };
}
