import type { FollowUpStatusName, ResponseDecisionName } from '@concordia/contracts';
import type { CommitteeChoice } from '@concordia/domain';

/**
 * The second demo consultation, written for Concordia: a 2025 consultation on chatbots in public
 * services whose committee has answered and whose adopted recommendations are being followed up,
 * so a newcomer sees the whole life of a consultation. Dates are fixed in 2025–2026.
 */
export const CHATBOTS_CONSULTATION = {
  slug: 'chatbots-et-services-publics',
  title: 'Chatbots et services publics : quelles règles pour l’IA qui répond aux habitants ?',
  summary:
    'En 2025, la Métropole a demandé aux habitants à quelles conditions un chatbot peut répondre à leurs questions. Le comité d’éthique a rendu ses réponses motivées ; suivez leur mise en œuvre.',
  description: [
    '## Le contexte',
    '',
    'Plusieurs services (état civil, déchets, transports) testent un assistant conversationnel. Avant de l’étendre, la Métropole a demandé aux habitantes et habitants quelles règles il doit respecter.',
    '',
    '## Ce qui s’est passé',
    '',
    '1. **Mars 2025** : dépôt des propositions.',
    '2. **Avril–mai 2025** : vote pour / contre.',
    '3. **Juin 2025** : examen et vote motivé du comité d’éthique.',
    '4. **7 juillet 2025** : publication des réponses officielles.',
    '5. **Depuis septembre 2025** : suivi public des recommandations adoptées.',
  ].join('\n'),
  themes: ['transparence', 'garantie-humaine', 'donnees-personnelles', 'accessibilite', 'accueil'],
  settings: {
    votingMethod: 'for_against',
    ballotSecrecy: 'open',
    moderation: 'pre',
    eligibility: { kind: 'any' },
    reviewRule: { kind: 'all' },
    revisionThreshold: null,
  },
  schedule: {
    proposals_open: '2025-03-03T08:00:00.000Z',
    voting_open: '2025-04-14T08:00:00.000Z',
    committee_review: '2025-05-26T08:00:00.000Z',
    outcomes_published: '2025-07-07T08:00:00.000Z',
    follow_up: '2025-09-01T08:00:00.000Z',
  },
  createdAt: '2025-02-10T09:00:00.000Z',
  reviewOpenedAt: '2025-05-26T08:00:00.000Z',
  votesClosedAt: '2025-06-24T17:00:00.000Z',
  publishedAt: '2025-07-07T10:00:00.000Z',
  followUpStartedAt: '2025-09-01T08:00:00.000Z',
};

export interface DemoFollowUp {
  status: FollowUpStatusName;
  progress?: number;
  /** The milestone's date (done or planned). */
  date: string;
  /** When the update was posted, if not on that date (a milestone planned ahead). */
  postedOn?: string;
  milestone: string;
  details: string;
  reason?: string;
}

export interface DemoRecommendation {
  title: string;
  summary: string;
  body: string;
  theme: string;
  /** Share of citizens' ballots for, against and abstaining (they add up to at most 1). */
  citizens: { for: number; against: number; abstain: number };
  /** The committee's choices, the chair first, then the members in turn (cycling). */
  committee: CommitteeChoice[];
  /** Why, per choice. */
  reasons: Partial<Record<CommitteeChoice, string>>;
  /** What the committee decided (its vote is forced to it should a roster size tip it). */
  decision: ResponseDecisionName;
  opinion: string;
  amendedText?: string;
  comments: string[];
  followUp: DemoFollowUp[];
}

export const CHATBOTS_RECOMMENDATIONS: DemoRecommendation[] = [
  {
    title: 'Toujours dire qu’on parle à un robot',
    summary: 'Le chatbot se présente comme un programme dès le premier message et ne se fait jamais passer pour un agent.',
    body: 'Chaque conversation commence par : « Je suis un assistant automatique de la Métropole. » Le chatbot ne porte pas de prénom humain et rappelle qu’il est un programme quand on le lui demande.',
    theme: 'transparence',
    citizens: { for: 0.86, against: 0.06, abstain: 0.08 },
    committee: ['adopt', 'adopt', 'adopt', 'adopt_with_amendments', 'adopt'],
    reasons: {
      adopt: 'Savoir à qui l’on parle est la première condition de la confiance.',
      adopt_with_amendments: 'D’accord, en ajoutant un rappel à chaque nouvelle session.',
    },
    decision: 'adopted',
    opinion:
      'Le comité adopte la recommandation. Être informé qu’on échange avec une machine est une **exigence de loyauté** envers les habitants, reprise par le règlement européen sur l’IA pour les systèmes conversationnels.\n\nLa mention figurera dans le premier message et sur chaque page où le chatbot apparaît.',
    comments: ['Indispensable, on doit savoir à qui on parle.', 'Et pas d’avatar souriant qui fait croire à une vraie personne !'],
    followUp: [
      {
        status: 'planned',
        date: '2025-09-15',
        milestone: 'Textes d’accueil rédigés',
        details: 'Le service de la relation usagers rédige les messages d’accueil avec le comité.',
      },
      {
        status: 'in_progress',
        progress: 60,
        date: '2025-11-03',
        milestone: 'Mention ajoutée sur le site',
        details: 'La mention « assistant automatique » apparaît sur toutes les pages du site.',
      },
      {
        status: 'done',
        date: '2026-01-20',
        milestone: 'Tous les canaux à jour',
        details: 'Site, application et SMS annoncent désormais l’assistant automatique.',
      },
    ],
  },
  {
    title: 'Un humain joignable en un clic depuis le chatbot',
    summary: 'À tout moment de la conversation, un bouton permet de demander un agent, qui reprend le dossier sans tout redemander.',
    body: 'Le bouton « Parler à un agent » est visible en permanence. L’agent reçoit l’historique de la conversation (avec l’accord de l’habitant) et répond dans un délai annoncé.',
    theme: 'garantie-humaine',
    citizens: { for: 0.9, against: 0.04, abstain: 0.06 },
    committee: ['adopt_with_amendments', 'adopt_with_amendments', 'adopt', 'adopt_with_amendments', 'reject'],
    reasons: {
      adopt_with_amendments: 'Oui, mais il faut fixer un délai de réponse et ne pas réserver le recours au numérique.',
      adopt: 'Le principe suffit, les modalités relèvent des services.',
      reject: 'Le coût en agents n’est pas évalué.',
    },
    decision: 'adopted_with_amendments',
    opinion:
      'Le comité adopte la recommandation **avec amendements** : un recours humain sans délai annoncé n’en est pas un, et il doit rester accessible à qui n’utilise pas le chatbot.',
    amendedText:
      'À tout moment, un bouton « Parler à un agent » permet de demander un agent, qui reprend le dossier avec l’historique de la conversation si l’habitant l’accepte. L’agent répond **sous deux jours ouvrés**. Le même recours existe par téléphone et au guichet.',
    comments: ['Ma mère n’utilisera jamais un chatbot : il faut un vrai numéro.', 'Bonne idée si le délai est tenu.'],
    followUp: [
      {
        status: 'planned',
        date: '2025-09-22',
        milestone: 'Organisation du renfort',
        details: 'Trois agents formés pour reprendre les conversations.',
      },
      {
        status: 'in_progress',
        progress: 45,
        date: '2025-12-08',
        milestone: 'Bouton en service sur le site',
        details: 'Délai moyen de reprise constaté : 1,4 jour ouvré.',
      },
      {
        status: 'in_progress',
        progress: 70,
        date: '2026-03-02',
        milestone: 'Bouton dans l’application',
        details: 'Reste à ouvrir le même recours par SMS.',
      },
    ],
  },
  {
    title: 'Aucune conversation réutilisée pour entraîner une IA sans accord',
    summary: 'Les échanges avec le chatbot ne servent pas à entraîner un modèle, sauf accord explicite et révocable de l’habitant.',
    body: 'Les conversations sont conservées le temps de traiter la demande, puis supprimées. Une réutilisation pour améliorer le service demande un accord explicite, révocable à tout moment.',
    theme: 'donnees-personnelles',
    citizens: { for: 0.82, against: 0.07, abstain: 0.11 },
    committee: ['adopt', 'adopt', 'abstain', 'adopt', 'adopt_with_amendments'],
    reasons: {
      adopt: 'La minimisation des données doit s’appliquer d’abord aux conversations.',
      abstain: 'Je ne suis pas certain que la durée de conservation soit tenable pour le service.',
      adopt_with_amendments: 'Préciser une durée maximale de conservation.',
    },
    decision: 'adopted',
    opinion:
      'Le comité adopte la recommandation. Les conversations contiennent souvent des données sensibles (santé, situation familiale) : elles ne peuvent pas devenir des données d’entraînement par défaut. Le contrat du prestataire sera revu en ce sens.',
    comments: ['Très important : on raconte sa vie à ces chatbots.'],
    followUp: [
      {
        status: 'in_progress',
        progress: 35,
        date: '2025-10-13',
        milestone: 'Avenant au contrat du prestataire',
        details: 'Clause interdisant la réutilisation des conversations en cours de négociation.',
      },
    ],
  },
  {
    title: 'Publier les réponses types et les sources du chatbot',
    summary: 'Les textes sur lesquels le chatbot s’appuie sont publiés en données ouvertes et mis à jour à chaque changement.',
    body: 'La base de connaissances du chatbot (réponses types, pages sources, date de mise à jour) est publiée sur le portail de données ouvertes.',
    theme: 'transparence',
    citizens: { for: 0.71, against: 0.12, abstain: 0.17 },
    committee: ['adopt_with_amendments', 'adopt_with_amendments', 'adopt_with_amendments', 'adopt', 'abstain'],
    reasons: {
      adopt_with_amendments: 'Oui, en excluant les procédures internes de sécurité.',
      adopt: 'Publier tout est plus simple et plus lisible.',
      abstain: 'Je manque d’éléments sur la charge pour les services.',
    },
    decision: 'adopted_with_amendments',
    opinion:
      'Le comité adopte la recommandation **avec amendements** : la transparence est la règle, mais quelques procédures de sécurité doivent rester internes.',
    amendedText:
      'La base de connaissances du chatbot (réponses types, pages sources, date de mise à jour) est publiée en données ouvertes, **à l’exception des procédures internes de sécurité**, dont la liste est elle-même publique.',
    comments: ['Ça permettra de vérifier que les réponses sont justes.'],
    followUp: [
      {
        status: 'planned',
        date: '2027-01-29',
        postedOn: '2025-10-20',
        milestone: 'Jeu de données publié',
        details: 'Publication prévue avec la refonte du portail de données ouvertes.',
      },
    ],
  },
  {
    title: 'Un chatbot en « facile à lire et à comprendre » et en plusieurs langues',
    summary: 'Le chatbot sait répondre en langage simplifié (FALC) et dans les langues les plus parlées du territoire.',
    body: 'Un bouton propose une version FALC des réponses ; l’arabe, l’espagnol et l’anglais sont disponibles dès le lancement.',
    theme: 'accessibilite',
    citizens: { for: 0.76, against: 0.1, abstain: 0.14 },
    committee: ['adopt', 'adopt', 'adopt', 'reject', 'adopt'],
    reasons: {
      adopt: 'L’accès au service public ne doit pas dépendre de la maîtrise du français administratif.',
      reject: 'Les traductions automatiques risquent d’être fausses sur des sujets juridiques.',
    },
    decision: 'adopted',
    opinion:
      'Le comité adopte la recommandation : un service public numérique doit être compréhensible par toutes et tous. Les traductions seront relues par des personnes.',
    comments: ['Merci pour les personnes qui apprennent le français.', 'Le FALC aiderait aussi beaucoup de personnes âgées.'],
    followUp: [
      {
        status: 'planned',
        date: '2025-10-06',
        milestone: 'Appel d’offres lancé',
        details: 'Traduction relue par des interprètes et version FALC.',
      },
      {
        status: 'abandoned',
        date: '2026-02-16',
        milestone: 'Marché infructueux',
        details: 'Aucune offre ne respectait l’exigence de relecture humaine.',
        reason:
          'L’appel d’offres a été déclaré infructueux et le budget 2026 ne permet pas de le relancer. La Métropole s’engage à soumettre une nouvelle proposition au comité lors de la prochaine consultation.',
      },
    ],
  },
  {
    title: 'Remplacer les agents d’accueil par des chatbots pour réduire les coûts',
    summary: 'Les économies réalisées sur l’accueil physique financeraient d’autres services.',
    body: 'Les guichets peu fréquentés fermeraient ; le chatbot et le téléphone prendraient le relais.',
    theme: 'accueil',
    citizens: { for: 0.18, against: 0.72, abstain: 0.1 },
    committee: ['reject', 'reject', 'reject', 'abstain', 'adopt'],
    reasons: {
      reject: 'Le chatbot doit s’ajouter à l’accueil humain, jamais le remplacer.',
      abstain: 'La question budgétaire mérite une étude à part.',
      adopt: 'Certains guichets sont quasiment vides : la piste mérite d’être étudiée.',
    },
    decision: 'not_adopted',
    opinion:
      'Le comité n’adopte pas la recommandation. Les citoyens l’ont largement rejetée, et la fermeture de guichets priverait de service les personnes éloignées du numérique.',
    comments: ['Non ! Il faut garder des humains.', 'Les économies ne doivent pas se faire sur l’accueil.'],
    followUp: [],
  },
  {
    title: 'Laisser le chatbot décider seul de l’attribution de certaines aides',
    summary: 'Pour les aides simples (cantine, transport), le chatbot pourrait accorder l’aide sans intervention humaine.',
    body: 'Le chatbot vérifie les justificatifs et accorde l’aide immédiatement lorsque les conditions sont remplies.',
    theme: 'garantie-humaine',
    citizens: { for: 0.24, against: 0.63, abstain: 0.13 },
    committee: ['reject', 'reject', 'reject', 'reject', 'reject'],
    reasons: { reject: 'Une décision individuelle sur des droits sociaux doit rester humaine et contestable.' },
    decision: 'not_adopted',
    opinion:
      'Le comité n’adopte pas la recommandation. Une décision produisant des effets juridiques sur une personne ne peut être entièrement automatisée sans garanties fortes (RGPD, article 22). Le chatbot peut **préparer** le dossier, un agent décide.',
    comments: ['Et en cas d’erreur, on fait comment ?'],
    followUp: [],
  },
  {
    title: 'Un chatbot de la police municipale pour déposer plainte',
    summary: 'Déposer plainte en ligne auprès d’un chatbot, à toute heure.',
    body: 'Le chatbot recueillerait la plainte et la transmettrait aux services compétents.',
    theme: 'accueil',
    citizens: { for: 0.41, against: 0.38, abstain: 0.21 },
    committee: ['reject', 'abstain', 'reject', 'reject', 'abstain'],
    reasons: {
      reject: 'Le dépôt de plainte relève de la police et de la gendarmerie nationales, pas de la Métropole.',
      abstain: 'L’idée est intéressante mais pas de notre ressort.',
    },
    decision: 'out_of_scope',
    opinion:
      'Le comité déclare la recommandation **hors du champ de compétence** de la Métropole : le dépôt de plainte relève de l’État. Il transmet la proposition à la préfecture, qui propose déjà la pré-plainte en ligne.',
    comments: ['Dommage, ce serait pratique la nuit.'],
    followUp: [],
  },
];

/** A member on the third recommendation declares a conflict of interest (when the committee has three members or more). */
export const DEMO_RECUSAL = { recommendation: 2, statement: 'J’ai participé à l’appel d’offres du chatbot actuel pour mon employeur.' };

/** Private notes of the committee (never public): they show what the workspace keeps. */
export const DEMO_NOTES = [
  { recommendation: 1, body: 'Demander au service le coût d’un agent supplémentaire avant la séance.' },
  { recommendation: 4, body: 'Vérifier avec la direction juridique la relecture des traductions.' },
];
