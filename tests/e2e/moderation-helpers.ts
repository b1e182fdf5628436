import type { BrowserContext, Locator, Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { ApiClient } from '../support/api-client';
import { GOOD_PASSWORD, signInStaff, uniqueEmail } from '../support/accounts';
import { linkIn, waitForMail } from '../support/smtp-sink';
import { stack } from '../support/stack-env';

/**
 * A staff member signed in through the API, once per file. A TOTP step cannot be replayed and
 * other files use the demo accounts too: when every nearby step is taken, wait for the next one.
 */
export async function staff(account: { email: string; password: string; totp: string }): Promise<ApiClient> {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await signInStaff(stack(), account);
    } catch {
      await new Promise((ok) => setTimeout(ok, 30_000 - (Date.now() % 30_000) + 500));
    }
  }
  throw new Error(`${account.email} could not sign in (TOTP steps all used?)`);
}

/** A verified citizen with a display name of its own, signed in through the API (the real mail is followed). */
export async function citizen(prefix: string, displayName: string): Promise<{ client: ApiClient; email: string }> {
  const email = uniqueEmail(prefix);
  const client = new ApiClient(stack().baseUrl);
  const registered = await client.post('/api/auth/register', { email, displayName, password: GOOD_PASSWORD });
  if (registered.status !== 201) throw new Error(`register: ${registered.status} ${JSON.stringify(registered.body)}`);
  const mail = await waitForMail(stack().mailDir, email, (text) => text.includes('/verify-email?token='));
  const token = new URL(linkIn(mail, '/verify-email?token=')).searchParams.get('token');
  const verified = await client.post('/api/auth/verify-email', { token });
  if (verified.status !== 200) throw new Error(`verify: ${verified.status}`);
  const login = await client.post('/api/auth/login', { email, password: GOOD_PASSWORD });
  if (login.status !== 200) throw new Error(`login: ${login.status}`);
  return { client, email };
}

/** A browser context signed in as the API client's person (same session cookies). */
export async function browserAs(browser: { newContext: () => Promise<BrowserContext> }, client: ApiClient): Promise<Page> {
  const context = await browser.newContext();
  const pairs = JSON.parse(client.exportCookies()) as [string, string][];
  await context.addCookies(pairs.map(([name, value]) => ({ name, value, url: stack().baseUrl })));
  return context.newPage();
}

export function suffix(): string {
  return randomUUID().slice(0, 8);
}

/** A consultation in proposals_open with pre-moderation, made by the admin through the API. */
export async function preModeratedConsultation(admin: ApiClient): Promise<{ slug: string; title: string }> {
  const title = `Modération et vie privée ${suffix()}`;
  const created = await admin.post('/api/consultations', {
    title,
    summary: 'Consultation créée par le test de modération.',
    themes: ['Données personnelles', 'Services publics'],
    settings: { moderation: 'pre' },
  });
  if (created.status !== 201) throw new Error(`create consultation: ${created.status} ${JSON.stringify(created.body)}`);
  const moved = await admin.post(`/api/consultations/${created.body.slug}/phase`, { to: 'proposals_open' });
  if (moved.status !== 200) throw new Error(`open: ${moved.status} ${JSON.stringify(moved.body)}`);
  return { slug: created.body.slug, title };
}

/** A proposal submitted through the API (it waits in the queue under pre-moderation). */
export async function submittedProposal(author: ApiClient, slug: string, title: string, body: string): Promise<{ id: string; ref: number }> {
  const created = await author.post(`/api/consultations/${slug}/proposals`, { title, summary: '', body, submit: true });
  if (created.status !== 201) throw new Error(`create proposal: ${created.status} ${JSON.stringify(created.body)}`);
  return { id: created.body.id, ref: created.body.ref };
}

/** Picks an option of a Material select by its label. */
export async function choose(page: Page, label: string, option: string | RegExp): Promise<void> {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option }).click();
}

/** The queue's item whose heading holds `text`. */
export function queueItem(page: Page, text: string | RegExp): Locator {
  return page.getByRole('list', { name: 'Éléments à examiner' }).getByRole('article', { name: text });
}
