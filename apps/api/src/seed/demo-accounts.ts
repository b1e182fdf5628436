import type { Role } from '@concordia/domain';

/**
 * Demo accounts exist only outside production. Their passwords and TOTP secrets are public on
 * purpose: they are printed at start and written in the README so a newcomer can try every role.
 */
export interface DemoAccount {
  email: string;
  displayName: string;
  password: string;
  roles: Role[];
  totpSecret?: string;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: 'citoyenne@concordia.localhost', displayName: 'Camille (citoyenne)', password: 'demo-citoyenne-2026', roles: ['citizen'] },
  { email: 'moderation@concordia.localhost', displayName: 'Malik (modération)', password: 'demo-moderation-2026', roles: ['citizen', 'moderator'], totpSecret: 'JBSWY3DPEHPK3PXPMODERATORDEMO234' },
  { email: 'comite@concordia.localhost', displayName: 'Inès (comité)', password: 'demo-comite-2026', roles: ['citizen', 'committee'], totpSecret: 'JBSWY3DPEHPK3PXPCOMMITTEEDEMO456' },
  { email: 'comite2@concordia.localhost', displayName: 'Hugo (comité)', password: 'demo-comite2-2026', roles: ['citizen', 'committee'], totpSecret: 'JBSWY3DPEHPK3PXPCOMMITTEEHUGO234' },
  { email: 'comite3@concordia.localhost', displayName: 'Léa (comité)', password: 'demo-comite3-2026', roles: ['citizen', 'committee'], totpSecret: 'JBSWY3DPEHPK3PXPCOMMITTEELEA2345' },
  { email: 'admin@concordia.localhost', displayName: 'Alex (administration)', password: 'demo-admin-2026', roles: ['citizen', 'admin'], totpSecret: 'JBSWY3DPEHPK3PXPADMINISTRATOR672' },
];

/** Residents who wrote demo recommendations; they have no usable password and are never printed. */
export const DEMO_AUTHORS = [
  { email: 'nadia.demo@concordia.localhost', displayName: 'Nadia (habitante de Lattes)' },
  { email: 'louis.demo@concordia.localhost', displayName: 'Louis (habitant de Montpellier)' },
  { email: 'awa.demo@concordia.localhost', displayName: 'Awa (habitante de Castelnau-le-Lez)' },
];
