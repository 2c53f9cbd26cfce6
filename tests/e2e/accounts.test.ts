// The accounts workspace in a real browser: kept by keyboard, warned, private, imported and exported safely, printed,
// accessible, and within its JavaScript budget.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountFixtures } from '#tests/fixtures/assessment-accounts.ts';
import { loadRealAssessment } from '#tests/fixtures/real-content.ts';
import { answersHash, encodeAnswers } from '#src/domain/assessment/link.ts';
import { parseCsv } from '#src/lib/csv.ts';
import { axeViolations, openSite, visit, type Site } from './harness.ts';

let site: Site;
beforeAll(async () => {
	site = await openSite();
});
afterAll(async () => {
	await site?.close();
});

const { model } = loadRealAssessment();
const KEY = 'kam.accounts.v1';
const stored = async (page: Page) => JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY)) ?? '[]');
const clear = (page: Page) => page.evaluate((k) => localStorage.removeItem(k), KEY);
const text = (page: Page, selector: string) => page.locator(selector).first().innerText();
const account = (over: Record<string, unknown>) => ({
	id: `a${Math.random().toString(36).slice(2, 10)}`,
	name: 'Acme',
	tier: 'key',
	scope: 'national',
	answers: '',
	assessedAt: '2026-01-01T00:00:00.000Z',
	...over,
});
async function withAccounts(path: string, accounts: unknown[]) {
	const { page, errors } = await visit(site, path);
	await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [KEY, JSON.stringify(accounts)]);
	await page.reload();
	return { page, errors };
}
const focusedName = (page: Page) =>
	page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name ?? document.activeElement?.id ?? '');

describe('keeping accounts by keyboard', () => {
	it('adds, edits, reclassifies and removes accounts with the keyboard alone', async () => {
		const { page, errors } = await visit(site, '/en/accounts/');
		await clear(page);
		await page.reload();
		expect(await page.locator('[data-kam-nojs]').isVisible()).toBe(false);
		expect(await text(page, '[data-kam-no-warnings]')).toBe('No warnings: the list is within the usual limits.');

		// Tab from the top of the page to the name field.
		let presses = 0;
		while ((await focusedName(page)) !== 'name' && presses++ < 80) await page.keyboard.press('Tab');
		expect(await focusedName(page)).toBe('name');
		await page.keyboard.type('Hofmann Foods');
		await page.keyboard.press('Tab'); // tier: Strategic Key Account is first
		await page.keyboard.press('Tab'); // scope
		await page.keyboard.press('ArrowDown'); // Global
		await page.keyboard.press('Tab');
		await page.keyboard.type('Eva Meier');
		await page.keyboard.press('Enter');
		expect(await text(page, '[data-kam-status]')).toBe('Hofmann Foods added.');
		expect(await focusedName(page)).toBe('name');
		expect(await stored(page)).toMatchObject([
			{ name: 'Hofmann Foods', tier: 'strategic', scope: 'global', owner: 'Eva Meier', answers: '' },
		]);
		expect(await text(page, '[data-kam-cell="strategic global"] [data-kam-count]')).toBe('Accounts: 1');
		expect(await page.locator('td[data-kam-cell="strategic global"] li').allInnerTexts()).toEqual(['Hofmann Foods']);
		expect(await text(page, '[data-kam-warning="sponsor"]')).toContain(
			'Strategic Key Account without an executive sponsor: Hofmann Foods.',
		);

		// An empty name is refused with a message, and focus stays on the field.
		await page.keyboard.press('Enter');
		expect(await text(page, '[data-kam-form-error]')).toBe("Enter the account's name.");
		expect(await focusedName(page)).toBe('name');

		// Edit: focus the row's Edit button and press Enter; tick the sponsor; save.
		await page.getByRole('button', { name: 'Edit Hofmann Foods' }).focus();
		await page.keyboard.press('Enter');
		expect(await focusedName(page)).toBe('name');
		expect(await page.locator('[data-kam-form] input[name="name"]').inputValue()).toBe('Hofmann Foods');
		await page.locator('[data-kam-form] input[name="sponsor"]').focus();
		await page.keyboard.press('Space');
		await page.keyboard.press('Shift+Tab'); // notes
		await page.keyboard.press('Enter');
		expect(await text(page, '[data-kam-status]')).toBe('Hofmann Foods saved.');
		expect((await stored(page))[0]).toMatchObject({ sponsor: true, owner: 'Eva Meier' });
		expect(await page.locator('[data-kam-warning="sponsor"]').count()).toBe(0);

		// Reclassify with the row's select and Move button.
		await page.getByRole('combobox', { name: 'New cell for Hofmann Foods' }).focus();
		await page.keyboard.press('ArrowDown'); // options follow the matrix: Strategic · Global → Key Account · National
		expect(await page.getByRole('combobox', { name: 'New cell for Hofmann Foods' }).inputValue()).toBe('key national');
		await page.getByRole('button', { name: 'Move Hofmann Foods', exact: true }).focus();
		await page.keyboard.press('Enter');
		expect(await text(page, '[data-kam-status]')).toBe('Hofmann Foods moved: Key Account · National.');
		expect(await text(page, '[data-kam-cell="key national"] [data-kam-count]')).toBe('Accounts: 1');
		expect(await text(page, '[data-kam-cell="strategic global"] [data-kam-count]')).toBe('Accounts: 0');

		// Not a key account: moves to the separate list.
		await page.getByRole('combobox', { name: 'New cell for Hofmann Foods' }).selectOption('');
		await page.getByRole('button', { name: 'Move Hofmann Foods', exact: true }).press('Enter');
		expect(await page.locator('[data-kam-rows="none"] tr').count()).toBe(1);
		expect(await page.locator('[data-kam-rows="key"] tr').count()).toBe(0);
		expect(await text(page, '[data-kam-totals]')).toBe('0 key accounts in the matrix, 1 not key accounts.');

		// Remove.
		await page.getByRole('button', { name: 'Remove Hofmann Foods' }).press('Enter');
		expect(await text(page, '[data-kam-status]')).toBe('Hofmann Foods removed.');
		expect(await stored(page)).toEqual([]);
		expect(errors).toEqual([]);
		await page.close();
	});
});

describe('warnings', () => {
	it('warns about the total, an overloaded owner, a missing sponsor and a contradicting tier', async () => {
		const smartFixture = accountFixtures.find((f) => f.expected.tier === 'smart' && !f.expected.borderline)!;
		const answers = encodeAnswers(model, {
			gates: model.gates.map((id) => smartFixture.gates[id as keyof typeof smartFixture.gates]),
			ratings: model.statements.map((s) => smartFixture.ratings[s.id as keyof typeof smartFixture.ratings]),
			scope: smartFixture.scope,
			revenue: smartFixture.revenue,
			name: 'Contra',
		});
		const list = [
			...Array.from({ length: 35 }, (_, i) => account({ name: `Account ${i + 1}`, owner: i < 6 ? 'Jonas Weber' : undefined })),
			account({ name: 'Big Pharma', tier: 'strategic', scope: 'global' }),
			account({ name: 'Contra', tier: 'key', scope: smartFixture.scope, answers }),
		];
		const { page, errors } = await withAccounts('/de/accounts/', list);
		const warnings = await page.locator('[data-kam-warnings] li').allInnerTexts();
		expect(warnings).toHaveLength(4);
		expect(warnings[0]).toMatch(/^Insgesamt 37 Key Accounts\./);
		expect(warnings[1]).toMatch(/^Jonas Weber verantwortet 6 Key Accounts\./);
		expect(warnings[2]).toMatch(/^Strategic Key Account ohne Executive Sponsor: Big Pharma\./);
		expect(warnings[3]).toMatch(
			/^Contra: Die von Hand gewählte Kategorie \(Key Account\) widerspricht der gespeicherten Selbsteinschätzung \(Smart Key Account\)/,
		);
		expect(errors).toEqual([]);
		await clear(page);
		await page.close();
	});
});

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
		expect(await text(page, '[data-kam-storage]')).toContain('works for this session only');
		await page.locator('[data-kam-form] input[name="name"]').fill('Session Only');
		await page.locator('[data-kam-form] input[name="name"]').press('Enter');
		expect(await text(page, '[data-kam-status]')).toBe('Session Only added.');
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
		expect(await text(page, '[data-kam-storage]')).toContain('storage is full');
		expect(await page.locator('[data-kam-rows="key"] tr').count()).toBe(1);
		await page.close();
	});

	it('deletes everything after confirmation', async () => {
		const { page } = await withAccounts('/en/accounts/', [account({ name: 'A' }), account({ name: 'B', tier: null, scope: null })]);
		page.once('dialog', (dialog) => void dialog.accept());
		await page.getByRole('button', { name: 'Delete all my accounts' }).click();
		expect(await text(page, '[data-kam-delete-status]')).toBe('All accounts deleted.');
		expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull();
		await page.close();
	});

	it('shows an account saved from the self-assessment', async () => {
		const f = accountFixtures.find((x) => x.expected.tier === 'strategic' && !x.expected.borderline)!;
		const hash = answersHash(model, {
			gates: model.gates.map((id) => f.gates[id as keyof typeof f.gates]),
			ratings: model.statements.map((s) => f.ratings[s.id as keyof typeof f.ratings]),
			scope: f.scope,
			revenue: f.revenue,
			name: 'Packwerk',
		});
		const { page } = await visit(site, `/de/assessment/${hash}`);
		await clear(page);
		await page.getByRole('button', { name: 'Zu meinen Accounts hinzufügen' }).click();
		await page.getByRole('link', { name: 'Meine Accounts in der Key Account Matrix öffnen' }).click();
		await page.waitForURL(/\/de\/accounts\/$/);
		expect(await page.locator(`td[data-kam-cell="strategic ${f.scope}"] li`).allInnerTexts()).toEqual(['Packwerk']);
		expect(await page.locator('[data-kam-rows="key"] th').allInnerTexts()).toEqual(['Packwerk']);
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
	async function importFile(page: Page, name: string, content: string, mode: 'merge' | 'replace' = 'merge') {
		await page
			.locator('[data-kam-import]')
			.setInputFiles({ name, mimeType: name.endsWith('.json') ? 'application/json' : 'text/csv', buffer: Buffer.from(content) });
		await page.locator('[data-kam-preview]').waitFor({ state: 'visible' });
		await page.locator(`input[name="kam-import-mode"][value="${mode}"]`).check();
		await page.getByRole('button', { name: 'Import', exact: true }).click();
	}
	async function noPayloadRan(page: Page) {
		await page.waitForTimeout(200);
		expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
		expect(await page.locator('kam-accounts img, kam-accounts svg:not([class]), kam-accounts iframe').count()).toBe(0);
		expect(await page.locator('kam-accounts script').count()).toBe(1); // the config only
	}

	it('renders XSS payloads imported by CSV in every field as text', async () => {
		const { page, errors } = await visit(site, '/en/accounts/');
		await clear(page);
		await page.reload();
		const header = 'Name;Tier;Scope;Owner;Revenue;Executive sponsor;Notes;Assessment code';
		const quote = (s: string) => `"${s.replaceAll('"', '""')}"`;
		const rows = PAYLOADS.map((p) => [p, 'Key Account', 'National', p, p.slice(0, 40), 'yes', p, ''].map(quote).join(';'));
		const hostile = PAYLOADS.map((p) => [p, p, p, p, p, p, p, p].map(quote).join(';'));
		await importFile(page, 'hostile.csv', [header, ...rows, ...hostile].join('\r\n'));
		expect(await text(page, '[data-kam-io-status]')).toBe(`Imported: ${PAYLOADS.length} added, 0 updated, ${PAYLOADS.length} skipped.`);
		const names = await page.locator('[data-kam-rows="key"] th').allInnerTexts();
		expect(names).toEqual(PAYLOADS.map((p) => p.replace(/\s+/g, ' ')));
		await noPayloadRan(page);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('renders XSS payloads imported by JSON in every field as text, and the preview shows row errors', async () => {
		const { page, errors } = await visit(site, '/en/accounts/');
		await clear(page);
		await page.reload();
		const entries = PAYLOADS.flatMap((p) => [
			{
				id: p,
				name: p,
				tier: 'smart',
				scope: 'global',
				owner: p,
				revenue: p.slice(0, 40),
				notes: p,
				answers: '',
				sponsor: true,
				assessedAt: p,
			},
			{ id: 'x', name: p, tier: p, scope: p, owner: p, answers: p },
		]);
		await page
			.locator('[data-kam-import]')
			.setInputFiles({
				name: 'backup.json',
				mimeType: 'application/json',
				buffer: Buffer.from(JSON.stringify({ format: 'kam-accounts', version: 1, accounts: entries })),
			});
		await page.locator('[data-kam-preview]').waitFor({ state: 'visible' });
		expect(await text(page, '[data-kam-preview-counts]')).toBe(
			`backup.json: ${PAYLOADS.length} rows can be imported, ${PAYLOADS.length} have errors and will be skipped.`,
		);
		expect(await page.locator('[data-kam-preview-errors] li').first().innerText()).toMatch(
			/^Row 2 \(.*\): The tier is not one of this playbook's tiers\./,
		);
		await noPayloadRan(page);
		await page.getByRole('button', { name: 'Import', exact: true }).click();
		expect(await page.locator('[data-kam-rows="key"] tr').count()).toBe(PAYLOADS.length);
		expect(await page.locator('td[data-kam-cell="smart global"] li').count()).toBe(PAYLOADS.length);
		await noPayloadRan(page);
		expect(errors).toEqual([]);
		await clear(page);
		await page.close();
	});

	it('never drops data silently: cancel keeps, merge adds, replace replaces; oversized files are refused', async () => {
		const { page } = await withAccounts('/en/accounts/', [account({ name: 'Kept' })]);
		await page
			.locator('[data-kam-import]')
			.setInputFiles({
				name: 'a.csv',
				mimeType: 'text/csv',
				buffer: Buffer.from('Name,Kategorie,Reichweite\r\nNeu,Key Account,Global\r\n'),
			});
		await page.getByRole('button', { name: 'Cancel import' }).click();
		expect(await text(page, '[data-kam-io-status]')).toBe('Import cancelled; nothing changed.');
		expect((await stored(page)).map((a: { name: string }) => a.name)).toEqual(['Kept']);
		await importFile(page, 'a.csv', 'Name,Kategorie,Reichweite\r\nNeu,Key Account,Global\r\n', 'merge');
		expect((await stored(page)).map((a: { name: string }) => a.name)).toEqual(['Kept', 'Neu']);
		await importFile(page, 'b.csv', 'Name;Tier;Scope\r\nOnly;Smart Key Account;National\r\n', 'replace');
		expect((await stored(page)).map((a: { name: string }) => a.name)).toEqual(['Only']);
		await page
			.locator('[data-kam-import]')
			.setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.alloc(5 * 1024 * 1024 + 1, 'a') });
		expect(await text(page, '[data-kam-io-status]')).toBe('The file is larger than 5 MB. Split it and import the parts.');
		await page
			.locator('[data-kam-import]')
			.setInputFiles({ name: 'rows.csv', mimeType: 'text/csv', buffer: Buffer.from('Name\n' + 'x\n'.repeat(5001)) });
		await expect.poll(() => text(page, '[data-kam-io-status]')).toBe('The file has more than 5,000 rows. Split it and import the parts.');
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
				tier: 'strategic',
				scope: 'global',
				sponsor: true,
			}),
		]);
		const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV exportieren' }).click()]);
		expect(csvDownload.suggestedFilename()).toBe('key-accounts-de.csv');
		const csv = readFileSync((await csvDownload.path())!, 'utf8');
		expect(csv.startsWith('\uFEFF')).toBe(true);
		const cells = parseCsv(csv);
		expect(cells[0]).toEqual([
			'Name',
			'Kategorie',
			'Reichweite',
			'Verantwortlich',
			'Umsatz',
			'Executive Sponsor',
			'Notizen',
			'Einschätzungscode',
		]);
		expect(cells[1]).toEqual([
			'\'=HYPERLINK("http://evil","x")',
			'Strategic Key Account',
			'Global',
			"'+49 170 1234",
			"'-5 %",
			'ja',
			"'@SUM(A1:A9)",
			'',
		]);
		const [jsonDownload] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'JSON-Sicherung exportieren' }).click(),
		]);
		const backup = JSON.parse(readFileSync((await jsonDownload.path())!, 'utf8'));
		expect(backup).toMatchObject({
			format: 'kam-accounts',
			version: 1,
			accounts: [{ name: '=HYPERLINK("http://evil","x")', sponsor: true }],
		});
		// The exported CSV imports again unchanged (the guard apostrophes are taken off).
		await page.locator('[data-kam-import]').setInputFiles({ name: 'back.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
		await page.locator('input[name="kam-import-mode"][value="replace"]').check();
		await page.getByRole('button', { name: 'Importieren', exact: true }).click();
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
		expect(await page.locator('td[data-kam-cell="key national"] li').first().isVisible()).toBe(true);
		for (const selector of ['nav.sidebar', 'header.header', '[data-kam-form]', '[data-kam-import]', '.kam-accounts__actions'])
			expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
		await clear(page);
		await page.close();
	});

	for (const dark of [false, true])
		for (const lang of ['de', 'en'])
			it(`has no axe violations with accounts present (${lang}, ${dark ? 'dark' : 'light'})`, async () => {
				const { page } = await visit(site, `/${lang}/accounts/`, { dark });
				await page.evaluate(
					([k, v]) => localStorage.setItem(k!, v!),
					[
						KEY,
						JSON.stringify([
							account({ name: 'Axe AG', owner: 'Eva' }),
							account({ name: 'Lean GmbH', tier: 'strategic', scope: 'global' }),
							account({ name: 'Nope', tier: null, scope: null }),
						]),
					],
				);
				await page.reload();
				expect(await page.locator('[data-kam-warnings] li').count()).toBe(1);
				expect(await axeViolations(page)).toEqual([]);
				await clear(page);
				await page.close();
			});

	it('ships at most 20 KB (gzip) of JavaScript for the island', () => {
		const scripts = (page: string) =>
			new Set([...readFileSync(`dist/${page}/index.html`, 'utf8').matchAll(/src="([^"]+\.js)"/g)].map((m) => m[1]!));
		for (const lang of ['de', 'en']) {
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

	it('stays responsive with 1,000 accounts (render time reported, not asserted)', async () => {
		const list = Array.from({ length: 1000 }, (_, i) =>
			account({
				name: `Account ${i + 1}`,
				tier: ['strategic', 'key', 'smart', null][i % 4],
				scope: i % 4 === 3 ? null : i % 2 ? 'global' : 'national',
				owner: `Owner ${i % 40}`,
				sponsor: i % 3 === 0,
			}),
		);
		const { page, errors } = await withAccounts('/en/accounts/', list);
		// Lists show the first 100 rows until asked; the matrix counts all.
		expect(await page.locator('[data-kam-rows="key"] tr').count()).toBe(100);
		expect(await text(page, 'td[data-kam-cell="key global"] [data-kam-count]')).toBe('Accounts: 250');
		// One add re-renders everything (matrix, both tables, warnings) synchronously inside the submit handler.
		const ms = await page.evaluate(() => {
			const form = document.querySelector<HTMLFormElement>('[data-kam-form]')!;
			(form.elements.namedItem('name') as HTMLInputElement).value = 'One more';
			const start = performance.now();
			form.requestSubmit();
			return performance.now() - start;
		});
		console.log(`accounts workspace: add + full render with 1,001 accounts took ${ms.toFixed(1)} ms`);
		await page.getByRole('button', { name: 'Show all 751' }).click();
		expect(await page.locator('[data-kam-rows="key"] tr').count()).toBe(751);
		expect(errors).toEqual([]);
		await clear(page);
		await page.close();
	});
});
