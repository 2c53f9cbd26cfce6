// The programme self-check in a real browser, for any check the content defines: answered by keyboard alone with the
// result announced, the share link (restored, outdated, malformed, hostile), copying and starting again, the print
// view, axe with the result shown in both themes, the page without JavaScript, and the island's JavaScript budget.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES, type Lang } from '#src/config/locales.ts';
import { loadContent } from '#src/content/load.ts';
import { uiText } from '#src/data/ui-text.ts';
import { programmeFormat, programmeHash } from '#src/domain/programme-check/link.ts';
import {
	programmeModel,
	scoreProgramme,
	statementIds,
	type ProgrammeAnswers,
	type ProgrammeResult,
} from '#src/domain/programme-check/scoring.ts';
import { DONT_KNOW } from '#src/lib/rating-scale.ts';
import { axeViolations, openSite, visit, type Site } from './harness.ts';
import { islandScripts } from './island-budget.ts';
import { text } from './islands.ts';

let site: Site;
beforeAll(async () => {
	site = await openSite();
});
afterAll(async () => {
	await site?.close();
});

const items = loadContent().collections.programmeCheck;
const model = programmeModel(items);
const ids = statementIds(model);
const N = ids.length;
const nameOf = (id: string, lang: Lang) => (items.find((i) => i.id === id && 'name' in i) as { name: Record<Lang, string> }).name[lang];
const dontKnow = (lang: Lang) => (items.find((i) => i.kind === 'scale') as { dontKnow: Record<Lang, string> }).dontKnow[lang];
const path = (lang: Lang, hash = '') => `/${lang}/programme-check/${hash}`;

/** Answers that rise and fall across the check, with every block answered in full and some "don't know". */
const mixed = (label = ''): ProgrammeAnswers => ({
	ratings: ids.map((_, i) => (i % 7 === 3 ? DONT_KNOW : 1 + ((i * 5) % model.scaleSize))),
	label,
});
/** The first block known to nobody (all "don't know"), the others rated from the lowest step up. */
const unknownFirst = (): ProgrammeAnswers => {
	const first = model.blocks[0]!.statements.length;
	return { ratings: ids.map((_, i) => (i < first ? DONT_KNOW : 1 + (i % model.scaleSize))), label: '' };
};
/** What the live region says for a complete result. */
const summaryOf = (r: ProgrammeResult, lang: Lang) => {
	const t = uiText(lang);
	return t('kam.programmeCheck.summary.complete', {
		level: nameOf(r.overallLevel!, lang),
		score: r.overall!,
		blocks: r.weakest.map((id) => nameOf(id, lang)).join('; '),
	});
};
const checkedCount = (page: Page) => page.locator('kam-programme-check input[type="radio"]:checked').count();

describe('answering by keyboard alone', () => {
	it('reaches the result, announces it and puts the answers into the link', async () => {
		const { page, errors } = await visit(site, path('en'));
		const focused = () =>
			page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name ?? document.activeElement?.id ?? '');
		let presses = 0;
		while ((await focused()) !== 'label' && presses++ < 150) await page.keyboard.press('Tab');
		expect(await focused()).toBe('label');
		await page.keyboard.type('Sales Europe');
		await page.keyboard.press('Tab');

		// Each statement: Space checks the focused (first) option, arrow keys move to the wanted one – "don't know" is
		// the last – and Tab goes on to the next statement.
		const wanted = mixed('Sales Europe');
		for (const [i, id] of ids.entries()) {
			expect(await focused()).toBe(`s-${id}`);
			const r = wanted.ratings[i]!;
			await page.keyboard.press('Space');
			for (let step = 0; step < (r === DONT_KNOW ? model.scaleSize : r - 1); step++) await page.keyboard.press('ArrowRight');
			await page.keyboard.press('Tab');
		}
		const t = uiText('en');
		expect(await text(page, '[data-kam-progress-text]')).toBe(t('kam.programmeCheck.progress', { answered: N, total: N }));
		expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BUTTON');
		await page.keyboard.press('Enter');

		const result = scoreProgramme(model, wanted);
		expect(result.status).toBe('complete');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('result');
		expect(await page.locator('[data-kam-live]').getAttribute('aria-live')).toBe('polite');
		expect(await page.locator('[data-kam-live]').textContent()).toBe(summaryOf(result, 'en'));
		expect(await text(page, '[data-kam-overall]')).toBe(
			t('kam.programmeCheck.result.overall', { level: nameOf(result.overallLevel!, 'en'), score: result.overall! }),
		);
		expect(await text(page, '[data-kam-programme-label]')).toBe(t('kam.programmeCheck.result.label', { label: 'Sales Europe' }));
		expect(new URL(page.url()).hash).toBe(programmeHash(model, wanted));
		expect(await page.locator('[data-kam-link]').inputValue()).toBe(page.url());
		expect(errors).toEqual([]);
		await page.close();
	});
});

describe('the result', () => {
	it('charts every block, tells the same in its table, and names the weakest blocks in order with their gaps', async () => {
		const answers = mixed();
		const r = scoreProgramme(model, answers);
		const { page } = await visit(site, path('en', programmeHash(model, answers)));
		expect(await checkedCount(page)).toBe(N);
		for (const b of r.blocks) {
			const shown = b.score === null ? '–' : String(b.score);
			expect(await text(page, `[data-kam-score="${b.block}"]`)).toBe(shown);
			expect(await page.locator(`[data-kam-bar-value="${b.block}"]`).textContent()).toBe(shown);
			expect(Number(await page.locator(`[data-kam-bar="${b.block}"]`).getAttribute('width'))).toBeCloseTo((260 * (b.score ?? 0)) / 100);
			expect(await text(page, `[data-kam-unknown="${b.block}"]`)).toBe(String(b.unknown));
		}
		const label = await page.locator('[data-kam-chart] svg').getAttribute('aria-label');
		for (const b of r.blocks) expect(label).toContain(nameOf(b.block, 'en'));

		const weakest = page.locator('[data-kam-weak]:visible');
		expect(await weakest.evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.kamWeak))).toEqual(r.weakest);
		for (const id of r.weakest) {
			const item = page.locator(`[data-kam-weak="${id}"]`);
			const gaps = await item.locator('[data-kam-gap]:visible').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.kamGap));
			expect(gaps).toEqual(r.blocks.find((b) => b.block === id)!.gaps);
			expect(await item.locator('a').count()).toBeGreaterThan(0);
		}
		await page.close();
	});

	it('asks to find out first where nobody knows, and leaves that block out of the weakest', async () => {
		const answers = unknownFirst();
		const r = scoreProgramme(model, answers);
		const first = model.blocks[0]!.id;
		const { page } = await visit(site, path('de', programmeHash(model, answers)));
		expect(r.weakest).not.toContain(first);
		expect(await page.locator('[data-kam-uncertain]').isVisible()).toBe(true);
		expect(await text(page, '[data-kam-uncertain-text]')).toContain(nameOf(first, 'de'));
		expect(await text(page, '[data-kam-uncertain-text]')).toContain(dontKnow('de'));
		expect(await text(page, `[data-kam-score="${first}"]`)).toBe('–');
		expect(await page.locator('[data-kam-live]').textContent()).toBe(summaryOf(r, 'de'));
		await page.close();
	});

	it('shows the remaining statements and no weakest blocks while answers are missing', async () => {
		const answers: ProgrammeAnswers = { ratings: ids.map((_, i) => (i < 2 ? model.scaleSize : null)), label: '' };
		const { page } = await visit(site, path('en', programmeHash(model, answers)));
		expect(await text(page, '[data-kam-remaining]')).toBe(uiText('en')('kam.programmeCheck.result.remaining', { open: N - 2, total: N }));
		expect(await page.locator('[data-kam-when-complete]').isVisible()).toBe(false);
		expect(await page.locator('[data-kam-live]').textContent()).toBe('');
		await page.close();
	});

	it.each([
		['en', false],
		['de', true],
	] as const)('passes axe with the whole result shown (%s, dark theme: %s)', async (lang, dark) => {
		const { page } = await visit(site, path(lang, programmeHash(model, unknownFirst())), { dark });
		expect(await page.locator('[data-kam-when-complete]').isVisible()).toBe(true);
		expect(await axeViolations(page)).toEqual([]);
		await page.close();
	});
});

describe('shared links', () => {
	const { fingerprint } = programmeFormat(model);
	const ratings = '1'.repeat(N);
	it.each([
		['an outdated link (made for other statements)', `#p=v1.${fingerprint === 'zz' ? 'zy' : 'zz'}.${ratings}.`, 'outdatedLink'],
		['a link from a later format', `#p=v9.${fingerprint}.${ratings}.`, 'outdatedLink'],
		['a link with too few answers', `#p=v1.${fingerprint}.${ratings.slice(1)}.`, 'invalidLink'],
		['a link with a broken label', `#p=v1.${fingerprint}.${ratings}.%E0%A4%A`, 'invalidLink'],
		['an oversized link', `#p=v1.${fingerprint}.${ratings}.${'x'.repeat(3000)}`, 'invalidLink'],
	] as const)('%s shows its notice and an empty form', async (_what, hash, notice) => {
		const { page, errors } = await visit(site, path('en', hash));
		const shown = page.locator('[data-kam-notice]');
		expect(await shown.isVisible()).toBe(true);
		expect(await shown.getAttribute('role')).toBe('alert');
		expect(await shown.textContent()).toBe(uiText('en')(`kam.programmeCheck.${notice}`));
		expect(await checkedCount(page)).toBe(0);
		expect(new URL(page.url()).hash).toBe('');
		expect(errors).toEqual([]);
		// The first answer takes the notice away.
		await page.locator('kam-programme-check input[type="radio"]').first().check();
		expect(await shown.isVisible()).toBe(false);
		await page.close();
	});

	it('renders a label containing markup as text only, even with the policy switched off', async () => {
		const open = await site.newContext({ bypassCSP: true });
		const label = '<img src=x onerror="document.title=1">';
		const { page } = await visit(site, path('en', programmeHash(model, mixed(label))), { context: open });
		expect(await text(page, '[data-kam-programme-label]')).toBe(uiText('en')('kam.programmeCheck.result.label', { label }));
		expect(await page.locator('[data-kam-programme-label] img').count()).toBe(0);
		expect(await page.title()).not.toBe('1');
		await page.close();
	});

	it('copies the link, and "start again" empties form and link and goes back to the top of the form', async () => {
		const context = await site.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
		const hash = programmeHash(model, mixed('Division North'));
		const { page } = await visit(site, path('en', hash), { context });
		const t = uiText('en');
		await page.getByRole('button', { name: t('kam.programmeCheck.copy') }).click();
		// The status follows the clipboard's promise, after the click has returned.
		await expect.poll(() => text(page, '[data-kam-action-status]')).toBe(t('kam.programmeCheck.copied'));
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
		expect(new URL(page.url()).hash).toBe(hash);

		await page.getByRole('button', { name: t('kam.programmeCheck.reset') }).click();
		expect(await checkedCount(page)).toBe(0);
		expect(await page.locator('#kam-pc-label').inputValue()).toBe('');
		expect(new URL(page.url()).hash).toBe('');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('kam-pc-label');
		expect(await page.locator('[data-kam-live]').textContent()).toBe(t('kam.programmeCheck.cleared'));
		await page.close();
	});
});

describe('print view', () => {
	it('keeps the chosen answers and the whole result, with the link written out, and drops the controls', async () => {
		const { page } = await visit(site, path('en', programmeHash(model, mixed('Sales Europe'))));
		await page.emulateMedia({ media: 'print' });
		const checked = page.locator('kam-programme-check .kam-q__choices label:has(input:checked)');
		expect(await checked.first().isVisible()).toBe(true);
		expect(await page.locator('kam-programme-check .kam-q__choices label:not(:has(input:checked))').first().isVisible()).toBe(false);
		for (const selector of [
			'[data-kam-overall]',
			'[data-kam-chart]',
			'[data-kam-score]',
			'[data-kam-weak]:not([hidden])',
			'[data-kam-print-link]',
		])
			expect(await page.locator(selector).first().isVisible(), selector).toBe(true);
		expect(await text(page, '[data-kam-print-link]')).toBe(uiText('en')('kam.programmeCheck.printLink', { link: page.url() }));
		for (const selector of ['.kam-programme-check__actions', '.kam-progress', '[data-kam-weak] .kam-print-hidden a'])
			expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
		await page.emulateMedia({ media: 'screen' });
		expect(await page.locator('[data-kam-print-link]').isVisible()).toBe(false);
		await page.close();
	});

	it('opens the browser’s print dialog from the print button', async () => {
		const { page } = await visit(site, path('en', programmeHash(model, mixed())));
		await page.evaluate(() => {
			(window as unknown as { printed: number }).printed = 0;
			window.print = () => void (window as unknown as { printed: number }).printed++;
		});
		await page.getByRole('button', { name: uiText('en')('kam.programmeCheck.print') }).click();
		expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
		await page.close();
	});
});

describe('without JavaScript', () => {
	it('shows every statement with its choices and a notice that the result needs JavaScript', async () => {
		const context = await site.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(site.url(path('de')));
		expect(await page.locator('[data-kam-nojs]').isVisible()).toBe(true);
		expect(await page.locator('kam-programme-check fieldset').count()).toBe(N);
		expect(await page.locator('kam-programme-check fieldset').first().locator('input').count()).toBe(model.scaleSize + 1);
		expect(await page.locator('[data-kam-result]').isVisible()).toBe(false);
		await page.close();
	});
});

describe('JavaScript budget', () => {
	it('ships at most 10 KB (gzip) of JavaScript for the island', () => {
		for (const lang of LANGUAGES) {
			const island = islandScripts(`${lang}/programme-check`, `${lang}/glossary`);
			expect(island.files.length).toBeGreaterThan(0);
			console.log(`programme check island (${lang}): ${island.files.join(', ')} – ${island.raw} bytes, ${island.gzip} bytes gzip`);
			expect(island.gzip).toBeLessThanOrEqual(10 * 1024);
		}
	});
});
