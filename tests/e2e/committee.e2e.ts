import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { Pool } from 'pg';
import type { ApiClient } from '../support/api-client';
import { firstPagePng, parseCsv } from '../support/committee-fixtures';
import { votesDatabase } from '../support/fixtures-votes';
import { stack } from '../support/stack-env';
import {
  ballot,
  browserAs,
  closeVote,
  committeeMembers,
  draftResponse,
  Member,
  settled,
  signInAdmin,
  votedConsultation,
} from './committee-helpers';
import { expect, test } from './fixtures';

/**
 * Issue 5's browser scenario: a consultation with proposals and citizens' grades → voting closes →
 * two members and the chair vote with reasons, one member recuses → the chair closes the vote and
 * writes the response → publishes → a visitor reads the outcome page and downloads the PDF and the
 * CSV → an admin posts a follow-up milestone, which appears on the timeline. axe on every page.
 */
let admin: ApiClient;
let db: Pool;
let chair: Member;
let hugo: Member;
let lea: Member;
let omar: Member;

test.beforeAll(async () => {
  // The admin may wait for a fresh TOTP step (up to 30 s) when other files used the current ones.
  test.setTimeout(150_000);
  db = votesDatabase(stack());
  admin = await signInAdmin();
  [chair, hugo, lea, omar] = await committeeMembers(db, ['Inès Présidente', 'Hugo Membre', 'Léa Membre', 'Omar Membre']);
});

test.afterAll(async () => {
  await db?.end();
});

test('the committee votes, answers and publishes; a visitor reads and downloads; an admin posts the follow-up', async ({ browser, axe: axeNow }) => {
  test.setTimeout(150_000);
  const axe = async (page: Page) => {
    await settled(page);
    await axeNow(page);
  };
  const adopted = 'Interdire la reconnaissance faciale dans l’espace public';
  const declined = 'Des caméras qui détectent les comportements « anormaux »';
  const c = await votedConsultation(admin, db, [adopted, declined], [
    [5, 5, 4, 4, 3, 2],
    [1, 2, 2, 1, 3, 4],
  ]);
  const [a, b] = c.proposals;

  // An admin appoints the committee (named publication) and opens the review.
  const adminBrowser = await browserAs(browser, admin);
  const adminPage = adminBrowser.page;
  await adminPage.goto(`/consultations/${c.slug}/committee`);
  await expect(adminPage.getByRole('heading', { level: 1, name: `Comité : ${c.title}` })).toBeVisible();
  await expect(adminPage.getByText('Le comité n’a pas encore de présidence')).toBeVisible();
  for (const member of [chair, hugo, lea, omar]) {
    await adminPage.getByLabel('Rechercher un compte « comité »').fill(member.name);
    await adminPage.getByRole('button', { name: 'Rechercher', exact: true }).click();
    await adminPage.getByRole('button', { name: `Ajouter ${member.name}` }).click();
  }
  await axe(adminPage);
  await adminPage.getByRole('radiogroup', { name: 'Qui préside le comité ?' }).getByRole('radio', { name: chair.name }).check();
  await adminPage.getByRole('radio', { name: /^Publication nominative/ }).check();
  await adminPage.getByRole('button', { name: 'Enregistrer le comité' }).click();
  await expect(adminPage.getByRole('status').filter({ hasText: 'Comité enregistré : 4 membre(s).' })).toBeVisible();
  await adminPage.getByRole('button', { name: 'Ouvrir l’examen' }).click();
  await expect(adminPage.getByRole('status').filter({ hasText: 'L’examen est ouvert : 2 proposition(s) en examen.' })).toBeVisible();
  await axe(adminPage);

  // The chair's workspace: both proposals are under review.
  const chairBrowser = await browserAs(browser, chair.client);
  const chairPage = chairBrowser.page;
  await chairPage.goto('/committee');
  await expect(chairPage.getByRole('heading', { level: 1, name: 'Mes comités' })).toBeVisible();
  await expect(chairPage.getByRole('link', { name: c.title })).toBeVisible();
  await axe(chairPage);
  await chairPage.getByRole('link', { name: c.title }).click();
  await expect(chairPage.getByRole('heading', { level: 1, name: `Comité : ${c.title}` })).toBeVisible();
  await expect(chairPage.getByText('Vous présidez ce comité')).toBeVisible();
  await expect(chairPage.getByRole('heading', { level: 2, name: 'Propositions en examen (2)' })).toBeVisible();
  await expect(chairPage.getByRole('heading', { level: 3, name: `#${a.ref} ${adopted}` })).toBeVisible();
  await expect(chairPage.getByRole('heading', { level: 3, name: `#${b.ref} ${declined}` })).toBeVisible();
  await axe(chairPage);

  // Hugo votes through the review page; the vote stays sealed (counts only).
  const hugoBrowser = await browserAs(browser, hugo.client);
  const hugoPage = hugoBrowser.page;
  await hugoPage.goto(`/consultations/${c.slug}/committee/proposals/${a.ref}`);
  await expect(hugoPage.getByRole('heading', { level: 1, name: `#${a.ref} ${adopted}` })).toBeVisible();
  await expect(hugoPage.getByText('Privé, comité uniquement')).toBeVisible();
  await expect(hugoPage.getByText('Bulletins scellés')).toBeVisible();
  await axe(hugoPage);
  // The reason is required.
  await hugoPage.getByRole('radio', { name: 'Adopter', exact: true }).check();
  await hugoPage.getByRole('button', { name: 'Enregistrer mon bulletin' }).click();
  await expect(hugoPage.getByText('Indiquez le motif de votre vote.')).toBeVisible();
  await expect(hugoPage.getByLabel('Motif de votre vote')).toBeFocused();
  await hugoPage.getByLabel('Motif de votre vote').fill('Une surveillance de masse sans proportion avec le but poursuivi.');
  await hugoPage.getByRole('button', { name: 'Enregistrer mon bulletin' }).click();
  await expect(hugoPage.getByRole('status').filter({ hasText: 'Bulletin enregistré : « Adopter »' })).toBeVisible();
  await expect(hugoPage.getByText('Votre bulletin : Adopter')).toBeVisible();
  await hugoPage.getByLabel('Nouvelle note privée').fill('Vérifier ce que prévoit déjà le règlement européen sur l’IA.');
  await hugoPage.getByRole('button', { name: 'Ajouter la note' }).click();
  await expect(hugoPage.getByRole('status').filter({ hasText: 'Note ajoutée.' })).toBeVisible();
  await axe(hugoPage);

  // Omar recuses himself through the page; Léa votes through the API.
  const omarBrowser = await browserAs(browser, omar.client);
  const omarPage = omarBrowser.page;
  await omarPage.goto(`/consultations/${c.slug}/committee/proposals/${a.ref}`);
  await omarPage.getByRole('radio', { name: 'Je me récuse (conflit d’intérêts)' }).check();
  await omarPage.getByLabel('Conflit d’intérêts déclaré').fill('Je travaille pour un fournisseur de caméras.');
  await omarPage.getByRole('button', { name: 'Enregistrer mon bulletin' }).click();
  await expect(omarPage.getByRole('status').filter({ hasText: 'Votre récusation est enregistrée.' })).toBeVisible();
  await omarBrowser.context.close();
  await ballot(lea, a.id, { choice: 'adopt_with_amendments', reason: 'D’accord, en précisant les exceptions judiciaires.' });

  // The chair votes, sees the counts only, closes the vote: the tally and the named ballots appear.
  await chairPage.goto(`/consultations/${c.slug}/committee/proposals/${a.ref}`);
  await expect(chairPage.getByRole('heading', { level: 1, name: `#${a.ref} ${adopted}` })).toBeVisible();
  await expect(chairPage.getByText('2 / 3')).toBeVisible();
  await chairPage.getByRole('radio', { name: 'Adopter', exact: true }).check();
  await chairPage.getByLabel('Motif de votre vote').fill('La recommandation protège l’anonymat dans l’espace public.');
  await chairPage.getByRole('button', { name: 'Enregistrer mon bulletin' }).click();
  await expect(chairPage.getByRole('status').filter({ hasText: 'Bulletin enregistré' })).toBeVisible();
  await axe(chairPage);
  await chairPage.getByRole('button', { name: 'Clore le vote' }).click();
  const closeDialog = chairPage.getByRole('dialog', { name: 'Clore le vote du comité ?' });
  await expect(closeDialog).toBeVisible();
  await axe(chairPage);
  await closeDialog.getByRole('button', { name: 'Clore le vote' }).click();
  await expect(chairPage.getByRole('status').filter({ hasText: 'Vote clos. Décision : Adoptée.' })).toBeVisible();
  const ballots = chairPage.getByRole('table', { name: `Bulletins du comité sur #${a.ref}` });
  await expect(ballots.getByRole('row')).toHaveCount(5);
  await expect(ballots.getByRole('row', { name: /Omar Membre/ })).toContainText('Récusé·e');
  await expect(ballots.getByRole('row', { name: /Léa Membre/ })).toContainText('Adopter avec amendements');
  await axe(chairPage);

  // The chair writes the official response.
  await chairPage.getByLabel('Avis motivé (Markdown)').fill('Le comité adopte la recommandation : **aucune reconnaissance faciale** dans l’espace public.');
  await chairPage.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  await expect(chairPage.getByRole('status').filter({ hasText: 'Brouillon enregistré (version 1).' })).toBeVisible();
  await expect(chairPage.getByText('aucune reconnaissance faciale', { exact: true })).toBeVisible();

  // On the second proposal, closing without quorum is refused with the API's message…
  await chairPage.goto(`/consultations/${c.slug}/committee/proposals/${b.ref}`);
  await expect(chairPage.getByRole('heading', { level: 1, name: `#${b.ref} ${declined}` })).toBeVisible();
  await chairPage.getByRole('button', { name: 'Clore le vote' }).click();
  await chairPage.getByRole('dialog').getByRole('button', { name: 'Clore le vote' }).click();
  await expect(chairPage.getByRole('alert').filter({ hasText: 'Quorum non atteint' })).toBeVisible();
  // …and publishing while it has no response lists what is missing, with links.
  await chairPage.getByRole('button', { name: 'Publier toutes les réponses' }).click();
  const refused = chairPage.getByRole('alert').filter({ hasText: 'Publication impossible' });
  await expect(refused).toBeVisible();
  await expect(refused.getByRole('link', { name: `#${b.ref} ${declined}` })).toBeVisible();
  await expect(refused).toContainText('vote du comité non clos');
  await axe(chairPage);

  // The rest of the second proposal through the API, then the chair publishes everything.
  await ballot(hugo, b.id, { choice: 'reject', reason: 'Aucun comportement n’est « anormal » par nature.' });
  await ballot(lea, b.id, { choice: 'reject', reason: 'Trop d’erreurs et de biais documentés.' });
  await ballot(chair, b.id, { choice: 'abstain', reason: 'Je m’en remets au comité.' });
  await closeVote(chair, b.id);
  await draftResponse(chair, b.id, { opinion: 'Le comité ne retient pas cette proposition.' });
  await chairPage.reload();
  await expect(chairPage.getByText('Toutes les réponses sont prêtes à être publiées.')).toBeVisible();
  await chairPage.getByRole('button', { name: 'Publier toutes les réponses' }).click();
  const publishDialog = chairPage.getByRole('dialog', { name: 'Publier toutes les réponses ?' });
  await publishDialog.getByRole('button', { name: 'Publier toutes les réponses' }).click();
  await expect(chairPage.getByRole('status').filter({ hasText: 'Publié : 2 réponse(s) officielle(s).' })).toBeVisible();
  await axe(chairPage);
  await chairBrowser.context.close();
  await hugoBrowser.context.close();

  // A visitor reads the outcome page and downloads the report.
  const visitor = await browserAs(browser, null);
  const page = visitor.page;
  await page.goto(`/consultations/${c.slug}/outcomes`);
  await expect(page.getByRole('heading', { level: 1, name: /Résultats et décisions/ })).toBeVisible();
  const decisions = page.getByRole('table', { name: 'Décisions du comité sur les recommandations examinées (total : 2)' });
  await expect(decisions.getByRole('row', { name: /^Adoptée 1/ })).toBeVisible();
  await expect(decisions.getByRole('row', { name: /^Non adoptée 1/ })).toBeVisible();
  const recommendation = page.locator(`#recommendation-${a.ref}`);
  await expect(recommendation.getByRole('heading', { level: 2 })).toHaveText(`#${a.ref} ${adopted}`);
  await expect(recommendation.getByText('aucune reconnaissance faciale', { exact: true })).toBeVisible();
  await expect(recommendation.getByRole('table', { name: new RegExp(`Profil de mérite de #${a.ref}`) })).toBeVisible();
  await expect(recommendation.getByRole('table', { name: `Bulletins nominatifs du comité sur #${a.ref}` }).getByRole('row', { name: /Hugo Membre/ })).toContainText(
    'Une surveillance de masse',
  );
  const fingerprint = (await recommendation.locator('cc-fingerprint code').textContent())?.trim() ?? '';
  expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
  await axe(page);
  // Readable on a phone: nothing wider than the screen.
  await page.setViewportSize({ width: 375, height: 800 });
  // (charts follow the new width on their next resize event)
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await page.setViewportSize({ width: 1280, height: 800 });
  // The table of contents moves focus to the recommendation.
  await page.getByRole('link', { name: `#${b.ref} ${declined}` }).click();
  await expect(page.getByRole('heading', { level: 2, name: `#${b.ref} ${declined}` })).toBeFocused();
  await expect(page).toHaveURL(new RegExp(`#recommendation-${b.ref}$`));

  const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Rapport PDF' }).click()]);
  expect(pdf.suggestedFilename()).toBe(`${c.slug}-outcomes.pdf`);
  const pdfBytes = readFileSync(await pdf.path());
  expect(pdfBytes.subarray(0, 5).toString()).toBe('%PDF-');
  const png = await firstPagePng(pdfBytes);
  expect(png.subarray(1, 4).toString()).toBe('PNG');

  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Tableau CSV/ }).click()]);
  const rows = parseCsv(readFileSync(await csv.path(), 'utf8').replace(/^\uFEFF/, ''));
  expect(rows).toHaveLength(3);
  const header = rows[0];
  const column = (name: string) => header.indexOf(name);
  expect(column('numero')).toBe(0);
  const rowA = rows.find((row) => row[0] === String(a.ref)) as string[];
  const rowB = rows.find((row) => row[0] === String(b.ref)) as string[];
  expect(rowA[column('decision')]).toBe('Adoptée');
  expect(rowA[column('comite_recusations')]).toBe('1');
  expect(rowA[column('comite_votants')]).toBe('3');
  expect(rowA[column('empreinte_sha256')]).toBe(fingerprint);
  expect(rowB[column('decision')]).toBe('Non adoptée');

  // The audit log verifies.
  await page.getByRole('button', { name: 'Vérifier la chaîne maintenant' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Chaîne intègre' })).toBeVisible();

  // The admin posts a follow-up milestone; it appears on the public timeline.
  await adminPage.goto(`/consultations/${c.slug}/follow-up`);
  await expect(adminPage.getByRole('heading', { level: 1, name: /Suivi des décisions/ })).toBeVisible();
  await expect(adminPage.getByText('Aucune mise à jour publiée pour l’instant.').first()).toBeVisible();
  await axe(adminPage);
  await adminPage.getByRole('combobox', { name: 'Recommandation' }).click();
  await adminPage.getByRole('option', { name: `#${a.ref} ${adopted}` }).click();
  await adminPage.getByRole('radio', { name: 'En cours' }).check();
  await adminPage.getByLabel('Avancement', { exact: true }).fill('40');
  await adminPage.getByLabel('Date', { exact: true }).fill('2026-03-31');
  await adminPage.getByLabel('Jalon', { exact: true }).fill('Arrêté municipal signé');
  await adminPage.getByLabel('Détails (Markdown)').fill('Le maire a signé l’arrêté **interdisant** la reconnaissance faciale.');
  await adminPage.getByRole('button', { name: 'Publier la mise à jour' }).click();
  await expect(adminPage.getByRole('status').filter({ hasText: `Mise à jour publiée pour #${a.ref} : En cours.` })).toBeVisible();
  await expect(adminPage.getByRole('listitem').filter({ hasText: 'Arrêté municipal signé' })).toBeVisible();
  await axe(adminPage);
  await adminBrowser.context.close();

  await page.goto(`/consultations/${c.slug}/follow-up`);
  const step = page.getByRole('listitem').filter({ hasText: 'Arrêté municipal signé' });
  await expect(step).toContainText('31 mars 2026');
  await expect(step).toContainText('En cours · 40 %');
  await expect(page.getByRole('progressbar', { name: `Avancement de #${a.ref}` })).toHaveAttribute('aria-valuenow', '40');
  await axe(page);
  await page.getByRole('link', { name: `#${a.ref} ${adopted}` }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: `#${a.ref} ${adopted}` })).toBeVisible();
  await expect(page.getByText('Arrêté municipal signé')).toBeVisible();
  await axe(page);
  await visitor.context.close();
});
