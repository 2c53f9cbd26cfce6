// The accounts workspace never loses a user's accounts without a word, for any tiers and scopes: unreadable storage
// is kept aside and offered for download, entries that fail a check are repaired or held, the limit refuses instead
// of evicting, replace asks first and can be undone, merge keeps the newer version, and imports say what happened to
// every line. (Two tabs at once: accounts-tabs.test.ts.)
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uiText } from '#src/data/ui-text.ts';
import { answersHash } from '#src/domain/assessment/link.ts';
import type { Answers } from '#src/domain/assessment/scoring.ts';
import { loadRealAssessment, realContent } from '#tests/fixtures/real-content.ts';
import { axeViolations, downloadBytes, openSite, visit, type Site } from './harness.ts';
import { ACCOUNTS_KEY as KEY, account as anyAccount, clear, stored, text, withAccounts as openWith } from './islands.ts';

let site: Site;
beforeAll(async () => {
	site = await openSite();
});
afterAll(async () => {
	await site?.close();
});

const t = uiText('en');
const { tiers, geographies } = realContent();
const { model } = loadRealAssessment();
const [firstTier, lastTier] = [tiers[0]!, tiers.at(-1)!];
const [firstScope, lastScope] = [geographies[0]!, geographies.at(-1)!];
const account = (over: Record<string, unknown>) => anyAccount({ tier: firstTier.id, scope: firstScope.id, ...over });
/** Opens the workspace with `accounts` stored, in a browser context of its own: another test's open tab (which would
 * merge its list back, as a second tab should) cannot reach it. */
const withAccounts = async (accounts: unknown[]) => openWith(site, '/en/accounts/', accounts, await site.newContext());
/** Opens `path` in a browser context of its own. */
const visitAlone = async (path: string) => visit(site, path, { context: await site.newContext() });
const names = async (page: Page) => (await stored(page)).map((a: { name: string }) => a.name);
/** Every localStorage item of the page's origin. */
const storage = (page: Page) => page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
const addAccount = async (page: Page, name: string) => {
	await page.locator('[data-kam-form] input[name="name"]').fill(name);
	await page.locator('[data-kam-form] input[name="name"]').press('Enter');
};
/** Chooses a file for the import and waits for what it says: the preview, or a refusal in the status line. */
const choose = async (page: Page, name: string, content: string | Buffer) => {
	await page
		.locator('[data-kam-import]')
		.setInputFiles({ name, mimeType: 'text/plain', buffer: typeof content === 'string' ? Buffer.from(content) : content });
	await page.waitForFunction(
		() => !document.querySelector<HTMLElement>('[data-kam-preview]')!.hidden || document.querySelector('[data-kam-io-status]')!.textContent,
	);
};
const header = (columns: ('name' | 'tier' | 'scope' | 'owner' | 'notes')[], separator = ';') =>
	columns.map((c) => t(`kam.accounts.col.${c}`)).join(separator);

describe('stored data that cannot be used as it is', () => {
	// The example: the closing bracket is missing.
	const broken = `[${JSON.stringify(account({ id: 'a1', name: 'Acme' }))}`;

	it('keeps unreadable storage aside, says so and offers it for download; adding an account loses none of it', async () => {
		const { page, errors } = await visitAlone('/en/accounts/');
		await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [KEY, broken]);
		await page.reload();
		const attention = page.locator('kam-accounts-attention');
		expect(await attention.getByRole('heading', { name: t('kam.accounts.attention.heading') }).isVisible()).toBe(true);
		expect(await attention.innerText()).toContain(t('kam.accounts.attention.keptIntro'));
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			attention.getByRole('button', { name: t('kam.accounts.attention.download') }).click(),
		]);
		expect((await downloadBytes(download)).toString('utf8')).toBe(broken);
		await addAccount(page, 'New');
		expect(await names(page)).toEqual(['New']);
		const kept = Object.entries(await storage(page)).filter(([k]) => k.startsWith(`${KEY}.unreadable.`));
		expect(kept.map(([, v]) => v)).toEqual([broken]);
		// Deleting the kept copy asks first.
		await attention.getByRole('button', { name: /^Delete/ }).click();
		await page
			.getByRole('dialog')
			.getByRole('button', { name: t('kam.accounts.attention.delete') })
			.click();
		// The dialog's close event, which carries the answer, is dispatched in a task of its own after the click.
		await expect.poll(async () => Object.keys(await storage(page)).filter((k) => k.includes('unreadable'))).toEqual([]);
		await expect.poll(() => attention.locator('[data-kam-attention]').isHidden()).toBe(true);
		expect(errors).toEqual([]);
		await page.evaluate(() => localStorage.clear());
		await page.close();
	});

	it('the self-assessment keeps unreadable storage aside too before it saves an account', async () => {
		const answers: Answers = {
			gates: model.gates.map(() => true),
			ratings: model.statements.map(() => model.scaleSize),
			scope: model.scopes[0] ?? null,
			revenue: model.revenueBands > 0 ? 1 : null,
			name: 'Packwerk',
		};
		const { page } = await visitAlone(`/en/assessment/${answersHash(model, answers)}`);
		await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [KEY, broken]);
		await page.getByRole('button', { name: t('kam.assessment.save') }).click();
		expect(await text(page, '[data-kam-action-status]')).toBe(t('kam.assessment.saved', { count: 1 }));
		expect(await names(page)).toEqual(['Packwerk']);
		expect(
			Object.entries(await storage(page))
				.filter(([k]) => k.includes('unreadable'))
				.map(([, v]) => v),
		).toEqual([broken]);
		await page.evaluate(() => localStorage.clear());
		await page.close();
	});

	it('repairs what is clear, holds the rest, and a later write erases none of them', async () => {
		const entries = [
			account({ id: 'spaces', name: '  Acme   GmbH' }),
			account({ id: 'offset', name: 'Offset', assessedAt: '2024-01-01T10:00:00+01:00' }),
			account({ id: 'digits', name: 'Digits', assessedAt: '2024-01-01T00:00:00.1234567Z' }),
			account({ id: 'named', name: 'Named', tier: lastTier.name.en, scope: lastScope.name.en }),
			account({ id: 'x'.repeat(41), name: 'Long id' }),
			account({ id: 'held', name: 'Too long notes', notes: 'n'.repeat(501) }),
		];
		const { page, errors } = await withAccounts(entries);
		const attention = page.locator('kam-accounts-attention');
		expect(await text(page, '[data-kam-repaired]')).toBe(t('kam.accounts.attention.repaired', { count: 5 }));
		expect(await attention.locator('[data-kam-held] li').count()).toBe(1);
		expect(await attention.locator('[data-kam-held] li').innerText()).toContain('Too long notes');
		expect(await page.locator('[data-kam-rows="key"] th').allInnerTexts()).toEqual(['Acme GmbH', 'Offset', 'Digits', 'Named', 'Long id']);
		await addAccount(page, 'Later');
		const after = await stored(page);
		expect(after.map((a: { name: string }) => a.name)).toEqual([
			'Acme GmbH',
			'Offset',
			'Digits',
			'Named',
			'Long id',
			'Later',
			'Too long notes',
		]);
		expect(after[3]).toMatchObject({ tier: lastTier.id, scope: lastScope.id });
		expect(after.at(-1)).toEqual(entries.at(-1));
		// Repairing the held entry in the form makes it an account, keeping its id.
		await attention.getByRole('button', { name: t('kam.accounts.attention.editLabel', { name: 'Too long notes' }) }).click();
		expect(await page.locator('[data-kam-form] input[name="notes"]').inputValue()).toHaveLength(500);
		await page.locator('[data-kam-form] input[name="name"]').press('Enter');
		expect((await stored(page)).at(-1)).toMatchObject({ id: 'held', name: 'Too long notes' });
		expect(await attention.locator('[data-kam-held] li').count()).toBe(0);
		expect(errors).toEqual([]);
		await clear(page);
		await page.close();
	});

	it('keeps every account above the limit: removing one removes only that one, and adding is refused with a message', async () => {
		const many = Array.from({ length: 5003 }, (_, i) => account({ id: `m${i}`, name: `M${i}` }));
		const { page, errors } = await withAccounts(many);
		await addAccount(page, 'One too many');
		expect(await text(page, '[data-kam-form-error]')).toBe(t('kam.accounts.err.full', { max: 5000 }));
		await page.getByRole('button', { name: t('kam.accounts.list.removeLabel', { name: 'M0' }) }).click();
		const after = await names(page);
		expect(after).toHaveLength(5002);
		expect(after.slice(0, 2)).toEqual(['M1', 'M2']);
		expect(errors).toEqual([]);
		await clear(page);
		await page.close();
	});
});

describe('replace and merge', () => {
	const three = [account({ id: 'k1', name: 'One' }), account({ id: 'k2', name: 'Two' }), account({ id: 'k3', name: 'Three' })];

	it('cannot replace the list with a file that has no valid row', async () => {
		const { page } = await withAccounts(three);
		await choose(page, 'bad.csv', `${header(['name', 'tier'])}\r\n;${firstTier.name.en}\r\n`);
		await page.locator('input[name="kam-import-mode"][value="replace"]').check();
		expect(await text(page, '[data-kam-preview-plan]')).toBe(t('kam.accounts.preview.nothing'));
		expect(await page.locator('[data-kam-preview-apply]').isHidden()).toBe(true);
		await page.getByRole('button', { name: t('kam.accounts.preview.cancel') }).click();
		expect(await names(page)).toEqual(['One', 'Two', 'Three']);
		await clear(page);
		await page.close();
	});

	it('asks before replacing – what and how many – and undoes it in one step', async () => {
		const { page, errors } = await withAccounts(three);
		await choose(page, 'new.csv', `${header(['name'])}\r\nFresh\r\n`);
		await page.locator('input[name="kam-import-mode"][value="replace"]').check();
		expect(await text(page, '[data-kam-preview-plan]')).toContain(t('kam.accounts.preview.removes', { count: 3 }));
		await page.getByRole('button', { name: t('kam.accounts.preview.apply'), exact: true }).click();
		const dialog = page.getByRole('dialog', { name: t('kam.accounts.confirm.replace.title') });
		expect(await dialog.innerText()).toContain(t('kam.accounts.confirm.replace.body', { count: 3, valid: 1, file: 'new.csv' }));
		expect(await dialog.innerText()).toContain(t('kam.accounts.confirm.names', { names: 'One, Two, Three' }));
		expect(await axeViolations(page)).toEqual([]);
		// Cancel keeps everything and the preview.
		await dialog.getByRole('button', { name: t('kam.accounts.confirm.cancel') }).click();
		expect(await names(page)).toEqual(['One', 'Two', 'Three']);
		expect(await page.locator('[data-kam-preview]').isVisible()).toBe(true);
		// By keyboard: the apply button, then Tab back to the confirm button and Enter.
		await page.getByRole('button', { name: t('kam.accounts.preview.apply'), exact: true }).press('Enter');
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('Enter');
		// The dialog's close event, which carries the answer, is dispatched in a task of its own after the key press.
		await expect.poll(() => names(page)).toEqual(['Fresh']);
		expect(await text(page, '[data-kam-io-status]')).toBe(
			t('kam.accounts.preview.done', { added: 1, updated: 0, unchanged: 0, skipped: 0 }),
		);
		await page
			.locator('kam-accounts-io')
			.getByRole('button', { name: t('kam.accounts.undo') })
			.click();
		expect(await names(page)).toEqual(['One', 'Two', 'Three']);
		expect(await text(page, '[data-kam-io-status]')).toBe(
			t('kam.accounts.undone', { what: t('kam.accounts.undo.import', { file: 'new.csv' }) }),
		);
		expect(errors).toEqual([]);
		await clear(page);
		await page.close();
	});

	it('merging last week’s backup keeps this week’s edits and says which versions it kept', async () => {
		const thisWeek = [
			account({ id: 'x', name: 'Edited this week', changedAt: '2026-03-08T00:00:00.000Z' }),
			account({ id: 'y', name: 'Old here', changedAt: '2026-03-01T00:00:00.000Z' }),
		];
		const backup = {
			format: 'kam-accounts',
			version: 1,
			accounts: [
				{ ...thisWeek[0], name: 'As last week', changedAt: '2026-03-01T00:00:00.000Z' },
				{ ...thisWeek[1], name: 'Newer in the backup', changedAt: '2026-03-05T00:00:00.000Z' },
			],
		};
		const { page } = await withAccounts(thisWeek);
		await choose(page, 'backup.json', JSON.stringify(backup));
		const kept = t('kam.accounts.preview.kept', { count: 1, names: 'Edited this week' });
		expect(await text(page, '[data-kam-preview-plan]')).toContain(kept);
		await page.getByRole('button', { name: t('kam.accounts.preview.apply'), exact: true }).click();
		expect(await names(page)).toEqual(['Edited this week', 'Newer in the backup']);
		expect(await text(page, '[data-kam-io-status]')).toBe(
			`${t('kam.accounts.preview.done', { added: 0, updated: 1, unchanged: 0, skipped: 0 })} ${kept}`,
		);
		await clear(page);
		await page.close();
	});
});

describe('imports that say what happened', () => {
	let page: Page;
	beforeAll(async () => {
		({ page } = await withAccounts([]));
	});
	afterAll(async () => {
		await page.close();
	});
	const previewText = () => page.locator('[data-kam-preview]').innerText();

	it('reads a Windows-1252 file (German Excel’s CSV) with its umlauts and says how it read it', async () => {
		const csv = Buffer.from(
			`${header(['name', 'tier', 'scope'])}\r\nM\u00fcller GmbH;${firstTier.name.en};${firstScope.name.en}\r\n`,
			'latin1',
		);
		await choose(page, 'kunden.csv', csv);
		expect(await previewText()).toContain(t('kam.accounts.note.encodingExamples', { encoding: 'Windows-1252', examples: 'Müller GmbH' }));
		await page.getByRole('button', { name: t('kam.accounts.preview.apply'), exact: true }).click();
		expect(await names(page)).toEqual(['Müller GmbH']);
		await clear(page);
		await page.reload();
	});

	it('reports rows with another separator than the header, per line', async () => {
		await choose(page, 'mixed.csv', `${header(['name', 'tier', 'scope'])}\r\nAcme,${firstTier.name.en},${firstScope.name.en}\r\n`);
		expect(await previewText()).toContain(
			t('kam.accounts.preview.row', {
				line: 2,
				name: `Acme,${firstTier.name.en},${firstScope.name.en}`,
				errors: t('kam.accounts.rowErr.separator', { found: t('kam.accounts.sep.comma'), expected: t('kam.accounts.sep.semicolon') }),
			}),
		);
		expect(await text(page, '[data-kam-preview-plan]')).toBe(t('kam.accounts.preview.nothing'));
	});

	it('reads CR-only line ends and says which lines', async () => {
		await choose(page, 'mac.csv', `${header(['name'])}\rA\rB\r`);
		expect(await previewText()).toContain(t('kam.accounts.note.cr-only', { lines: '1–3' }));
		expect(await text(page, '[data-kam-preview-counts]')).toBe(t('kam.accounts.preview.counts', { file: 'mac.csv', valid: 2, invalid: 0 }));
	});

	it('names an unknown tier on its line', async () => {
		await choose(page, 'tiers.csv', `${header(['name', 'tier', 'scope'])}\r\nAcme;Gold Partner;${firstScope.name.en}\r\n`);
		const known = [...tiers.map((tier) => tier.name.en), t('kam.accounts.field.notKey')].join(', ');
		expect(await previewText()).toContain(
			t('kam.accounts.preview.row', {
				line: 2,
				name: 'Acme',
				errors: t('kam.accounts.rowErr.tier-unknown', { value: 'Gold Partner', known }),
			}),
		);
	});

	it('refuses a row whose value would have to be cut, instead of cutting it', async () => {
		await choose(page, 'long.csv', `${header(['name', 'notes'])}\r\nAcme;${'x'.repeat(1_000_000)}\r\n`);
		expect(await previewText()).toContain(
			t('kam.accounts.rowErr.too-long', { field: t('kam.accounts.col.notes'), length: 1_000_000, max: 500 }),
		);
		expect(await text(page, '[data-kam-preview-plan]')).toBe(t('kam.accounts.preview.nothing'));
	});

	it('reads a .csv file as CSV even when its first cell starts with [', async () => {
		await choose(page, 'list.csv', `[${header(['name'])}];${t('kam.accounts.col.tier')}\r\nAcme;${firstTier.name.en}\r\n`);
		expect(await text(page, '[data-kam-io-status]')).toBe(t('kam.accounts.problem.no-name-column'));
		await choose(page, 'accounts', `${header(['name'])}\r\nAcme\r\n`);
		expect(await previewText()).toContain(t('kam.accounts.note.type-by-content', { type: 'CSV' }));
	});

	for (const dark of [false, true])
		it(`is axe-clean with the preview, its notes and the attention section shown (${dark ? 'dark' : 'light'})`, async () => {
			const { page: shown } = await visit(site, '/en/accounts/', { dark, context: await site.newContext() });
			await shown.evaluate(
				([k, v]) => localStorage.setItem(k!, v!),
				[KEY, JSON.stringify([account({ name: 'Ok' }), { name: 'Held', tier: 'gold' }])],
			);
			await shown.evaluate(() => localStorage.setItem('kam.accounts.v1.unreadable.2026-01-01T00:00:00.000Z', '[oops'));
			await shown.reload();
			await shown
				.locator('[data-kam-import]')
				.setInputFiles({ name: 'x.csv', mimeType: 'text/csv', buffer: Buffer.from(`${header(['name', 'tier'])}\rA;Gold\r`) });
			await shown.locator('[data-kam-preview]').waitFor();
			expect(await axeViolations(shown)).toEqual([]);
			await shown.evaluate(() => localStorage.clear());
			await shown.close();
		});
});
