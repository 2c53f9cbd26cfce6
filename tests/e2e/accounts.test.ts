// The accounts workspace in a real browser, for any tiers and scopes: private, imported and exported safely, printed,
// accessible, within its JavaScript budget and responsive with 1,000 accounts. (Keeping accounts by keyboard, the
// warnings in German and an account from the self-assessment, on the sample, are in tests/sample/e2e/accounts.test.ts.)
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNT_WARNING_RULES } from '#src/config/account-warnings.ts';
import { LANGUAGES } from '#src/config/locales.ts';
import { uiText } from '#src/data/ui-text.ts';
import { CSV_COLUMNS } from '#src/domain/accounts/transfer.ts';
import { parseCsv } from '#src/lib/csv.ts';
import { realContent } from '#tests/fixtures/real-content.ts';
import { axeViolations, downloadBytes, openSite, visit, type Site } from './harness.ts';
import { ACCOUNTS_KEY as KEY, account as anyAccount, clear, stored, text, withAccounts as openWith } from './islands.ts';

let site: Site;
beforeAll(async () => {
	site = await openSite();
});
afterAll(async () => {
	await site?.close();
});

const { tiers, geographies } = realContent();
const t = { de: uiText('de'), en: uiText('en') };
const [firstTier, lastTier] = [tiers[0]!, tiers.at(-1)!];
const [firstScope, lastScope] = [geographies[0]!, geographies.at(-1)!];
/** A stored account in the first tier and the first scope unless `over` says otherwise. */
const account = (over: Record<string, unknown>) => anyAccount({ tier: firstTier.id, scope: firstScope.id, ...over });
const withAccounts = (path: string, accounts: unknown[], context?: BrowserContext) => openWith(site, path, accounts, context);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The first eight CSV column headers of a language (what files from before the review date and ratings had). */
const columns = (lang: 'de' | 'en') => CSV_COLUMNS.slice(0, 8).map((c) => t[lang](`kam.accounts.col.${c}`));
const quote = (s: string) => `"${s.replaceAll('"', '""')}"`;

describe('private by design', () => {
	it('works for the session and says so when storage is unavailable', async () => {
		const page = await site.context.newPage();
		await page.addInitScript(() => {
			Object.defineProperty(window, 'localStorage', {
				get() {
					throw new DOMException('denied', 'SecurityError');
				},
			});
		});
		await page.goto(site.url('/en/accounts/'));
		expect(await text(page, '[data-kam-storage]')).toBe(t.en('kam.accounts.storageUnavailable'));
		await page.locator('[data-kam-form] input[name="name"]').fill('Session Only');
		await page.locator('[data-kam-form] input[name="name"]').press('Enter');
		expect(await text(page, '[data-kam-status]')).toBe(t.en('kam.accounts.added', { name: 'Session Only' }));
		expect(await page.locator('[data-kam-rows="key"] tr').count()).toBe(1);
		await page.close();
	});

	it('keeps working when storage is full', async () => {
		const page = await site.context.newPage();
		await page.addInitScript(() => {
			Storage.prototype.setItem = () => {
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			};
		});
		await page.goto(site.url('/en/accounts/'));
		await page.locator('[data-kam-form] input[name="name"]').fill('Too Much');
		await page.locator('[data-kam-form] input[name="name"]').press('Enter');
		expect(await text(page, '[data-kam-storage]')).toBe(t.en('kam.accounts.storageFull'));
		expect(await page.locator('[data-kam-rows="key"] tr').count()).toBe(1);
		await page.close();
	});

	it('deletes everything after confirmation in a dialog, and undoes it in one step', async () => {
		const { page } = await withAccounts('/en/accounts/', [account({ name: 'A' }), account({ name: 'B', tier: null, scope: null })]);
		const deleteAll = page.getByRole('button', { name: t.en('kam.accounts.delete.button') });
		await deleteAll.click();
		const dialog = page.getByRole('dialog', { name: t.en('kam.accounts.confirm.delete.title') });
		expect(await dialog.getByText(t.en('kam.accounts.confirm.delete.body', { count: 2 })).isVisible()).toBe(true);
		// Cancel has the focus first; Escape cancels, and the focus returns to the button.
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(t.en('kam.accounts.confirm.cancel'));
		await page.keyboard.press('Escape');
		expect(await dialog.isVisible()).toBe(false);
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(t.en('kam.accounts.delete.button'));
		expect(await stored(page)).toHaveLength(2);
		await deleteAll.click();
		await dialog.getByRole('button', { name: t.en('kam.accounts.confirm.delete.button', { count: 2 }) }).click();
		// The dialog's close event, which carries the answer, is dispatched in a task of its own after the click.
		await expect.poll(() => text(page, '[data-kam-delete-status]')).toBe(t.en('kam.accounts.delete.done'));
		expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull();
		await page
			.locator('kam-accounts-delete')
			.getByRole('button', { name: t.en('kam.accounts.undo') })
			.click();
		expect(await text(page, '[data-kam-delete-status]')).toBe(t.en('kam.accounts.undone', { what: t.en('kam.accounts.undo.deleteAll') }));
		expect((await stored(page)).map((a: { name: string }) => a.name)).toEqual(['A', 'B']);
		await clear(page);
		await page.close();
	});
});

const PAYLOADS = [
	'<img src=x onerror="window.__xss=1">',
	'"><script>window.__xss=1</script>',
	'javascript:window.__xss=1',
	'<svg onload="window.__xss=1"></svg>',
	'</script><iframe srcdoc="<script>parent.__xss=1</script>">',
];

describe('import, export and hostile text', () => {
	// The policy alone would stop an injected handler from running; with it switched off, only rendering text as
	// text keeps the payloads harmless, which is what these cases check.
	let open: BrowserContext;
	beforeAll(async () => {
		open = await site.newContext({ bypassCSP: true });
	});

	async function importFile(page: Page, name: string, content: string, mode: 'merge' | 'replace' = 'merge') {
		await page
			.locator('[data-kam-import]')
			.setInputFiles({ name, mimeType: name.endsWith('.json') ? 'application/json' : 'text/csv', buffer: Buffer.from(content) });
		await page.locator('[data-kam-preview]').waitFor({ state: 'visible' });
		await page.locator(`input[name="kam-import-mode"][value="${mode}"]`).check();
		await page.getByRole('button', { name: t.en('kam.accounts.preview.apply'), exact: true }).click();
		// Replacing a list that is not empty asks first.
		const confirm = page.locator('[data-kam-dialog] [data-kam-dialog-confirm]');
		if (mode === 'replace' && (await page.locator('[data-kam-dialog]').evaluate((d: HTMLDialogElement) => d.open))) await confirm.click();
		await page.locator('[data-kam-preview]').waitFor({ state: 'hidden' });
	}
	async function noPayloadRan(page: Page) {
		// Nothing to wait for when all is well: give an injected handler (an image's onerror) the moment it would need.
		await page.waitForTimeout(200);
		expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
		expect(await page.locator('kam-accounts img, kam-accounts svg:not([class]), kam-accounts iframe').count()).toBe(0);
		expect(await page.locator('kam-accounts script').count()).toBe(1); // the config only
	}

	it('renders XSS payloads imported by CSV in every field as text', async () => {
		const { page, errors } = await visit(site, '/en/accounts/', { context: open });
		await clear(page);
		await page.reload();
		const header = columns('en').join(';');
		const rows = PAYLOADS.map((p) =>
			[p, firstTier.name.en, firstScope.name.en, p, p.slice(0, 40), t.en('kam.accounts.yes'), p, ''].map(quote).join(';'),
		);
		const hostile = PAYLOADS.map((p) => [p, p, p, p, p, p, p, p].map(quote).join(';'));
		await importFile(page, 'hostile.csv', [header, ...rows, ...hostile].join('\r\n'));
		expect(await text(page, '[data-kam-io-status]')).toBe(
			t.en('kam.accounts.preview.done', { added: PAYLOADS.length, updated: 0, unchanged: 0, skipped: PAYLOADS.length }),
		);
		const names = await page.locator('[data-kam-rows="key"] th').allInnerTexts();
		expect(names).toEqual(PAYLOADS.map((p) => p.replace(/\s+/g, ' ')));
		await noPayloadRan(page);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('renders XSS payloads imported by JSON in every field as text, and the preview shows row errors', async () => {
		const { page, errors } = await visit(site, '/en/accounts/', { context: open });
		await clear(page);
		await page.reload();
		const entries = PAYLOADS.flatMap((p) => [
			{
				id: p,
				name: p,
				tier: lastTier.id,
				scope: lastScope.id,
				owner: p,
				revenue: p.slice(0, 40),
				notes: p,
				answers: '',
				sponsor: true,
				assessedAt: p,
			},
			{ id: 'x', name: p, tier: p, scope: p, owner: p, answers: p },
		]);
		await page.locator('[data-kam-import]').setInputFiles({
			name: 'backup.json',
			mimeType: 'application/json',
			buffer: Buffer.from(JSON.stringify({ format: 'kam-accounts', version: 1, accounts: entries })),
		});
		await page.locator('[data-kam-preview]').waitFor({ state: 'visible' });
		expect(await text(page, '[data-kam-preview-counts]')).toBe(
			t.en('kam.accounts.preview.counts', { file: 'backup.json', valid: PAYLOADS.length, invalid: PAYLOADS.length }),
		);
		// "Entry 2 (<the name>): “<the tier>” is not a tier …" – name and tier are payloads, shown as text.
		const known = [...tiers.map((tier) => tier.name.en), t.en('kam.accounts.field.notKey')].join(', ');
		const [before, after] = t
			.en('kam.accounts.preview.entry', {
				line: 2,
				name: '\0',
				errors: t.en('kam.accounts.rowErr.tier-unknown', { value: PAYLOADS[0]!, known }),
			})
			.split('\0');
		expect(await page.locator('[data-kam-preview-errors] li').first().innerText()).toMatch(
			new RegExp(`^${escape(before!)}.*${escape(after!)}`),
		);
		await noPayloadRan(page);
		await page.getByRole('button', { name: t.en('kam.accounts.preview.apply'), exact: true }).click();
		expect(await page.locator('[data-kam-rows="key"] tr').count()).toBe(PAYLOADS.length);
		expect(await page.locator(`td[data-kam-cell="${lastTier.id} ${lastScope.id}"] li`).count()).toBe(PAYLOADS.length);
		await noPayloadRan(page);
		expect(errors).toEqual([]);
		await clear(page);
		await page.close();
	});

	it('never drops data silently: cancel keeps, merge adds, replace replaces; oversized files are refused', async () => {
		const { page } = await withAccounts('/en/accounts/', [account({ name: 'Kept' })]);
		// German headers and names, then English ones: the import reads both.
		const german =
			[columns('de').slice(0, 3).join(','), ['Neu', firstTier.name.de, lastScope.name.de].map(quote).join(',')].join('\r\n') + '\r\n';
		const english =
			[columns('en').slice(0, 3).join(';'), ['Only', lastTier.name.en, firstScope.name.en].map(quote).join(';')].join('\r\n') + '\r\n';
		await page.locator('[data-kam-import]').setInputFiles({ name: 'a.csv', mimeType: 'text/csv', buffer: Buffer.from(german) });
		await page.getByRole('button', { name: t.en('kam.accounts.preview.cancel') }).click();
		expect(await text(page, '[data-kam-io-status]')).toBe(t.en('kam.accounts.preview.cancelled'));
		expect((await stored(page)).map((a: { name: string }) => a.name)).toEqual(['Kept']);
		await importFile(page, 'a.csv', german, 'merge');
		expect((await stored(page)).map((a: { name: string }) => a.name)).toEqual(['Kept', 'Neu']);
		await importFile(page, 'b.csv', english, 'replace');
		expect((await stored(page)).map((a: { name: string }) => a.name)).toEqual(['Only']);
		await page
			.locator('[data-kam-import]')
			.setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.alloc(5 * 1024 * 1024 + 1, 'a') });
		expect(await text(page, '[data-kam-io-status]')).toBe(t.en('kam.accounts.problem.too-large'));
		await page
			.locator('[data-kam-import]')
			.setInputFiles({ name: 'rows.csv', mimeType: 'text/csv', buffer: Buffer.from('Name\n' + 'x\n'.repeat(5001)) });
		await expect.poll(() => text(page, '[data-kam-io-status]')).toBe(t.en('kam.accounts.problem.too-many-rows'));
		expect((await stored(page)).map((a: { name: string }) => a.name)).toEqual(['Only']);
		await clear(page);
		await page.close();
	});

	it('exports CSV with formula cells neutralised, and a JSON backup that imports again', async () => {
		const { page } = await withAccounts('/de/accounts/', [
			account({
				name: '=HYPERLINK("http://evil","x")',
				owner: '+49 170 1234',
				revenue: '-5 %',
				notes: '@SUM(A1:A9)',
				tier: firstTier.id,
				scope: lastScope.id,
				sponsor: true,
			}),
		]);
		const [csvDownload] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: t.de('kam.accounts.io.exportCsv') }).click(),
		]);
		expect(csvDownload.suggestedFilename()).toBe('key-accounts-de.csv');
		const csv = (await downloadBytes(csvDownload)).toString('utf8');
		expect(csv.startsWith('\uFEFF')).toBe(true);
		const cells = parseCsv(csv);
		expect(cells[0]).toEqual(CSV_COLUMNS.map((c) => t.de(`kam.accounts.col.${c}`)));
		expect(cells[1]).toEqual([
			'\'=HYPERLINK("http://evil","x")',
			firstTier.name.de,
			lastScope.name.de,
			"'+49 170 1234",
			"'-5 %",
			t.de('kam.accounts.yes'),
			"'@SUM(A1:A9)",
			'',
			'',
			'',
			'',
			'',
		]);
		const [jsonDownload] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: t.de('kam.accounts.io.exportJson') }).click(),
		]);
		const backup = JSON.parse((await downloadBytes(jsonDownload)).toString('utf8'));
		expect(backup).toMatchObject({
			format: 'kam-accounts',
			version: 1,
			accounts: [{ name: '=HYPERLINK("http://evil","x")', sponsor: true }],
		});
		// The exported CSV imports again unchanged (the guard apostrophes are taken off).
		await page.locator('[data-kam-import]').setInputFiles({ name: 'back.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
		await page.locator('input[name="kam-import-mode"][value="replace"]').check();
		await page.getByRole('button', { name: t.de('kam.accounts.preview.apply'), exact: true }).click();
		expect(await stored(page)).toMatchObject([
			{ name: '=HYPERLINK("http://evil","x")', owner: '+49 170 1234', revenue: '-5 %', notes: '@SUM(A1:A9)', sponsor: true },
		]);
		await clear(page);
		await page.close();
	});
});

describe('print, accessibility, budget and scale', () => {
	it('prints the matrix without navigation or controls', async () => {
		const { page } = await withAccounts('/en/accounts/', [account({ name: 'Printed' })]);
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('.kam-accounts__matrix').isVisible()).toBe(true);
		expect(await page.locator(`td[data-kam-cell="${firstTier.id} ${firstScope.id}"] li`).first().isVisible()).toBe(true);
		for (const selector of ['nav.sidebar', 'header.header', '[data-kam-form]', '[data-kam-import]', '.kam-accounts__actions'])
			expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
		await clear(page);
		await page.close();
	});

	for (const dark of [false, true])
		for (const lang of LANGUAGES)
			it(`has no axe violations with accounts present (${lang}, ${dark ? 'dark' : 'light'})`, async () => {
				const { page } = await visit(site, `/${lang}/accounts/`, { dark });
				// One owner with one account too many: exactly one warning shows, whatever the tiers' names. Every
				// account is rated, at places that fit it, so the portfolio chart is checked too.
				const list = [
					...Array.from({ length: ACCOUNT_WARNING_RULES.maxPerOwner + 1 }, (_, i) =>
						account({
							name: `Axe AG ${i + 1}`,
							owner: 'Eva',
							sponsor: true,
							tier: tiers[i % tiers.length]!.id,
							attractiveness: 4 + i / 10,
							strength: 4.5,
						}),
					),
					account({ name: 'Nope', tier: null, scope: null, attractiveness: 2, strength: 2 }),
				];
				await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [KEY, JSON.stringify(list)]);
				await page.reload();
				expect(await page.locator('[data-kam-warnings] li').count()).toBe(1);
				await page.locator('.kam-portfolio__svg').waitFor();
				expect(await page.locator('.kam-portfolio__point').count()).toBe(list.length);
				expect(await axeViolations(page)).toEqual([]);
				await clear(page);
				await page.close();
			});

	it('ships at most 20 KB (gzip) of JavaScript for the island', () => {
		const scripts = (page: string) =>
			new Set([...readFileSync(`dist/${page}/index.html`, 'utf8').matchAll(/src="([^"]+\.js)"/g)].map((m) => m[1]!));
		for (const lang of LANGUAGES) {
			const plain = scripts(`${lang}/glossary`);
			const own = [...scripts(`${lang}/accounts`)].filter((s) => !plain.has(s));
			expect(own.length).toBeGreaterThan(0);
			// The island's module and every module it imports.
			const files = new Set<string>();
			const add = (file: string) => {
				if (files.has(file) || plain.has(file)) return;
				files.add(file);
				for (const m of readFileSync(`dist${file}`, 'utf8').matchAll(/(?:import|from)\s*["'](\.\/[^"']+\.js)["']/g))
					add(new URL(m[1]!, `http://x${file}`).pathname);
			};
			own.forEach(add);
			const gzip = [...files].reduce((sum, f) => sum + gzipSync(readFileSync(`dist${f}`), { level: 9 }).length, 0);
			console.log(`accounts workspace island (${lang}): ${[...files].join(', ')} – ${gzip} bytes gzip`);
			expect(gzip).toBeLessThanOrEqual(20 * 1024);
		}
	});

	it('pages through 5,000 accounts and finds one by name (times: npm run bench, see docs/performance.md)', async () => {
		// Every tier and "not a key account" in turn, key accounts alternating between the first and the last scope.
		const kinds = [...tiers.map((tier) => tier.id), null];
		const list = Array.from({ length: 4999 }, (_, i) => {
			const tier = kinds[i % kinds.length]!;
			return account({
				name: `Account ${i + 1}`,
				tier,
				scope: tier === null ? null : i % 2 ? lastScope.id : firstScope.id,
				owner: `Owner ${i % 40}`,
				sponsor: i % 3 === 0,
			});
		});
		// The cell of the first key account in the last scope (in the sample: Key Account · Global, a quarter of the list).
		const placed = list.find((a) => a.tier !== null && a.scope === lastScope.id)!;
		const cell = `${placed.tier} ${placed.scope}`;
		const inCell = list.filter((a) => `${a.tier} ${a.scope}` === cell).length;
		const keyAccounts = list.filter((a) => a.tier !== null);
		const { page, errors } = await withAccounts('/en/accounts/', list);
		// Lists show a page of 100 rows; the matrix counts all.
		const rows = page.locator('[data-kam-rows="key"] tr');
		expect(await rows.count()).toBe(100);
		expect(await text(page, `td[data-kam-cell="${cell}"] [data-kam-count]`)).toBe(t.en('kam.accounts.matrix.count', { count: inCell }));
		const keyList = page.locator('kam-accounts-list[data-kind="key"]');
		const range = (from: number, to: number) => t.en('kam.accounts.list.range', { from, to, count: keyAccounts.length });
		expect(await keyList.locator('[data-kam-range]').innerText()).toBe(range(1, 100));
		const next = keyList.getByRole('button', { name: t.en('kam.accounts.list.next') });
		await next.click();
		expect(await keyList.locator('[data-kam-range]').innerText()).toBe(range(101, 200));
		expect(await rows.first().locator('th').innerText()).toBe(keyAccounts[100]!.name);
		// By keyboard to the last page: the focus stays in the pager when Next disappears.
		const pages = Math.ceil(keyAccounts.length / 100);
		for (let i = 2; i < pages; i++) await page.keyboard.press('Enter');
		expect(await next.isVisible()).toBe(false);
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(t.en('kam.accounts.list.previous'));
		expect(await keyList.locator('[data-kam-range]').innerText()).toBe(range((pages - 1) * 100 + 1, keyAccounts.length));
		// An added account is there, and the filter finds it among all.
		await page.locator('[data-kam-form] input[name="name"]').fill('One more');
		await page.locator('[data-kam-form] input[name="name"]').press('Enter');
		expect(await text(page, '[data-kam-status]')).toBe(t.en('kam.accounts.added', { name: 'One more' }));
		await keyList.getByRole('searchbox', { name: t.en('kam.accounts.list.filter') }).fill('one MORE');
		expect(await rows.locator('th').allInnerTexts()).toEqual(['One more']);
		expect(await stored(page)).toHaveLength(5000);
		expect(errors).toEqual([]);
		await clear(page);
		await page.close();
	});
});
