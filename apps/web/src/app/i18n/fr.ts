/** French, the default language. Keys are grouped by feature; en.ts mirrors them. */
export const FR = {
  app: { name: 'Concordia' },
  shell: {
    skip: 'Aller au contenu',
    nav: 'Navigation principale',
    footerNav: 'Liens de bas de page',
    switchLanguage: 'English',
  },
  nav: {
    consultations: 'Consultations',
    accounts: 'Comptes',
    myAccount: 'Mon compte',
    signIn: 'Se connecter',
    signUp: 'Créer un compte',
    signOut: 'Se déconnecter',
  },
  footer: {
    accessibility: 'Accessibilité : partiellement conforme',
    privacy: 'Données personnelles',
    api: 'API ouverte',
    tagline: 'Concordia — plateforme libre de consultations citoyennes sur l’usage de l’intelligence artificielle par les collectivités.',
  },
  common: { loading: 'Chargement…', loadError: 'Le chargement a échoué. Réessayez dans un moment.', pagination: 'Pagination' },
  home: { title: 'Accueil' },
  notFound: { title: 'Page introuvable', text: 'Cette page n’existe pas ou plus.', home: 'Revenir à l’accueil' },
  consultations: {
    title: 'Consultations',
    heading: 'Consultations citoyennes',
    intro: 'Proposez des recommandations sur l’usage de l’intelligence artificielle par votre collectivité, évaluez celles des autres, puis suivez ce que le comité citoyen d’éthique en décide.',
    empty: 'Aucune consultation n’est ouverte pour le moment.',
  },
  phase: {
    draft: 'Brouillon',
    proposals_open: 'Dépôt des propositions ouvert',
    voting_open: 'Vote ouvert',
    committee_review: 'Examen par le comité',
    outcomes_published: 'Décisions publiées',
    follow_up: 'Suivi des décisions',
    closed: 'Terminée',
  },
};
