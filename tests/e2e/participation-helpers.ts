import type { BrowserContext, Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { ApiClient } from '../support/api-client';
import { DEMO, signInStaff, uniqueEmail, verifiedCitizen } from '../support/accounts';
import { stack } from '../support/stack-env';

/**
 * The admin signs in once per file (a TOTP step cannot be replayed, and other files may have used
 * the current steps): when every nearby step is taken, wait for the next one.
 */
export async function signInAdmin(): Promise<ApiClient> {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await signInStaff(stack(), DEMO.admin);
    } catch {
      const untilNextStep = 30_000 - (Date.now() % 30_000) + 500;
      await new Promise((ok) => setTimeout(ok, untilNextStep));
    }
  }
  throw new Error('The admin could not sign in (TOTP steps all used?)');
}

/** A verified citizen, signed in through the API. */
export function citizen(prefix: string): Promise<ApiClient> {
  return verifiedCitizen(stack(), uniqueEmail(prefix));
}

/** The API session, copied into a browser context: that context is signed in as the same person. */
export async function signInBrowser(context: BrowserContext, client: ApiClient): Promise<void> {
  const pairs = JSON.parse(client.exportCookies()) as [string, string][];
  await context.addCookies(pairs.map(([name, value]) => ({ name, value, url: stack().baseUrl })));
}

export function suffix(): string {
  return randomUUID().slice(0, 8);
}

/** A consultation made by the admin through the API, moved to `phase` step by step. */
export async function consultationFor(
  admin: ApiClient,
  settings: Record<string, unknown>,
  phase: 'draft' | 'proposals_open' | 'voting_open' = 'proposals_open',
): Promise<{ slug: string; title: string }> {
  const title = `Éclairage et données publiques ${suffix()}`;
  const created = await admin.post('/api/consultations', {
    title,
    summary: 'Consultation créée par le test de participation.',
    description: '## Pourquoi ?\n\nPour vérifier le **parcours complet**.',
    themes: ['Transports', 'Énergie', 'Données personnelles'],
    settings,
  });
  if (created.status !== 201) throw new Error(`create consultation: ${created.status} ${JSON.stringify(created.body)}`);
  const slug: string = created.body.slug;
  const order = ['draft', 'proposals_open', 'voting_open'];
  for (const to of order.slice(1, order.indexOf(phase) + 1)) {
    const moved = await admin.post(`/api/consultations/${slug}/phase`, { to });
    if (moved.status !== 200) throw new Error(`move to ${to}: ${moved.status} ${JSON.stringify(moved.body)}`);
  }
  return { slug, title };
}

/** A grade cast through the API (the consultation's scale: 1 = À rejeter … 5 = Excellent). */
export async function grade(client: ApiClient, proposalId: string, value: number | 'no_opinion'): Promise<void> {
  const cast = await client.put(`/api/proposals/${proposalId}/vote`, { grade: value });
  if (cast.status !== 200) throw new Error(`vote: ${cast.status} ${JSON.stringify(cast.body)}`);
}

/** Lets CSS transitions end (a field error fading in, a dialog opening): axe measures colours as shown. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
}
