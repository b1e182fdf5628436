import { randomUUID } from 'node:crypto';
import { generateSync } from 'otplib';
import { ApiClient } from './api-client';
import { linkIn, waitForMail } from './smtp-sink';
import type { TestStackInfo } from './test-stack';

export const DEMO = {
  citizen: { email: 'citoyenne@concordia.localhost', password: 'demo-citoyenne-2026' },
  moderator: { email: 'moderation@concordia.localhost', password: 'demo-moderation-2026', totp: 'JBSWY3DPEHPK3PXPMODERATORDEMO234' },
  committee: { email: 'comite@concordia.localhost', password: 'demo-comite-2026', totp: 'JBSWY3DPEHPK3PXPCOMMITTEEDEMO456' },
  admin: { email: 'admin@concordia.localhost', password: 'demo-admin-2026', totp: 'JBSWY3DPEHPK3PXPADMINISTRATOR672' },
};

export function uniqueEmail(prefix = 'citoyen'): string {
  return `${prefix}-${randomUUID().slice(0, 8)}@example.org`;
}

export const GOOD_PASSWORD = 'une longue phrase de passe bien à moi';

/** Registers, follows the link from the real mail, signs in: a verified citizen. */
export async function verifiedCitizen(stack: TestStackInfo, email = uniqueEmail()): Promise<ApiClient> {
  const client = new ApiClient(stack.baseUrl);
  const registered = await client.post('/api/auth/register', { email, displayName: 'Test', password: GOOD_PASSWORD });
  if (registered.status !== 201) throw new Error(`register: ${registered.status} ${JSON.stringify(registered.body)}`);
  const mail = await waitForMail(stack.mailDir, email, (text) => text.includes('/verify-email?token='));
  const token = new URL(linkIn(mail, '/verify-email?token=')).searchParams.get('token');
  const verified = await client.post('/api/auth/verify-email', { token });
  if (verified.status !== 200) throw new Error(`verify: ${verified.status}`);
  const login = await client.post('/api/auth/login', { email, password: GOOD_PASSWORD });
  if (login.status !== 200) throw new Error(`login: ${login.status}`);
  return client;
}

/**
 * A TOTP code for a step not used yet: the API refuses a replayed step, and tests may sign in the
 * same demo account several times within 30 seconds.
 */
export function totpCode(secret: string, offsetSteps = 0): string {
  return generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + offsetSteps * 30 } as Parameters<typeof generateSync>[0]);
}

export async function signInStaff(stack: TestStackInfo, account: { email: string; password: string; totp: string }): Promise<ApiClient> {
  const client = new ApiClient(stack.baseUrl);
  const login = await client.post('/api/auth/login', { email: account.email, password: account.password });
  if (login.body?.status !== 'totp-required') throw new Error(`staff login: ${login.status} ${JSON.stringify(login.body)}`);
  for (const offset of [0, 1, -1]) {
    const step = await client.post('/api/auth/login/totp', { code: totpCode(account.totp, offset) });
    if (step.status === 200) return client;
  }
  throw new Error('staff TOTP step failed');
}

/** The admin session opened once per run by the global setup (TOTP steps cannot be replayed). */
export function adminClient(stack: TestStackInfo): ApiClient {
  const exported = process.env.CONCORDIA_ADMIN_COOKIES;
  if (!exported) throw new Error('The global setup did not sign the admin in');
  return ApiClient.withCookies(stack.baseUrl, exported);
}

/** A new verified account with its own TOTP secret, given staff roles by the admin. */
export async function staffAccount(stack: TestStackInfo, roles: string[]): Promise<{ client: ApiClient; id: string; secret: string; email: string }> {
  const email = uniqueEmail(roles.join('-'));
  const client = await verifiedCitizen(stack, email);
  const enrolment = await client.post('/api/auth/totp/enrol');
  const confirmed = await client.post('/api/auth/totp/confirm', { code: totpCode(enrolment.body.secret) });
  if (confirmed.status !== 204) throw new Error(`totp confirm: ${confirmed.status} ${JSON.stringify(confirmed.body)}`);
  const me = await client.get('/api/auth/me');
  const set = await adminClient(stack).put(`/api/accounts/${me.body.id}/roles`, { roles: ['citizen', ...roles] });
  if (set.status !== 200) throw new Error(`set roles: ${set.status} ${JSON.stringify(set.body)}`);
  return { client, id: me.body.id, secret: enrolment.body.secret, email };
}
