import { DEMO } from '../support/accounts';
import type { ApiClient } from '../support/api-client';
import { waitForMail } from '../support/smtp-sink';
import { stack } from '../support/stack-env';
import { expect, test } from './fixtures';
import { browserAs, choose, citizen, preModeratedConsultation, queueItem, staff, submittedProposal, suffix } from './moderation-helpers';

/**
 * Issue 4's browser scenario, on a consultation the test creates (pre-moderation): a citizen
 * writes a proposal holding a phone number and is warned while writing, submits; the moderator
 * sees the number highlighted in the queue and rejects it for "personal data" with a note (by
 * keyboard shortcut); the citizen reads why through the notification bell, edits and resubmits;
 * the moderator approves; a visitor reads the proposal. Then appeals, bulk decisions and merges.
 * axe on every page and dialog visited.
 */
let admin: ApiClient;
let moderator: ApiClient;

test.beforeAll(async () => {
  test.setTimeout(150_000);
  admin = await staff(DEMO.admin);
  moderator = await staff(DEMO.moderator);
});

test('a proposal holding a phone number: warned, rejected for personal data, revised, approved, public', async ({ browser, axe }) => {
  test.setTimeout(120_000);
  const { slug, title: consultationTitle } = await preModeratedConsultation(admin);
  const { client: author, email: authorEmail } = await citizen('auteur-moderation', 'Solène (autrice)');

  // The citizen writes the proposal in the editor and is warned about the phone number.
  const pageA = await browserAs(browser, author);
  await pageA.goto(`/consultations/${slug}/proposals/new`);
  await expect(pageA.getByRole('heading', { level: 1, name: 'Nouvelle proposition' })).toBeVisible();
  const title = `Une permanence pour contester un algorithme ${suffix()}`;
  await pageA.getByLabel('Titre').fill(title);
  const body = pageA.getByLabel('Texte de la proposition');
  await body.fill('Une permanence tenue par des agents, deux soirs par semaine. Pour en parler, appelez-moi au 06 12 34 56 78.');
  const warning = pageA.getByRole('status').filter({ hasText: 'données personnelles' });
  await expect(warning).toContainText('numéro de téléphone');
  await expect(warning).toContainText('06 12 34 56 78');
  await axe(pageA);
  await pageA.getByRole('button', { name: 'Soumettre la proposition' }).click();
  await expect(pageA.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const ref = Number(new URL(pageA.url()).pathname.split('/').pop());
  expect(ref).toBeGreaterThan(0);

  // The moderator finds it in the queue, the number highlighted and labelled for screen readers.
  const pageM = await browserAs(browser, moderator);
  await pageM.goto('/moderation');
  await expect(pageM.getByRole('heading', { level: 1, name: 'File de modération' })).toBeVisible();
  await expect(pageM.getByRole('link', { name: 'Modération' })).toHaveAttribute('aria-current', 'page');
  await choose(pageM, 'Consultation', consultationTitle);
  await expect(pageM.getByRole('status').filter({ hasText: '1 élément à examiner.' })).toBeVisible();
  const item = queueItem(pageM, title);
  await expect(item).toBeVisible();
  await expect(item.getByText('Données personnelles', { exact: true })).toBeVisible();
  const mark = item.locator('mark');
  await expect(mark).toHaveCount(1);
  await expect(mark).toContainText('06 12 34 56 78');
  await expect(mark).toContainText('[donnée personnelle : numéro de téléphone]');
  await axe(pageM);

  // The shortcut help says what the keys do; "r" on the focused item asks for the reason.
  await pageM.getByRole('button', { name: 'Aide des raccourcis' }).click();
  await expect(pageM.getByRole('table', { name: 'Raccourcis clavier de la file' })).toContainText('Refuser l’élément');
  await axe(pageM);
  await item.focus();
  await pageM.keyboard.press('r');
  const dialog = pageM.getByRole('dialog', { name: `Refuser la proposition #${ref}` });
  await expect(dialog).toBeVisible();
  // A flagged item comes with "personal data" already chosen.
  await expect(dialog.getByRole('radio', { name: /Données personnelles/ })).toBeChecked();
  await axe(pageM);
  const note = 'Merci de retirer votre numéro de téléphone : les habitants vous joindront par les commentaires.';
  await dialog.getByLabel('Message à l’auteur·rice').fill(note);
  await dialog.getByRole('button', { name: 'Refuser', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(pageM.getByRole('status').filter({ hasText: `Refus enregistré pour la proposition #${ref}` })).toBeVisible();
  await expect(item).toHaveCount(0);

  // The author is told by e-mail…
  const mail = await waitForMail(stack().mailDir, authorEmail, (text) => text.includes('données personnelles'));
  expect(mail).toContain(note);

  // …and in the app: the bell says so; its notice leads to the decision, with the reason and the note.
  await pageA.goto('/consultations');
  const bell = pageA.getByRole('button', { name: 'Notifications, 1 non lue' });
  await expect(bell).toBeVisible();
  await bell.click();
  const menu = pageA.getByRole('menu', { name: 'Dernières notifications' });
  const notice = menu.getByRole('menuitem', { name: new RegExp(`proposition #${ref} .* n’a pas été retenue`) });
  await expect(notice).toContainText('Motif : Données personnelles.');
  await axe(pageA);
  await notice.click();
  await expect(pageA.getByRole('heading', { level: 1, name: 'Pourquoi votre contribution n’est pas publiée' })).toBeVisible();
  await expect(pageA.getByText(`Proposition #${ref} « ${title} »`)).toBeVisible();
  await expect(pageA.getByRole('main').getByText('Données personnelles', { exact: true })).toBeVisible();
  await expect(pageA.getByText(note)).toBeVisible();
  await expect(pageA.locator('.pd-now mark')).toContainText('06 12 34 56 78');
  await expect(pageA.getByRole('heading', { level: 2, name: 'Faire appel' })).toBeVisible();
  await expect(pageA.getByRole('button', { name: 'Notifications, aucune non lue' })).toBeVisible();
  await axe(pageA);

  // The author edits and submits again.
  await pageA.getByRole('link', { name: 'Modifier et soumettre de nouveau' }).click();
  await expect(pageA.getByRole('heading', { level: 1, name: `Modifier la proposition n° ${ref}` })).toBeVisible();
  await body.fill('Une permanence tenue par des agents, deux soirs par semaine. Les habitants la joignent par le standard de la mairie.');
  await expect(pageA.getByRole('status').filter({ hasText: 'numéro de téléphone' })).toHaveCount(0);
  await pageA.getByRole('button', { name: 'Enregistrer et soumettre' }).click();
  await expect(pageA.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(pageA.getByText('Votre proposition est soumise.')).toBeVisible();

  // The moderator approves the new version: no highlight left.
  await pageM.getByRole('button', { name: 'Filtrer' }).click();
  await expect(item).toBeVisible();
  await expect(item.locator('mark')).toHaveCount(0);
  await expect(item).toContainText('le standard de la mairie');
  await item.getByRole('button', { name: `Approuver la proposition #${ref}` }).click();
  await expect(pageM.getByRole('status').filter({ hasText: `Approbation enregistrée pour la proposition #${ref}.` })).toBeVisible();
  await expect(item).toHaveCount(0);

  // A visitor reads it; the links of notices and e-mails (/consultations/:slug/proposals/:ref) lead there too.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/consultations/${slug}/proposals/${ref}`);
  await expect(visitor).toHaveURL(new RegExp(`/proposals/${ref}$`));
  await expect(visitor.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(visitor.getByText('le standard de la mairie')).toBeVisible();
  await expect(visitor.getByText('06 12 34 56 78')).toHaveCount(0);
  await axe(visitor);

  // The author's notifications page lists both notices, newest first.
  await pageA.goto('/notifications');
  await expect(pageA.getByRole('heading', { level: 1, name: 'Mes notifications' })).toBeVisible();
  const notices = pageA.locator('.notification');
  await expect(notices.first()).toContainText(`Votre proposition #${ref} « ${title} » est publiée.`);
  await expect(notices.nth(1)).toContainText('n’a pas été retenue par la modération');
  await expect(pageA.getByText('1 notification non lue.')).toBeVisible();
  await axe(pageA);
  await pageA.getByRole('button', { name: 'Tout marquer comme lu' }).click();
  await expect(pageA.getByRole('status').filter({ hasText: 'Toutes les notifications sont marquées comme lues.' })).toBeVisible();
  await expect(pageA.getByRole('button', { name: 'Notifications, aucune non lue' })).toBeVisible();

  // The moderation log has both decisions, with who and why.
  await pageM.goto('/moderation/log');
  await expect(pageM.getByRole('heading', { level: 1, name: 'Journal de modération' })).toBeVisible();
  await choose(pageM, 'Consultation', consultationTitle);
  const log = pageM.getByRole('table', { name: /Journal de modération, page 1/ });
  await expect(log.getByRole('row')).toHaveCount(3);
  await expect(log.getByRole('row').nth(1)).toContainText('Approbation');
  await expect(log.getByRole('row').nth(2)).toContainText('Refus');
  await expect(log.getByRole('row').nth(2)).toContainText('Données personnelles');
  await expect(log.getByRole('row').nth(2)).toContainText('Malik (modération)');
  await axe(pageM);

  // The public transparency summary: numbers only.
  await visitor.goto(`/consultations/${slug}/moderation`);
  await expect(visitor.getByRole('heading', { level: 1, name: 'Transparence de la modération' })).toBeVisible();
  await expect(visitor.getByRole('table', { name: 'Contenus refusés et masqués, par motif' })).toBeVisible();
  await expect(visitor.getByRole('definition').first()).toHaveText('2');
  await axe(visitor);
});

test('bulk approval, a merge of duplicates, and an appeal decided by someone else than the decider', async ({ browser, axe }) => {
  test.setTimeout(120_000);
  const { slug, title: consultationTitle } = await preModeratedConsultation(admin);
  const { client: author } = await citizen('auteur-appel', 'Yanis (auteur)');
  const { client: other } = await citizen('auteur-doublon', 'Maëlle (autrice)');
  const first = await submittedProposal(other, slug, `Publier le code des algorithmes municipaux ${suffix()}`, 'Le code source des outils utilisés par la ville est publié.');
  const duplicate = await submittedProposal(author, slug, `Rendre public le code des algorithmes ${suffix()}`, 'Que la ville publie le code de ses algorithmes.');
  const appealed = await submittedProposal(author, slug, `Des bancs dans le parc ${suffix()}`, 'Plus de bancs, sans rapport avec l’IA.');

  const pageM = await browserAs(browser, moderator);
  await pageM.goto('/moderation');
  await choose(pageM, 'Consultation', consultationTitle);
  await expect(pageM.getByRole('status').filter({ hasText: '3 éléments à examiner.' })).toBeVisible();

  // Bulk: the first two, selected by keyboard ("x") and by their checkbox.
  const firstItem = queueItem(pageM, new RegExp(`#${first.ref} `));
  await firstItem.focus();
  await pageM.keyboard.press('x');
  await queueItem(pageM, new RegExp(`#${duplicate.ref} `)).getByRole('checkbox', { name: `Sélectionner la proposition #${duplicate.ref}` }).check();
  await pageM.getByRole('button', { name: 'Approuver la sélection (2)' }).click();
  await expect(pageM.getByRole('status').filter({ hasText: 'Action groupée terminée : 2 élément(s) approuvé(s).' })).toBeVisible();
  await expect(pageM.getByRole('region', { name: 'Résultat de l’action groupée' })).toContainText(`la proposition #${duplicate.ref} : approuvé`);
  await axe(pageM);

  // Merge the duplicate into the first.
  await pageM.getByRole('button', { name: 'Fusionner des doublons…' }).click();
  const merge = pageM.getByRole('dialog', { name: 'Fusionner une proposition en doublon' });
  await merge.getByLabel('Doublon (numéro)').fill(`#${duplicate.ref}`);
  await merge.getByLabel('Proposition conservée (numéro)').fill(String(first.ref));
  await axe(pageM);
  await merge.getByRole('button', { name: 'Fusionner', exact: true }).click();
  await expect(pageM.getByRole('status').filter({ hasText: `La proposition #${duplicate.ref} est fusionnée dans la #${first.ref}` })).toBeVisible();

  // Reject the third as off-topic, by its button.
  const third = queueItem(pageM, new RegExp(`#${appealed.ref} `));
  await third.getByRole('button', { name: `Refuser… la proposition #${appealed.ref}` }).click();
  const reject = pageM.getByRole('dialog', { name: `Refuser la proposition #${appealed.ref}` });
  await reject.getByRole('button', { name: 'Refuser', exact: true }).click();
  await expect(reject.getByText('Choisissez un motif.')).toBeVisible();
  await expect(reject.getByRole('radio', { name: /Hors sujet/ })).toBeFocused();
  await reject.getByRole('radio', { name: /Hors sujet/ }).check();
  await reject.getByRole('button', { name: 'Refuser', exact: true }).click();
  await expect(pageM.getByRole('status').filter({ hasText: `Refus enregistré pour la proposition #${appealed.ref}` })).toBeVisible();
  await expect(pageM.getByText('La file est vide pour ces filtres. Merci !')).toBeVisible();

  // The author appeals from the notification.
  const pageA = await browserAs(browser, author);
  await pageA.goto('/notifications');
  await pageA.getByRole('link', { name: new RegExp(`proposition #${appealed.ref} .* n’a pas été retenue`) }).click();
  await expect(pageA.getByRole('heading', { level: 1, name: 'Pourquoi votre contribution n’est pas publiée' })).toBeVisible();
  await expect(pageA.getByRole('main').getByText('Hors sujet', { exact: true })).toBeVisible();
  await pageA.getByLabel('Votre appel').fill('Les bancs accueillent les permanences numériques du quartier : c’est lié à la consultation.');
  await pageA.getByRole('button', { name: 'Envoyer mon appel' }).click();
  await expect(pageA.getByRole('status').filter({ hasText: 'Votre appel est envoyé.' })).toBeVisible();
  await expect(pageA.getByText('Appel en cours d’examen.')).toBeVisible();
  await axe(pageA);

  // The moderator who decided may not rule on the appeal.
  await pageM.goto('/moderation/appeals');
  await expect(pageM.getByRole('heading', { level: 1, name: 'Appels des auteur·rices' })).toBeVisible();
  const appealCard = pageM.getByRole('article', { name: new RegExp(`#${appealed.ref} `) });
  await expect(appealCard).toContainText('Vous ne pouvez pas trancher cet appel');
  await expect(appealCard.getByRole('button', { name: /Rendre la réponse/ })).toHaveCount(0);
  await axe(pageM);

  // An admin does, and overturns it.
  const pageAdmin = await browserAs(browser, admin);
  await pageAdmin.goto('/moderation/appeals');
  const adminCard = pageAdmin.getByRole('article', { name: new RegExp(`#${appealed.ref} `) });
  await expect(adminCard).toContainText('Les bancs accueillent les permanences numériques');
  await adminCard.getByRole('radio', { name: /Annuler la décision/ }).check();
  await adminCard.getByLabel('Message à l’auteur·rice').fill('Le lien avec les permanences numériques est convaincant.');
  await axe(pageAdmin);
  await adminCard.getByRole('button', { name: /Rendre la réponse/ }).click();
  await expect(pageAdmin.getByRole('status').filter({ hasText: `Réponse enregistrée : la décision sur #${appealed.ref} est annulée.` })).toBeVisible();

  // The author is told; the decision page shows the answer.
  await pageA.reload();
  await expect(pageA.getByText('Appel accepté : la décision est annulée.')).toBeVisible();
  await expect(pageA.getByText('Le lien avec les permanences numériques est convaincant.')).toBeVisible();
  await pageA.goto('/notifications');
  await expect(pageA.locator('.notification').first()).toContainText(`Votre appel sur la proposition #${appealed.ref}`);
  await expect(pageA.locator('.notification').first()).toContainText('la décision est annulée');

  // In English, the bell and the page follow.
  await pageA.getByRole('button', { name: 'English' }).click();
  await expect(pageA.getByRole('heading', { level: 1, name: 'My notifications' })).toBeVisible();
  await expect(pageA.getByRole('button', { name: /^Notifications, \d+ unread$/ })).toBeVisible();
  await expect(pageA.locator('.notification').first()).toContainText('is granted: the decision is overturned.');
  await axe(pageA);
});
