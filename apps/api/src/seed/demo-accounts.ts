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
  { email: 'admin@concordia.localhost', displayName: 'Alex (administration)', password: 'demo-admin-2026', roles: ['citizen', 'admin'], totpSecret: 'JBSWY3DPEHPK3PXPADMINISTRATOR672' },
];
