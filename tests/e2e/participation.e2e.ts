import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { ApiClient } from '../support/api-client';
import { expect, test } from './fixtures';
import { citizen, consultationFor, grade, settled, signInAdmin, signInBrowser } from './participation-helpers';

/**
 * Issue 3's browser scenario, on a consultation the test creates (majority judgment, secret
 * ballots, pre-moderation): citizen A submits a proposal through the editor, an admin publishes
 * it and opens the vote, citizen B finds it with a search typed without accents, grades it and
 * comments; once the admin closes the vote, the results show the merit profile. axe on every page.
 */
let admin: ApiClient;

test.beforeAll(async () => {
  // The hook may wait for a fresh TOTP step (up to 30 s) when other files used the current ones.
  test.setTimeout(120_000);
  admin = await signInAdmin();
});

test('a proposal goes from the editor to the merit profile, by majority judgment with secret ballots', async ({ browser, axe: axeNow }) => {
  // Six sign-ups through the real mail, then every page checked by axe.
  test.setTimeout(180_000);
  const axe = async (page: Page) => {
    await settled(page);
    await axeNow(page);
  };
  const { slug, title: consultationTitle } = await consultationFor(admin, { votingMethod: 'majority_judgment', ballotSecrecy: 'secret', moderation: 'pre' });
  const [alice, bruno, chloe, driss, eve, fabien] = await Promise.all(['alice', 'bruno', 'chloe', 'driss', 'eve', 'fabien'].map((name) => citizen(name)));

  // Citizen A writes and submits the proposal through the editor.
  const contextA = await browser.newContext();
  await signInBrowser(contextA, alice);
  const pageA = await contextA.newPage();
  await pageA.goto(`/consultations/${slug}`);
  await expect(pageA.getByRole('heading', { level: 1, name: consultationTitle })).toBeVisible();
  await expect(pageA.getByText('Vous pouvez déposer des propositions.')).toBeVisible();
  await axe(pageA);
  await pageA.getByRole('link', { name: 'Déposer une proposition' }).click();
  await expect(pageA.getByRole('heading', { level: 1, name: 'Nouvelle proposition' })).toBeVisible();
  const title = 'Éteindre l’éclairage public la nuit grâce à des détecteurs de présence';
  await pageA.getByLabel('Titre').fill(title);
  await pageA.getByLabel('Résumé').fill('Moins d’énergie gaspillée, des rues éclairées quand quelqu’un passe.');
  const body = pageA.getByLabel('Texte de la proposition');
  await body.fill('Des capteurs **sans caméra** allument les lampadaires au passage. Contact : 06 12 34 56 78');
  // The personal-data warning names what it found, and lets the author go on.
  const warning = pageA.getByRole('status').filter({ hasText: 'données personnelles' });
  await expect(warning).toContainText('un numéro de téléphone');
  await expect(warning).toContainText('06 12 34 56 78');
  await axe(pageA);
  await body.fill('Des capteurs **sans caméra** allument les lampadaires au passage, puis les éteignent.');
  await expect(pageA.getByText('un numéro de téléphone')).toHaveCount(0);
  await pageA.getByLabel('Thème').click();
  await pageA.getByRole('option', { name: 'Énergie' }).click();
  await pageA.getByRole('button', { name: 'Soumettre la proposition' }).click();
  await expect(pageA.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(pageA.getByText('Votre proposition est soumise.')).toBeVisible();
  await expect(pageA.getByText('En attente de modération').first()).toBeVisible();
  const ref = Number(new URL(pageA.url()).pathname.split('/').pop());
  expect(ref).toBeGreaterThan(0);
  await axe(pageA);

  // An admin publishes it, then opens the vote, both through the pages.
  const contextAdmin = await browser.newContext();
  await signInBrowser(contextAdmin, admin);
  const pageAdmin = await contextAdmin.newPage();
  await pageAdmin.goto(`/proposals/${ref}`);
  await expect(pageAdmin.getByRole('heading', { level: 2, name: 'Modération' })).toBeVisible();
  await axe(pageAdmin);
  await pageAdmin.getByRole('button', { name: 'Publier' }).click();
  await expect(pageAdmin.getByText('La proposition est publiée.')).toBeVisible();
  await expect(pageAdmin.locator('.meta-top')).toContainText('Publiée');
  await pageAdmin.goto(`/admin/consultations/${slug}`);
  await expect(pageAdmin.getByRole('heading', { level: 2, name: 'Étape de la consultation' })).toBeVisible();
  await axe(pageAdmin);
  await pageAdmin.getByRole('button', { name: 'Passer à : Vote ouvert' }).click();
  const dialog = pageAdmin.getByRole('dialog');
  await expect(dialog).toContainText('Le dépôt et la modification des propositions ferment');
  await axe(pageAdmin);
  await dialog.getByRole('button', { name: 'Changer d’étape' }).click();
  await expect(pageAdmin.getByText('La consultation est passée à l’étape « Vote ouvert ».')).toBeVisible();

  // Citizen B finds it by a search typed without accents, grades it and comments.
  const contextB = await browser.newContext();
  await signInBrowser(contextB, bruno);
  const pageB = await contextB.newPage();
  await pageB.goto(`/consultations/${slug}/proposals`);
  await expect(pageB.getByRole('heading', { level: 1, name: 'Propositions' })).toBeVisible();
  await pageB.getByRole('searchbox', { name: 'Rechercher' }).fill('eclairage detecteurs');
  await pageB.getByRole('button', { name: 'Rechercher', exact: true }).click();
  await expect(pageB.getByRole('status').filter({ hasText: '1 proposition.' })).toBeVisible();
  const found = pageB.getByRole('link', { name: title });
  await expect(found).toBeVisible();
  await expect(pageB).toHaveURL(/q=eclairage/);
  await axe(pageB);
  await found.click();
  await expect(pageB.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(pageB.getByText('Vote à bulletin secret', { exact: true })).toBeVisible();
  await expect(pageB.getByText('Votre bulletin est définitif une fois déposé').first()).toBeVisible();
  await axe(pageB);
  const grades = pageB.getByRole('radiogroup', { name: 'Quelle mention donnez-vous à cette proposition ?' });
  await expect(grades.getByRole('radio')).toHaveCount(6);
  await grades.getByRole('radio', { name: 'Très bien' }).check();
  await pageB.getByRole('button', { name: 'Enregistrer ma mention' }).click();
  const confirm = pageB.getByRole('dialog', { name: 'Déposer votre bulletin secret ?' });
  await expect(confirm).toContainText('Votre choix : « Très bien ».');
  await axe(pageB);
  await confirm.getByRole('button', { name: 'Déposer mon bulletin' }).click();
  await expect(pageB.getByText('Votre bulletin secret « Très bien » est déposé. Il est définitif.')).toBeVisible();
  await expect(pageB.getByText('Vous avez voté. Votre bulletin secret est définitif')).toBeVisible();
  await expect(pageB.getByText('les résultats restent scellés')).toBeVisible();

  await pageB.getByLabel('Votre commentaire').fill('Bonne idée, à condition que les capteurs ne filment personne.');
  await pageB.getByRole('radiogroup', { name: 'Votre position sur la proposition' }).getByRole('radio', { name: 'Pour' }).check();
  await pageB.getByRole('button', { name: 'Publier le commentaire' }).click();
  await expect(pageB.getByText('Votre commentaire est publié.')).toBeVisible();
  const comments = pageB.getByRole('list', { name: 'Commentaires' });
  await expect(comments.getByRole('article')).toContainText('Bonne idée, à condition que les capteurs ne filment personne.');
  await expect(comments.getByRole('article')).toContainText('Pour');
  await expect(pageB.getByText('1 commentaire : 1 pour, 0 contre, 0 neutres.')).toBeVisible();
  await axe(pageB);

  // Four more citizens grade it (through the API): Bien, Très bien and twice Excellent. Five secret
  // ballots: fewer would publish their count only (SECRET_RESULTS_MIN_BALLOTS, 5 by default).
  const proposal = await bruno.get(`/api/proposals/${ref}`);
  await Promise.all([grade(chloe, proposal.body.id, 3), grade(driss, proposal.body.id, 5), grade(eve, proposal.body.id, 4), grade(fabien, proposal.body.id, 5)]);

  // The admin closes the vote; the merit profile appears.
  await pageAdmin.getByRole('button', { name: 'Passer à : Examen par le comité' }).click();
  await expect(dialog).toContainText('Le vote sera clos');
  await dialog.getByRole('button', { name: 'Changer d’étape' }).click();
  await expect(pageAdmin.getByText('La consultation est passée à l’étape « Examen par le comité ».')).toBeVisible();

  await pageB.reload();
  const results = pageB.getByRole('region', { name: 'Résultats', exact: true });
  await expect(results.getByText('Vote clos : résultats définitifs.')).toBeVisible();
  await expect(results.getByRole('definition').first()).toHaveText('Très bien');
  await expect(results).toContainText('40 % des évaluations sont au-dessus de « Très bien » (+)');
  await expect(results).toContainText('1re sur 1');
  await expect(results).toContainText('5 évaluations comptées');
  const table = results.getByRole('table', { name: `Profil de mérite de la proposition n° ${ref} (5 évaluations)` });
  const row = (name: string) => table.getByRole('row', { name: new RegExp(`^${name}`) });
  await expect(row('À rejeter').getByRole('cell')).toHaveText(['0', /^0\s%$/]);
  await expect(row('Passable').getByRole('cell')).toHaveText(['0', /^0\s%$/]);
  await expect(row('Bien').getByRole('cell')).toHaveText(['1', /^20\s%$/]);
  await expect(row('Très bien').getByRole('cell')).toHaveText(['2', /^40\s%$/]);
  await expect(row('Très bien')).toContainText('mention majoritaire');
  await expect(row('Excellent').getByRole('cell')).toHaveText(['2', /^40\s%$/]);
  await expect(row('Total').getByRole('cell')).toHaveText(['5', /^100\s%$/]);
  // The chart is drawn beside the table (chart.js, loaded on demand).
  await expect(results.locator('canvas')).toBeVisible();
  await axe(pageB);

  // The consultation page ranks it, with the same profile.
  await pageB.goto(`/consultations/${slug}`);
  const ranking = pageB.getByRole('region', { name: 'Résultats du vote' });
  await expect(ranking.getByRole('link', { name: `#${ref} ${title}` })).toBeVisible();
  await expect(ranking.getByRole('table')).toContainText('1 (20 %)');
  await axe(pageB);

  await Promise.all([contextA.close(), contextAdmin.close(), contextB.close()]);
});

test('an admin creates a panel consultation, sees the server’s field errors, and downloads invitation codes', async ({ browser, axe: axeNow }) => {
  const axe = async (page: Page) => {
    await settled(page);
    await axeNow(page);
  };
  const context = await browser.newContext({ acceptDownloads: true });
  await signInBrowser(context, admin);
  const page = await context.newPage();
  await page.goto('/admin/consultations');
  await expect(page.getByRole('heading', { level: 1, name: 'Administration des consultations' })).toBeVisible();
  await axe(page);
  await page.getByRole('link', { name: 'Nouvelle consultation' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nouvelle consultation' })).toBeVisible();
  await page.getByLabel('Titre').fill(`Panel citoyen sur l’IA ${Date.now()}`);
  const themes = page.getByRole('textbox', { name: 'Thèmes' });
  await themes.fill('Santé');
  await themes.press('Enter');
  await themes.fill('Transports');
  await themes.press('Enter');
  await page.getByRole('radio', { name: /^Les habitant·es/ }).check();
  await page.getByLabel('Codes postaux acceptés').fill('340');
  await page.getByRole('button', { name: 'Créer la consultation' }).click();
  // The server names the field: the message goes under the postcodes.
  await expect(page.getByRole('alert').first()).toBeVisible();
  await expect(page.locator('mat-form-field', { hasText: 'Codes postaux acceptés' }).locator('mat-error')).toBeVisible();
  await axe(page);

  await page.getByRole('radio', { name: /^Un panel sur invitation/ }).check();
  await page.getByRole('button', { name: 'Créer la consultation' }).click();
  await expect(page.getByText('La consultation est créée, en brouillon.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Codes d’invitation du panel' })).toBeVisible();
  await axe(page);

  await page.getByLabel('Nombre de codes').fill('3');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Générer et télécharger (CSV)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^invitation-codes-.+\.csv$/);
  const lines = readFileSync(await download.path(), 'utf8').trim().split(/\r?\n/);
  expect(lines[0]).toBe('code');
  expect(lines.slice(1)).toHaveLength(3);
  await expect(page.getByText('3 codes générés ; le fichier CSV est téléchargé.')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Lots de codes déjà générés' }).getByRole('row')).toHaveCount(2);
  await axe(page);
  await context.close();
});
