// `npm run bench`: our site side by side with a bare Starlight site of the same size. Builds are timed twice: after
// an unchanged build (both sites use their caches) and from scratch (`--force`, no cache).
// Options: --quick (1 build run, fewer Lighthouse pages), --runs N (build runs, default 3),
// --scale N (also build a copy with N× the content and a bare Starlight site written from it, and report how build
// time and index grow and the ratio to the bare site at that size; median of up to 2 timed builds after a warm-up),
// --lighthouse-runs N (Lighthouse runs per page, default 3; the median run is reported), --no-lighthouse, --keep (keep the generated projects in the temporary folder to inspect them). Writes bench-results/report.md and report.json. Figures are printed, never asserted.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir, cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { parseDocument, stringify } from 'yaml';
import { CHROMIUM_ARGS, findChromium, freshProfileDir } from '#tests/e2e/chromium.ts';
import { measureWorkspace, workspaceReport } from './accounts.ts';
import { startStaticServer, type RunningServer } from '#scripts/static-server.ts';
import { LANGUAGES, locales, type Lang } from '#src/config/locales.ts';
import { site, siteTitle } from '#src/config/site.ts';
import { loadContent } from '#src/content/load.ts';
import { inOrder } from '#src/lib/order.ts';
import {
	blocksToMarkdown,
	extraScripts,
	formatBytes,
	gzipSize,
	mainText,
	markdownTable,
	median,
	multiplyEntries,
	ratio,
	resourceKind,
	summariseResponses,
	withInlineCode,
	type ResponseRecord,
} from './stats.ts';

const { values: args } = parseArgs({
	options: {
		quick: { type: 'boolean', default: false },
		runs: { type: 'string' },
		scale: { type: 'string' },
		'no-lighthouse': { type: 'boolean', default: false },
		keep: { type: 'boolean', default: false },
		'lighthouse-runs': { type: 'string' },
	},
});
const project = resolve('.');
const runs = Math.max(1, Number(args.runs ?? (args.quick ? 1 : 3)));
const lighthouseRunsPerPage = Math.max(1, Number(args['lighthouse-runs'] ?? (args.quick ? 1 : 3)));
const scale = args.scale ? Math.max(2, Math.min(50, Number(args.scale))) : undefined;
const chromiumPath = findChromium();
if (!chromiumPath) throw new Error('No Chromium found: install Debian’s chromium or set CHROMIUM_PATH');
const work = mkdtempSync(join(tmpdir(), 'kam-bench-'));
const load = () =>
	loadavg()
		.map((n) => n.toFixed(2))
		.join(' / ');
const log = (msg: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}`);

/** The department page measured: the first department of the content (a company renames them). */
const firstDepartment = inOrder(loadContent().collections.departments)[0]?.id ?? 'none';

/** Page types measured, as site paths without the language prefix. */
const PAGE_TYPES: { type: string; path: string; island?: { name: string; budgetGzip: number } }[] = [
	{ type: 'home', path: '/' },
	{ type: 'tier page', path: '/tiers/strategic/' },
	{ type: 'comparison', path: '/comparison/' },
	{ type: 'matrix', path: '/matrix/' },
	{ type: 'service matrix', path: '/services/' },
	{ type: 'department page', path: `/departments/${firstDepartment}/` },
	{ type: 'assessment', path: '/assessment/', island: { name: 'assessment island', budgetGzip: 12 * 1024 } },
	{ type: 'workspace', path: '/accounts/', island: { name: 'workspace island', budgetGzip: 20 * 1024 } },
];
const LANGS = LANGUAGES;
/** Most JavaScript (gzip) a content page may load before the reader interacts. */
const CONTENT_JS_BUDGET = 10 * 1024;
/** How much more CSS (gzip) than the bare Starlight page a content page may load. */
const CONTENT_CSS_MARGIN = 1024;
const SEARCH_QUERIES = {
	de: ['Reaktionszeit', 'Ausschreibung', 'Zielpreis', 'Partnerschaft', 'Kennzahlen'],
	en: ['response', 'tender', 'target price', 'partnership', 'forecast'],
};

// ---------- builds ----------

/** One build's wall-clock seconds and the CPU seconds (user + system) of every process it ran. */
interface BuildTime {
	wall: number;
	cpu: number;
}

/**
 * Runs `astro build` in `cwd`. Bash's `time` reports the CPU time of the build and all its child processes: on a
 * machine that other jobs keep busy, CPU time changes far less than wall-clock time.
 */
function runBuild(cwd: string, env: Record<string, string> = {}, fromScratch = false): Promise<BuildTime> {
	return new Promise((done, fail) => {
		const started = performance.now();
		const astro = join(cwd, 'node_modules', '.bin', 'astro');
		const command = `TIMEFORMAT="kam-cpu %3U %3S"; time "$0" build${fromScratch ? ' --force' : ''}`;
		const child = spawn('bash', ['-c', command, astro], {
			cwd,
			env: { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1', ...env },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let output = '';
		child.stdout.on('data', (d) => (output += d));
		child.stderr.on('data', (d) => (output += d));
		child.on('exit', (code) => {
			const wall = (performance.now() - started) / 1000;
			const cpu = /kam-cpu ([\d.]+) ([\d.]+)\s*$/.exec(output);
			if (code === 0 && cpu) done({ wall, cpu: Number(cpu[1]) + Number(cpu[2]) });
			else fail(new Error(`astro build in ${cwd} failed (${code}):\n${output.slice(-3000)}`));
		});
	});
}

/** Medians of a series of builds. */
interface BuildSeries {
	wall: number[];
	cpu: number[];
	medianWall: number;
	medianCpu: number;
}

/**
 * Builds each project once per run, taking them in turn so that a change in the machine's load affects all alike,
 * after one warm-up build each (not counted). Returns one series per project, in the given order. `fromScratch`
 * builds with `--force`: no content cache and no page cache, as after an edit to every file (no warm-up then).
 */
async function buildsInTurn(
	projects: { name: string; dir: string; env?: Record<string, string> }[],
	count: number,
	fromScratch = false,
): Promise<BuildSeries[]> {
	for (const p of fromScratch ? [] : projects) {
		const warm = await runBuild(p.dir, p.env);
		log(`${p.name} warm-up build: ${warm.wall.toFixed(2)} s, ${warm.cpu.toFixed(2)} s CPU (not counted)`);
	}
	const times = projects.map(() => [] as BuildTime[]);
	for (let i = 0; i < count; i++) {
		for (const [j, p] of projects.entries()) times[j]!.push(await runBuild(p.dir, p.env, fromScratch));
		log(
			`${fromScratch ? 'from-scratch ' : ''}build run ${i + 1}/${count}: ${projects.map((p, j) => `${p.name} ${times[j]![i]!.wall.toFixed(2)} s (${times[j]![i]!.cpu.toFixed(2)} s CPU)`).join(', ')} (load ${load()})`,
		);
	}
	return times.map((series) => {
		const wall = series.map((t) => t.wall);
		const cpu = series.map((t) => t.cpu);
		return { wall, cpu, medianWall: median(wall), medianCpu: median(cpu) };
	});
}

function dirStats(dir: string): { bytes: number; files: number; html: number } {
	let bytes = 0;
	let files = 0;
	let html = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
		if (!entry.isFile()) continue;
		files++;
		bytes += statSync(join(entry.parentPath, entry.name)).size;
		if (entry.name.endsWith('.html')) html++;
	}
	return { bytes, files, html };
}

function sitemapPages(dist: string): string[] {
	const index = readFileSync(join(dist, 'sitemap-index.xml'), 'utf8');
	return [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].flatMap((m) => {
		const file = new URL(m[1]!).pathname.split('/').pop()!;
		return [...readFileSync(join(dist, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((x) => new URL(x[1]!).pathname);
	});
}

/**
 * The playbook's installed packages in `dir`, as hard links (no download, no extra disk space; Vite
 * refuses a symlinked node_modules outside the project root). Vite's cache is left out.
 */
function linkNodeModules(dir: string) {
	const result = spawnSync('cp', ['-al', join(project, 'node_modules'), join(dir, 'node_modules')]);
	if (result.status !== 0) throw new Error(`cp -al node_modules failed: ${result.stderr}`);
	rmSync(join(dir, 'node_modules', '.vite'), { recursive: true, force: true });
	rmSync(join(dir, 'node_modules', '.astro'), { recursive: true, force: true });
}

/** A bare Starlight project with our locales and one Markdown page per page of ours, carrying its text, headings and code blocks. */
function generateBaseline(ourDist: string, name = 'bare-starlight'): { dir: string; pages: number; textChars: number } {
	const dir = join(work, name);
	const docs = join(dir, 'src', 'content', 'docs');
	mkdirSync(docs, { recursive: true });
	linkNodeModules(dir);
	// Astro bundles the integrations it finds among the declared dependencies; declare the same ones.
	const { devDependencies } = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')) as {
		devDependencies: Record<string, string>;
	};
	const dependencies = Object.fromEntries(
		Object.entries(devDependencies).filter(([name]) => name === 'astro' || name === '@astrojs/starlight'),
	);
	writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bare-starlight', private: true, type: 'module', dependencies }));
	writeFileSync(
		join(dir, 'astro.config.mjs'),
		`import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
	site: 'https://bare.example.com',
	trailingSlash: 'always',
	integrations: [starlight({
		title: ${JSON.stringify(siteTitle)},
		defaultLocale: ${JSON.stringify(site.defaultLanguage)},
		locales: ${JSON.stringify(locales)},
		// As in the playbook, which renders its own not-found pages.
		disable404Route: true,
	})],
});
`,
	);
	writeFileSync(
		join(dir, 'src', 'content.config.ts'),
		`import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
	);
	let pages = 0;
	let textChars = 0;
	for (const path of sitemapPages(ourDist)) {
		const file = join(ourDist, path, 'index.html');
		if (!existsSync(file)) continue;
		const { title, blocks } = mainText(readFileSync(file, 'utf8'));
		const body = blocksToMarkdown(blocks);
		textChars += body.length;
		const relative = path.replace(/^\/|\/$/g, '');
		const target = relative.split('/').length === 1 ? join(docs, relative, 'index.md') : join(docs, `${relative}.md`);
		mkdirSync(dirname(target), { recursive: true });
		writeFileSync(target, `---\ntitle: ${JSON.stringify(title || relative)}\n---\n\n${body}\n`);
		pages++;
	}
	return { dir, pages, textChars };
}

// ---------- scaling ----------

/**
 * A copy of the project in the work folder (packages linked as for the baseline); with factor > 1 its content/ and prose pages are `factor` times as many, generated from the data.
 */
function projectCopy(factor: number): string {
	const dir = join(work, `ours-${factor}x`);
	mkdirSync(dir);
	for (const name of readdirSync(project)) {
		if (['node_modules', 'dist', '.astro', '.git', 'bench-results', 'test-results'].includes(name)) continue;
		cpSync(join(project, name), join(dir, name), { recursive: true });
	}
	linkNodeModules(dir);
	if (factor === 1) return dir;
	// `keep` entries stay single (each tier needs exactly one key account manager role).
	const multiply = (file: string, nameFields: string[], keep: (entry: Record<string, unknown>) => boolean = () => false) => {
		const path = join(dir, 'content', file);
		const data = parseDocument(readFileSync(path, 'utf8')).toJS() as ({ id: string } & Record<string, unknown>)[];
		const single = data.filter(keep);
		writeFileSync(
			path,
			stringify(
				[
					...single,
					...multiplyEntries(
						data.filter((e) => !keep(e)),
						factor,
						nameFields,
					),
				],
				{ lineWidth: 0 },
			),
		);
	};
	multiply('services.yaml', ['name']);
	multiply('glossary.yaml', ['term']);
	multiply('roles.yaml', ['title'], (role) => 'tier' in role);
	// Prose: each guide page copied factor-1 times under a numbered slug, in both languages.
	for (const lang of LANGS) {
		const guides = join(dir, 'src', 'content', 'docs', lang, 'guides');
		for (const file of readdirSync(guides).filter((f) => /\.mdx?$/.test(f)))
			for (let copy = 2; copy <= factor; copy++) {
				const text = readFileSync(join(guides, file), 'utf8').replace(
					/^title: (.*)$/m,
					(_, t: string) => `title: ${t.replace(/^["']|["']$/g, '')} ${copy}`,
				);
				writeFileSync(join(guides, file.replace(/(\.mdx?)$/, `-x${copy}$1`)), text);
			}
	}
	return dir;
}

// ---------- browser measurements ----------

interface PageWeight extends ReturnType<typeof withInlineCode> {
	path: string;
	scripts: string[];
	cls: number;
	status: number;
}

async function measurePage(browser: Browser, url: string): Promise<PageWeight> {
	const context = await browser.newContext({
		viewport: { width: 412, height: 823 },
		deviceScaleFactor: 1.75,
		isMobile: true,
		hasTouch: true,
	});
	const page = await context.newPage();
	await page.addInitScript(() => {
		(window as unknown as { __cls: number }).__cls = 0;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
				if (!entry.hadRecentInput) (window as unknown as { __cls: number }).__cls += entry.value;
		}).observe({ type: 'layout-shift', buffered: true });
	});
	const records: Promise<ResponseRecord | undefined>[] = [];
	page.on('response', (res) => {
		records.push(
			res
				.body()
				.then((body) => ({
					url: res.url(),
					kind: resourceKind(res.headers()['content-type'] ?? '', res.url()),
					raw: body.length,
					gzip: gzipSize(body),
				}))
				.catch(() => undefined),
		);
	});
	const response = await page.goto(url, { waitUntil: 'networkidle' });
	await page.waitForTimeout(500);
	const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
	const html = (await response?.text()) ?? '';
	const responses = (await Promise.all(records)).filter((r): r is ResponseRecord => !!r);
	await context.close();
	return {
		...withInlineCode(summariseResponses(responses), html),
		path: new URL(url).pathname,
		scripts: responses.filter((r) => r.kind === 'js').map((r) => r.url),
		cls: Math.round(cls * 10000) / 10000,
		status: response?.status() ?? 0,
	};
}

/** The search field of Pagefind's interface (in both sites), as opposed to anything shown while it loads. */
const SEARCH_FIELD = '#starlight__search .pagefind-ui__search-input';

/** In the page: resolves with the milliseconds from `t0` until the results for `query` are shown. */
function waitForResults(page: Page, query: string, t0: number): Promise<number> {
	return page.evaluate(
		([q, start]) =>
			new Promise<number>((done, fail) => {
				const shown = () => {
					const message = document.querySelector('#starlight__search .pagefind-ui__message')?.textContent ?? '';
					const result = document.querySelector<HTMLElement>('#starlight__search .pagefind-ui__result');
					return message.includes(q) && result !== null && result.offsetParent !== null;
				};
				const poll = () => {
					if (shown()) done(performance.now() - start);
					else if (performance.now() - start > 15000) fail(new Error(`no result for "${q}"`));
					else requestAnimationFrame(poll);
				};
				poll();
			}),
		[query, t0] as const,
	);
}

/**
 * Search as a reader meets it. First on a freshly loaded page: the pointer moves to the search button, clicks, and
 * the first query is typed at once; timed from the click to the first result, with every byte the page loads from
 * the moment the pointer reaches the button (the interface where it loads on demand, Pagefind and the index).
 * Then, with everything loaded, each query is timed from the typed input to its first result.
 */
async function measureSearch(browser: Browser, baseUrl: string, lang: Lang) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(new URL(`${lang}/`, baseUrl).href, { waitUntil: 'networkidle' });
	await page.waitForTimeout(500);
	const onIntent: Promise<number | undefined>[] = [];
	page.on('response', (res) =>
		onIntent.push(
			res
				.body()
				.then((b) => b.length)
				.catch(() => undefined),
		),
	);
	const button = page.locator('button[data-open-modal]');
	await page.waitForFunction(() => !document.querySelector('button[data-open-modal]')?.hasAttribute('disabled'));
	await button.hover();
	const [first, ...rest] = SEARCH_QUERIES[lang];
	const clicked = await page.evaluate(() => performance.now());
	await button.click();
	await page.keyboard.type(first!);
	const coldMs = Math.round(await waitForResults(page, first!, clicked));
	await page.waitForTimeout(300);
	const bytes = (await Promise.all(onIntent)).filter((b): b is number => b !== undefined);
	const latencies: number[] = [];
	for (const query of [first!, ...rest]) {
		const input = page.locator(SEARCH_FIELD);
		await input.fill('');
		await page.waitForTimeout(400);
		// The query is typed in the page and timed there: from the last input event to the first result shown.
		const t0 = await page.evaluate(
			([selector, q]) => {
				const field = document.querySelector<HTMLInputElement>(selector)!;
				field.value = q;
				const start = performance.now();
				field.dispatchEvent(new Event('input', { bubbles: true }));
				return start;
			},
			[SEARCH_FIELD, query] as const,
		);
		latencies.push(Math.round(await waitForResults(page, query, t0)));
	}
	await context.close();
	return {
		lang,
		firstSearchBytes: bytes.reduce((sum, b) => sum + b, 0),
		firstSearchRequests: bytes.length,
		coldMs,
		latenciesMs: latencies,
		medianMs: median(latencies),
	};
}

// ---------- Lighthouse ----------

interface LighthouseResult {
	path: string;
	/** Scores of the run with the median performance score. */
	scores: Record<string, number>;
	/** Performance score of every run, in run order. */
	performanceRuns: number[];
	/** Weighted audits below 0.9 in that run (all categories but performance only when it is below 98). */
	below98: string[];
}

/**
 * Lighthouse, `lighthouseRunsPerPage` times per URL; a page is reported by its median run (by performance
 * score), as Lighthouse's own guidance on variability recommends, with every run's performance score.
 */
async function lighthouseRuns(urls: string[]): Promise<LighthouseResult[]> {
	const { default: lighthouse } = await import('lighthouse');
	const { launch } = await import('chrome-launcher');
	const userDataDir = freshProfileDir();
	const chrome = await launch({ chromePath: chromiumPath, chromeFlags: CHROMIUM_ARGS, userDataDir, logLevel: 'silent' });
	const results: LighthouseResult[] = [];
	try {
		for (const url of urls) {
			const runs: Omit<LighthouseResult, 'performanceRuns'>[] = [];
			for (let i = 0; i < lighthouseRunsPerPage; i++) {
				const run = await lighthouse(url, {
					port: chrome.port,
					output: 'json',
					logLevel: 'error',
					onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
				});
				if (!run) continue;
				const lhr = run.lhr;
				const scores: Record<string, number> = {};
				const below98: string[] = [];
				for (const [id, category] of Object.entries(lhr.categories)) {
					scores[id] = Math.round((category.score ?? 0) * 100);
					if (scores[id]! < 98 || id !== 'performance')
						for (const ref of category.auditRefs) {
							const audit = lhr.audits[ref.id];
							if (ref.weight > 0 && audit && audit.score !== null && audit.score < 0.9)
								below98.push(`${id}: ${audit.id} (${audit.displayValue ?? audit.score})`);
						}
				}
				runs.push({ path: new URL(url).pathname, scores, below98 });
			}
			if (runs.length === 0) continue;
			const performanceRuns = runs.map((r) => r.scores.performance ?? 0);
			const middle = [...runs].sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0))[
				Math.floor((runs.length - 1) / 2)
			]!;
			results.push({ ...middle, performanceRuns });
			log(
				`Lighthouse ${middle.path}: ${Object.entries(middle.scores)
					.map(([k, v]) => `${k} ${v}`)
					.join(', ')}${runs.length > 1 ? ` (performance per run: ${performanceRuns.join(', ')})` : ''}`,
			);
		}
	} finally {
		chrome.kill();
		rmSync(userDataDir, { recursive: true, force: true });
	}
	return results;
}

// ---------- main ----------

type DirStats = ReturnType<typeof dirStats>;
type WeightRow = { type: string; lang: string } & (
	{ notBuilt: true } | { notBuilt?: undefined; ours: PageWeight; bare: PageWeight | undefined; extraScripts: string[] }
);
type SearchMeasure = Awaited<ReturnType<typeof measureSearch>>;

/** Everything one benchmark run measured, as written to bench-results/report.json. */
interface BenchReport {
	date: string;
	node: string;
	cpus: number;
	loadAverageStart: number[];
	loadAverageEnd: number[];
	runs: number;
	lighthouseRunsPerPage: number;
	quick: boolean | undefined;
	minutes: number;
	build: {
		ours: BuildSeries & { output: DirStats; pagefind: DirStats };
		bare: BuildSeries & { output: DirStats; pagefind: DirStats; pages: number; textChars: number };
		/** Ours over bare: wall-clock median, CPU median. */
		ratio: number | undefined;
		cpuRatio: number | undefined;
		/** Both built with `--force` (no content cache, no page cache), in turn. */
		fromScratch: { ours: BuildSeries; bare: BuildSeries; ratio: number | undefined; cpuRatio: number | undefined };
	};
	pageWeight: WeightRow[];
	extraJavaScript: Record<string, string[]>;
	search: { lang: string; ours: SearchMeasure; bare: SearchMeasure }[];
	lighthouse: LighthouseResult[];
	scaling?: {
		factor: number;
		multiplied: string;
		oneX: BuildSeries & { pages: number; output: number; pagefind: number };
		scaled: BuildSeries & { pages: number; output: number; pagefind: number };
		/** The bare Starlight site generated from the scaled build, built in turn with it. */
		bareScaled: BuildSeries & { pages: number; output: number; pagefind: number };
		/** Ours at N× over ours at 1× (growth), and ours at N× over the bare site at N× (wall-clock, CPU). */
		buildRatio: number | undefined;
		ratioToBare: number | undefined;
		cpuRatioToBare: number | undefined;
		indexRatio: number | undefined;
		/** The same three built with `--force`, in turn. */
		fromScratch: { oneX: BuildSeries; scaled: BuildSeries; bareScaled: BuildSeries };
	};
}

async function main() {
	const started = Date.now();
	log(`work folder ${work}; ${cpus().length} CPUs; load average ${load()}; ${runs} build run(s) each`);
	const date = new Date().toISOString();
	const loadAverageStart = loadavg();

	// Builds: ours once to generate the baseline from its pages, then both in turn, so that a change in
	// the machine's load affects both alike.
	const oursDir = projectCopy(1);
	const oursDist = join(oursDir, 'dist');
	log(`first build of ours (to write the baseline from): ${(await runBuild(oursDir)).wall.toFixed(2)} s`);
	const baseline = generateBaseline(oursDist);
	log(`baseline: ${baseline.pages} Markdown pages, ${baseline.textChars} characters of text, in ${baseline.dir}`);
	const [ours, bare] = (await buildsInTurn(
		[
			{ name: 'ours', dir: oursDir },
			{ name: 'bare', dir: baseline.dir },
		],
		runs,
	)) as [BuildSeries, BuildSeries];
	const [oursScratch, bareScratch] = (await buildsInTurn(
		[
			{ name: 'ours', dir: oursDir },
			{ name: 'bare', dir: baseline.dir },
		],
		runs,
		true,
	)) as [BuildSeries, BuildSeries];
	const bareDist = join(baseline.dir, 'dist');
	const oursStats = dirStats(oursDist);
	const bareStats = dirStats(bareDist);
	const oursIndex = dirStats(join(oursDist, 'pagefind'));
	const bareIndex = dirStats(join(bareDist, 'pagefind'));
	const build: BenchReport['build'] = {
		ours: { ...ours, output: oursStats, pagefind: oursIndex },
		bare: { ...bare, output: bareStats, pagefind: bareIndex, pages: baseline.pages, textChars: baseline.textChars },
		ratio: ratio(ours.medianWall, bare.medianWall),
		cpuRatio: ratio(ours.medianCpu, bare.medianCpu),
		fromScratch: {
			ours: oursScratch,
			bare: bareScratch,
			ratio: ratio(oursScratch.medianWall, bareScratch.medianWall),
			cpuRatio: ratio(oursScratch.medianCpu, bareScratch.medianCpu),
		},
	};

	// Browser: page weight per type and language, ours and bare.
	const oursServer = await startStaticServer({ root: oursDist, gzip: true });
	const bareServer = await startStaticServer({ root: bareDist, gzip: true });
	const profile = freshProfileDir();
	const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS, headless: true });
	const weights: WeightRow[] = [];
	const extraJs: Record<string, string[]> = {};
	const built = (server: RunningServer, dist: string, lang: string, path: string) =>
		existsSync(join(dist, lang, path, 'index.html')) ? new URL(`${lang}${path}`, server.url).href : undefined;
	for (const pageType of PAGE_TYPES) {
		for (const lang of LANGS) {
			const oursUrl = built(oursServer, oursDist, lang, pageType.path);
			if (!oursUrl) {
				log(`${pageType.type} (/${lang}${pageType.path}): not built on this branch, skipped`);
				weights.push({ type: pageType.type, lang, notBuilt: true });
				continue;
			}
			const oursWeight = await measurePage(browser, oursUrl);
			const bareUrl = built(bareServer, bareDist, lang, pageType.path);
			const bareWeight = bareUrl ? await measurePage(browser, bareUrl) : undefined;
			const extra = bareWeight ? extraScripts(oursWeight.scripts, bareWeight.scripts) : [];
			if (extra.length) extraJs[`${lang}${pageType.path}`] = extra;
			weights.push({ type: pageType.type, lang, ours: oursWeight, bare: bareWeight, extraScripts: extra });
		}
		log(`weighed ${pageType.type}`);
	}

	const search: BenchReport['search'] = [];
	for (const lang of LANGS) {
		const o = await measureSearch(browser, oursServer.url, lang);
		const b = await measureSearch(browser, bareServer.url, lang);
		search.push({ lang, ours: o, bare: b });
		log(
			`search ${lang}: on intent ${formatBytes(o.firstSearchBytes)} (bare ${formatBytes(b.firstSearchBytes)}), click to first result ${o.coldMs} ms (bare ${b.coldMs} ms), median latency ${o.medianMs} ms (bare ${b.medianMs} ms)`,
		);
	}
	const workspace = await measureWorkspace(browser, oursServer.url);
	await browser.close();
	rmSync(profile, { recursive: true, force: true });

	// Lighthouse (mobile, all four categories) for each page type of ours (English; quick: three types) and the bare home.
	let lighthouse: LighthouseResult[] = [];
	if (!args['no-lighthouse']) {
		const types = args.quick ? PAGE_TYPES.filter((p) => ['home', 'tier page', 'assessment'].includes(p.type)) : PAGE_TYPES;
		const urls = types.flatMap((p) => built(oursServer, oursDist, 'en', p.path) ?? []);
		const bareHome = built(bareServer, bareDist, 'en', '/');
		lighthouse = await lighthouseRuns([...urls, ...(bareHome ? [bareHome] : [])]);
		if (bareHome) lighthouse[lighthouse.length - 1]!.path = `bare: ${lighthouse[lighthouse.length - 1]!.path}`;
	}
	await oursServer.close();
	await bareServer.close();

	// Scaling.
	let scaling: BenchReport['scaling'];
	if (scale) {
		const dir = projectCopy(scale);
		log(`scaled copy (${scale}×) in ${dir}`);
		const env = { KAM_CONTENT_DIR: join(dir, 'content') };
		log(`first build of the ${scale}× copy (to write its baseline from): ${(await runBuild(dir, env)).wall.toFixed(2)} s`);
		const scaledDist = join(dir, 'dist');
		const bareScaled = generateBaseline(scaledDist, `bare-starlight-${scale}x`);
		log(`${scale}× baseline: ${bareScaled.pages} Markdown pages in ${bareScaled.dir}`);
		// The 1× site is built again in turn with the scaled ones, so all see the same machine load.
		const three = [
			{ name: 'ours 1×', dir: oursDir },
			{ name: `ours ${scale}×`, dir, env },
			{ name: `bare ${scale}×`, dir: bareScaled.dir },
		];
		const [oneX, scaled, bareN] = (await buildsInTurn(three, Math.min(runs, 2))) as [BuildSeries, BuildSeries, BuildSeries];
		const [oneXScratch, scaledScratch, bareNScratch] = (await buildsInTurn(three, Math.min(runs, 2), true)) as [
			BuildSeries,
			BuildSeries,
			BuildSeries,
		];
		const stats = dirStats(scaledDist);
		const index = dirStats(join(scaledDist, 'pagefind'));
		const bareDistN = join(bareScaled.dir, 'dist');
		const bareStatsN = dirStats(bareDistN);
		scaling = {
			factor: scale,
			multiplied: 'services, glossary terms and supporting roles in content/, prose guide pages per language',
			oneX: { ...oneX, pages: oursStats.html, output: oursStats.bytes, pagefind: oursIndex.bytes },
			scaled: { ...scaled, pages: stats.html, output: stats.bytes, pagefind: index.bytes },
			bareScaled: { ...bareN, pages: bareStatsN.html, output: bareStatsN.bytes, pagefind: dirStats(join(bareDistN, 'pagefind')).bytes },
			buildRatio: ratio(scaled.medianWall, oneX.medianWall),
			ratioToBare: ratio(scaled.medianWall, bareN.medianWall),
			cpuRatioToBare: ratio(scaled.medianCpu, bareN.medianCpu),
			indexRatio: ratio(index.bytes, oursIndex.bytes),
			fromScratch: { oneX: oneXScratch, scaled: scaledScratch, bareScaled: bareNScratch },
		};
	}
	const report: BenchReport = {
		date,
		node: process.version,
		cpus: cpus().length,
		loadAverageStart,
		loadAverageEnd: loadavg(),
		runs,
		lighthouseRunsPerPage,
		quick: args.quick,
		minutes: Math.round((Date.now() - started) / 600) / 100,
		build,
		pageWeight: weights,
		extraJavaScript: extraJs,
		search,
		lighthouse,
		scaling,
	};

	const markdown = `${renderReport(report, lighthouse)}\n## Accounts workspace\n\n${workspaceReport(workspace)}\n`;
	mkdirSync(join(project, 'bench-results'), { recursive: true });
	writeFileSync(join(project, 'bench-results', 'report.json'), `${JSON.stringify({ ...report, workspace }, null, 2)}\n`);
	writeFileSync(join(project, 'bench-results', 'report.md'), markdown);
	console.log(`\n${markdown}`);
	log('wrote bench-results/report.md and bench-results/report.json');
	if (args.keep) log(`kept the work folder ${work} (both projects, built)`);
	else rmSync(work, { recursive: true, force: true });
}

function renderReport(report: BenchReport, lighthouse: LighthouseResult[]): string {
	const b = report.build;
	const kb = (n: number) => (n / 1024).toFixed(1);
	const out: string[] = [];
	out.push(`# Benchmark: KAM Playbook vs a bare Starlight site`, '');
	out.push(
		`${report.date} · Node ${report.node} · ${report.cpus} CPUs · load average at start ${report.loadAverageStart.map((n: number) => n.toFixed(2)).join(' / ')}, at end ${report.loadAverageEnd.map((n: number) => n.toFixed(2)).join(' / ')} · ${report.runs} build run(s) each · ${report.minutes} min in all.`,
		'',
		'The machine is shared with other jobs: build times and latencies are noisy; compare the ratio more than the seconds.',
		'',
	);
	out.push('## Build', '');
	out.push(
		markdownTable(
			['', 'KAM Playbook', 'Bare Starlight', 'Ratio'],
			[
				['Build time (median, s)', b.ours.medianWall.toFixed(2), b.bare.medianWall.toFixed(2), `${b.ratio}× (target ≤ 1.2×)`],
				['Build runs (s)', b.ours.wall.map((t) => t.toFixed(1)).join(', '), b.bare.wall.map((t) => t.toFixed(1)).join(', '), ''],
				['CPU time (median, s)', b.ours.medianCpu.toFixed(2), b.bare.medianCpu.toFixed(2), `${b.cpuRatio}×`],
				[
					'From scratch (`--force`, median, s)',
					b.fromScratch.ours.medianWall.toFixed(2),
					b.fromScratch.bare.medianWall.toFixed(2),
					`${b.fromScratch.ratio}×`,
				],
				[
					'From scratch, CPU time (median, s)',
					b.fromScratch.ours.medianCpu.toFixed(2),
					b.fromScratch.bare.medianCpu.toFixed(2),
					`${b.fromScratch.cpuRatio}×`,
				],
				['HTML pages', b.ours.output.html, b.bare.output.html, ''],
				[
					'Output size',
					formatBytes(b.ours.output.bytes),
					formatBytes(b.bare.output.bytes),
					`${ratio(b.ours.output.bytes, b.bare.output.bytes)}×`,
				],
				[
					'Pagefind index',
					formatBytes(b.ours.pagefind.bytes),
					formatBytes(b.bare.pagefind.bytes),
					`${ratio(b.ours.pagefind.bytes, b.bare.pagefind.bytes)}×`,
				],
			],
		),
		'',
		`The bare site has one Markdown page per page of ours (same slugs, both locales), holding the text of our page's main content (${b.bare.textChars} characters in all). Our output also holds the Word, Markdown and CSV downloads.`,
		'',
		'The timed builds follow an unchanged build, as a rebuild after publishing does: the bare site takes its rendered Markdown from the content cache, ours also copies the pages made from data from the incremental build cache. From scratch (`--force`) neither cache is used: the first build on a fresh machine, and close to a build after an edit to the content, which renders every page of ours again.',
		'',
	);
	out.push('## Page weight per page type (as loaded in Chromium; gzip computed with zlib)', '');
	const rows: (string | number)[][] = [];
	for (const w of report.pageWeight) {
		if (w.notBuilt) {
			rows.push([`${w.type} (${w.lang})`, 'not built', '', '', '', '', '', '']);
			continue;
		}
		const row = (label: string, s: PageWeight) => [
			label,
			`${kb(s.bytes.js.raw)} / ${kb(s.bytes.js.gzip)}`,
			`${kb(s.bytes.css.raw)} / ${kb(s.bytes.css.gzip)}`,
			`${kb(s.bytes.html.raw)} / ${kb(s.bytes.html.gzip)}`,
			`${kb(s.total.raw)} / ${kb(s.total.gzip)}`,
			s.requests,
			s.cls,
		];
		rows.push([...row(`${w.type} (${w.lang})`, w.ours), w.extraScripts.length ? w.extraScripts.join(', ') : '–']);
		if (w.bare) rows.push([...row(`↳ bare Starlight`, w.bare), '']);
	}
	out.push(
		markdownTable(
			[
				'Page',
				'JS KB raw / gzip',
				'CSS KB raw / gzip',
				'HTML KB raw / gzip',
				'All KB raw / gzip',
				'Requests',
				'CLS',
				'JS beyond Starlight',
			],
			rows,
		),
		'',
	);
	out.push(
		`JavaScript and CSS include what the page carries inline in its HTML (${kb(
			Math.max(...report.pageWeight.flatMap((w) => (w.notBuilt ? [] : [w.ours.inline.js.gzip]))),
		)} KB gzip of inline script at most on our pages); HTML is the document as transferred. Budgets: a content page loads at most ${kb(CONTENT_JS_BUDGET)} KB gzip of JavaScript before the reader interacts, and CSS within ${kb(CONTENT_CSS_MARGIN)} KB gzip of the bare page's; each island adds at most its own budget to what a content page of ours loads.`,
		'',
	);
	const budgetLines: string[] = [];
	for (const w of report.pageWeight) {
		if (w.notBuilt) continue;
		const island = PAGE_TYPES.find((p) => p.type === w.type)?.island;
		const home = report.pageWeight.find((x) => x.type === 'home' && x.lang === w.lang);
		const label = `${w.type} (${w.lang})`;
		if (island) {
			if (!home || home.notBuilt) continue;
			const extraGzip = w.ours.bytes.js.gzip - home.ours.bytes.js.gzip;
			budgetLines.push(
				`- ${label}: the ${island.name} adds ${kb(extraGzip)} KB gzip of JavaScript to a content page's (budget ${kb(island.budgetGzip)} KB) — ${extraGzip <= island.budgetGzip ? 'within budget' : 'OVER BUDGET'}`,
			);
			continue;
		}
		const js = w.ours.bytes.js.gzip;
		const cssOver = w.bare ? w.ours.bytes.css.gzip - w.bare.bytes.css.gzip : undefined;
		budgetLines.push(
			`- ${label}: JavaScript ${kb(js)} KB gzip — ${js <= CONTENT_JS_BUDGET ? 'within budget' : 'OVER BUDGET'}; CSS ${cssOver === undefined ? 'no bare page to compare' : `${cssOver >= 0 ? '+' : '−'}${kb(Math.abs(cssOver))} KB gzip against the bare page — ${cssOver <= CONTENT_CSS_MARGIN ? 'within budget' : 'OVER BUDGET'}`}`,
		);
	}
	out.push(...budgetLines, '');
	out.push('## Search', '');
	out.push(
		markdownTable(
			[
				'Language',
				'Loaded on intent (ours)',
				'Requests',
				'Bare Starlight',
				'Click to first result (ours / bare, ms)',
				'Latency median (ours, ms)',
				'Latency median (bare, ms)',
			],
			report.search.map((s) => [
				s.lang,
				formatBytes(s.ours.firstSearchBytes),
				s.ours.firstSearchRequests,
				`${formatBytes(s.bare.firstSearchBytes)} (${s.bare.firstSearchRequests})`,
				`${s.ours.coldMs} / ${s.bare.coldMs}`,
				`${s.ours.medianMs} (${s.ours.latenciesMs.join(', ')})`,
				`${s.bare.medianMs} (${s.bare.latenciesMs.join(', ')})`,
			]),
		),
		'',
		'Loaded on intent: every byte from the moment the pointer reaches the search button until the first results show (ours: the search interface, its styles, Pagefind and the index; the bare site loads its interface with the page). Click to first result: on a freshly loaded page, the button clicked and the first query typed at once. Latency: with everything loaded, from the input event of the typed query to the first result visible, measured in the page; both include Pagefind UI’s own input debounce.',
		'',
	);
	if (lighthouse.length) {
		out.push('## Lighthouse (mobile emulation, Chromium headless, served from 127.0.0.1)', '');
		out.push(
			markdownTable(
				['Page', 'Performance', 'Accessibility', 'Best practices', 'SEO', 'Audits below 0.9'],
				lighthouse.map((l) => [
					l.path,
					l.performanceRuns.length > 1 ? `${l.scores.performance ?? ''} (${l.performanceRuns.join(', ')})` : (l.scores.performance ?? ''),
					l.scores.accessibility ?? '',
					l.scores['best-practices'] ?? '',
					l.scores.seo ?? '',
					l.below98.join('; ') || '–',
				]),
			),
			'',
			`Target: at least 98 in every category on every measured page. ${report.lighthouseRunsPerPage} run(s) per page; a page is shown by its median run by performance score (every run's performance score in brackets), and the other columns and audits come from that run.`,
			'',
		);
	}
	if (report.scaling) {
		const s = report.scaling;
		out.push(`## Scaling (${s.factor}× ${s.multiplied})`, '');
		out.push(
			markdownTable(
				['', '1×', `${s.factor}×`, 'Growth', `Bare Starlight ${s.factor}×`, `Ratio to bare at ${s.factor}×`],
				[
					[
						'Build time (median, s)',
						s.oneX.medianWall.toFixed(2),
						s.scaled.medianWall.toFixed(2),
						`${s.buildRatio}×`,
						s.bareScaled.medianWall.toFixed(2),
						`${s.ratioToBare}×`,
					],
					[
						'CPU time (median, s)',
						s.oneX.medianCpu.toFixed(2),
						s.scaled.medianCpu.toFixed(2),
						`${ratio(s.scaled.medianCpu, s.oneX.medianCpu)}×`,
						s.bareScaled.medianCpu.toFixed(2),
						`${s.cpuRatioToBare}×`,
					],
					[
						'From scratch (`--force`, median, s)',
						s.fromScratch.oneX.medianWall.toFixed(2),
						s.fromScratch.scaled.medianWall.toFixed(2),
						`${ratio(s.fromScratch.scaled.medianWall, s.fromScratch.oneX.medianWall)}×`,
						s.fromScratch.bareScaled.medianWall.toFixed(2),
						`${ratio(s.fromScratch.scaled.medianWall, s.fromScratch.bareScaled.medianWall)}×`,
					],
					['HTML pages', s.oneX.pages, s.scaled.pages, `${ratio(s.scaled.pages, s.oneX.pages)}×`, s.bareScaled.pages, ''],
					[
						'Output size',
						formatBytes(s.oneX.output),
						formatBytes(s.scaled.output),
						`${ratio(s.scaled.output, s.oneX.output)}×`,
						formatBytes(s.bareScaled.output),
						`${ratio(s.scaled.output, s.bareScaled.output)}×`,
					],
					[
						'Pagefind index',
						formatBytes(s.oneX.pagefind),
						formatBytes(s.scaled.pagefind),
						`${s.indexRatio}×`,
						formatBytes(s.bareScaled.pagefind),
						`${ratio(s.scaled.pagefind, s.bareScaled.pagefind)}×`,
					],
				],
			),
			'',
		);
	}
	out.push(
		'Reproduce: `npm run bench` (add `--quick` for one build run and one Lighthouse run of three pages, `--scale 10` for the scaling run, `--lighthouse-runs 5` for steadier Lighthouse figures).',
		'',
	);
	return out.join('\n');
}

await main();
