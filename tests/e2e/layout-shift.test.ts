// No layout shift: every measured page type, loaded on a phone-sized screen, settles without moving.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type Site } from './harness.ts';

let site: Site;
beforeAll(async () => {
	site = await openSite();
});
afterAll(async () => {
	await site?.close();
});

const PAGES = ['/', '/tiers/strategic/', '/comparison/', '/matrix/', '/services/', '/departments/sales-operations/', '/assessment/'];

describe('layout shift', () => {
	for (const lang of ['de', 'en'])
		it(`is zero on the measured page types (${lang})`, async () => {
			const shifts: Record<string, number> = {};
			for (const path of PAGES) {
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
				await page.goto(site.url(`/${lang}${path}`), { waitUntil: 'load' });
				// Module scripts (the islands) have run by the load event; give them a moment to change the page.
				await page.waitForTimeout(500);
				shifts[path] = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
				await page.close();
			}
			expect(Object.entries(shifts).filter(([, cls]) => cls > 0.001)).toEqual([]);
		});
});
