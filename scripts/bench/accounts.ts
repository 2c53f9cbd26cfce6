// The accounts workspace with 5,000 accounts: how much main-thread work showing, paging, adding, editing, removing
// and importing 5,000 rows costs in Chromium, from the user's action until the page has drawn the result. The main
// thread's CPU time comes from Chrome's own metrics (ThreadTime), so that a machine busy with other work does not
// inflate it; V8's sampling profiler says which share of it was script (JavaScript and its garbage collection) rather
// than style, layout and the browser's own work. Figures are printed, never asserted.
// `node scripts/bench/accounts.ts` measures dist/ (build it first); `npm run bench` runs it as part of the benchmark.
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { MAX_ACCOUNTS, type SavedAccount } from '#src/domain/accounts/storage.ts';
import { encodeAnswers } from '#src/domain/assessment/link.ts';
import { startStaticServer } from '#scripts/static-server.ts';
import { loadRealAssessment, realContent } from '#tests/fixtures/real-content.ts';
import { CHROMIUM_ARGS, findChromium } from '#tests/e2e/chromium.ts';
import { markdownTable, median } from './stats.ts';

/** The budget the workspace is measured against: script work per action, in milliseconds. */
export const SCRIPT_BUDGET_MS = 200;

/** One measured action: script and all main-thread work per run, in milliseconds. */
export interface ActionFigures {
	action: string;
	runs: number;
	scriptMs: number[];
	taskMs: number[];
}

/** The workspace's figures: accounts stored, the actions, and the machine's load while measuring. */
export interface WorkspaceFigures {
	accounts: number;
	actions: ActionFigures[];
	loadAverage: number[];
}

/** `count` accounts like a large company's list: every tier and scope, owners, notes, a fifth with assessment codes. */
export function sampleAccounts(count: number): SavedAccount[] {
	const { tiers, geographies } = realContent();
	const { model } = loadRealAssessment();
	const kinds = [...tiers.map((t) => t.id), null];
	return Array.from({ length: count }, (_, i) => {
		const tier = kinds[i % kinds.length]!;
		const scope = tier === null ? null : geographies[i % geographies.length]!.id;
		const answers =
			i % 5 === 0
				? encodeAnswers(model, {
						gates: model.gates.map((_, g) => (i + g) % 7 !== 0),
						ratings: model.statements.map((_, s) => 1 + ((i * 7 + s * 3) % model.scaleSize)),
						scope: scope ?? geographies[0]!.id,
						revenue: 1 + (i % model.revenueBands),
						name: `Account ${i + 1}`,
					})
				: '';
		return {
			id: `bench${i}`,
			name: `Account ${i + 1} ${['GmbH', 'AG', 'SE', 'Ltd', 'Inc.'][i % 5]}`,
			tier,
			scope,
			answers,
			assessedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
			owner: `Owner ${i % 60}`,
			revenue: `${(i % 90) + 1} M€`,
			notes: i % 3 ? `Framework agreement renewal in ${(i % 12) + 1}/2027` : undefined,
			sponsor: i % 4 === 0 ? true : undefined,
		};
	});
}

/** The same accounts as a CSV file in English, as the export writes it. */
function csvOf(accounts: SavedAccount[]): string {
	const { tiers, geographies } = realContent();
	const tierName = (id: string | null) => (id === null ? 'Not a key account' : tiers.find((t) => t.id === id)!.name.en);
	const scopeName = (id: string | null) => (id === null ? '' : geographies.find((g) => g.id === id)!.name.en);
	const rows = accounts.map((a) =>
		[a.name, tierName(a.tier), scopeName(a.scope), a.owner ?? '', a.revenue ?? '', a.sponsor ? 'yes' : 'no', a.notes ?? '', a.answers].join(
			';',
		),
	);
	return `\uFEFF${['Name;Tier;Scope;Owner;Revenue;Executive sponsor;Notes;Assessment code', ...rows].join('\r\n')}\r\n`;
}

type Session = Awaited<ReturnType<ReturnType<Page['context']>['newCDPSession']>>;
interface Profile {
	nodes: { id: number; callFrame: { functionName: string } }[];
	samples: number[];
	timeDeltas: number[];
}

/** The main thread's CPU time so far, in milliseconds (it starts again with every new document). */
async function cpuTime(cdp: Session): Promise<number> {
	const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
	return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? 0) * 1000;
}

/**
 * Runs `act`; returns the main thread's CPU milliseconds until the page has drawn, and the share of it that was script.
 * `navigates`: `act` loads a new document, whose counters start at zero.
 */
async function profiled(
	page: Page,
	cdp: Session,
	act: () => Promise<unknown>,
	navigates: boolean,
): Promise<{ script: number; task: number }> {
	// The profiler's own start and stop are left out of the time.
	await cdp.send('Profiler.start');
	const before = await cpuTime(cdp);
	await act();
	// Until the work the action queued (rendering, a file read) has finished and a frame is drawn.
	await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));
	const after = await cpuTime(cdp);
	const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
	const task = navigates ? after : after - before;
	const kind = new Map(profile.nodes.map((n) => [n.id, n.callFrame.functionName]));
	let busy = 0;
	let script = 0;
	profile.samples.forEach((id) => {
		const name = kind.get(id);
		if (name === '(idle)' || name === '(root)') return;
		busy++;
		if (name !== '(program)') script++;
	});
	return { script: busy ? (task * script) / busy : 0, task };
}

/** Measures the workspace at `siteUrl` (the built site's root) with `count` stored accounts. */
export async function measureWorkspace(browser: Browser, siteUrl: string, count = MAX_ACCOUNTS, runs = 5): Promise<WorkspaceFigures> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	const page = await context.newPage();
	const url = new URL('en/accounts/', siteUrl).href;
	const accounts = sampleAccounts(count);
	const stored = JSON.stringify(accounts);
	const csv = Buffer.from(csvOf(sampleAccounts(count).map((a) => ({ ...a, name: `${a.name} (file)` }))));
	const cdp = await context.newCDPSession(page);
	await cdp.send('Performance.enable');
	await cdp.send('Profiler.enable');
	await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
	const figures: ActionFigures[] = [];
	const measure = async (action: string, times: number, before: () => Promise<unknown>, act: () => Promise<unknown>, navigates = false) => {
		const row: ActionFigures = { action, runs: times, scriptMs: [], taskMs: [] };
		for (let i = 0; i < times; i++) {
			await before();
			const { script, task } = await profiled(page, cdp, act, navigates);
			row.scriptMs.push(script);
			row.taskMs.push(task);
		}
		figures.push(row);
	};
	const reset = async () => {
		await page.goto(url);
		await page.evaluate((text) => {
			localStorage.clear();
			localStorage.setItem('kam.accounts.v1', text);
		}, stored);
		await page.goto(url, { waitUntil: 'load' });
	};
	// Actions are started in the page itself, so that the profile holds the workspace's work, not the test driver's.
	const click = (selector: string) => page.evaluate((s) => document.querySelector<HTMLElement>(s)!.click(), selector);
	const type = (selector: string, value: string) =>
		page.evaluate(
			([s, v]) => {
				const input = document.querySelector<HTMLInputElement>(s!)!;
				input.value = v!;
				input.dispatchEvent(new Event('input', { bubbles: true }));
			},
			[selector, value],
		);
	// Waits in the page (not by polling from here) until the import preview is shown or hidden.
	const preview = (shown: boolean) =>
		page.evaluate(
			(want) =>
				new Promise<void>((done) => {
					const node = document.querySelector<HTMLElement>('[data-kam-preview]')!;
					if (node.hidden !== want) return done();
					new MutationObserver((_, observer) => {
						if (node.hidden === want) return;
						observer.disconnect();
						done();
					}).observe(node, { attributes: true });
				}),
			shown,
		);
	const submit = () => page.evaluate(() => document.querySelector<HTMLFormElement>('[data-kam-form]')!.requestSubmit());
	const keyList = 'kam-accounts-list[data-kind="key"]';
	const name = '[data-kam-form] input[name="name"]';

	await page.goto(url);
	await measure('open the page (load, read and draw everything)', runs, reset, () => page.reload({ waitUntil: 'load' }), true);
	await reset();
	await measure(
		'show the next 100 key accounts',
		runs,
		async () => undefined,
		() => click(`${keyList} [data-kam-action="page-next"]`),
	);
	await measure(
		'find an account by name (filter)',
		runs,
		() => type(`${keyList} [data-kam-filter]`, ''),
		() => type(`${keyList} [data-kam-filter]`, 'Account 4321'),
	);
	await type(`${keyList} [data-kam-filter]`, '');
	let added = 0;
	await measure(
		'add an account',
		runs,
		async () => {
			// Room for one more below the limit.
			await click('[data-kam-rows="none"] [data-kam-action="remove"]');
			await type(name, `Added ${++added}`);
		},
		submit,
	);
	await measure(
		'edit an account (open it in the form)',
		runs,
		async () => undefined,
		() => click('[data-kam-rows="key"] tr:nth-child(4) [data-kam-action="edit"]'),
	);
	await measure(
		'edit an account (save it)',
		runs,
		async () => {
			await click('[data-kam-rows="key"] tr:nth-child(4) [data-kam-action="edit"]');
			await type(name, `Edited ${Date.now()}`);
		},
		submit,
	);
	await measure(
		'remove an account',
		runs,
		async () => undefined,
		() => click('[data-kam-rows="key"] [data-kam-action="remove"]'),
	);
	const importRuns = Math.max(1, Math.min(runs, 3));
	await measure(`import ${count.toLocaleString('en')} rows: read the file and preview`, importRuns, reset, async () => {
		const shown = preview(true);
		await page.locator('[data-kam-import]').setInputFiles({ name: 'accounts.csv', mimeType: 'text/csv', buffer: csv });
		await shown;
	});
	await measure(
		`import ${count.toLocaleString('en')} rows: replace the list (after confirming)`,
		importRuns,
		async () => {
			await reset();
			const shown = preview(true);
			await page.locator('[data-kam-import]').setInputFiles({ name: 'accounts.csv', mimeType: 'text/csv', buffer: csv });
			await shown;
			await page.locator('input[name="kam-import-mode"][value="replace"]').check();
			await click('[data-kam-action="apply-import"]');
		},
		async () => {
			const hidden = preview(false);
			await click('[data-kam-dialog-confirm]');
			await hidden;
		},
	);
	await measure(
		'undo the replace',
		1,
		async () => undefined,
		() => click('kam-accounts-io [data-kam-action="undo"]'),
	);
	const check = await page.evaluate(() => JSON.parse(localStorage.getItem('kam.accounts.v1') ?? '[]').length);
	if (check !== count) throw new Error(`after undoing the import ${check} accounts are stored, not ${count}`);
	await context.close();
	return { accounts: count, actions: figures, loadAverage: loadavg() };
}

/** The figures as a Markdown table. */
export function workspaceReport(f: WorkspaceFigures): string {
	const ms = (values: number[]) => `${Math.round(median(values))} (${Math.round(Math.max(...values))})`;
	return [
		`Accounts workspace with ${f.accounts.toLocaleString('en')} accounts stored (Chromium, desktop window; load average ${f.loadAverage.map((n) => n.toFixed(2)).join(' / ')}): main-thread CPU time per action in ms, median (slowest) of the runs, and the script part of it; budget ${SCRIPT_BUDGET_MS} ms of script work.`,
		'',
		markdownTable(
			['Action', 'Runs', 'Script (ms)', 'Main thread in all (ms)', `Script within ${SCRIPT_BUDGET_MS} ms`],
			f.actions.map((a) => [a.action, a.runs, ms(a.scriptMs), ms(a.taskMs), median(a.scriptMs) <= SCRIPT_BUDGET_MS ? 'yes' : 'no']),
		),
	].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const executablePath = findChromium();
	if (!executablePath) throw new Error('No Chromium found: install Debian’s chromium or set CHROMIUM_PATH');
	const server = await startStaticServer({ root: 'dist', gzip: true });
	const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
	try {
		console.log(workspaceReport(await measureWorkspace(browser, server.url)));
	} finally {
		await browser.close();
		await server.close();
	}
}
