export const ROLE_NAMES = ['citizen', 'moderator', 'committee', 'admin'] as const;
export type Role = (typeof ROLE_NAMES)[number];

export interface AccountSummary {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
  emailVerified: boolean;
  totpEnabled: boolean;
  blocked: boolean;
  createdAt: string;
}

export interface SetRolesRequest {
  roles: Role[];
}
