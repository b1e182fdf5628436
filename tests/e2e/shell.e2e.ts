import { expect, test } from './fixtures';

test('the home page lists the demo consultation, in French then in English', async ({ page, axe }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { name: /intelligence artificielle au service des habitants/ })).toBeVisible();
  await axe(page);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await axe(page);
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Aller au contenu' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('an unknown address shows a page-not-found page without violations', async ({ page, axe }) => {
  await page.goto('/nulle-part');
  await expect(page.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeVisible();
  await axe(page);
});

const PUBLIC_PAGES = ['/', '/consultations', '/sign-up', '/sign-in', '/forgot-password', '/reset-password?token=x', '/verify-email?token=invalide', '/accessibility', '/privacy'];

for (const language of ['fr', 'en'] as const) {
  test(`every public page has one h1 and no axe violation (${language})`, async ({ page, axe }) => {
    // Nine pages with an axe run each: about 30 s on an idle machine, more on a loaded one.
    test.setTimeout(150_000);
    await page.addInitScript((lang) => localStorage.setItem('concordia.language', lang), language);
    for (const path of PUBLIC_PAGES) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      await page.waitForLoadState('networkidle');
      await axe(page);
    }
  });
}

test('the privacy page states every retention period, in French and in English', async ({ page, axe }) => {
  await page.goto('/privacy');
  const fr = page.getByRole('heading', { level: 2, name: 'Durées de conservation' });
  await expect(fr).toBeVisible();
  await expect(page.getByText('Supprimé 30\u00a0jours après l’inscription', { exact: false })).toBeVisible();
  await expect(page.getByText('Supprimée 15\u00a0minutes après l’échec.')).toBeVisible();
  await expect(page.getByText('Abandonné et supprimé 7\u00a0jours après', { exact: false })).toBeVisible();
  await page.addInitScript(() => localStorage.setItem('concordia.language', 'en'));
  await page.goto('/privacy');
  await expect(page.getByRole('heading', { level: 2, name: 'How long we keep data' })).toBeVisible();
  await expect(page.getByText('Deleted 30\u00a0days after sign-up', { exact: false })).toBeVisible();
  await expect(page.getByText('Erased at sending', { exact: false })).toBeVisible();
  await axe(page);
});
