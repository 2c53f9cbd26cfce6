// The site passes the Content-Security-Policy the deployment guide recommends (npm run csp).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '#scripts/csp.ts';
import { openSite, searchPages, sitemapPaths, visit, type Site } from './harness.ts';

let site: Site;
const policy = contentSecurityPolicy('dist');
const paths = sitemapPaths();

beforeAll(async () => {
	site = await openSite({ headers: { 'content-security-policy': policy } });
	// Record violations from the very start of each page load.
	await site.context.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { kamViolations: string[] }).kamViolations = seen;
		document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
	});
});
afterAll(async () => {
	await site?.close();
});

describe('Content-Security-Policy', () => {
	it('allows nothing from other hosts and no unhashed inline script', () => {
		expect(policy).toContain("default-src 'self'");
		expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
		expect(policy).not.toMatch(/https?:/);
	});

	it.each(paths)('%s runs without a single policy violation', async (path) => {
		const { page, errors } = await visit(site, path);
		await page.waitForLoadState('networkidle');
		const violations = await page.evaluate(() => (window as unknown as { kamViolations: string[] }).kamViolations);
		await page.close();
		expect(errors).toEqual([]);
		expect(violations).toEqual([]);
	});

	it('keeps search working (scripts, WebAssembly and the index load)', async () => {
		const { pages, errors } = await searchPages(site, '/en/', 'tender');
		expect(pages.length).toBeGreaterThan(0);
		expect(errors).toEqual([]);
	});
});
