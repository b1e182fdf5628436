import { generateSync } from 'otplib';
import { DEMO, uniqueEmail } from '../support/accounts';
import { linkIn, waitForMail } from '../support/smtp-sink';
import { stack } from '../support/stack-env';
import { expect, test } from './fixtures';

const PASSWORD = 'une phrase de passe pour le test';

test('sign up, receive the verification mail over SMTP, verify, sign in and sign out', async ({ page, axe }) => {
  const email = uniqueEmail('navigateur');
  await page.goto('/sign-up');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await axe(page);
  await page.getByLabel('Adresse e-mail', { exact: true }).fill(email);
  await page.getByLabel('Nom affiché', { exact: true }).fill('Zoé du navigateur');
  await page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Créer mon compte' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Vérifiez votre boîte mail' })).toBeFocused();
  await axe(page);

  const mail = await waitForMail(stack().mailDir, email, (text) => text.includes('/verify-email?token='));
  const link = new URL(linkIn(mail, '/verify-email?token='));
  await page.goto(link.pathname + link.search);
  await expect(page.getByRole('link', { name: /Se connecter/ }).last()).toBeVisible();
  await axe(page);

  await page.goto('/sign-in');
  await page.getByLabel('Adresse e-mail', { exact: true }).fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  const accountButton = page.getByRole('button', { name: /Zoé du navigateur/ });
  await expect(accountButton).toBeVisible();

  await page.goto('/account');
  await expect(page.getByRole('heading', { level: 1, name: 'Mon compte' })).toBeVisible();
  await axe(page);

  await accountButton.click();
  await page.getByRole('menuitem', { name: 'Se déconnecter' }).click();
  await expect(page.getByRole('link', { name: 'Se connecter' })).toBeVisible();
  const me = await page.request.get('/api/auth/me');
  expect(me.status()).toBe(401);
});

test('a wrong password is refused with a message, and the form stays usable by keyboard', async ({ page, axe }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Adresse e-mail', { exact: true }).fill(DEMO.citizen.email);
  await page.getByLabel('Mot de passe', { exact: true }).fill('pas le bon mot de passe');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('incorrect');
  await axe(page);
});

test('an admin signs in with the TOTP step and manages accounts', async ({ page, axe }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Adresse e-mail', { exact: true }).fill(DEMO.admin.email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(DEMO.admin.password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Vérification en deux étapes' })).toBeFocused();
  await axe(page);
  await page.getByLabel('Code à 6 chiffres').fill(generateSync({ secret: DEMO.admin.totp }));
  await page.getByRole('button', { name: 'Vérifier le code' }).click();
  await expect(page.getByRole('button', { name: /Alex/ })).toBeVisible();

  await page.goto('/admin/accounts');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: /comite@concordia.localhost/ })).toBeVisible();
  await axe(page);
  await page.getByLabel('Rechercher un compte').fill('moderation@');
  await expect(page.getByRole('status').filter({ hasText: '1 compte trouvé' })).toBeVisible();
});
