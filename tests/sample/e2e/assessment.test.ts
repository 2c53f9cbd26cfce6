// The self-assessment with the shipped sample (run only while content/ is the sample): three of the account
// descriptions answered by keyboard alone, every fixture account's result in the browser in both languages, the result
// and its flags in view on a laptop and a phone, and the results in words – announced, accessible and charted.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '#src/config/locales.ts';
import { uiText } from '#src/data/ui-text.ts';
import { answersHash } from '#src/domain/assessment/link.ts';
import { scoreAssessment, type Answers } from '#src/domain/assessment/scoring.ts';
import {
	accountFixtures,
	answersOf as fixtureAnswers,
	tierExampleFixtures,
	type AccountFixture,
} from '#tests/fixtures/assessment-accounts.ts';
import { loadRealAssessment, realContent } from '#tests/fixtures/real-content.ts';
import { inViewport, VIEWPORTS } from '#tests/e2e/assessment-view.ts';
import { axeViolations, openSite, visit, type Site } from '#tests/e2e/harness.ts';

let site: Site;
beforeAll(async () => {
	site = await openSite();
});
afterAll(async () => {
	await site?.close();
});

const { model } = loadRealAssessment();
const table = [...accountFixtures, ...tierExampleFixtures(realContent().tiers)];
const fixture = (name: string) => table.find((f) => f.name === name)!;
const answersOf = (f: AccountFixture, name = ''): Answers => fixtureAnswers(model, f, name);
const text = (page: Page, selector: string) => page.locator(selector).first().innerText();
const checkedCount = (page: Page) => page.locator('kam-assessment input[type="radio"]:checked').count();
const focused = (page: Page) =>
	page.evaluate(() => {
		const el = document.activeElement as HTMLInputElement | null;
		return el ? `${el.tagName.toLowerCase()}:${el.name ?? ''}:${el.value ?? ''}` : '';
	});

/**
 * Answers a fixture by keyboard alone, from the top of the page: Tab to the first check, then in each group Space
 * checks the focused (first) answer, arrow keys move to the wanted one, and Tab goes on to the next group.
 */
async function answerByKeyboard(page: Page, f: AccountFixture, name: string) {
	let presses = 0;
	while (!(await focused(page)).startsWith(`input:g-${model.gates[0]!.id}`) && presses++ < 100) await page.keyboard.press('Tab');
	const choose = async (steps: number) => {
		await page.keyboard.press('Space');
		for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowRight');
		await page.keyboard.press('Tab');
	};
	const a = answersOf(f);
	// Yes, No, then the investment answer where the check offers it.
	for (const gate of a.gates) await choose(gate === true ? 0 : gate === false ? 1 : 2);
	// The scale's steps, lowest first, then "don't know / does not apply" (0) last.
	for (const rating of a.ratings) await choose(rating === 0 ? model.scaleSize : rating! - 1);
	await choose(model.scopes.indexOf(f.scope));
	// "None" first, then the bands.
	await choose(f.revenue);
	expect(await focused(page)).toBe('input:name:');
	await page.keyboard.type(name);
	await page.keyboard.press('Tab');
	expect(await focused(page)).toMatch(/^button:/);
	await page.keyboard.press('Enter');
}

describe('answering by keyboard alone', () => {
	const t = uiText('en');
	it.each([
		['Customer paying for VMI and TCO studies on a framework agreement', 'Hofmann Foods'],
		['Indirect customer that sets the specification', 'Autowerk Süd'],
		['Co-develops in R&D, auctions in purchasing', 'Antriebe & Co'],
	])('%s: reaches the result, announces it and puts the answers into the link', async (fixtureName, name) => {
		const f = fixture(fixtureName);
		const { page, errors } = await visit(site, '/en/assessment/');
		await answerByKeyboard(page, f, name);
		const result = scoreAssessment(model, answersOf(f, name));
		const verdict = `${f.expected.tier === 'strategic' ? 'Strategic Key Account' : 'Key Account'} · ${f.scope === 'global' ? 'Global' : 'National'}`;

		expect(await page.evaluate(() => document.activeElement?.id)).toBe('result');
		expect(await text(page, '[data-kam-progress-text]')).toBe(
			t('kam.assessment.progress', { answered: result.required, total: result.required }),
		);
		expect(await text(page, '[data-kam-verdict]')).toBe(verdict);
		expect(await text(page, '[data-kam-account]')).toBe(`Account: ${name}`);
		expect(await page.locator('[data-kam-rule]').isVisible()).toBe(true);
		expect(await page.locator(`[data-kam-cell="${f.scope} ${f.expected.tier}"]`).isVisible()).toBe(true);
		const flags = f.expected.flags.map((flag) => t(`kam.assessment.flag.${flag}`));
		expect(await page.locator('[data-kam-live]').textContent()).toBe(
			[
				`Result: ${verdict.replace(' · ', ', ')}.`,
				...flags.map((l) => `${l}.`),
				...(f.expected.conflicts.length ? [t('kam.assessment.summary.discuss')] : []),
			].join(' '),
		);
		const expectedHash = answersHash(model, answersOf(f, name));
		expect(new URL(page.url()).hash).toBe(expectedHash);
		expect(await page.locator('[data-kam-link]').inputValue()).toBe(page.url());
		expect(errors).toEqual([]);

		// The copied link restores the result in a new page, opened on the result.
		const again = await visit(site, new URL(page.url()).pathname + expectedHash);
		expect(await text(again.page, '[data-kam-verdict]')).toBe(verdict);
		expect(await again.page.evaluate(() => document.activeElement?.id)).toBe('result');
		expect(await checkedCount(again.page)).toBe(result.required + 1);
		expect(await again.page.locator('#kam-sa-name').inputValue()).toBe(name);
		await again.page.close();
		await page.close();
	});

	it('names the answer behind a Key Account and what points elsewhere', async () => {
		const f = fixture('Customer paying for VMI and TCO studies on a framework agreement');
		const { page } = await visit(site, `/en/assessment/${answersHash(model, answersOf(f))}`);
		expect(await text(page, '[data-kam-rule]')).toMatch(
			/^Decided by the comparison: “Values our added value” scores 100 of 100, “Buys on price and tender” 14\./,
		);
		expect((await page.locator('[data-kam-reasons] li').allInnerTexts())[0]).toBe(
			'What matters most to this customer is not the lowest unit price but process improvement and total cost of ownership. – Fully applies',
		);
		await page.close();
	});

	it('updates the result synchronously in the input handler, within the frame of the answer', async () => {
		const f = fixture('Large tender-driven buyer');
		const { page } = await visit(site, `/en/assessment/${answersHash(model, answersOf(f))}`);
		const measured = await page.evaluate(() => {
			const verdict = document.querySelector('[data-kam-verdict]')!;
			const before = verdict.textContent;
			const start = performance.now();
			// Change the scope to the other one; the verdict must already differ when click() returns.
			(document.querySelector('input[name="scope"]:not(:checked)') as HTMLInputElement).click();
			const after = verdict.textContent;
			return { before, after, ms: performance.now() - start };
		});
		console.log(`self-assessment: result updated ${measured.ms.toFixed(2)} ms after the answer (synchronously)`);
		expect(measured.before).toBe('Smart Key Account · Global');
		expect(measured.after).toBe('Smart Key Account · National');
		await page.close();
	});
});

describe.each(LANGUAGES)('every fixture account in the browser (%s)', (lang) => {
	const t = uiText(lang);
	it('shows the tier, the rule and the flags the article implies, in the sticky bar and the result', async () => {
		const { page, errors } = await visit(site, `/${lang}/assessment/`);
		const names = realContent();
		const tierName = (id: string) => names.tiers.find((x) => x.id === id)!.name[lang];
		const scopeName = (id: string) => names.geographies.find((x) => x.id === id)!.name[lang];
		for (const f of table) {
			await page.evaluate((hash) => (location.hash = hash), answersHash(model, answersOf(f, f.name)));
			await page.waitForFunction(
				(name) => document.querySelector('#kam-sa-name') && (document.querySelector('#kam-sa-name') as HTMLInputElement).value === name,
				f.name,
			);
			const verdict = f.expected.tier
				? `${tierName(f.expected.tier)} · ${scopeName(f.scope)}`
				: t(f.expected.rule === 'no-evidence' ? 'kam.assessment.result.undecided.heading' : 'kam.assessment.result.notKey.heading');
			expect(await text(page, '[data-kam-verdict]'), f.name).toBe(verdict);
			expect(await text(page, '[data-kam-sticky-verdict]'), f.name).toBe(verdict);
			const flags = f.expected.flags.map((flag) => t(`kam.assessment.flag.${flag}`)).join(' · ');
			expect(await page.locator('[data-kam-sticky-flags]').textContent(), f.name).toBe(flags);
			expect(await page.locator('[data-kam-rule]').isVisible(), f.name).toBe(true);
			expect(await page.locator('[data-kam-conflict]:visible').count(), f.name).toBe(f.expected.conflicts.length);
			// No price advice for a customer that buys nothing.
			if (f.expected.tier)
				expect(await page.locator(`[data-kam-cell="${f.scope} ${f.expected.tier}"] [data-kam-pricing]`).isVisible()).toBe(f.revenue !== 0);
		}
		expect(errors).toEqual([]);
		await page.close();
	});
});

describe('the result and its flags in view', () => {
	const f = fixture('Co-develops in R&D, auctions in purchasing');
	for (const [width, height] of VIEWPORTS) {
		it(`shows tier, scope and flags without scrolling once all is answered (${width} × ${height})`, async () => {
			const page = await site.context.newPage();
			await page.setViewportSize({ width, height });
			const path = `/de/assessment/${answersHash(model, answersOf(f, 'Antriebswerk'))}`;
			await page.goto(site.url(path));
			expect(await inViewport(page, '[data-kam-verdict]')).toBe(true);
			// Wherever the reader is in the form, the bar shows the result.
			for (const question of ['#q-co-development', '#q-need-to-know', '#kam-sa-name']) {
				await page.locator(question).scrollIntoViewIfNeeded();
				expect(await inViewport(page, '[data-kam-sticky-verdict]'), question).toBe(true);
				expect(await inViewport(page, '[data-kam-sticky-flags]'), question).toBe(true);
			}
			expect(await text(page, '[data-kam-sticky-verdict]')).toBe('Strategic Key Account · Global');
			expect(await text(page, '[data-kam-sticky-flags]')).toBe('Widersprüchliche Antworten');
			await page.close();
		});
	}
});

describe("results for the sample's account descriptions", () => {
	it('restores a German result in German, with the investment and no price advice for an indirect customer', async () => {
		const f = fixture('Indirect customer that sets the specification');
		const { page } = await visit(site, `/de/assessment/${answersHash(model, answersOf(f, 'Autowerk Süd'))}`);
		expect(await text(page, '[data-kam-verdict]')).toBe('Strategic Key Account · Global');
		expect(await page.locator('[data-kam-live]').textContent()).toBe('Ergebnis: Strategic Key Account, Global. Investition.');
		expect(await text(page, '[data-kam-account]')).toBe('Account: Autowerk Süd');
		expect(await text(page, '[data-kam-revenue]')).toMatch(/^Erfasster Umsatz: Keiner – /);
		expect(await text(page, '[data-kam-investment="profit-after-cost-to-serve"]')).toMatch(/^Dieser Account ist eine Investition/);
		expect(await page.locator('[data-kam-cell="global strategic"] [data-kam-indirect]').isVisible()).toBe(true);
		expect(await page.locator('[data-kam-cell="global strategic"] [data-kam-pricing]').isVisible()).toBe(false);
		expect(await page.locator('[data-kam-unknown-list] li').count()).toBe(6);
		await page.close();
	});

	it('explains "not a key account" with the check and its advice, and hides the scores', async () => {
		const f = fixture('Global framework agreement, local buying, bonus for nothing');
		const { page } = await visit(site, `/en/assessment/${answersHash(model, answersOf(f))}`);
		expect(await text(page, '[data-kam-verdict]')).toBe('Not a key account – for now');
		expect(await page.locator('[data-kam-live]').textContent()).toBe('Result: not a key account.');
		expect(await page.locator('[data-kam-gate]:visible').count()).toBe(1);
		expect(await text(page, '[data-kam-gate="profit-after-cost-to-serve"]')).toMatch(/Sort out profitability first/);
		expect(await page.locator('[data-kam-chart]').isVisible()).toBe(false);
		await page.close();
	});

	it('refuses an investment without a strategic signal, and says why', async () => {
		const f = fixture('Loss-making account called an investment without a strategic signal');
		const { page } = await visit(site, `/en/assessment/${answersHash(model, answersOf(f))}`);
		expect(await text(page, '[data-kam-verdict]')).toBe('Not a key account – for now');
		expect(await text(page, '[data-kam-rule]')).toMatch(
			/is answered “No – we invest in a strategic partner on purpose”, but none of the signals/,
		);
		expect(await page.locator('[data-kam-gate="profit-after-cost-to-serve"]').isVisible()).toBe(true);
		await page.close();
	});

	it('flags a close, weak comparison for the account team and announces it', async () => {
		const f = fixture('Worth keeping, but no clear profile');
		const { page } = await visit(site, `/en/assessment/${answersHash(model, answersOf(f))}`);
		expect(await page.locator('[data-kam-live]').textContent()).toBe(
			'Result: Key Account, National. Too close to call. No clear profile. Decide in the account team.',
		);
		expect(await text(page, '[data-kam-close]')).toBe('“Buys on price and tender” is only 5 points behind “Values our added value”.');
		expect(await text(page, '[data-kam-weak]')).toMatch(/^The higher score stays below 50 of 100/);
		expect(await page.locator('[data-kam-why-none]').isVisible()).toBe(true);
		await page.close();
	});
});

describe('accessibility with a result shown', () => {
	for (const dark of [false, true]) {
		for (const name of [
			'Co-develops in R&D, auctions in purchasing',
			'Pays for consignment stock, yet tenders every year',
			'A new customer we barely know yet',
		])
			it(`has no axe violation in ${dark ? 'dark' : 'light'} theme: ${name}`, async () => {
				const { page } = await visit(site, `/de/assessment/${answersHash(model, answersOf(fixture(name), 'Handelshaus'))}`, { dark });
				expect(await page.locator('[data-kam-verdict]').isVisible()).toBe(true);
				expect(await axeViolations(page)).toEqual([]);
				await page.close();
			});
	}

	it('labels the score chart with the scores as text', async () => {
		const f = fixture('Large tender-driven buyer');
		const { page } = await visit(site, `/en/assessment/${answersHash(model, answersOf(f))}`);
		const chart = page.locator('[data-kam-chart] svg');
		expect(await chart.getAttribute('role')).toBe('img');
		expect(await chart.getAttribute('aria-label')).toBe('Scores out of 100: Values our added value 13; Buys on price and tender 94');
		expect(await text(page, '[data-kam-score="price-performance"]')).toBe('94');
		await page.close();
	});
});
