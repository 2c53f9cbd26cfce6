// Every page with the browser's storage blocked (cookies and site data switched off: reading localStorage or
// sessionStorage throws) and with storage full (writing throws): no uncaught exception, no console error, and the
// theme picker still switches the theme. Starlight's own theme scripts threw here; src/components/overrides/
// ThemeProvider.astro and ThemeSelect.astro replace them.
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTurn, openSite, sitemapPaths, visit, type Site } from './harness.ts';

let site: Site;
let blocked: BrowserContext;
beforeAll(async () => {
	site = await openSite();
	blocked = await site.newContext();
	await blocked.addInitScript(() => {
		for (const name of ['localStorage', 'sessionStorage'])
			Object.defineProperty(window, name, {
				get() {
					throw new DOMException('The operation is insecure.', 'SecurityError');
				},
			});
	});
});
afterAll(async () => {
	await site?.close();
});

const paths = [...sitemapPaths(), '/en/no-such-page/'];
const errorsFor = inTurn(
	paths,
	async (path) => {
		const { page, errors } = await visit(site, path, { context: blocked, stay: path === '/' });
		// Scripts that run late (custom elements, the sidebar's state on leaving) have had their turn.
		await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));
		await page.close();
		// The unknown address answers 404, which the browser logs; nothing else may appear.
		return errors.filter((e) => !(path.includes('no-such-page') && /status of 404/.test(e)));
	},
	3,
);

describe.each(paths)('with storage blocked, %s', (path) => {
	it('throws no uncaught exception and logs no error', async () => {
		expect(await errorsFor(path)).toEqual([]);
	});
});

describe('the theme picker', () => {
	it.each(['blocked', 'full'] as const)('switches the theme with storage %s', async (what) => {
		const { page, errors } = await visit(site, '/en/', { context: what === 'blocked' ? blocked : undefined });
		if (what === 'full')
			await page.evaluate(() => {
				Storage.prototype.setItem = () => {
					throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
				};
			});
		const picker = page.locator('starlight-theme-select select').first();
		for (const theme of ['light', 'dark'] as const) {
			await picker.selectOption(theme);
			expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
		}
		expect(errors).toEqual([]);
		await page.close();
	});
});
