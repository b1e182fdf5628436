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
  phase: 'proposals_open' as const,
  themes: ['utilite', 'environnement', 'donnees-personnelles', 'gouvernance', 'transparence', 'souverainete', 'garantie-humaine', 'formation'],
};
