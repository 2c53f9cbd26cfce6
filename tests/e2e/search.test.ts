// Site search on demand: a page loads nothing of the search interface or index until the reader shows intent (pointer
// over or focus on the button, a tap, Ctrl/⌘ K, "/"); then the dialog opens at once and keeps what is typed while
// the interface loads. By keyboard, by pointer and on a phone. (Ranking is pinned in tests/sample/e2e/search.test.ts,
// the base path in base-path.test.ts, the policy in csp.test.ts.)
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { site as siteConfig } from '#src/config/site.ts';
import { realContent } from '#tests/fixtures/real-content.ts';
import { openSite, policyViolations, visit, type Site } from './harness.ts';

let site: Site;
let phone: BrowserContext;
beforeAll(async () => {
	site = await openSite();
	phone = await site.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true });
});
afterAll(async () => {
	await site?.close();
});

const lang = siteConfig.defaultLanguage;
const { tiers } = realContent();
// Any tier's name is on its page, whatever the company calls its tiers.
const term = tiers[0]!.name[lang];
/** Requests for the search interface (its code and styles) or for Pagefind and its index. */
const SEARCH_REQUEST = /\/_astro\/(pagefind-ui|results)\.|\/pagefind\//;

/** Records the search requests a page makes from now on. */
function searchRequests(page: Page): string[] {
	const seen: string[] = [];
	page.on('request', (req) => {
		if (SEARCH_REQUEST.test(req.url())) seen.push(new URL(req.url()).pathname);
	});
	return seen;
}

/** The button, enabled once the page's script has run. */
async function searchButton(page: Page) {
	await page.waitForFunction(() => !document.querySelector('site-search button[data-open-modal]')?.hasAttribute('disabled'));
	return page.locator('site-search button[data-open-modal]');
}

/** Pagefind's field once the interface is there, and the links of the results for `query` once they are shown. */
async function results(page: Page, query: string): Promise<string[]> {
	const handle = await page.waitForFunction((q) => {
		const message = document.querySelector('#starlight__search .pagefind-ui__message')?.textContent ?? '';
		if (!message.includes(q)) return undefined;
		const links = [...document.querySelectorAll('#starlight__search a.pagefind-ui__result-link')].map((a) => a.getAttribute('href') ?? '');
		return links.length && !links.includes('') ? links : undefined;
	}, query);
	return (await handle.jsonValue()) as string[];
}

const dialogOpen = (page: Page) => page.evaluate(() => document.querySelector<HTMLDialogElement>('site-search dialog')?.open ?? false);

describe('before the reader shows intent', () => {
	it.each([`/${lang}/`, `/${lang}/tiers/${tiers[0]!.id}/`])(
		'%s loads nothing of search, and at most 10 KB gzip of JavaScript',
		async (path) => {
			const page = await phone.newPage();
			const requests = searchRequests(page);
			const scripts: Promise<Buffer>[] = [];
			page.on('response', (res) => {
				if (res.request().resourceType() === 'script') scripts.push(res.body());
			});
			const response = await page.goto(site.url(path), { waitUntil: 'networkidle' });
			// Starlight loaded its search interface when the browser fell idle; give an idle callback time to run.
			await page.waitForTimeout(1000);
			const html = (await response!.text()).replace(/<script\b[^>]*\bsrc=[^>]*>/g, '');
			const inline = [...html.matchAll(/<script\b(?![^>]*type="application\/)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
			const files = await Promise.all(scripts);
			const gzip = [...files, ...inline].reduce((sum, code) => sum + gzipSync(code).length, 0);
			console.log(`JavaScript on ${path}: ${files.length} files and ${inline.length} inline scripts, ${gzip} bytes gzip`);
			expect(requests).toEqual([]);
			expect(gzip).toBeLessThanOrEqual(10 * 1024);
			await page.close();
		},
	);
});

describe('intent', () => {
	it('pointer over the button loads the interface and its styles, not yet the index; opening loads the index', async () => {
		const { page, errors } = await visit(site, `/${lang}/`);
		const requests = searchRequests(page);
		const button = await searchButton(page);
		await page.waitForTimeout(300);
		expect(requests).toEqual([]);
		await button.hover();
		await page.locator('#starlight__search .pagefind-ui__search-input').waitFor({ state: 'attached' });
		expect(requests.some((r) => r.includes('/_astro/pagefind-ui.'))).toBe(true);
		expect(requests.some((r) => r.includes('/_astro/results.'))).toBe(true);
		expect(requests.filter((r) => r.includes('/pagefind/'))).toEqual([]);
		await button.click();
		expect(await dialogOpen(page)).toBe(true);
		await page.keyboard.type(term);
		expect((await results(page, term)).length).toBeGreaterThan(0);
		expect(requests.some((r) => r.endsWith('/pagefind/pagefind.js'))).toBe(true);
		expect(errors).toEqual([]);
		expect(await policyViolations(page)).toEqual([]);
		await page.close();
	});

	it('focus on the button loads the interface, and Enter opens the dialog', async () => {
		const { page } = await visit(site, `/${lang}/`);
		const requests = searchRequests(page);
		const button = await searchButton(page);
		await button.focus();
		await page.locator('#starlight__search .pagefind-ui__search-input').waitFor({ state: 'attached' });
		expect(requests.some((r) => r.includes('/_astro/pagefind-ui.'))).toBe(true);
		await page.keyboard.press('Enter');
		expect(await dialogOpen(page)).toBe(true);
		expect(await page.evaluate(() => document.activeElement?.classList.contains('pagefind-ui__search-input'))).toBe(true);
		await page.close();
	});
});

describe('by keyboard', () => {
	it('Ctrl K opens the dialog at once; what is typed before the interface is there is kept and searched', async () => {
		// A fresh context: earlier search tests in the run may have the interface in the shared context's cache.
		const { page, errors } = await visit(site, `/${lang}/`, { context: await site.newContext() });
		const requests = searchRequests(page);
		// A slow network: the interface arrives only once the reader has typed.
		let release: () => void = () => undefined;
		const held = new Promise<void>((done) => (release = done));
		await page.route(/\/_astro\/pagefind-ui\./, async (route) => {
			await held;
			await route.continue();
		});
		await searchButton(page);
		await page.keyboard.press('Control+k');
		expect(await dialogOpen(page)).toBe(true);
		// The reader types at once, into the field that waits for the interface.
		await page.keyboard.type(term);
		expect(await page.locator('[data-kam-search-waiting]').inputValue()).toBe(term);
		release();
		expect((await results(page, term)).length).toBeGreaterThan(0);
		expect(await page.locator('#starlight__search .pagefind-ui__search-input').inputValue()).toBe(term);
		expect(await page.locator('[data-kam-search-waiting]').count()).toBe(0);
		expect(await page.evaluate(() => document.activeElement?.classList.contains('pagefind-ui__search-input'))).toBe(true);
		expect(requests.some((r) => r.includes('/_astro/pagefind-ui.'))).toBe(true);
		// Ctrl K again closes it, as does Escape after reopening; focus returns to the page.
		await page.keyboard.press('Control+k');
		expect(await dialogOpen(page)).toBe(false);
		await page.keyboard.press('Control+k');
		expect(await dialogOpen(page)).toBe(true);
		await page.keyboard.press('Escape');
		expect(await dialogOpen(page)).toBe(false);
		// The page scrolls again once the dialog's close event, dispatched in a task of its own, has run.
		await expect.poll(() => page.evaluate(() => document.body.hasAttribute('data-search-modal-open'))).toBe(false);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('"/" opens the dialog, but not while the reader types into a field', async () => {
		const { page } = await visit(site, `/${lang}/accounts/`);
		await searchButton(page);
		const field = page.locator('main input[type="text"]:visible').first();
		await field.click();
		await page.keyboard.type('a/b');
		expect(await field.inputValue()).toBe('a/b');
		expect(await dialogOpen(page)).toBe(false);
		await field.blur();
		await page.keyboard.press('/');
		expect(await dialogOpen(page)).toBe(true);
		await page.keyboard.type(term);
		expect((await results(page, term)).length).toBeGreaterThan(0);
		await page.close();
	});

	it('Enter on a result (reached by Tab) opens its page', async () => {
		// The page stays (`stay` answers the navigation with 204): what is tested is that Enter asks for the page of
		// the result that has the focus. Pagefind may still reorder its results while fragments arrive, so the page
		// expected is the one the focused link names when Enter is pressed.
		const { page } = await visit(site, `/${lang}/`, { stay: true });
		await searchButton(page);
		await page.keyboard.press('Control+k');
		await page.keyboard.type(term);
		await results(page, term);
		const link = page.locator('#starlight__search a.pagefind-ui__result-link').first();
		await link.focus();
		const focused = await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.href ?? '');
		expect(focused).toMatch(/^http/);
		const opened = page.waitForRequest((req) => req.isNavigationRequest() && req.url() === focused);
		await page.keyboard.press('Enter');
		await opened;
		await page.close();
	});
});

describe('on a phone', () => {
	it('a tap opens the search; results show; Cancel closes it', async () => {
		const { page, errors } = await visit(site, `/${lang}/`, { context: phone });
		const button = await searchButton(page);
		await button.tap();
		expect(await dialogOpen(page)).toBe(true);
		await page.keyboard.type(term);
		expect((await results(page, term)).length).toBeGreaterThan(0);
		// The dialog fills the screen, and its field is not covered by the Cancel button.
		const [dialog, field, cancel] = await Promise.all(
			['site-search dialog', '#starlight__search .pagefind-ui__search-input', 'button[data-close-modal]'].map((s) =>
				page.locator(s).boundingBox(),
			),
		);
		expect(dialog!.width).toBeGreaterThanOrEqual(410);
		expect(field!.x + field!.width).toBeLessThanOrEqual(cancel!.x);
		await page.locator('button[data-close-modal]').tap();
		expect(await dialogOpen(page)).toBe(false);
		expect(errors).toEqual([]);
		await page.close();
	});
});
