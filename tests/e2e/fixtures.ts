import AxeBuilder from '@axe-core/playwright';
import { expect, Page, test as base } from '@playwright/test';
import { stack } from '../support/stack-env';

export const test = base.extend<{ axe: (page: Page) => Promise<void> }>({
  baseURL: async ({}, use) => use(stack().baseUrl),
  /** Fails on any WCAG 2.1 A/AA violation that axe finds on the page as it is now. */
  axe: async ({}, use) => {
    await use(async (page: Page) => {
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(summary, `axe violations on ${page.url()}`).toEqual([]);
    });
  },
});

export { expect };
