import type { FR } from './fr';

type Mirror<T> = { [K in keyof T]: T[K] extends string ? string : Mirror<T[K]> };

/** English mirrors French key for key: the compiler refuses a missing translation. */
export const EN: Mirror<typeof FR> = {
  app: { name: 'Concordia' },
  shell: {
    skip: 'Skip to content',
    nav: 'Main navigation',
    footerNav: 'Footer links',
    switchLanguage: 'Français',
  },
  nav: {
    consultations: 'Consultations',
    accounts: 'Accounts',
    myAccount: 'My account',
    signIn: 'Sign in',
    signUp: 'Sign up',
    signOut: 'Sign out',
  },
  footer: {
    accessibility: 'Accessibility: partially compliant',
    privacy: 'Personal data',
    api: 'Open API',
    tagline: 'Concordia — free software for citizen consultations on how local governments use artificial intelligence.',
  },
  common: { loading: 'Loading…', loadError: 'Loading failed. Try again in a moment.', pagination: 'Pagination' },
  home: { title: 'Home' },
  notFound: { title: 'Page not found', text: 'This page does not exist, or no longer does.', home: 'Back to the home page' },
  consultations: {
    title: 'Consultations',
    heading: 'Citizen consultations',
    intro: 'Propose recommendations on how your local government uses artificial intelligence, grade the others’, then follow what the citizens’ ethics committee decides.',
    empty: 'No consultation is open at the moment.',
  },
  phase: {
    draft: 'Draft',
    proposals_open: 'Open for proposals',
    voting_open: 'Voting open',
    committee_review: 'Committee review',
    outcomes_published: 'Decisions published',
    follow_up: 'Follow-up',
    closed: 'Closed',
  },
};
