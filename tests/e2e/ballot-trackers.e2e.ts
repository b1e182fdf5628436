import type { Page } from '@playwright/test';
import type { Pool } from 'pg';
import type { ApiClient } from '../support/api-client';
import { insertCitizens, votesDatabase } from '../support/fixtures-votes';
import { stack } from '../support/stack-env';
import { expectStatus, signInAdmin, votingConsultation } from './committee-helpers';
import { expect, test } from './fixtures';
import { settled, signInBrowser } from './participation-helpers';

/**
 * Individual verifiability in the browser: a citizen casts a secret majority-judgment ballot and
 * gets its tracker (kept on the device); the admin closes the vote; the citizen finds the tracker
 * in the published list, automatically and by typing it. A proposal with 2 secret ballots publishes
 * its count only. axe at 375 and 1280 px; screenshots under tmp/screenshots for a human look.
 */
let admin: ApiClient;
let db: Pool;

const WIDTHS = [375, 1280];
const SHOTS = 'tmp/screenshots';
const TRACKER = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/;

test.beforeAll(async () => {
  // The admin may wait for a fresh TOTP step (up to 30 s) when other files used the current ones.
  test.setTimeout(120_000);
  db = votesDatabase(stack());
  admin = await signInAdmin();
});

test.afterAll(async () => {
  await db?.end();
});

/** axe at each width, once the page has settled. */
async function axeAtWidths(page: Page, axe: (page: Page) => Promise<void>, shot?: (width: number) => Promise<unknown>): Promise<void> {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await settled(page);
    await axe(page);
    await shot?.(width);
  }
}

test('a secret ballot’s tracker is shown once, kept on the device, and found in the list published at the close', async ({ browser, axe }) => {
  test.setTimeout(180_000);
  const { slug, title, proposals, move } = await votingConsultation(
    admin,
    ['Flouter les visages sur les images des caméras municipales', 'Publier la carte des caméras de la ville'],
    'secret',
  );
  const [few, many] = proposals;

  // Five citizens grade the second proposal through the API, one of them the first too.
  const [voter, ...others] = await insertCitizens(db, stack(), 6);
  for (const other of others) await expectStatus(other.client.put(`/api/proposals/${many.id}/vote`, { grade: 4 }), 200, 'grade');
  await expectStatus(others[0].client.put(`/api/proposals/${few.id}/vote`, { grade: 2 }), 200, 'grade');

  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: stack().baseUrl });
  await signInBrowser(context, voter.client);
  const page = await context.newPage();

  // The voter grades the first proposal in the browser: confirmation, then the tracker.
  await page.goto(`/proposals/${few.ref}`);
  const grades = page.getByRole('radiogroup', { name: 'Quelle mention donnez-vous à cette proposition ?' });
  await grades.getByRole('radio', { name: 'Bien', exact: true }).check();
  await page.getByRole('button', { name: 'Enregistrer ma mention' }).click();
  const confirm = page.getByRole('dialog', { name: 'Déposer votre bulletin secret ?' });
  await confirm.getByRole('button', { name: 'Déposer mon bulletin' }).click();
  await expect(page.getByText('Votre bulletin secret « Bien » est déposé. Il est définitif.')).toBeVisible();
  const box = page.getByRole('region', { name: 'Votre numéro de suivi' });
  await expect(box).toBeVisible();
  const tracker = (await box.locator('code').textContent())?.trim() ?? '';
  expect(tracker).toMatch(TRACKER);
  await expect(box).toContainText('il n’est enregistré nulle part avec votre nom');
  await expect(box).toContainText('gardé sur cet appareil seulement');
  await expect(box.getByRole('link', { name: 'Vérifier mon bulletin' })).toHaveAttribute('href', `/consultations/${slug}/ballot-trackers`);
  await box.getByRole('button', { name: `Copier le numéro de suivi ${tracker}` }).click();
  await expect(box.getByRole('status')).toHaveText('Numéro de suivi copié dans le presse-papiers.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(tracker);
  // Kept on this device only, under the proposal's id.
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('concordia.ballotTrackers') ?? '{}'));
  expect(stored).toEqual({ [few.id]: { tracker, slug, title: few.title } });
  // The server never gives the tracker back.
  expect((await voter.client.get(`/api/proposals/${few.id}/vote`)).body.tracker).toBeNull();
  await axeAtWidths(page, axe, (width) => box.screenshot({ path: `${SHOTS}/tracker-box-${width}.png` }));

  // Back on the proposal later: the tracker comes from this device.
  await page.reload();
  await expect(box).toContainText('Numéro de suivi enregistré sur cet appareil :');
  await expect(box.locator('code')).toHaveText(tracker);
  await expect(box.getByRole('button', { name: 'Oublier sur cet appareil' })).toBeVisible();
  await axeAtWidths(page, axe, (width) => box.screenshot({ path: `${SHOTS}/tracker-box-remembered-${width}.png` }));

  // While the vote is open, the page says the list comes at the close.
  await page.goto(`/consultations/${slug}/ballot-trackers`);
  await expect(page.getByRole('heading', { level: 1, name: 'Vérifier mon bulletin secret' })).toBeVisible();
  await expect(page.getByText('la liste des numéros sera publiée à la clôture du vote').first()).toBeVisible();

  // The admin closes the vote (the phase move unseals the box).
  await move('committee_review');

  // From the consultation page to the check.
  await page.goto(`/consultations/${slug}`);
  await page.getByRole('link', { name: 'Vérifier mon bulletin' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Vérifier mon bulletin secret' })).toBeVisible();
  await expect(page).toHaveTitle(`Vérifier mon bulletin secret — ${title} — Concordia`);
  const found = `Votre bulletin est dans l’urne : proposition n° ${few.ref} « ${few.title} ».`;
  const remembered = page.getByRole('region', { name: 'Numéros gardés sur cet appareil' });
  await expect(remembered.locator('code')).toHaveText(tracker);
  await expect(remembered.getByRole('status')).toHaveText(found);

  // The counts agree: 7 signatures in the register (one per ballot), 7 ballots in the box, 7 trackers published.
  const counts = page.getByRole('table', { name: 'Émargements, bulletins et numéros publiés' });
  await expect(counts.getByRole('row', { name: /^Émargements dans le registre/ }).getByRole('cell')).toHaveText('7');
  await expect(counts.getByRole('row', { name: /^Bulletins dans l’urne/ }).getByRole('cell')).toHaveText('7');
  await expect(counts.getByRole('row', { name: /^Numéros publiés/ }).getByRole('cell')).toHaveText('7');
  await expect(page.getByText('Les trois nombres sont égaux')).toBeVisible();
  const list = page.getByRole('table', { name: /^Numéros de suivi publiés, triés, 1 à 7 sur 7/ });
  await expect(list.getByRole('row')).toHaveCount(8);
  const own = list.getByRole('row', { name: new RegExp(tracker) });
  await expect(own).toContainText(few.title);
  await expect(own).toContainText('le vôtre, gardé sur cet appareil');
  await axeAtWidths(page, axe, (width) => page.screenshot({ path: `${SHOTS}/trackers-page-${width}.png`, fullPage: true }));

  // Typed by hand: lower case, spaces instead of dashes.
  const field = page.getByRole('textbox', { name: 'Numéro de suivi' });
  const result = page.getByRole('region', { name: 'Vérifier un numéro' }).getByRole('status');
  await field.fill(tracker.toLowerCase().replaceAll('-', ' '));
  await page.getByRole('button', { name: 'Vérifier', exact: true }).click();
  await expect(result).toContainText(found);
  await expect(result).toContainText(`Numéro vérifié : ${tracker}`);
  // A well-formed tracker nobody got.
  const other = tracker.startsWith('ZZZZ') ? 'YYYY-YYYY-YYYY-YYYY' : 'ZZZZ-ZZZZ-ZZZZ-ZZZZ';
  await field.fill(other);
  await field.press('Enter');
  await expect(result).toContainText('Ce numéro n’est pas dans la liste publiée.');
  // Not a tracker at all: the field says so and keeps the focus.
  await field.fill('1234');
  await page.getByRole('button', { name: 'Vérifier', exact: true }).click();
  await expect(page.getByText('Ce numéro n’a pas la bonne forme')).toBeVisible();
  await expect(field).toBeFocused();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await axeAtWidths(page, axe, (width) => page.getByRole('region', { name: 'Vérifier un numéro' }).screenshot({ path: `${SHOTS}/trackers-check-invalid-${width}.png` }));

  // The same page in English.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Check my secret ballot' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Trackers kept on this device' }).getByRole('status')).toHaveText(`Your ballot is in the box: proposal #${few.ref} “${few.title}”.`);
  await expect(page.getByText('The three numbers are equal')).toBeVisible();
  await axeAtWidths(page, axe);
  await page.getByRole('button', { name: 'Français' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Vérifier mon bulletin secret' })).toBeVisible();

  // Two secret ballots are too few to publish: the count only, on the proposal and in the ranking.
  const withheld = '2 bulletins — trop peu pour publier le détail sans risquer de révéler des votes (moins de 5) : seul le nombre est publié.';
  await page.goto(`/proposals/${few.ref}`);
  const results = page.getByRole('region', { name: 'Résultats', exact: true });
  await expect(results).toContainText(withheld);
  await expect(results.getByRole('table')).toHaveCount(0);
  await expect(results.locator('canvas')).toHaveCount(0);
  await expect(results.getByRole('link', { name: 'Vérifier mon bulletin' })).toBeVisible();
  await axeAtWidths(page, axe, (width) => results.screenshot({ path: `${SHOTS}/withheld-${width}.png` }));
  await page.goto(`/consultations/${slug}`);
  const ranking = page.getByRole('region', { name: 'Résultats du vote' });
  // The proposal with 5 ballots is ranked; the withheld one comes last, unranked.
  await expect(ranking.getByRole('listitem')).toHaveCount(2);
  await expect(ranking.getByRole('listitem').first()).toContainText(many.title);
  await expect(ranking.getByRole('listitem').first()).toContainText('Très bien');
  await expect(ranking.getByRole('listitem').last()).toContainText(withheld);
  await expect(ranking.getByRole('table')).not.toContainText(few.title);
  await axeAtWidths(page, axe);

  // Forgotten on this device, from the trackers page (keyboard only): the proposal no longer shows it.
  await page.goto(`/consultations/${slug}/ballot-trackers`);
  const forget = page.getByRole('button', { name: `Oublier sur cet appareil le numéro ${tracker}` });
  await forget.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: `Le numéro ${tracker} est oublié sur cet appareil.` })).toBeFocused();
  await expect(page.getByRole('region', { name: 'Numéros gardés sur cet appareil' })).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem('concordia.ballotTrackers'))).toBe('{}');

  // Forgotten from the proposal page (remembered again to try it there).
  await page.evaluate((entry) => localStorage.setItem('concordia.ballotTrackers', JSON.stringify(entry)), stored);
  await page.goto(`/proposals/${few.ref}`);
  await box.getByRole('button', { name: 'Oublier sur cet appareil' }).click();
  await expect(page.getByText('Le numéro est oublié sur cet appareil.')).toBeVisible();
  await expect(box).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem('concordia.ballotTrackers'))).toBe('{}');

  await context.close();
});
