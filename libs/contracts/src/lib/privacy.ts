import type { Role } from './accounts';

/** POST /api/privacy/erase: the current password, and a current TOTP code for staff and 2FA accounts. */
export interface EraseAccountRequest {
  password: string;
  totpCode?: string;
}

export interface EraseAccountResponse {
  status: 'erased';
}

/** GET /api/privacy/export: one JSON document, every section a list (empty when there is nothing). */
export interface PrivacyExport {
  format: 'concordia-export';
  formatVersion: number;
  generatedAt: string;
  account: PrivacyExportAccount;
  /** Consents and preferences: language, declared eligibility (postcode, panel) per consultation. */
  preferences: { language: 'fr' | 'en' };
  consultationParticipation: { consultation: string; via: 'residents' | 'panel'; postcode: string | null; joinedAt: string }[];
  sessions: { createdAt: string; lastSeenAt: string; userAgent: string | null }[];
  proposals: PrivacyExportProposal[];
  comments: { id: string; proposalId: string; parentId: string | null; stance: string; body: string; state: string; createdAt: string; editedAt: string | null }[];
  openBallots: { proposalId: string; proposalTitle: string; value: number; castAt: string }[];
  /** Who voted is recorded apart from what: the value of a secret ballot cannot be linked to anyone. */
  secretBallotsCast: { proposalId: string; proposalTitle: string }[];
  reports: { proposalId: string | null; commentId: string | null; reason: string; text: string | null; createdAt: string }[];
  appeals: { decisionId: string; text: string; createdAt: string; outcome: string | null; decidedAt: string | null }[];
  notifications: { kind: string; params: Record<string, string | number>; link: string | null; createdAt: string; readAt: string | null }[];
  committeeMemberships: { consultation: string; role: string; addedAt: string }[];
  committeeNotes: { proposalId: string; body: string; createdAt: string; updatedAt: string }[];
  committeeBallots: { proposalId: string; kind: string; choice: string | null; grade: number | null; statement: string; castAt: string }[];
  moderationActions: { action: string; proposalId: string | null; commentId: string | null; reason: string | null; note: string | null; createdAt: string }[];
  /** Opt-in demographics, or null when none were given. */
  demographics: Record<string, unknown> | null;
}

export interface PrivacyExportAccount {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
  language: 'fr' | 'en';
  createdAt: string;
  emailVerifiedAt: string | null;
  twoFactorEnabled: boolean;
  blocked: boolean;
}

export interface PrivacyExportProposal {
  id: string;
  ref: number;
  consultation: string;
  role: 'author' | 'coauthor';
  title: string;
  summary: string;
  body: string;
  theme: string | null;
  state: string;
  createdAt: string;
  publishedAt: string | null;
  versions: { version: number; title: string; summary: string; body: string; theme: string | null; createdAt: string }[];
}
