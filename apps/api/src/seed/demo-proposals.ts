/**
 * Demo recommendations, written for Concordia (not the convention's official text), on the themes the
 * Montpellier citizens' convention on AI raised (see shared/docs/montpellier-convention.md).
 * `leaning` shapes the demo grades: 5 → graders mostly enthusiastic, 1 → mostly against.
 */
export interface DemoProposal {
  title: string;
  summary: string;
  body: string;
  theme: string;
  leaning: 1 | 2 | 3 | 4 | 5;
}

export const DEMO_PROPOSALS: DemoProposal[] = [
  {
    title: 'Évaluer l’utilité de chaque projet d’IA avant de le lancer',
    summary: 'Aucun projet d’IA sans une étude préalable de son utilité réelle pour les habitants, comparée à une solution sans IA.',
    body: 'Avant tout déploiement, la Métropole publie une **fiche d’utilité** : besoin constaté, alternatives sans IA, bénéfices attendus, coûts environnementaux, sociaux et financiers.\n\nLa fiche est soumise au comité d’éthique, qui peut demander des compléments.',
    theme: 'utilite',
    leaning: 5,
  },
  {
    title: 'Publier un registre public des algorithmes utilisés par la Métropole',
    summary: 'Un registre en ligne qui liste chaque algorithme, son but, ses données et le service responsable.',
    body: 'Le registre est mis à jour à chaque nouveau déploiement. Il indique pour chaque système : finalité, données utilisées, niveau d’automatisation de la décision, service et élu·e responsables, date de la dernière évaluation.',
    theme: 'transparence',
    leaning: 5,
  },
  {
    title: 'Toujours signaler quand une réponse a été produite par une IA',
    summary: 'Courriers, chats et réponses en ligne indiquent clairement la part prise par une IA.',
    body: 'Chaque message produit ou assisté par une IA porte une mention visible, avec un lien vers le registre des algorithmes et un moyen de joindre un agent.',
    theme: 'transparence',
    leaning: 5,
  },
  {
    title: 'Garantir un interlocuteur humain pour toute démarche',
    summary: 'Quel que soit le service, une personne doit pouvoir être jointe et reprendre le dossier.',
    body: 'L’IA reste un outil. Toute démarche comportant une IA offre, dans un délai raisonnable, un contact humain (téléphone, guichet ou rendez-vous) qui peut corriger ou annuler la décision.',
    theme: 'garantie-humaine',
    leaning: 5,
  },
  {
    title: 'Aucune décision individuelle défavorable prise par une machine seule',
    summary: 'Refus d’aide, sanction ou priorisation : la décision finale est toujours signée par un agent.',
    body: 'Lorsqu’un algorithme intervient dans une décision qui concerne une personne, un agent vérifie, décide et signe. La personne peut demander l’explication des critères utilisés.',
    theme: 'garantie-humaine',
    leaning: 4,
  },
  {
    title: 'Anonymiser les données avant tout entraînement de modèle',
    summary: 'Les données des habitants ne servent à entraîner une IA qu’après une anonymisation vérifiée.',
    body: 'Un protocole d’anonymisation est validé par le délégué à la protection des données. Les jeux de données d’entraînement sont documentés et détruits à la fin du projet.',
    theme: 'donnees-personnelles',
    leaning: 4,
  },
  {
    title: 'Interdire le croisement des données de santé et des données sociales',
    summary: 'Les données sensibles (santé, situation financière) ne sont jamais croisées par un algorithme.',
    body: 'La Métropole s’engage à ne pas croiser, par IA, des fichiers de santé, d’aides sociales ou de situation financière, même pour détecter des fraudes.',
    theme: 'donnees-personnelles',
    leaning: 4,
  },
  {
    title: 'Héberger les données de la Métropole dans un centre de données local',
    summary: 'Des serveurs publics sur le territoire plutôt que des clouds étrangers.',
    body: 'Créer ou mutualiser un centre de données métropolitain, alimenté en énergie renouvelable, pour héberger les données et les modèles utilisés par les services publics.',
    theme: 'souverainete',
    leaning: 3,
  },
  {
    title: 'Constituer une équipe interne d’experts en IA',
    summary: 'Former et recruter des agents plutôt que dépendre de prestataires pour chaque projet.',
    body: 'Une petite équipe pluridisciplinaire (données, droit, éthique, design) accompagne les services, relit les contrats et garde la maîtrise des systèmes déployés.',
    theme: 'souverainete',
    leaning: 4,
  },
  {
    title: 'Mesurer et publier l’empreinte carbone de chaque système d’IA',
    summary: 'Énergie, matériel et eau consommés : des chiffres publics, projet par projet.',
    body: 'Chaque projet publie une estimation de son empreinte environnementale à la conception, puis une mesure annuelle. Un projet qui dépasse son budget carbone est réexaminé.',
    theme: 'environnement',
    leaning: 4,
  },
  {
    title: 'Préférer des modèles sobres et de petite taille',
    summary: 'À service égal, choisir le modèle le moins gourmand, même s’il est moins spectaculaire.',
    body: 'Les cahiers des charges imposent de comparer plusieurs tailles de modèles et de retenir la plus sobre qui rend le service attendu.',
    theme: 'environnement',
    leaning: 3,
  },
  {
    title: 'Créer un comité d’éthique citoyen consulté avant chaque grand projet',
    summary: 'Des habitants tirés au sort et des experts, sans élus, donnent un avis public sur chaque grand projet d’IA.',
    body: 'Le comité rend un avis motivé et public avant le lancement. La Métropole répond point par point et explique ce qu’elle retient.',
    theme: 'gouvernance',
    leaning: 5,
  },
  {
    title: 'Donner au comité d’éthique un droit de veto',
    summary: 'Un avis défavorable du comité suspend le projet jusqu’à un nouveau vote du conseil.',
    body: 'Pour que l’avis citoyen pèse vraiment, un avis défavorable suspend le projet. Le conseil métropolitain peut passer outre, mais par un vote public et motivé.',
    theme: 'gouvernance',
    leaning: 2,
  },
  {
    title: 'Former gratuitement les habitants à comprendre l’IA',
    summary: 'Des ateliers dans les médiathèques et les maisons de quartier, pour tous les âges.',
    body: 'Un programme d’ateliers gratuits : ce qu’est une IA, ses limites, comment repérer un contenu généré, comment faire valoir ses droits.',
    theme: 'formation',
    leaning: 5,
  },
  {
    title: 'Former les agents publics avant tout usage d’outils d’IA',
    summary: 'Pas d’outil d’IA dans un service sans formation des agents qui l’utilisent.',
    body: 'La formation couvre le fonctionnement de l’outil, ses erreurs possibles, la protection des données et le devoir de vérification humaine.',
    theme: 'formation',
    leaning: 4,
  },
  {
    title: 'Utiliser l’IA pour mieux régler les feux de circulation',
    summary: 'Adapter les feux au trafic réel pour réduire les bouchons et la pollution.',
    body: 'Expérimenter sur quelques carrefours une régulation adaptative, sans caméra nominative, avec une évaluation publique au bout d’un an.',
    theme: 'utilite',
    leaning: 3,
  },
  {
    title: 'Détecter les fuites du réseau d’eau grâce à l’IA',
    summary: 'Analyser les capteurs du réseau pour repérer plus tôt les fuites et économiser l’eau.',
    body: 'Les données de pression et de débit, qui ne concernent aucune personne, permettent de localiser les fuites. Un usage utile et sans risque pour la vie privée.',
    theme: 'environnement',
    leaning: 5,
  },
  {
    title: 'Installer la reconnaissance faciale dans les transports',
    summary: 'Identifier automatiquement les voyageurs pour renforcer la sécurité.',
    body: 'Des caméras avec reconnaissance faciale dans les stations de tramway, pour repérer les personnes recherchées.',
    theme: 'donnees-personnelles',
    leaning: 1,
  },
  {
    title: 'Remplacer l’accueil téléphonique par un agent conversationnel',
    summary: 'Un robot répond 24 h sur 24 aux questions des habitants à la place des agents d’accueil.',
    body: 'Un agent conversationnel prend les appels et oriente les habitants, ce qui libère du temps pour les agents.',
    theme: 'garantie-humaine',
    leaning: 2,
  },
  {
    title: 'Ouvrir les données et le code des algorithmes publics',
    summary: 'Publier en open data les données non personnelles et le code source des systèmes de la Métropole.',
    body: 'Le code des algorithmes développés pour la Métropole est publié sous licence libre, et les données non personnelles qui les alimentent sur le portail open data.',
    theme: 'transparence',
    leaning: 4,
  },
  {
    title: 'Réserver un budget à l’évaluation indépendante des projets',
    summary: 'Une part fixe du budget de chaque projet d’IA finance une évaluation par un organisme indépendant.',
    body: 'Au moins 5 % du budget de chaque projet est consacré à une évaluation indépendante (laboratoire public, association), publiée en entier.',
    theme: 'utilite',
    leaning: 3,
  },
  {
    title: 'Rendre accessibles à tous les services qui utilisent l’IA',
    summary: 'Les outils numériques avec IA respectent le RGAA et restent utilisables sans smartphone.',
    body: 'Un service public ne doit exclure personne : accessibilité aux personnes handicapées, alternative papier ou guichet, langage clair.',
    theme: 'formation',
    leaning: 5,
  },
  {
    title: 'Interdire la notation des habitants par algorithme',
    summary: 'Aucun score de « fiabilité » ou de « risque » attribué aux habitants par la Métropole.',
    body: 'La Métropole s’interdit toute notation automatisée des personnes, y compris pour l’attribution de logements ou d’aides.',
    theme: 'donnees-personnelles',
    leaning: 4,
  },
  {
    title: 'Limiter la durée de conservation des données utilisées par l’IA',
    summary: 'Des durées courtes, publiées, et une suppression automatique à leur terme.',
    body: 'Chaque traitement indique sa durée de conservation ; les données sont supprimées automatiquement, et la suppression est vérifiée chaque année.',
    theme: 'donnees-personnelles',
    leaning: 3,
  },
];
