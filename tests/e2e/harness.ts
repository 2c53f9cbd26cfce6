// Shared set-up for browser tests: a context on the run's one Chromium against the run's one server (see
// global-setup.ts), foreign requests blocked and recorded, policy violations recorded, and the page helpers.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Download, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { site } from '#src/config/site.ts';

/** The built site, served by the run's server and opened in a browser context of this test file. */
export interface Site {
	browser: Browser;
	context: BrowserContext;
	/** Requests the pages tried to make to any host but the local server. */
	foreignRequests: string[];
	/** Absolute local URL for a site path such as '/de/tiers/smart/'. */
	url: (path: string) => string;
	/** Maps a URL as the site writes it (local or under the configured site URL) to a local one, or undefined if external. */
	toLocal: (href: string, from: string) => string | undefined;
	/** A further context on the same browser (JavaScript off, a phone, …), guarded like the main one and closed with it. */
	newContext: (options?: BrowserContextOptions) => Promise<BrowserContext>;
	close: () => Promise<void>;
}

/** What the violation recorder below keeps on `window`. */
interface ViolationLog {
	kamViolations?: string[];
}

/**
 * Connects to the run's browser and opens a context for `serverUrl` (default: the run's server for dist/);
 * call `close` in afterAll. Only the context is closed then: browser and server belong to the whole run.
 */
export async function openSite(options: { serverUrl?: string } = {}): Promise<Site> {
	const browser = await chromium.connect(inject('kamBrowserEndpoint'));
	const local = new URL(options.serverUrl ?? inject('kamSiteUrl'));
	const foreignRequests: string[] = [];
	const notLocal = new RegExp(`^(?!(?:${local.origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/|data:|blob:))`);
	const contexts: BrowserContext[] = [];
	const newContext = async (contextOptions: BrowserContextOptions = {}) => {
		const context = await browser.newContext(contextOptions);
		contexts.push(context);
		// A pattern rather than a function, so that Playwright lets the site's own requests through without asking
		// this process about each one; only requests to other hosts come here.
		await context.route(notLocal, (route) => {
			foreignRequests.push(route.request().url());
			return route.abort();
		});
		// Record violations of the Content-Security-Policy (sent by the server) from the very start of each page load.
		await context.addInitScript(() => {
			const seen: string[] = [];
			(window as ViolationLog).kamViolations = seen;
			document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
		});
		return context;
	};
	const context = await newContext();
	return {
		browser,
		context,
		foreignRequests,
		url: (path) => new URL(path, local).href,
		toLocal: localLinks(local.origin),
		newContext,
		close: async () => {
			for (const c of contexts) await c.close();
			// For a connected browser this only disconnects; the run's teardown closes the browser itself.
			await browser.close();
		},
	};
}

/**
 * Maps a URL as the site writes it (relative, local, or under the configured site URL) to one on `localOrigin`,
 * or undefined when it leads elsewhere.
 */
export function localLinks(localOrigin: string): (href: string, from: string) => string | undefined {
	const siteOrigin = new URL(site.url).origin;
	return (href, from) => {
		const resolved = new URL(href, from);
		if (resolved.origin === localOrigin) return resolved.href;
		if (resolved.origin === siteOrigin) return new URL(resolved.pathname + resolved.search + resolved.hash, localOrigin).href;
		return undefined;
	};
}

/** Policy violations the page has reported so far (see the recorder in `openSite`). */
export function policyViolations(page: Page): Promise<string[]> {
	return page.evaluate(() => (window as ViolationLog).kamViolations ?? []);
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

/** Runs `astro build --outDir outDir` with `env` added; resolves with its output, rejects with it if the build failed. */
export function astroBuild(outDir: string, env: Record<string, string> = {}): Promise<string> {
	return new Promise((done, fail) => {
		const child = spawn(join('node_modules', '.bin', 'astro'), ['build', '--outDir', outDir], {
			env: buildEnv({ NODE_ENV: 'production', ...env }),
		});
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('error', fail);
		child.on('close', (code) =>
			code === 0 ? done(output) : fail(new Error(`astro build into ${outDir} failed (exit ${code}):\n${output}`)),
		);
	});
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

/** Every file of a build, relative to its folder with '/' between parts ('de/tiers/smart/index.html'), sorted. */
export function builtFileNames(root: string): string[] {
	return readdirSync(root, { recursive: true, encoding: 'utf8' })
		.filter((file) => statSync(join(root, file)).isFile())
		.map((file) => file.split(sep).join('/'))
		.sort();
}

/** Every HTML file of a build, as `builtFileNames` names them. */
export function htmlFiles(root: string): string[] {
	return builtFileNames(root).filter((file) => file.endsWith('.html'));
}

/** What a site path leads to in a build: whether a file answers it, and the ids (and names) an HTML file defines. */
export interface BuiltTarget {
	found: boolean;
	ids: Set<string>;
}

/**
 * Resolves site paths against the built files of `root` (published under `base`) as the static server does:
 * a folder answers with its index.html. Cached, so each file is read once however many pages link to it.
 */
export function builtFiles(root = 'dist', base = '/'): (pathname: string) => BuiltTarget {
	const cache = new Map<string, BuiltTarget>();
	const fileFor = (pathname: string): string | undefined => {
		if (!pathname.startsWith(base) && `${pathname}/` !== base) return undefined;
		let relative: string;
		try {
			relative = decodeURIComponent(pathname.slice(base.length));
		} catch {
			return undefined;
		}
		if (relative.split('/').includes('..')) return undefined;
		const full = join(root, relative);
		try {
			if (statSync(full).isFile()) return full;
			const index = join(full, 'index.html');
			return statSync(index).isFile() ? index : undefined;
		} catch {
			return undefined;
		}
	};
	return (pathname) => {
		let target = cache.get(pathname);
		if (!target) {
			const file = fileFor(pathname);
			const text = file?.endsWith('.html') ? readFileSync(file, 'utf8') : '';
			target = { found: !!file, ids: new Set([...text.matchAll(/\s(?:id|name)="([^"]+)"/g)].map((m) => m[1]!)) };
			cache.set(pathname, target);
		}
		return target;
	};
}

/**
 * The links among `hrefs` (written on the page at `from`) that do not resolve: internal targets with no built file,
 * and #anchors with no element of that id. `toLocal` maps an href to a local URL, or undefined when it is external.
 */
export function unresolved(
	hrefs: string[],
	from: string,
	toLocal: (href: string, from: string) => string | undefined,
	resolve: (pathname: string) => BuiltTarget,
): string[] {
	const broken: string[] = [];
	for (const href of hrefs) {
		if (/^(mailto|tel|javascript):/.test(href)) continue;
		const local = toLocal(href, from);
		if (!local) continue;
		const target = new URL(local);
		const { found, ids } = resolve(target.pathname);
		const hash = decodeURIComponent(target.hash.slice(1));
		if (!found) broken.push(`${href} → no page or file`);
		else if (hash && hash !== 'top' && !ids.has(hash)) broken.push(`${href} → no element with id "${hash}"`);
	}
	return broken;
}

/** The link targets a user or a search engine follows on the open page: every a[href] and every hreflang alternate. */
export function pageHrefs(page: Page): Promise<string[]> {
	return page.evaluate(() =>
		[...document.querySelectorAll<HTMLAnchorElement | HTMLLinkElement>('a[href], link[rel="alternate"][hreflang]')].map((el) =>
			el.getAttribute('href')!,
		),
	);
}

/**
 * Opens a page (in `context`, default the site's own) and records console errors, failed sub-resources and requests
 * to other hosts while it loads. `dark` chooses the theme as a user would; `stay` blocks navigation away from the page
 * (the root page redirects at once), so the page itself can be audited.
 */
export async function visit(siteHandle: Site, path: string, options: { dark?: boolean; stay?: boolean; context?: BrowserContext } = {}) {
	const page = await (options.context ?? siteHandle.context).newPage();
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
	// This page's requests to other hosts (the context blocks them); kept per page, so pages may load side by side.
	const local = new URL(target);
	const foreignRequests: string[] = [];
	page.on('request', (req) => {
		const url = new URL(req.url());
		if (url.host !== local.host && url.protocol !== 'data:' && url.protocol !== 'blob:') foreignRequests.push(url.href);
	});
	if (options.dark !== undefined) {
		const theme = options.dark ? 'dark' : 'light';
		await page.emulateMedia({ colorScheme: theme });
		await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
	}
	const response = await page.goto(target, { waitUntil: 'load' });
	return { page, errors, failedResources, foreignRequests, status: response?.status() ?? 0 };
}

const axeSource = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');

/** Runs axe-core (all default rules) on the page and returns its violations in a readable form. */
export async function axeViolations(page: Page): Promise<string[]> {
	// Evaluated through the DevTools protocol, not added as an inline <script>: the site's policy rightly refuses
	// unhashed inline scripts, and the page is audited under that policy.
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
	const violations = await page.evaluate(async () => {
		// @ts-expect-error axe is injected above
		const result = await window.axe.run(document, { resultTypes: ['violations'] });
		return (result.violations as { id: string; nodes: { target: string[] }[] }[]).map(
			(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
		);
	});
	return violations;
}

/** The bytes of a finished download (the browser runs in another process, so there is no local path to read). */
export async function downloadBytes(download: Download): Promise<Buffer> {
	const chunks: Buffer[] = [];
	for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks);
}

/**
 * Types `term` into the site search on the page at `path` and returns the result pages in order
 * (one URL per result, without the section links nested below it), once the list has settled, with the console
 * errors and policy violations on the way.
 */
export async function searchPages(
	siteHandle: Site,
	path: string,
	term: string,
): Promise<{ pages: string[]; errors: string[]; violations: string[] }> {
	const { page, errors } = await visit(siteHandle, path);
	const button = page.locator('site-search button[data-open-modal]').first();
	await page.waitForFunction(() => !document.querySelector('site-search button[data-open-modal]')?.hasAttribute('disabled'));
	await button.click();
	const input = page.locator('#starlight__search .pagefind-ui__search-input');
	await input.waitFor();
	await input.fill(term);
	// Settled: the message names this term (so the list is this query's), the list is shown (Pagefind leaves it out
	// while it is still searching) and every result in it has loaded its link.
	const handle = await page.waitForFunction((query) => {
		const message = document.querySelector('#starlight__search .pagefind-ui__message')?.textContent ?? '';
		if (!message.includes(query) || !document.querySelector('#starlight__search ol.pagefind-ui__results')) return undefined;
		const links = [...document.querySelectorAll('#starlight__search li.pagefind-ui__result')].map(
			(li) => li.querySelector('a.pagefind-ui__result-link')?.getAttribute('href') ?? '',
		);
		return links.includes('') ? undefined : links;
	}, term);
	const pages = (await handle.jsonValue()) as string[];
	const violations = await policyViolations(page);
	await page.close();
	return { pages: pages.map((href) => href.split('#')[0]!), errors, violations };
}

/**
 * Runs `work` over `items` in their order with up to `ahead` of them under way at once, and returns a getter for one
 * item's result. Asking for item i starts it and the next `ahead - 1`; a test case waits only for its own item, which
 * started at most `ahead - 1` items earlier, so a slow machine stretches each case a little but starves none.
 */
export function inTurn<T, R>(items: readonly T[], work: (item: T) => Promise<R>, ahead: number): (item: T) => Promise<R> {
	const started = new Map<T, Promise<R>>();
	return (item) => {
		const at = items.indexOf(item);
		for (const next of items.slice(at, at + ahead))
			if (!started.has(next)) {
				const running = work(next);
				// A failure is reported by the case that asks for it, not as an unhandled rejection before then.
				running.catch(() => undefined);
				started.set(next, running);
			}
		return started.get(item)!;
	};
}
