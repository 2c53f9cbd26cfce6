// No layout shift: every measured page type, loaded on a phone-sized screen, settles without moving.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '#src/config/locales.ts';
import { realContent } from '#tests/fixtures/real-content.ts';
import { openSite, type Site } from './harness.ts';

let site: Site;
beforeAll(async () => {
	site = await openSite();
});
afterAll(async () => {
	await site?.close();
});

const { tiers, departments } = realContent();
const PAGES = [
	'/',
	`/tiers/${tiers[0]!.id}/`,
	'/comparison/',
	'/matrix/',
	'/services/',
	`/departments/${departments[0]!.id}/`,
	'/assessment/',
	'/programme-check/',
];

describe('layout shift', () => {
	it.each(LANGUAGES.flatMap((lang) => PAGES.map((path) => `/${lang}${path}`)))('is zero on %s', async (path) => {
		const page = await site.context.newPage();
		await page.setViewportSize({ width: 412, height: 823 });
		await page.addInitScript(() => {
			const w = window as unknown as { __cls: number };
			w.__cls = 0;
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
					if (!entry.hadRecentInput) w.__cls += entry.value;
			}).observe({ type: 'layout-shift', buffered: true });
		});
		await page.goto(site.url(path), { waitUntil: 'load' });
		// Module scripts (the islands) have run by the load event; give them a moment to change the page.
		await page.waitForTimeout(500);
		const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
		await page.close();
		expect(cls).toBeLessThanOrEqual(0.001);
	});
});
