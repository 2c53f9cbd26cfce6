// The accounts workspace with the shipped sample (run only while content/ is the sample): kept by keyboard through the
// sample's tiers and scopes, its warnings in German, and an account saved from the self-assessment with a sample
// account description.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountFixtures, answersOf } from '#tests/fixtures/assessment-accounts.ts';
import { loadRealAssessment } from '#tests/fixtures/real-content.ts';
import { answersHash, encodeAnswers } from '#src/domain/assessment/link.ts';
import { openSite, visit, type Site } from '#tests/e2e/harness.ts';
import { account, clear, focusedName, stored, text, withAccounts as openWith } from '#tests/e2e/islands.ts';

let site: Site;
beforeAll(async () => {
	site = await openSite();
});
afterAll(async () => {
	await site?.close();
});

const { model } = loadRealAssessment();
const withAccounts = (path: string, accounts: unknown[]) => openWith(site, path, accounts);

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
		await page.keyboard.press('Shift+Tab'); // revenue
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
		const answers = encodeAnswers(model, answersOf(model, smartFixture, 'Contra'));
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

describe('from the self-assessment', () => {
	it('shows an account saved from the self-assessment', async () => {
		const f = accountFixtures.find((x) => x.expected.tier === 'strategic' && !x.expected.borderline)!;
		const hash = answersHash(model, answersOf(model, f, 'Packwerk'));
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
