// The accounts workspace running the programme, for any tiers and scopes: the tier history with its reason and the
// checklist for the move, the next review and its warning, backups from before these fields, the portfolio chart by
// keyboard and on a phone, and what a stored self-assessment says (flags, revenue band).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '#src/content/load.ts';
import { uiText } from '#src/data/ui-text.ts';
import { localDate } from '#src/domain/accounts/fields.ts';
import { encodeAnswers } from '#src/domain/assessment/link.ts';
import { scoreAssessment, type Answers } from '#src/domain/assessment/scoring.ts';
import { summariseCode } from '#src/domain/assessment/summary.ts';
import { parseCsv } from '#src/lib/csv.ts';
import { inOrder } from '#src/lib/order.ts';
import { loadRealAssessment, realContent } from '#tests/fixtures/real-content.ts';
import { downloadBytes, openSite, visit, type Site } from './harness.ts';
import { account as anyAccount, clear, stored, text, withAccounts as openWith } from './islands.ts';

let site: Site;
beforeAll(async () => {
	site = await openSite();
});
afterAll(async () => {
	await site?.close();
});

const { tiers, geographies } = realContent();
const { collections } = loadContent();
const t = uiText('en');
const scope = geographies[0]!;
const account = (over: Record<string, unknown>) => anyAccount({ tier: tiers[0]!.id, scope: scope.id, sponsor: true, ...over });
const day = (offset: number) => localDate(new Date(Date.now() + offset * 86_400_000));
const dateText = (date: string) =>
	new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.parse(`${date}T00:00:00Z`));
const form = '[data-kam-form]';

// A move between two tiers that has a checklist page, whatever the content calls its tiers.
const move = inOrder(collections.transitions).find((tr) => tiers.some((tier) => tier.id === tr.to))!;
const [from, to] = [tiers.find((tier) => tier.id === move.from[0])!, tiers.find((tier) => tier.id === move.to)!];

describe('tier history and reviews', () => {
	it('records a change of tier with its reason, shows it, points to the checklist, and exports it', async () => {
		const { page, errors } = await visit(site, '/en/accounts/');
		await clear(page);
		await page.reload();
		await page.locator(`${form} input[name="name"]`).fill('Moving GmbH');
		await page.locator(`${form} select[name="tier"]`).selectOption(from.id);
		await page.locator(`${form} select[name="scope"]`).selectOption(scope.id);
		await page.locator(`${form} input[name="name"]`).press('Enter');
		await page.getByRole('button', { name: 'Edit Moving GmbH' }).click();
		expect(await text(page, '[data-kam-history]')).toContain(t('kam.accounts.form.noHistory'));
		await page.locator(`${form} select[name="tier"]`).selectOption(to.id);
		await page.locator(`${form} input[name="reason"]`).fill('Joint development agreed');
		await page.locator(`${form} input[name="reason"]`).press('Enter');
		const today = localDate(new Date());
		expect((await stored(page))[0]).toMatchObject({
			tier: to.id,
			history: [{ from: from.id, to: to.id, date: today, reason: 'Joint development agreed' }],
		});
		// The list says since when and what it was before; the warning links the checklist for this move.
		const row = page.locator('[data-kam-rows="key"] tr', { hasText: 'Moving GmbH' });
		expect(await row.innerText()).toContain(t('kam.accounts.list.changed', { date: dateText(today), from: from.name.en }));
		const warning = page.locator('[data-kam-warning="changed"]');
		expect(await warning.innerText()).toContain(
			t('kam.accounts.warn.changed', { name: 'Moving GmbH', from: from.name.en, to: to.name.en, date: dateText(today) }),
		);
		expect(new URL((await warning.locator('a').getAttribute('href')) ?? '', site.url('/')).pathname).toBe(`/en/transitions/${move.id}/`);
		// Editing again shows the history, the reason with it.
		await page.getByRole('button', { name: 'Edit Moving GmbH' }).click();
		expect(await page.locator('[data-kam-history-list] li').allInnerTexts()).toEqual([
			t('kam.accounts.history.itemReason', {
				date: dateText(today),
				from: from.name.en,
				to: to.name.en,
				reason: 'Joint development agreed',
			}),
		]);
		// The reason field starts empty: a reason belongs to one change only.
		expect(await page.locator(`${form} input[name="reason"]`).inputValue()).toBe('');
		await page.getByRole('button', { name: t('kam.accounts.form.cancel') }).click();
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: t('kam.accounts.io.exportCsv') }).click(),
		]);
		const cells = parseCsv((await downloadBytes(download)).toString('utf8'));
		const column = cells[0]!.indexOf(t('kam.accounts.col.history'));
		expect(cells[1]![column]).toBe(`${today}: ${from.name.en} → ${to.name.en}: Joint development agreed`);
		expect(errors).toEqual([]);
		await clear(page);
		await page.close();
	});

	it('warns when a review is due, marks it in the list, and says nothing of reviews still to come', async () => {
		const overdue = day(-3);
		const { page } = await openWith(site, '/en/accounts/', [
			account({ name: 'Due Today', nextReview: day(0) }),
			account({ name: 'Overdue AG', nextReview: overdue }),
			account({ name: 'Later KG', nextReview: day(1) }),
		]);
		const warning = await text(page, '[data-kam-warning="review"]');
		const items = [`Overdue AG (since ${dateText(overdue)})`, `Due Today (since ${dateText(day(0))})`];
		expect(warning).toBe(t('kam.accounts.warn.review', { names: items.join(', ') }));
		expect(await page.locator('.kam-accounts__due').count()).toBe(2);
		expect(await page.locator('[data-kam-rows="key"] tr', { hasText: 'Later KG' }).innerText()).toContain(dateText(day(1)));
		// Setting a new date in the form ends the warning for that account.
		await page.getByRole('button', { name: 'Edit Overdue AG' }).click();
		await page.locator(`${form} input[name="nextReview"]`).fill(day(180));
		await page.locator(`${form} input[name="name"]`).press('Enter');
		expect(await text(page, '[data-kam-warning="review"]')).toBe(t('kam.accounts.warn.review', { names: items[1]! }));
		await clear(page);
		await page.close();
	});

	it('imports a backup made before review dates, ratings and history existed, unchanged', async () => {
		const old = [
			{
				id: 'old1',
				name: 'Alt GmbH',
				tier: tiers[0]!.id,
				scope: scope.id,
				answers: '',
				assessedAt: '2026-03-01T08:00:00.000Z',
				owner: 'Eva',
				sponsor: true,
			},
			{ id: 'old2', name: 'Klein AG', tier: null, scope: null, answers: '', assessedAt: '2026-03-02T08:00:00.000Z' },
		];
		const backup = JSON.stringify({ format: 'kam-accounts', version: 1, exportedAt: '2026-03-03T08:00:00.000Z', accounts: old });
		// The same data stored by the older version loads unchanged too.
		const { page, errors } = await openWith(site, '/en/accounts/', old);
		expect(await stored(page)).toEqual(old);
		await clear(page);
		await page.reload();
		await page
			.locator('[data-kam-import]')
			.setInputFiles({ name: 'backup-2026-03.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
		await page.locator('input[name="kam-import-mode"][value="replace"]').check();
		await page.getByRole('button', { name: t('kam.accounts.preview.apply'), exact: true }).click();
		expect((await stored(page)).map(({ changedAt: _c, ...a }: Record<string, unknown>) => a)).toEqual(old);
		expect(await page.locator('[data-kam-rows] tr').count()).toBe(2);
		expect(await page.locator('[data-kam-portfolio-empty]').isVisible()).toBe(true);
		expect(errors).toEqual([]);
		await clear(page);
		await page.close();
	});
});

describe('the portfolio chart', () => {
	const rated = [
		account({ id: 'p1', name: 'Top Partner', attractiveness: 4.5, strength: 4.2 }),
		account({ id: 'p2', name: 'Fading Star', attractiveness: 1.5, strength: 1.8 }),
		account({ id: 'p3', name: 'Hidden Gem', tier: null, scope: null, attractiveness: 4.8, strength: 4.6 }),
		account({ id: 'p4', name: 'Not Rated' }),
	];

	it('draws rated accounts as links to their rows, by keyboard, and names the ones whose place does not fit', async () => {
		const { page, errors } = await openWith(site, '/en/accounts/', rated);
		// The drawing code loads once an account is rated: wait for the chart.
		await page.locator('.kam-portfolio__svg').waitFor();
		const points = page.locator('.kam-portfolio__point');
		expect(await points.count()).toBe(3);
		expect(await page.locator('.kam-portfolio__name').allTextContents()).toEqual(['Top Partner', 'Fading Star', 'Hidden Gem']);
		expect(await text(page, '[data-kam-portfolio-note]')).toBe(t('kam.accounts.portfolio.unrated', { count: 1 }));
		// The table says what the chart shows; a place in the lowest quadrant does not fit any tier, nor does
		// an account outside the programme in the highest one (as content/portfolio-review.yaml has it).
		const fits = await page
			.locator('[data-kam-portfolio-rows] tr')
			.evaluateAll((rows) => rows.map((row) => [row.querySelector('th')!.textContent, row.lastElementChild!.textContent]));
		expect(fits).toEqual([
			['Top Partner', t('kam.accounts.portfolio.fits')],
			['Fading Star', t('kam.accounts.portfolio.misfit')],
			['Hidden Gem', t('kam.accounts.portfolio.misfit')],
		]);
		expect(await page.locator('[data-kam-warning="portfolio"]').count()).toBe(2);
		// Tab reaches each point, whose name says it all; Enter goes to its row.
		await page.locator('#portfolio').scrollIntoViewIfNeeded();
		await page.locator('[data-kam-portfolio-drawn] .kam-table-scroll').evaluate((n) => (n as HTMLElement).blur());
		await points.first().focus();
		const label = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
		expect(label).toContain('Top Partner');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toContain(
			t('kam.accounts.portfolio.pointMisfit', { point: '' }).trim(),
		);
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => location.hash)).toBe('#portfolio-p2');
		expect(errors).toEqual([]);
		await clear(page);
		await page.close();
	});

	it('keeps its text at 13 px on a phone, inside the chart', async () => {
		const context = await site.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
		const { page } = await openWith(site, '/en/accounts/', rated, context);
		const chart = page.locator('.kam-portfolio__svg');
		await chart.waitFor();
		const box = (await chart.boundingBox())!;
		expect(box.width).toBeLessThanOrEqual(390);
		const texts = await chart.locator('text').evaluateAll((nodes) =>
			nodes.map((n) => {
				const r = n.getBoundingClientRect();
				return { size: parseFloat(getComputedStyle(n).fontSize), left: r.left, right: r.right };
			}),
		);
		for (const { size, left, right } of texts) {
			expect(size).toBeGreaterThanOrEqual(12);
			expect(left).toBeGreaterThanOrEqual(box.x - 1);
			expect(right).toBeLessThanOrEqual(box.x + box.width + 1);
		}
		await clear(page);
		await context.close();
	});

	it('reads ratings from a CSV with German headers and decimal commas, and exports them again', async () => {
		const { page } = await visit(site, '/de/accounts/');
		await clear(page);
		await page.reload();
		const de = uiText('de');
		const csv = [
			[
				de('kam.accounts.col.name'),
				de('kam.accounts.col.tier'),
				de('kam.accounts.col.scope'),
				de('kam.accounts.col.attractiveness'),
				de('kam.accounts.col.strength'),
				de('kam.accounts.col.nextReview'),
			].join(';'),
			['Komma AG', tiers[0]!.name.de, scope.name.de, '3,75', '4', '1.3.2099'].join(';'),
		].join('\r\n');
		await page.locator('[data-kam-import]').setInputFiles({ name: 'bewertung.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
		await page.getByRole('button', { name: de('kam.accounts.preview.apply'), exact: true }).click();
		expect((await stored(page))[0]).toMatchObject({ name: 'Komma AG', attractiveness: 3.75, strength: 4, nextReview: '2099-03-01' });
		expect(await page.locator('.kam-portfolio__point').getAttribute('aria-label')).toContain('3,75');
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: de('kam.accounts.io.exportCsv') }).click(),
		]);
		const cells = parseCsv((await downloadBytes(download)).toString('utf8'));
		const column = (key: 'attractiveness' | 'strength' | 'nextReview') => cells[1]![cells[0]!.indexOf(de(`kam.accounts.col.${key}`))];
		expect([column('attractiveness'), column('strength'), column('nextReview')]).toEqual(['3,75', '4', '2099-03-01']);
		await clear(page);
		await page.close();
	});
});

describe('what a stored self-assessment says', () => {
	it('shows its result, flags and revenue band in the list', async () => {
		const { model } = loadRealAssessment();
		// Every statement rated in the middle: the comparison is close or weak, whatever the questionnaire – a flag.
		const answers: Answers = {
			gates: model.gates.map(() => true),
			ratings: model.statements.map(() => 3),
			scope: scope.id,
			revenue: model.revenueBands > 0 ? model.revenueBands : null,
			name: 'Flagged',
		};
		const code = encodeAnswers(model, answers);
		const summary = summariseCode(model, code)!;
		expect(summary.flags.length, 'the fixture answers raise a flag').toBeGreaterThan(0);
		expect(scoreAssessment(model, answers).status).not.toBe('incomplete');
		const { page } = await openWith(site, '/en/accounts/', [account({ name: 'Flagged', tier: tiers[0]!.id, answers: code })]);
		const cell = await page.locator('[data-kam-rows="key"] tr').first().locator('td').first().innerText();
		expect(cell).toContain(t('kam.accounts.list.assessedAs', { result: '' }).trim());
		for (const flag of summary.flags) expect(cell).toContain(t(`kam.assessment.flag.${flag}`));
		if (model.revenueBands > 0)
			expect(cell).toContain(
				t('kam.accounts.list.revenueBand', {
					band: realContent()
						.assessment.find((e) => e.kind === 'revenue')!
						.bands.at(-1)!.en,
				}),
			);
		await clear(page);
		await page.close();
	});
});
