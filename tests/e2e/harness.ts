// Shared set-up for browser tests: serve dist/ on 127.0.0.1, launch Chromium, watch for outside requests.
import { readFileSync, rmSync } from 'node:fs';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { site } from '#src/config/site.ts';
import { startStaticServer, type RunningServer } from '#scripts/static-server.ts';
import { CHROMIUM_ARGS, findChromium, freshProfileDir } from './chromium.ts';

/** The built site, served and opened in a fresh browser profile. */
export interface Site {
	server: RunningServer;
	context: BrowserContext;
	/** Requests the pages tried to make to any host but the local server. */
	foreignRequests: string[];
	/** Absolute local URL for a site path such as '/de/tiers/smart/'. */
	url: (path: string) => string;
	/** Maps a URL as the site writes it (local or under the configured site URL) to a local one, or undefined if external. */
	toLocal: (href: string, from: string) => string | undefined;
	close: () => Promise<void>;
}

/** Starts the server (for `root` built with `base`) and the browser; call `close` in afterAll. */
export async function openSite(options: { root?: string; base?: string; headers?: Record<string, string> } = {}): Promise<Site> {
	const executablePath = findChromium();
	if (!executablePath) throw new Error('No Chromium: install Debian’s chromium or set CHROMIUM_PATH');
	const server = await startStaticServer({ root: options.root ?? 'dist', base: options.base ?? '/', headers: options.headers });
	const profile = freshProfileDir();
	const context = await chromium.launchPersistentContext(profile, { executablePath, args: CHROMIUM_ARGS, headless: true });
	const local = new URL(server.url);
	const foreignRequests: string[] = [];
	await context.route('**/*', (route) => {
		const target = new URL(route.request().url());
		if (target.host === local.host || target.protocol === 'data:' || target.protocol === 'blob:') return route.continue();
		foreignRequests.push(target.href);
		return route.abort();
	});
	const siteOrigin = new URL(site.url).origin;
	return {
		server,
		context,
		foreignRequests,
		url: (path) => new URL(path, local).href,
		toLocal: (href, from) => {
			const resolved = new URL(href, from);
			if (resolved.origin === local.origin) return resolved.href;
			if (resolved.origin === siteOrigin) return new URL(resolved.pathname + resolved.search + resolved.hash, local).href;
			return undefined;
		},
		close: async () => {
			await context.close();
			await server.close();
			rmSync(profile, { recursive: true, force: true });
		},
	};
}

/**
 * Environment for a child `astro build`: the test runner's own Vite variables (BASE_URL, MODE, …)
 * removed, since the build would otherwise take them over.
 */
export function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
	const env = { ...process.env };
	for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID', 'TEST'])
		delete env[key];
	return { ...env, ...extra };
}

/** Every page path (with the base) listed in the built sitemap, plus the root redirect page. */
export function sitemapPaths(root = 'dist', base = '/'): string[] {
	const index = readFileSync(`${root}/sitemap-index.xml`, 'utf8');
	const files = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname.split('/').pop()!);
	const paths = files.flatMap((file) =>
		[...readFileSync(`${root}/${file}`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname),
	);
	return [...new Set([base, ...paths])];
}

const pageCache = new Map<string, Promise<{ status: number; ids: Set<string> }>>();
function loadTarget(url: string) {
	const key = url.split('#')[0]!;
	if (!pageCache.has(key))
		pageCache.set(
			key,
			fetch(key).then(async (res) => {
				const text = await res.text();
				return { status: res.status, ids: new Set([...text.matchAll(/\s(?:id|name)="([^"]+)"/g)].map((m) => m[1]!)) };
			}),
		);
	return pageCache.get(key)!;
}

/** Internal links, #anchors and hreflang alternates on the page at `path` that do not resolve. */
export async function brokenLinks(siteHandle: Site, path: string): Promise<string[]> {
	const { page } = await visit(siteHandle, path, { stay: true });
	const hrefs = await page.evaluate(() =>
		[...document.querySelectorAll<HTMLAnchorElement | HTMLLinkElement>('a[href], link[rel="alternate"][hreflang]')].map((el) =>
			el.getAttribute('href')!,
		),
	);
	const from = page.url();
	await page.close();
	const broken: string[] = [];
	for (const href of hrefs) {
		if (/^(mailto|tel|javascript):/.test(href)) continue;
		const target = siteHandle.toLocal(href, from);
		if (!target) continue;
		const { status, ids } = await loadTarget(target);
		const hash = decodeURIComponent(new URL(target).hash.slice(1));
		if (status !== 200) broken.push(`${href} → HTTP ${status}`);
		else if (hash && hash !== 'top' && !ids.has(hash)) broken.push(`${href} → no element with id "${hash}"`);
	}
	return broken;
}

/**
 * Opens a page and records console errors while it loads. `stay` blocks navigation away from it
 * (the root page redirects at once), so the page itself can be audited.
 */
export async function visit(siteHandle: Site, path: string, options: { dark?: boolean; stay?: boolean } = {}) {
	const page = await siteHandle.context.newPage();
	const target = siteHandle.url(path);
	if (options.stay)
		await page.route('**/*', (route) =>
			// A 204 answer keeps the current document, where an aborted navigation would show an error page.
			route.request().isNavigationRequest() && route.request().url() !== target ? route.fulfill({ status: 204 }) : route.fallback(),
		);
	const errors: string[] = [];
	page.on('console', (msg) => {
		if (msg.type() === 'error') errors.push(msg.text());
	});
	page.on('pageerror', (err) => errors.push(err.message));
	// Sub-resources that failed (the document's own status is returned separately).
	const failedResources: string[] = [];
	page.on('response', (res) => {
		if (res.status() >= 400 && res.request().resourceType() !== 'document') failedResources.push(`${res.status()} ${res.url()}`);
	});
	if (options.dark !== undefined) {
		const theme = options.dark ? 'dark' : 'light';
		await page.emulateMedia({ colorScheme: theme });
		await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
	}
	const response = await page.goto(target, { waitUntil: 'load' });
	return { page, errors, failedResources, status: response?.status() ?? 0 };
}

const axeSource = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');

/** Runs axe-core (all default rules) on the page and returns its violations in a readable form. */
export async function axeViolations(page: Page): Promise<string[]> {
	await page.addScriptTag({ content: axeSource });
	const violations = await page.evaluate(async () => {
		// @ts-expect-error axe is injected above
		const result = await window.axe.run(document, { resultTypes: ['violations'] });
		return (result.violations as { id: string; nodes: { target: string[] }[] }[]).map(
			(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
		);
	});
	return violations;
}

/**
 * Types `term` into the site search on the page at `path` and returns the result pages in order
 * (one URL per result, without the section links nested below it), once the list has settled.
 */
export async function searchPages(siteHandle: Site, path: string, term: string): Promise<{ pages: string[]; errors: string[] }> {
	const { page, errors } = await visit(siteHandle, path);
	const button = page.locator('site-search button[data-open-modal]').first();
	await page.waitForFunction(() => !document.querySelector('site-search button[data-open-modal]')?.hasAttribute('disabled'));
	await button.click();
	const input = page.locator('#starlight__search .pagefind-ui__search-input');
	await input.waitFor();
	await input.fill(term);
	const read = () =>
		page
			.locator('#starlight__search li.pagefind-ui__result')
			.evaluateAll((items) => items.map((li) => li.querySelector('a.pagefind-ui__result-link')?.getAttribute('href') ?? ''));
	let previous = '';
	let pages: string[] = [];
	for (let i = 0; i < 100; i++) {
		pages = await read();
		const now = pages.join('|');
		if (pages.length > 0 && !pages.includes('') && now === previous) break;
		previous = now;
		await page.waitForTimeout(200);
	}
	await page.close();
	return { pages: pages.map((href) => href.split('#')[0]!), errors };
}
