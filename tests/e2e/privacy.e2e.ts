import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { GOOD_PASSWORD } from '../support/accounts';
import { signInAdmin } from './committee-helpers';
import { expect, test } from './fixtures';
import { browserAs, citizen, suffix } from './moderation-helpers';

/** Screenshots to look at by eye (phone and desktop widths), kept out of the repository. */
const SHOTS = resolve(__dirname, '../../tmp/privacy-screenshots');

async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}-${page.viewportSize()?.width}.png`), fullPage: false });
}

test('a citizen downloads their data, deletes the account through the dialog, and can no longer sign in', async ({ browser, axe }) => {
  test.setTimeout(180_000);
  const displayName = `Camille Vie Privée ${suffix()}`;
  const { client, email } = await citizen('vie-privee', displayName);
  const page = await browserAs(browser, client);
  await page.goto('/account');
  const section = page.getByRole('region', { name: 'Mes données' });
  await expect(section).toBeVisible();
  await axe(page);

  const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('link', { name: 'Télécharger mes données (JSON)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^concordia-export-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(exported.format).toBe('concordia-export');
  expect(exported.account).toMatchObject({ email, displayName, roles: ['citizen'], twoFactorEnabled: false });
  expect(exported.sessions.length).toBeGreaterThanOrEqual(1);

  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: width < 600 ? 800 : 900 });
    await section.scrollIntoViewIfNeeded();
    await shoot(page, 'my-data');
  }

  // Keyboard only: the button opens the dialog, Escape closes it and gives focus back.
  const eraseButton = section.getByRole('button', { name: 'Supprimer mon compte' });
  await eraseButton.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: /^Supprimer définitivement votre compte\s\?$/ });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('Ce qui reste, anonymisé')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(eraseButton).toBeFocused();

  await eraseButton.click();
  await expect(dialog).toBeVisible();
  await axe(page);
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: width < 600 ? 800 : 900 });
    await shoot(page, 'erase-dialog');
  }

  // A wrong password: the dialog says so and the account stays.
  await dialog.getByLabel('Mot de passe actuel', { exact: true }).fill('pas le bon mot de passe');
  await dialog.getByRole('button', { name: 'Supprimer définitivement' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Mot de passe incorrect');
  await axe(page);
  await shoot(page, 'erase-dialog-error');

  await dialog.getByLabel('Mot de passe actuel', { exact: true }).fill(GOOD_PASSWORD);
  await dialog.getByRole('button', { name: 'Supprimer définitivement' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Votre compte est supprimé' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Se connecter' })).toBeVisible();
  await axe(page);
  await shoot(page, 'erased');
  expect((await page.request.get('/api/auth/me')).status()).toBe(401);

  await page.goto('/sign-in');
  await page.getByLabel('Adresse e-mail', { exact: true }).fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(GOOD_PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('alert')).toContainText('incorrect');
  await page.context().close();
});

test('an admin erases an account from the accounts page after confirming', async ({ browser, axe }) => {
  // Signing the admin in may wait for a fresh TOTP step.
  test.setTimeout(120_000);
  const displayName = `Effacé par l’admin ${suffix()}`;
  const { email } = await citizen('efface', displayName);
  const page = await browserAs(browser, await signInAdmin());
  await page.goto('/admin/accounts');
  await page.getByLabel('Rechercher un compte').fill(email);
  // The search answers after a pause: wait for it, or it lands after the erasure and lists the row again.
  await expect(page.getByRole('status').filter({ hasText: '1 compte trouvé.' })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: email });
  await expect(row).toBeVisible();
  await row.getByRole('button', { name: `Effacer le compte ${displayName}` }).click();
  const dialog = page.getByRole('dialog', { name: new RegExp(`^Effacer le compte de ${displayName}\\s\\?$`) });
  await expect(dialog).toBeVisible();
  await axe(page);
  await shoot(page, 'admin-erase-dialog');
  await dialog.getByRole('button', { name: 'Effacer définitivement' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Le compte de ${displayName} est effacé.` })).toBeVisible();
  await expect(row).toHaveCount(0);
  await page.context().close();
});
