// The self-assessment with the shipped sample (run only while content/ is the sample): answered by keyboard alone, and
// the sample's account descriptions (tests/fixtures/assessment-accounts.ts) giving their results in words, announced,
// accessible and charted.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountFixtures, answersOf as fixtureAnswers } from '#tests/fixtures/assessment-accounts.ts';
import { loadRealAssessment } from '#tests/fixtures/real-content.ts';
import { answersHash } from '#src/domain/assessment/link.ts';
import type { Answers } from '#src/domain/assessment/scoring.ts';
import { axeViolations, openSite, visit, type Site } from '#tests/e2e/harness.ts';

let site: Site;
beforeAll(async () => {
	site = await openSite();
});
afterAll(async () => {
	await site?.close();
});

const { model } = loadRealAssessment();
const fixture = (name: string) => accountFixtures.find((f) => f.name === name)!;
const answersOf = (f: (typeof accountFixtures)[number], name = ''): Answers => fixtureAnswers(model, f, name);
const text = (page: Page, selector: string) => page.locator(selector).first().innerText();
const checkedCount = (page: Page) => page.locator('kam-assessment input[type="radio"]:checked').count();

describe('answering by keyboard alone', () => {
	const vmi = fixture('Customer paying for VMI and TCO studies on a frame contract');

	it('reaches the result, announces it and puts the answers into the link', async () => {
		const { page, errors } = await visit(site, '/en/assessment/');
		const focused = () =>
			page.evaluate(() => {
				const el = document.activeElement as HTMLInputElement | null;
				return el ? `${el.tagName.toLowerCase()}:${el.name ?? ''}:${el.value ?? ''}` : '';
			});
		// Tab from the top of the page to the first question.
		let presses = 0;
		while (!(await focused()).startsWith('input:g-three-year-potential') && presses++ < 100) await page.keyboard.press('Tab');
		expect(await focused()).toBe('input:g-three-year-potential:y');

		// Each group: Space checks the focused (first) option, arrow keys move to the wanted one, Tab goes on.
		const choose = async (steps: number) => {
			await page.keyboard.press('Space');
			for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowRight');
			await page.keyboard.press('Tab');
		};
		for (const _gate of model.gates) await choose(0);
		expect(await text(page, '[data-kam-progress-text]')).toBe('3 of 16 answered');
		for (const s of model.statements) await choose(vmi.ratings[s.id as keyof typeof vmi.ratings] - 1);
		await choose(model.scopes.indexOf(vmi.scope));
		await choose(vmi.revenue - 1);
		expect(await focused()).toBe('input:name:');
		await page.keyboard.type('Hofmann Foods');
		await page.keyboard.press('Tab');
		expect(await focused()).toMatch(/^button:/);
		await page.keyboard.press('Enter');

		expect(await page.evaluate(() => document.activeElement?.id)).toBe('result');
		expect(await text(page, '[data-kam-progress-text]')).toBe('16 of 16 answered');
		expect(await text(page, '[data-kam-verdict]')).toBe('Key Account · National');
		expect(await text(page, '[data-kam-account]')).toBe('Account: Hofmann Foods');
		const reasons = await page.locator('[data-kam-reasons] li').allInnerTexts();
		expect(reasons[0]).toBe(
			'This customer judges our offer by process benefits and total cost of ownership, not by the unit price. – Fully applies',
		);
		expect(await page.locator('[data-kam-cell="national key"]').isVisible()).toBe(true);
		expect(await page.locator('[data-kam-cell="global key"]').isVisible()).toBe(false);

		const live = page.locator('[data-kam-live]');
		expect(await live.getAttribute('aria-live')).toBe('polite');
		expect(await live.textContent()).toBe('Result: Key Account, National.');

		const expectedHash = answersHash(model, answersOf(vmi, 'Hofmann Foods'));
		expect(new URL(page.url()).hash).toBe(expectedHash);
		expect(await page.locator('[data-kam-link]').inputValue()).toBe(page.url());
		expect(errors).toEqual([]);

		// The copied link restores the result in a new page.
		const again = await visit(site, new URL(page.url()).pathname + expectedHash);
		expect(await text(again.page, '[data-kam-verdict]')).toBe('Key Account · National');
		expect(await again.page.locator('[data-kam-live]').textContent()).toBe('Result: Key Account, National.');
		expect(await checkedCount(again.page)).toBe(17);
		expect(await again.page.locator('#kam-sa-name').inputValue()).toBe('Hofmann Foods');
		await again.page.close();
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

describe("results for the sample's account descriptions", () => {
	it('restores a German result in German', async () => {
		const f = fixture('Indirect customer that sets the specification');
		const { page } = await visit(site, `/de/assessment/${answersHash(model, answersOf(f, 'Autowerk Süd'))}`);
		expect(await text(page, '[data-kam-verdict]')).toBe('Strategic Key Account · Global');
		expect(await page.locator('[data-kam-live]').textContent()).toBe('Ergebnis: Strategic Key Account, Global.');
		expect(await text(page, '[data-kam-account]')).toBe('Account: Autowerk Süd');
		expect(await text(page, '[data-kam-revenue]')).toMatch(/^Erfasster Umsatz: Klein/);
		await page.close();
	});

	it('explains "not a key account" with the failed check and its advice', async () => {
		const f = fixture('Global frame contract, local buying, bonus for nothing');
		const { page } = await visit(site, `/en/assessment/${answersHash(model, answersOf(f))}`);
		expect(await text(page, '[data-kam-verdict]')).toBe('Not a key account – for now');
		expect(await page.locator('[data-kam-live]').textContent()).toBe('Result: not a key account.');
		expect(await page.locator('[data-kam-gate]:visible').count()).toBe(1);
		expect(await text(page, '[data-kam-gate="profit-after-cost-to-serve"]')).toMatch(/Sort out profitability first/);
		await page.close();
	});

	it('flags a borderline, conflicting account for the account team and announces it', async () => {
		const f = fixture('Co-develops in R&D, auctions in purchasing');
		const { page } = await visit(site, `/en/assessment/${answersHash(model, answersOf(f))}`);
		expect(await page.locator('[data-kam-live]').textContent()).toBe(
			'Result: Smart Key Account, Global. Borderline. Conflicting answers. Decide in the account team.',
		);
		expect(await text(page, '[data-kam-close]')).toBe('“Shapes our future” is only 4 points behind “Driven by price and performance”.');
		expect(await text(page, '[data-kam-conflict]')).toMatch(
			/^“Shapes our future” and “Driven by price and performance” both score 60 or more/,
		);
		expect(await page.locator('[data-kam-counter-list] li').count()).toBeGreaterThan(0);
		await page.close();
	});
});

describe('accessibility with a result shown', () => {
	for (const dark of [false, true]) {
		it(`has no axe violation in ${dark ? 'dark' : 'light'} theme with a borderline result`, async () => {
			const f = fixture('Pays for consignment stock, yet tenders every year');
			const { page } = await visit(site, `/de/assessment/${answersHash(model, answersOf(f, 'Handelshaus'))}`, { dark });
			expect(await page.locator('[data-kam-verdict]').isVisible()).toBe(true);
			expect(await axeViolations(page)).toEqual([]);
			await page.close();
		});
	}

	it('labels the score chart with the scores as text', async () => {
		const f = fixture('Large tender-driven buyer');
		const { page } = await visit(site, `/en/assessment/${answersHash(model, answersOf(f))}`);
		const chart = page.locator('[data-kam-chart]');
		expect(await chart.getAttribute('role')).toBe('img');
		expect(await chart.getAttribute('aria-label')).toBe(
			'Scores out of 100: Shapes our future 0; Values our added value 13; Driven by price and performance 95',
		);
		expect(await text(page, '[data-kam-score="price-performance"]')).toBe('95');
		await page.close();
	});
});
