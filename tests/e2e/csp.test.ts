// The site passes the Content-Security-Policy the deployment guide recommends (npm run csp). The run's server sends
// that policy with every response, and pages.test.ts fails any page on a single violation; here: the policy itself,
// and search (scripts, WebAssembly, the index) under it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '#scripts/csp.ts';
import { realContent } from '#tests/fixtures/real-content.ts';
import { openSite, searchPages, type Site } from './harness.ts';

let site: Site;
const policy = contentSecurityPolicy('dist');

beforeAll(async () => {
	site = await openSite();
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

	it('is the policy the server sends with every page', async () => {
		const response = await fetch(site.url('/en/'));
		expect(response.headers.get('content-security-policy')).toBe(policy);
	});

	it('keeps search working (scripts, WebAssembly and the index load)', async () => {
		// Any tier's name is on its page, whatever the company calls its tiers.
		const { pages, errors, violations } = await searchPages(site, '/en/', realContent().tiers[0]!.name.en);
		expect(pages.length).toBeGreaterThan(0);
		expect(errors).toEqual([]);
		expect(violations).toEqual([]);
	});
});
