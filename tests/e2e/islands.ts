// Helpers for the two islands' browser tests (accounts workspace, self-assessment), shared by tests/e2e and tests/sample.
import type { BrowserContext, Page } from 'playwright-core';
import { visit, type Site } from './harness.ts';

/** The localStorage key the accounts workspace keeps its list under. */
export const ACCOUNTS_KEY = 'kam.accounts.v1';

/** The stored account list of the page's origin. */
export const stored = async (page: Page) => JSON.parse((await page.evaluate((k) => localStorage.getItem(k), ACCOUNTS_KEY)) ?? '[]');

/** Empties the stored account list. */
export const clear = (page: Page) => page.evaluate((k) => localStorage.removeItem(k), ACCOUNTS_KEY);

/** The visible text of the first element matching `selector`. */
export const text = (page: Page, selector: string) => page.locator(selector).first().innerText();

/** The name (or id) of the focused element. */
export const focusedName = (page: Page) =>
	page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name ?? document.activeElement?.id ?? '');

/** A stored account: defaults for every field, `over` replacing any of them. */
export const account = (over: Record<string, unknown>) => ({
	id: `a${Math.random().toString(36).slice(2, 10)}`,
	name: 'Acme',
	tier: 'key',
	scope: 'national',
	answers: '',
	assessedAt: '2026-01-01T00:00:00.000Z',
	...over,
});

/** Opens `path` with `accounts` stored (in `context`, default the site's own). */
export async function withAccounts(site: Site, path: string, accounts: unknown[], context?: BrowserContext) {
	const { page, errors } = await visit(site, path, { context });
	await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [ACCOUNTS_KEY, JSON.stringify(accounts)]);
	await page.reload();
	return { page, errors };
}
