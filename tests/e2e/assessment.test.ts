// The self-assessment in a real browser, for any questionnaire: the result in view on a laptop and a phone, open
// questions as links, shared links that cannot be read, hostile names, keeping the result, the print view, the page
// without JavaScript, and the island's JavaScript budget. (Answering by keyboard and the results for the sample's
// account descriptions are in tests/sample/e2e/assessment.test.ts.)
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '#src/config/locales.ts';
import { uiText } from '#src/data/ui-text.ts';
import { answersHash, questionnaireFingerprint } from '#src/domain/assessment/link.ts';
import { emptyAnswers, scoreAssessment, type Answers } from '#src/domain/assessment/scoring.ts';
import { summariseCode } from '#src/domain/assessment/summary.ts';
import { loadRealAssessment } from '#tests/fixtures/real-content.ts';
import { openSite, visit, type Site } from './harness.ts';
import { focusClearOfBar, inViewport, VIEWPORTS } from './assessment-view.ts';
import { ACCOUNTS_KEY, text } from './islands.ts';

let site: Site;
beforeAll(async () => {
	site = await openSite();
});
afterAll(async () => {
	await site?.close();
});

const { model } = loadRealAssessment();
const t = uiText('en');
/** Version and questionnaire fingerprint: the start of every share code for the real questionnaire. */
const V = `v3.${questionnaireFingerprint(model)}`;
/** Answers that clearly speak for the first tier: every check passed, its group's statements fully, the others not at all. */
const clearAnswers = (name = ''): Answers => ({
	gates: model.gates.map(() => true),
	ratings: model.statements.map((s) => (s.cluster === model.clusters[0]!.id ? model.scaleSize : 1)),
	scope: model.scopes.at(-1) ?? null,
	revenue: model.revenueBands > 0 ? 1 : null,
	name,
});
const result = scoreAssessment(model, clearAnswers());
const checkedCount = (page: Page) => page.locator('kam-assessment input[type="radio"]:checked').count();

describe('the result in view', () => {
	for (const [width, height] of VIEWPORTS) {
		it(`opens a shared link on the result and keeps tier and scope in view while answering (${width} × ${height})`, async () => {
			const page = await site.context.newPage();
			await page.setViewportSize({ width, height });
			await page.goto(site.url(`/en/assessment/${answersHash(model, clearAnswers())}`));
			expect(await page.evaluate(() => document.activeElement?.id)).toBe('result');
			expect(await inViewport(page, '[data-kam-verdict]')).toBe(true);
			// Back at the last question: the bar at the bottom of the screen still shows the result.
			await page.locator('#kam-sa-name').focus();
			expect(await inViewport(page, '#kam-sa-name')).toBe(true);
			expect(await inViewport(page, '[data-kam-sticky-verdict]')).toBe(true);
			expect(await text(page, '[data-kam-sticky-verdict]')).toBe(await text(page, '[data-kam-verdict]'));
			await page.close();
		});

		it(`never hides the answer in focus behind the bar while tabbing through the form (${width} × ${height})`, async () => {
			const page = await site.context.newPage();
			await page.setViewportSize({ width, height });
			await page.goto(site.url('/en/assessment/'));
			await page.locator(`input[name="g-${model.gates[0]!.id}"]`).first().focus();
			for (let group = 0; group < result.required; group++) {
				expect(await focusClearOfBar(page), await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe(true);
				await page.keyboard.press('Space');
				await page.keyboard.press('Tab');
			}
			await page.close();
		});
	}

	it.each(LANGUAGES.flatMap((lang) => VIEWPORTS.map(([width, height]) => [lang, width, height] as const)))(
		'keeps every question inside its card, however many lines it takes (%s, %i × %i)',
		async (lang, width, height) => {
			const page = await site.context.newPage();
			await page.setViewportSize({ width, height });
			await page.goto(site.url(`/${lang}/assessment/`));
			const crossing = await page.$$eval('fieldset.kam-q', (cards) =>
				cards.flatMap((card) => {
					const box = card.getBoundingClientRect();
					const title = card.querySelector('legend')!.getBoundingClientRect();
					const inside = title.top >= box.top + parseFloat(getComputedStyle(card).borderTopWidth) && title.bottom <= box.bottom;
					return inside ? [] : [card.querySelector('legend')!.textContent!.trim()];
				}),
			);
			await page.close();
			expect(crossing).toEqual([]);
		},
	);

	it('lists the open questions as links that lead to their first answer', async () => {
		const { page } = await visit(site, '/en/assessment/');
		const first = model.gates[0]!.id;
		await page.locator(`input[name="g-${first}"]`).first().check();
		await page.getByRole('button', { name: t('kam.assessment.showResult') }).click();
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('result');
		const open = page.locator('[data-kam-open]:not([hidden]) a');
		expect(await open.count()).toBe(result.required - 1);
		expect(await page.locator(`[data-kam-open="g-${first}"]`).isHidden()).toBe(true);
		await open.first().click();
		const second = model.gates[1] ? `g-${model.gates[1].id}` : `s-${model.statements[0]!.id}`;
		expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe(second);
		expect(new URL(page.url()).hash.startsWith('#a=')).toBe(true);
		await page.close();
	});
});

describe('shared links', () => {
	const valid = answersHash(model, clearAnswers('Acme'));
	it.each([
		['a malformed link', `/en/assessment/#a=${V}.yyy.99`],
		['a link from the first format version', '/en/assessment/#a=v1.yyy.554432211111.national.2.Acme'],
		['a link from before the statements were rewritten', `/en/assessment/${valid.replace('#a=v3.', '#a=v2.')}`],
		['a link from an earlier questionnaire', '/en/assessment/#a=v3.0.yyy.554432211111.national.2.Acme'],
		['a link with a broken name', `/de/assessment/${valid.replace(/Acme$/, '%E0%A4%A')}`],
		['an oversized link', `/en/assessment/${valid}${'x'.repeat(3000)}`],
	])('%s shows the notice and an empty form, and stays in the address bar', async (_what, path) => {
		const lang = path.startsWith('/de/') ? 'de' : 'en';
		const { page, errors } = await visit(site, path);
		const notice = page.locator('[data-kam-notice]');
		expect(await notice.isVisible()).toBe(true);
		expect(await notice.getAttribute('role')).toBe('alert');
		expect(await notice.textContent()).toBe(uiText(lang)('kam.assessment.invalidLink'));
		expect(await checkedCount(page)).toBe(0);
		expect(await page.locator('#kam-sa-name').inputValue()).toBe('');
		expect(page.url()).toBe(site.url(path));
		expect(await page.locator('[data-kam-verdict]').isVisible()).toBe(false);
		expect(await page.locator('[data-kam-live]').textContent()).toBe('');
		expect(errors).toEqual([]);
		await page.close();
	});

	it('lets the notice follow the current link: a valid link opened next in the same tab clears it', async () => {
		const { page } = await visit(site, `/en/assessment/#a=${V}.yyy.99`);
		expect(await page.locator('[data-kam-notice]').isVisible()).toBe(true);
		await page.evaluate((hash) => (location.hash = hash), valid);
		await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-kam-notice]')!.hidden);
		expect(await page.locator('#kam-sa-name').inputValue()).toBe('Acme');
		expect(await page.locator('[data-kam-verdict]').isVisible()).toBe(true);
		// And an unreadable one after it brings the notice back and empties the form.
		await page.evaluate((hash) => (location.hash = hash), `#a=${V}.nope`);
		await page.waitForFunction(() => !document.querySelector<HTMLElement>('[data-kam-notice]')!.hidden);
		expect(await checkedCount(page)).toBe(0);
		expect(new URL(page.url()).hash).toBe(`#a=${V}.nope`);
		// Answering starts a new assessment: the notice goes and the address follows the answers.
		await page.locator(`input[name="g-${model.gates[0]!.id}"]`).first().check();
		expect(await page.locator('[data-kam-notice]').isHidden()).toBe(true);
		expect(new URL(page.url()).hash).toBe(
			answersHash(model, { ...emptyAnswers(model), gates: model.gates.map((_, i) => (i === 0 ? true : null)) }),
		);
		await page.close();
	});

	describe('with the policy switched off', () => {
		// The policy alone would stop an injected onerror handler; without it, only rendering names as text does.
		let open: BrowserContext;
		beforeAll(async () => {
			open = await site.newContext({ bypassCSP: true });
		});

		it('renders a name containing markup as text only', async () => {
			const name = '<img src=x onerror="document.title=1">';
			const { page } = await visit(site, `/en/assessment/${answersHash(model, clearAnswers(name))}`, { context: open });
			expect(await text(page, '[data-kam-account]')).toBe(t('kam.assessment.result.account', { name }));
			expect(await page.locator('[data-kam-account] img').count()).toBe(0);
			expect(await page.title()).not.toBe('1');
			await page.close();
		});
	});
});

describe('keeping the result', () => {
	const path = `/en/assessment/${answersHash(model, clearAnswers('Packwerk'))}`;

	it('adds the account to my accounts once, with a code that carries its flags and revenue band', async () => {
		expect(result.status).toBe('tier');
		const { page } = await visit(site, path);
		await page.evaluate((k) => localStorage.removeItem(k), ACCOUNTS_KEY);
		await page.getByRole('button', { name: t('kam.assessment.save') }).click();
		expect(await text(page, '[data-kam-action-status]')).toBe(t('kam.assessment.saved', { count: 1 }));
		const stored = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), ACCOUNTS_KEY))!);
		expect(stored).toHaveLength(1);
		expect(stored[0]).toMatchObject({ name: 'Packwerk', tier: result.tier, scope: result.scope, answers: path.split('#a=')[1] });
		expect(summariseCode(model, stored[0].answers)).toEqual({
			status: 'tier',
			tier: result.tier,
			scope: result.scope,
			flags: result.flags,
			revenue: clearAnswers().revenue,
		});
		expect(stored[0].id).toMatch(/^[a-z0-9]{12}$/);
		expect(Number.isNaN(Date.parse(stored[0].assessedAt))).toBe(false);
		await page.getByRole('button', { name: t('kam.assessment.save') }).click();
		expect(await text(page, '[data-kam-action-status]')).toBe(t('kam.assessment.duplicate'));
		await page.evaluate((k) => localStorage.removeItem(k), ACCOUNTS_KEY);
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
		await page.getByRole('button', { name: t('kam.assessment.save') }).click();
		const status = page.locator('[data-kam-action-status]');
		expect(await status.isVisible()).toBe(true);
		expect(await status.textContent()).toBe(t('kam.assessment.storageError'));
		await page.close();
	});

	it('"assess another account" empties the form and the link and goes back to the first question', async () => {
		const { page } = await visit(site, path);
		await page.getByRole('button', { name: t('kam.assessment.another') }).click();
		expect(await checkedCount(page)).toBe(0);
		expect(new URL(page.url()).hash).toBe('');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('gate-questions');
		expect(await text(page, '[data-kam-progress-text]')).toBe(t('kam.assessment.progress', { answered: 0, total: result.required }));
		await page.close();
	});

	it('offers a print view that keeps the chosen answers and the result', async () => {
		const { page } = await visit(site, path);
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('kam-assessment .kam-q__choices label:has(input:checked)').first().isVisible()).toBe(true);
		expect(await page.locator('kam-assessment .kam-q__choices label:not(:has(input:checked))').first().isVisible()).toBe(false);
		expect(await page.locator('[data-kam-verdict]').isVisible()).toBe(true);
		expect(await page.locator('.kam-assessment__actions').isVisible()).toBe(false);
		expect(await page.locator('.kam-assessment__sticky').isVisible()).toBe(false);
		await page.close();
	});
});

describe('without JavaScript', () => {
	it('shows the questions, how a result is reached, and a notice that the result needs JavaScript', async () => {
		// A context of its own on the run's browser, closed with the site.
		const context = await site.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(site.url('/en/assessment/'));
		expect(await page.locator('[data-kam-nojs]').isVisible()).toBe(true);
		expect(await page.locator('[data-kam-nojs]').textContent()).toContain(t('kam.assessment.noscript'));
		// One group per check and statement, one for the scope and one for revenue if asked (the name is a plain field).
		const groups = model.gates.length + model.statements.length + (model.scopes.length > 0 ? 1 : 0) + (model.revenueBands > 0 ? 1 : 0);
		expect(await page.locator('kam-assessment fieldset').count()).toBe(groups);
		// Every statement offers "don't know / does not apply".
		expect(await page.locator('kam-assessment input[value="0"][name^="s-"]').count()).toBe(model.statements.length);
		expect(await page.locator('kam-assessment legend').first().isVisible()).toBe(true);
		expect(await page.locator('[data-kam-result]').isVisible()).toBe(false);
		expect(await page.locator('.kam-assessment__sticky').isVisible()).toBe(false);
		expect(await page.locator('#how').isVisible()).toBe(true);
		await page.close();
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
		for (const lang of LANGUAGES) {
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
