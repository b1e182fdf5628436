import type { Role } from './accounts';

export const DISPLAY_NAME_MAX_LENGTH = 80;

export interface RegisterRequest {
  email: string;
  displayName: string;
  password: string;
}

export interface LoginRequest {
  email: string;
  password: string;
}

export interface TotpCodeRequest {
  code: string;
}

/** A sign-in either completes or asks for the authenticator code. */
export interface LoginResponse {
  status: 'signed-in' | 'totp-required';
  me?: Me;
}

export interface Me {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
  emailVerified: boolean;
  totpEnabled: boolean;
  /** Staff must enrol a second factor before any staff endpoint answers. */
  totpRequired: boolean;
  language: 'fr' | 'en';
}

export interface SessionInfo {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  userAgent: string | null;
  current: boolean;
}

export interface TotpEnrolment {
  secret: string;
  otpauthUrl: string;
  /** data: URL of a PNG QR code of otpauthUrl. */
  qrCode: string;
}

export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}

export interface ResetPasswordRequest {
  token: string;
  password: string;
}
