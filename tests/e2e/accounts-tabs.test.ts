// The accounts workspace open in two tabs at once, for any tiers and scopes: simultaneous adds and edits lose nothing
// and both tabs end showing the same list; a change in one tab appears in the other without reload; when both tabs
// change the same account, the page that saves second says so and offers the other version back.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uiText } from '#src/data/ui-text.ts';
import { openSite, type Site } from './harness.ts';
import { ACCOUNTS_KEY as KEY, account, text } from './islands.ts';

let site: Site;
beforeAll(async () => {
	site = await openSite();
});
afterAll(async () => {
	await site?.close();
});

const t = uiText('en');
/** How long a tab may take to show what the other wrote (the storage event, then a merge; a busy machine is slow). */
const POLL = { timeout: 20_000 };
/** How many rounds of simultaneous adds and edits. */
const ROUNDS = 50;

/** Two tabs of one browser profile on the workspace, with `accounts` stored. */
async function twoTabs(accounts: unknown[]): Promise<{ context: BrowserContext; a: Page; b: Page; errors: string[] }> {
	const context = await site.newContext();
	const errors: string[] = [];
	const [a, b] = [await context.newPage(), await context.newPage()];
	for (const page of [a, b]) {
		page.on('pageerror', (error) => errors.push(error.message));
		page.on('console', (message) => {
			if (message.type() === 'error') errors.push(message.text());
		});
	}
	await a.goto(site.url('/en/accounts/'));
	await a.evaluate(([k, v]) => localStorage.setItem(k!, v!), [KEY, JSON.stringify(accounts)]);
	await a.reload();
	await b.goto(site.url('/en/accounts/'));
	return { context, a, b, errors };
}

/** What a tab shows: its workspace's accounts, in order, as [id, name, owner, notes]. */
const shown = (page: Page) =>
	page.evaluate(() =>
		(
			document.querySelector('kam-accounts') as unknown as {
				store: { list: { id: string; name: string; owner?: string; notes?: string }[] };
			}
		).store.list.map((a) => [a.id, a.name, a.owner ?? '', a.notes ?? '']),
	);
const storedList = (page: Page) =>
	page.evaluate(
		(k) =>
			(JSON.parse(localStorage.getItem(k) ?? '[]') as { id: string; name: string; owner?: string; notes?: string }[]).map((a) => [
				a.id,
				a.name,
				a.owner ?? '',
				a.notes ?? '',
			]),
		KEY,
	);

/** In the page: adds an account named `name`, then edits `id`: owner and notes as given; all in one go, as a user's two quick actions. */
function addAndEdit(page: Page, name: string, edits: { id: string; owner?: string; notes?: string }[]) {
	return page.evaluate(
		([name, edits]) => {
			const form = document.querySelector<HTMLFormElement>('[data-kam-form]')!;
			const field = (n: string) => form.elements.namedItem(n) as HTMLInputElement;
			field('name').value = name as string;
			form.requestSubmit();
			for (const edit of edits as { id: string; owner?: string; notes?: string }[]) {
				document.querySelector<HTMLElement>(`[data-id="${edit.id}"] [data-kam-action="edit"]`)!.click();
				if (edit.owner !== undefined) field('owner').value = edit.owner;
				if (edit.notes !== undefined) field('notes').value = edit.notes;
				form.requestSubmit();
			}
		},
		[name, edits] as const,
	);
}

describe('two tabs', () => {
	it(`lose nothing in ${ROUNDS} rounds of simultaneous adds and edits, and end showing the same list`, async () => {
		const seeds = [
			account({ id: 'mineA', name: 'Edited in A' }),
			account({ id: 'mineB', name: 'Edited in B' }),
			account({ id: 'both', name: 'Edited in both' }),
		];
		const { context, a, b, errors } = await twoTabs(seeds);
		for (let round = 0; round < ROUNDS; round++)
			await Promise.all([
				addAndEdit(a, `A${round}`, [
					{ id: 'mineA', owner: `A round ${round}` },
					{ id: 'both', notes: `A round ${round}` },
				]),
				addAndEdit(b, `B${round}`, [
					{ id: 'mineB', owner: `B round ${round}` },
					{ id: 'both', notes: `B round ${round}` },
				]),
			]);
		// Both tabs have merged what the other wrote: the same list, the one stored.
		await expect.poll(async () => JSON.stringify(await shown(a)) === JSON.stringify(await shown(b)), POLL).toBe(true);
		const final = await shown(a);
		expect(await storedList(a)).toEqual(final);
		const names = final.map(([, name]) => name);
		const added = Array.from({ length: ROUNDS }, (_, round) => [`A${round}`, `B${round}`]).flat();
		expect(added.filter((name) => !names.includes(name))).toEqual([]);
		expect(names).toHaveLength(seeds.length + 2 * ROUNDS);
		// Each tab's last edit of its own account stands; the account both edited holds one of the two last edits.
		const byId = new Map(final.map((row) => [row[0], row]));
		expect(byId.get('mineA')![2]).toBe(`A round ${ROUNDS - 1}`);
		expect(byId.get('mineB')![2]).toBe(`B round ${ROUNDS - 1}`);
		expect([`A round ${ROUNDS - 1}`, `B round ${ROUNDS - 1}`]).toContain(byId.get('both')![3]);
		expect(errors).toEqual([]);
		await context.close();
		// A hundred adds and two hundred edits in two tabs: minutes on a busy 2-core machine, not one.
	}, 300_000);

	it('show a change made in the other tab without reload', async () => {
		const { context, a, b } = await twoTabs([account({ id: 'x', name: 'Existing' })]);
		await a.locator('[data-kam-form] input[name="name"]').fill('Added in A');
		await a.locator('[data-kam-form] input[name="name"]').press('Enter');
		await expect.poll(() => b.locator('[data-kam-rows="key"] th').allInnerTexts(), POLL).toEqual(['Existing', 'Added in A']);
		await b.getByRole('button', { name: t('kam.accounts.list.removeLabel', { name: 'Existing' }) }).click();
		await expect.poll(() => a.locator('[data-kam-rows="key"] th').allInnerTexts(), POLL).toEqual(['Added in A']);
		await context.close();
	});

	it('say which version was kept when both changed the same account, and offer the other', async () => {
		const { context, a, b, errors } = await twoTabs([account({ id: 'x', name: 'Acme', owner: 'Start' })]);
		for (const page of [a, b]) await page.getByRole('button', { name: t('kam.accounts.list.editLabel', { name: 'Acme' }) }).click();
		await a.locator('[data-kam-form] input[name="owner"]').fill('Owner from A');
		await a.locator('[data-kam-form] input[name="owner"]').press('Enter');
		// B, still editing, hears of it before it saves.
		await expect.poll(() => text(b, '[data-kam-editing-note]'), POLL).toBe(t('kam.accounts.form.changedElsewhere'));
		await b.locator('[data-kam-form] input[name="owner"]').fill('Owner from B');
		await b.locator('[data-kam-form] input[name="owner"]').press('Enter');
		expect(await text(b, '[data-kam-status]')).toBe(t('kam.accounts.form.conflict', { name: 'Acme' }));
		expect((await storedList(b))[0]![2]).toBe('Owner from B');
		await b.getByRole('button', { name: t('kam.accounts.form.restoreOther') }).click();
		expect(await text(b, '[data-kam-status]')).toBe(t('kam.accounts.form.restoredOther', { name: 'Acme' }));
		expect((await storedList(b))[0]![2]).toBe('Owner from A');
		await expect.poll(async () => (await shown(a))[0]![2], POLL).toBe('Owner from A');
		expect(errors).toEqual([]);
		await context.close();
	});

	it('keep an account that one tab saves while the other removed it, and say so', async () => {
		const { context, a, b } = await twoTabs([account({ id: 'x', name: 'Acme' })]);
		await b.getByRole('button', { name: t('kam.accounts.list.editLabel', { name: 'Acme' }) }).click();
		await a.getByRole('button', { name: t('kam.accounts.list.removeLabel', { name: 'Acme' }) }).click();
		await expect.poll(() => text(b, '[data-kam-editing-note]'), POLL).toBe(t('kam.accounts.form.removedWhileEditing'));
		await b.locator('[data-kam-form] input[name="owner"]').fill('Still ours');
		await b.locator('[data-kam-form] input[name="owner"]').press('Enter');
		expect(await text(b, '[data-kam-status]')).toBe(t('kam.accounts.form.removedElsewhere', { name: 'Acme' }));
		await expect.poll(async () => (await shown(a)).map((row) => row[2]), POLL).toEqual(['Still ours']);
		await context.close();
	});
});
