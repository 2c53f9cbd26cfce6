// The self-assessment in a real browser: answered by keyboard alone, announced, shared by link, kept, and within its JS budget.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountFixtures } from '#tests/fixtures/assessment-accounts.ts';
import { loadRealAssessment } from '#tests/fixtures/real-content.ts';
import { answersHash, questionnaireFingerprint } from '#src/domain/assessment/link.ts';
import type { Answers } from '#src/domain/assessment/scoring.ts';
import { CHROMIUM_ARGS, findChromium } from './chromium.ts';
import { axeViolations, openSite, visit, type Site } from './harness.ts';

let site: Site;
beforeAll(async () => {
	site = await openSite();
});
afterAll(async () => {
	await site?.close();
});

const { model } = loadRealAssessment();
/** Version and questionnaire fingerprint: the start of every share code for the real questionnaire. */
const V = `v2.${questionnaireFingerprint(model)}`;
const fixture = (name: string) => accountFixtures.find((f) => f.name === name)!;
const answersOf = (f: (typeof accountFixtures)[number], name = ''): Answers => ({
	gates: model.gates.map((id) => f.gates[id as keyof typeof f.gates]),
	ratings: model.statements.map((s) => f.ratings[s.id as keyof typeof f.ratings]),
	scope: f.scope,
	revenue: f.revenue,
	name,
});
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

describe('shared links', () => {
	it.each([
		['a malformed link', `/en/assessment/#a=${V}.yyy.99`],
		['a link from another format version', '/en/assessment/#a=v1.yyy.554432211111.national.2.Acme'],
		['a link from an earlier questionnaire', '/en/assessment/#a=v2.0.yyy.554432211111.national.2.Acme'],
		['a link with a broken name', `/de/assessment/#a=${V}.yyy.554432211111.national.2.%E0%A4%A`],
		['an oversized link', `/en/assessment/#a=${V}.yyy.554432211111.national.2.${'x'.repeat(3000)}`],
	])('%s shows the notice and an empty form', async (_what, path) => {
		const { page, errors } = await visit(site, path);
		const notice = page.locator('[data-kam-notice]');
		expect(await notice.isVisible()).toBe(true);
		expect(await notice.getAttribute('role')).toBe('alert');
		expect(await notice.textContent()).toMatch(path.startsWith('/de/') ? /konnte nicht gelesen werden/ : /could not be read/);
		expect(await checkedCount(page)).toBe(0);
		expect(await page.locator('#kam-sa-name').inputValue()).toBe('');
		expect(new URL(page.url()).hash).toBe('');
		expect(await page.locator('[data-kam-verdict]').isVisible()).toBe(false);
		expect(await page.locator('[data-kam-live]').textContent()).toBe('');
		expect(errors).toEqual([]);
		await page.close();
	});

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

	it('renders a name containing markup as text only', async () => {
		const f = fixture('Large tender-driven buyer');
		const name = '<img src=x onerror="document.title=1">';
		const { page } = await visit(site, `/en/assessment/${answersHash(model, answersOf(f, name))}`);
		expect(await text(page, '[data-kam-account]')).toBe(`Account: ${name}`);
		expect(await page.locator('[data-kam-account] img').count()).toBe(0);
		expect(await page.title()).not.toBe('1');
		await page.close();
	});
});

describe('keeping the result', () => {
	const f = fixture('Sustainability pioneer with a joint plan');
	const path = `/en/assessment/${answersHash(model, answersOf(f, 'Packwerk'))}`;

	it('adds the account to my accounts once, in the documented format', async () => {
		const { page } = await visit(site, path);
		await page.evaluate(() => localStorage.removeItem('kam.accounts.v1'));
		await page.getByRole('button', { name: 'Add to my accounts' }).click();
		expect(await text(page, '[data-kam-action-status]')).toBe('Saved to my accounts (1 in total).');
		const stored = JSON.parse((await page.evaluate(() => localStorage.getItem('kam.accounts.v1')))!);
		expect(stored).toHaveLength(1);
		expect(stored[0]).toMatchObject({ name: 'Packwerk', tier: 'strategic', scope: 'global', answers: path.split('#a=')[1] });
		expect(stored[0].id).toMatch(/^[a-z0-9]{12}$/);
		expect(Number.isNaN(Date.parse(stored[0].assessedAt))).toBe(false);
		await page.getByRole('button', { name: 'Add to my accounts' }).click();
		expect(await text(page, '[data-kam-action-status]')).toBe('This assessment is already in my accounts.');
		await page.evaluate(() => localStorage.removeItem('kam.accounts.v1'));
		await page.close();
	});

	it('says so visibly when the browser refuses to store', async () => {
		const page = await site.context.newPage();
		await page.addInitScript(() => {
			Storage.prototype.setItem = () => {
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			};
		});
		await page.goto(site.url(path));
		await page.getByRole('button', { name: 'Add to my accounts' }).click();
		const status = page.locator('[data-kam-action-status]');
		expect(await status.isVisible()).toBe(true);
		expect(await status.textContent()).toMatch(/does not allow saving/);
		await page.close();
	});

	it('"assess another account" empties the form and the link and goes back to the first question', async () => {
		const { page } = await visit(site, path);
		await page.getByRole('button', { name: 'Assess another account' }).click();
		expect(await checkedCount(page)).toBe(0);
		expect(new URL(page.url()).hash).toBe('');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('gate-questions');
		expect(await text(page, '[data-kam-progress-text]')).toBe('0 of 16 answered');
		await page.close();
	});

	it('offers a print view that keeps the chosen answers and the result', async () => {
		const { page } = await visit(site, path);
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('.kam-assessment__choices label:has(input:checked)').first().isVisible()).toBe(true);
		expect(await page.locator('.kam-assessment__choices label:not(:has(input:checked))').first().isVisible()).toBe(false);
		expect(await page.locator('[data-kam-verdict]').isVisible()).toBe(true);
		expect(await page.locator('.kam-assessment__actions').isVisible()).toBe(false);
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

describe('without JavaScript', () => {
	it('shows the questions and a notice that the result needs JavaScript', async () => {
		const browser = await chromium.launch({ executablePath: findChromium()!, args: CHROMIUM_ARGS });
		try {
			const context = await browser.newContext({ javaScriptEnabled: false });
			const page = await context.newPage();
			await page.goto(site.url('/en/assessment/'));
			expect(await page.locator('[data-kam-nojs]').isVisible()).toBe(true);
			expect(await page.locator('[data-kam-nojs]').textContent()).toMatch(/the result is calculated in your browser and needs JavaScript/);
			expect(await page.locator('kam-assessment fieldset').count()).toBe(17);
			expect(await page.locator('kam-assessment legend').first().isVisible()).toBe(true);
			expect(await page.locator('[data-kam-result]').isVisible()).toBe(false);
		} finally {
			await browser.close();
		}
	});
});

describe('JavaScript budget', () => {
	// Module scripts (and what they import) that the assessment page loads and a plain content page does not.
	function scriptsOf(page: string): Map<string, string> {
		const html = readFileSync(`dist/${page}/index.html`, 'utf8');
		const found = new Map<string, string>();
		const visitFile = (file: string) => {
			if (found.has(file)) return;
			const code = readFileSync(`dist${file}`, 'utf8');
			found.set(file, code);
			for (const m of code.matchAll(/(?:import|from)\s*["'](\.\/[^"']+\.js)["']/g)) visitFile(new URL(m[1]!, `http://x${file}`).pathname);
		};
		for (const m of html.matchAll(/<script type="module" src="([^"]+)"/g)) visitFile(m[1]!);
		for (const [i, m] of [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].entries())
			found.set(`inline:${m[1]!.length}:${i}`, m[1]!);
		return found;
	}

	it('ships at most 12 KB (gzip) of JavaScript for the island', () => {
		for (const lang of ['de', 'en']) {
			const plain = new Set(scriptsOf(`${lang}/glossary`).values());
			const island = [...scriptsOf(`${lang}/assessment`).entries()].filter(([, code]) => !plain.has(code));
			expect(island.length).toBeGreaterThan(0);
			const raw = island.reduce((sum, [, code]) => sum + Buffer.byteLength(code), 0);
			const gzip = island.reduce((sum, [, code]) => sum + gzipSync(code, { level: 9 }).length, 0);
			console.log(`self-assessment island (${lang}): ${island.map(([f]) => f).join(', ')} – ${raw} bytes, ${gzip} bytes gzip`);
			expect(gzip).toBeLessThanOrEqual(12 * 1024);
		}
	});
});
