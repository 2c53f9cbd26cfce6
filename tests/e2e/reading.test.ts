// The reading experience around the content: header and phone menu, owner and review date on every page,
// onboarding ticks that survive a reload. (Language choice at `/` is in site.test.ts.)
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '#src/config/locales.ts';
import { site as siteConfig } from '#src/config/site.ts';
import { scopedTitles } from '#src/domain/roles.ts';
import { realContent } from '#tests/fixtures/real-content.ts';
import { htmlFiles, openSite, sitemapPaths, visit, type Site } from './harness.ts';

let site: Site;
beforeAll(async () => {
	site = await openSite();
});
afterAll(async () => {
	await site?.close();
});

/** Elements among `selector` whose text is wider than their box (cut off or ellipsed). */
const clipped = (page: import('playwright-core').Page, selector: string) =>
	page.$$eval(selector, (els) =>
		els.filter((el) => el.getClientRects().length > 0 && el.scrollWidth > el.clientWidth + 1).map((el) => el.textContent?.trim() ?? ''),
	);

describe('header', () => {
	it.each(LANGUAGES)('shows the theme and language menus in full at 1366 × 900 (%s)', async (lang) => {
		const context = await site.newContext({ viewport: { width: 1366, height: 900 } });
		const { page } = await visit(site, `/${lang}/tiers/${realContent().tiers[0]!.id}/`, { context });
		const widths = await page.$$eval('header starlight-theme-select select, header starlight-lang-select select', (selects) =>
			(selects as HTMLSelectElement[]).map((s) => {
				const probe = document.createElement('span');
				probe.style.cssText = `font:${getComputedStyle(s).font};position:absolute;white-space:nowrap`;
				probe.textContent = s.selectedOptions[0]?.textContent ?? '';
				document.body.append(probe);
				const text = probe.getBoundingClientRect().width;
				probe.remove();
				const style = getComputedStyle(s);
				return { text, room: s.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) };
			}),
		);
		expect(widths).toHaveLength(2);
		for (const { text, room } of widths) expect(text).toBeLessThanOrEqual(room + 0.5);
		await page.close();
	});

	it.each(LANGUAGES)('shows a title that is not cut off on a 360 px phone (%s)', async (lang) => {
		const context = await site.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
		const { page } = await visit(site, `/${lang}/`, { context });
		const title = page.locator('.kam-site-title span:visible');
		await expect.poll(() => title.count()).toBe(1);
		expect(await title.textContent()).toBe(siteConfig.shortTitle[lang]);
		expect(await clipped(page, '.kam-site-title span')).toEqual([]);
		await page.close();
	});

	it('offers theme and language within the first screen of the phone menu', async () => {
		const context = await site.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
		const { page } = await visit(site, `/en/tiers/${realContent().tiers[0]!.id}/`, { context });
		await page.locator('button.sl-menu-button').click();
		const language = page.locator('#starlight__sidebar starlight-lang-select select');
		await expect.poll(() => language.isVisible()).toBe(true);
		const box = (await language.boundingBox())!;
		expect(box.y + box.height).toBeLessThan(844);
		// And it comes first in keyboard order too, not only on screen.
		const order = await page.$$eval('#starlight__sidebar select, #starlight__sidebar a[href]', (els) => els.map((el) => el.tagName));
		expect(order.slice(0, 2)).toEqual(['SELECT', 'SELECT']);
		await page.close();
	});
});

describe('governance on every page', () => {
	const pages = sitemapPaths().filter((path) => path !== '/');
	it(`shows an owner, a review date and "Suggest a change" on all ${pages.length} pages`, () => {
		const missing = pages.filter((path) => {
			const html = readFileSync(`dist${path}index.html`, 'utf8');
			const line = html.match(/<p class="kam-governance"[^>]*>([\s\S]*?)<\/p>/)?.[1] ?? '';
			return (
				!/<time datetime="\d{4}-\d{2}-\d{2}"/.test(line) ||
				!/<a href="mailto:|<a href="https?:/.test(line) ||
				line.split('<span').length < 4
			);
		});
		expect(missing).toEqual([]);
	});
});

describe('onboarding', () => {
	it.each(LANGUAGES)('remembers ticks across a reload and clears them on request (%s)', async (lang) => {
		const context = await site.newContext();
		const { page } = await visit(site, `/${lang}/onboarding/`, { context });
		const week = (n: number) => page.locator('kam-checklist').nth(n).locator('input[type="checkbox"]');
		await week(0).nth(0).check();
		await week(1).nth(1).check();
		await page.reload();
		await expect.poll(() => week(1).nth(1).isChecked()).toBe(true);
		expect(await week(0).nth(0).isChecked()).toBe(true);
		expect(await week(0).nth(1).isChecked()).toBe(false);
		// The first week's clear button, by keyboard: only that week starts afresh.
		const clear = page.locator('.kam-checklist__clear').first();
		await clear.focus();
		await page.keyboard.press('Enter');
		expect(await week(0).nth(0).isChecked()).toBe(false);
		await page.reload();
		await expect.poll(() => week(1).nth(1).isChecked()).toBe(true);
		expect(await week(0).nth(0).isChecked()).toBe(false);
		await page.close();
	});

	it('keeps working, without remembering, where storage is blocked', async () => {
		const context = await site.newContext();
		await context.addInitScript(() => {
			Object.defineProperty(window, 'localStorage', {
				get() {
					throw new DOMException('blocked', 'SecurityError');
				},
			});
		});
		const { page } = await visit(site, '/en/onboarding/', { context });
		const box = page.locator('kam-checklist input[type="checkbox"]').first();
		await box.check();
		await page.locator('.kam-checklist__clear').first().click();
		expect(await box.isChecked()).toBe(false);
		await page.close();
	});

	it.each(LANGUAGES)('links each tier to its role profile (%s)', (lang) => {
		const html = readFileSync(`dist/${lang}/onboarding/index.html`, 'utf8');
		const { roles } = realContent();
		for (const role of roles.filter((r) => r.tier)) expect(html).toContain(`href="/${lang}/roles/${role.id}/"`);
	});
});

describe('contact diagrams', () => {
	const tiers = realContent().tiers;
	it.each(LANGUAGES)('name the contact model once in the caption (%s)', (lang) => {
		// The caption is "<model>. <summary>": a summary that opens with the model's name again reads "Diamond model. Diamond model: …".
		const words = (text: string) => text.toLowerCase().match(/\p{L}+/gu) ?? [];
		for (const tier of tiers) {
			const html = readFileSync(`dist/${lang}/tiers/${tier.id}/index.html`, 'utf8');
			const caption = /<figcaption>([\s\S]*?)<\/figcaption>/.exec(html.slice(html.indexOf('class="kam-contact"')))?.[1] ?? '';
			const name = words(/<strong>([\s\S]*?)<\/strong>/.exec(caption)?.[1] ?? '');
			const summary = words(caption.replace(/<strong>[\s\S]*?<\/strong>/, '').replace(/<[^>]+>/g, ' '));
			expect(name.length, `${tier.id}: the caption names the model`).toBeGreaterThan(0);
			expect(summary.length, `${tier.id}: the caption has a summary`).toBeGreaterThan(0);
			const repeated = name.filter((word) => word.length > 3 && summary.slice(0, name.length + 1).includes(word));
			expect(repeated, `${tier.id}: the summary opens with the model's name again`).toEqual([]);
		}
	});
	const cases = LANGUAGES.flatMap((lang) =>
		[
			{ width: 1366, height: 900 },
			{ width: 390, height: 844 },
			{ width: 700, height: 900 },
		].map((viewport) => [lang, viewport] as const),
	);
	it.each(cases)('fit every label in its box, at 12 px or more on a phone (%s, %o)', async (lang, viewport) => {
		const context = await site.newContext({ viewport, isMobile: viewport.width < 500 });
		const page = await context.newPage();
		for (const tier of tiers) {
			await page.goto(site.url(`/${lang}/tiers/${tier.id}/`));
			const found = await page.$$eval('svg.kam-contact__svg', (svgs: SVGSVGElement[]) =>
				svgs
					.filter((svg) => svg.getClientRects().length > 0)
					.map((svg) => {
						const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
						const overflowing = [...svg.querySelectorAll('g.kam-contact__node')].flatMap((node) => {
							const rect = node.querySelector('rect')!.getBBox();
							const text = node.querySelector('text')!;
							const box = text.getBBox();
							const fits =
								box.x >= rect.x &&
								box.x + box.width <= rect.x + rect.width &&
								box.y >= rect.y &&
								box.y + box.height <= rect.y + rect.height;
							return fits ? [] : [text.textContent ?? ''];
						});
						const fontSize = parseFloat(getComputedStyle(svg.querySelector('text')!).fontSize) * scale;
						const labels = [...svg.querySelectorAll('g.kam-contact__node text')].map((text) => text.textContent ?? '');
						return { overflowing, fontSize, labels };
					}),
			);
			expect(found).toHaveLength(1);
			expect(found[0]!.overflowing, `${tier.id}`).toEqual([]);
			// Every label in full (lines joined; a word broken over two lines carries a hyphen).
			const bare = (label: string) => label.replace(/[\s-]/g, '');
			const labels = [...tier.contactModel.supplierSide, ...tier.contactModel.customerSide].map((label) => bare(label[lang]));
			expect(found[0]!.labels.map(bare)).toEqual(labels);
			if (viewport.width < 500) expect(found[0]!.fontSize).toBeGreaterThanOrEqual(12);
		}
		await page.close();
	});
});

describe('glossary links', () => {
	// A link inside a role title ("Global" + a linked "Key Account Manager") reads as two things.
	it.each(LANGUAGES)('never split a role title on any page (%s)', (lang) => {
		const { roles, geographies } = realContent();
		const titles = roles.flatMap((role) => [
			role.title[lang],
			...(role.tier ? scopedTitles(role.title, geographies, lang).map((t) => t.title) : []),
		]);
		const plain = (html: string) => html.replace(/<[^>]*>/g, '');
		const splits: string[] = [];
		for (const file of htmlFiles(`dist/${lang}`)) {
			const html = readFileSync(`dist/${lang}/${file}`, 'utf8');
			for (const link of html.matchAll(/<a [^>]*class="kam-term-link"[^>]*>([^<]*)<\/a>/g)) {
				const before = plain(html.slice(Math.max(0, link.index - 80), link.index));
				const after = plain(html.slice(link.index + link[0].length, link.index + link[0].length + 80));
				const around = before + link[1]! + after;
				const [start, end] = [before.length, before.length + link[1]!.length];
				for (const title of titles)
					for (let at = around.indexOf(title); at >= 0; at = around.indexOf(title, at + 1)) {
						const overlaps = at < end && at + title.length > start;
						const within = at >= start && at + title.length <= end;
						if (overlaps && !within) splits.push(`${file}: "${link[1]}" in "${title}"`);
					}
			}
		}
		expect(splits).toEqual([]);
	});
});
