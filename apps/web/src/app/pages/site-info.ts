/**
 * Who runs this instance of Concordia. Each deployment should set its own contacts here (or, later,
 * from the API's configuration); these defaults are the demo's.
 */
export const SITE_INFO = {
  accessibilityEmail: 'accessibilite@concordia.localhost',
  privacyEmail: 'dpo@concordia.localhost',
  statementDate: { fr: '30 novembre 2026', en: '30 November 2026' },
};
