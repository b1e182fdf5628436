import type { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import type { ApiClient } from '../support/api-client';
import { castOpenBallots } from '../support/committee-fixtures';
import { createConsultation, createProposals, insertCitizens, votesDatabase } from '../support/fixtures-votes';
import { stack } from '../support/stack-env';
import { expect, test } from './fixtures';
import { citizen, settled, signInAdmin, signInBrowser } from './participation-helpers';

/**
 * Issue 8, point 7 in the browser: a citizen answers the optional questions in "Mon compte" and
 * withdraws them; the public page shows the comparison as a table (and a chart); the admin form for
 * census shares. axe on each, and screenshots at 375 and 1280 px under tmp/screens for a human look.
 */
const SCREENS = 'tmp/screens';
let admin: ApiClient;
let slug: string;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  admin = await signInAdmin();
  // Eleven voters of one consultation: 6 aged 25–34 (shown), 3 aged 35–49 and 2 aged 50–64 (hidden,
  // 5 together, so no complement is needed); nobody gave a gender (every gender cell hidden).
  const db = votesDatabase(stack());
  try {
    const consultation = await createConsultation(db, 'voting_open', { votingMethod: 'for_against', ballotSecrecy: 'open' });
    slug = consultation.slug;
    const [proposal] = await createProposals(db, consultation, ['Un registre public des algorithmes']);
    const ages = ['25-34', '25-34', '25-34', '25-34', '25-34', '25-34', '35-49', '35-49', '35-49', '50-64', '50-64'];
    const voters = await insertCitizens(db, stack(), ages.length);
    await castOpenBallots(db, proposal, voters, voters.map(() => 1));
    for (const [i, voter] of voters.entries()) await voter.client.put('/api/demographics/me', { ageBand: ages[i], commune: '34172' });
  } finally {
    await db.end();
  }
});

async function look(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENS, { recursive: true });
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await settled(page);
    // In slices of 1400 px: a whole long page shrinks below legibility in an image viewer.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0, part = 1; y < height; y += 1400, part++) {
      await page.screenshot({ path: `${SCREENS}/${name}-${width}-${part}.png`, fullPage: true, clip: { x: 0, y, width, height: Math.min(1400, height - y) } });
    }
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

test('a citizen answers the optional questions, then withdraws them', async ({ browser, axe }) => {
  const person = await citizen('demographie');
  const context = await browser.newContext();
  await signInBrowser(context, person);
  const page = await context.newPage();
  await page.goto('/account');
  const section = page.getByRole('region', { name: 'À propos de vous (facultatif)' });
  await expect(section).toBeVisible();
  await expect(section).toContainText('à part de votre identité');
  await expect(section.getByRole('button', { name: 'Retirer mes réponses' })).toHaveCount(0);

  await section.getByRole('combobox', { name: 'Tranche d’âge' }).click();
  await page.getByRole('option', { name: '25–34 ans' }).click();
  await section.getByRole('combobox', { name: 'Commune de résidence' }).click();
  await page.getByRole('option', { name: 'Castelnau-le-Lez' }).click();
  await section.getByRole('button', { name: 'Enregistrer mes réponses' }).click();
  await expect(section.getByText('Vos réponses sont enregistrées.')).toBeVisible();
  expect((await person.get('/api/demographics/me')).body).toEqual({ ageBand: '25-34', commune: '34057', gender: null });
  await settled(page);
  await axe(page);
  await section.scrollIntoViewIfNeeded();
  await look(page, 'account-demographics');

  // Reloaded, the answers are there; withdrawn, nothing is left.
  await page.reload();
  await expect(section.getByRole('combobox', { name: 'Commune de résidence' })).toContainText('Castelnau-le-Lez');
  await section.getByRole('button', { name: 'Retirer mes réponses' }).click();
  await expect(section.getByText('Vos réponses sont retirées')).toBeVisible();
  await expect(section.getByRole('combobox', { name: 'Commune de résidence' })).not.toContainText('Castelnau-le-Lez');
  expect((await person.get('/api/demographics/me')).body).toEqual({ ageBand: null, commune: null, gender: null });
  await settled(page);
  await axe(page);
  await context.close();
});

test('the public page compares participants with the census, as a table, with small cells hidden', async ({ page, axe }) => {
  await page.goto(`/consultations/${slug}`);
  await page.getByRole('link', { name: 'Qui participe ? La représentativité des participant·es' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Qui participe ?' })).toBeVisible();
  const ages = page.getByRole('table', { name: 'Âge : participant·es et population de référence' });
  await expect(ages).toBeVisible();
  await expect(ages.getByRole('row', { name: /25–34 ans/ })).toContainText('6');
  await expect(ages.getByRole('row', { name: /25–34 ans/ })).toContainText('54,6');
  await expect(ages.getByRole('row', { name: /35–49 ans/ })).toContainText('masqué');
  await expect(ages.getByRole('row', { name: /18–24 ans/ })).toContainText('masqué');
  const genders = page.getByRole('table', { name: 'Genre : participant·es et population de référence' });
  await expect(genders.getByRole('row', { name: /Femme/ })).toContainText('masqué');
  await expect(page.getByRole('link', { name: 'Tableau CSV' })).toHaveAttribute('href', new RegExp(`representativeness\\.csv\\?lang=fr&consultation=${slug}`));
  await expect(page.locator('canvas').first()).toBeAttached();
  await settled(page);
  await axe(page);
  await look(page, 'representativeness-consultation');

  await page.goto('/representativeness');
  await expect(page.getByText('Toute la plateforme')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Commune : participant·es et population de référence' })).toBeVisible();
  await settled(page);
  await axe(page);
  await look(page, 'representativeness-platform');
});

test('an admin enters census shares, checked by the server', async ({ browser, axe }) => {
  const context = await browser.newContext();
  await signInBrowser(context, admin);
  const page = await context.newPage();
  await page.goto('/admin/census');
  await expect(page.getByRole('heading', { level: 1, name: 'Parts de référence (recensement)' })).toBeVisible();
  const gender = page.getByRole('region', { name: 'Genre' });
  await expect(gender.getByLabel('Femme (%)')).toHaveValue('53');
  await gender.getByLabel('Femme (%)').fill('60');
  await gender.getByRole('button', { name: 'Enregistrer les parts « Genre »' }).click();
  await expect(gender.getByRole('alert')).toContainText('leur somme doit valoir 1');
  await gender.getByLabel('Femme (%)').fill('52.5');
  await gender.getByLabel('Homme (%)').fill('47.5');
  await gender.getByLabel('Source').fill('INSEE, recensement de la population 2021');
  await gender.getByRole('button', { name: 'Enregistrer les parts « Genre »' }).click();
  await expect(gender.getByText('Parts « Genre » enregistrées.')).toBeVisible();
  await settled(page);
  await axe(page);
  await look(page, 'census-admin');
  await context.close();
});
