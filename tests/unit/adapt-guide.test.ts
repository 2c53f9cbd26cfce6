// A company that follows the adapt guide keeps a green suite: two of its recipes ("Rename a tier", "Add a geographic
// scope") are applied to a copy of the content, and the content and framework tests run on that copy in a child vitest.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '#src/content/load.ts';
import { buildMatrix } from '#src/domain/matrix.ts';
import { prefixTitle, scopedTitles } from '#src/domain/roles.ts';
import { applyAdaptGuide, PARTNER } from '#tests/fixtures/adapt-recipes.ts';
import { copyContent, removeCopies, tempDir } from '#tests/fixtures/content-copy.ts';
import { loadRealAssessment, realContent } from '#tests/fixtures/real-content.ts';
import { isSampleContent } from '#tests/sample/sample-content.ts';

/** Set in the child run, so that the test does not start itself again. */
const CHILD = 'KAM_ADAPT_GUIDE_CHILD';
const root = fileURLToPath(new URL('../../', import.meta.url));
const thisFile = relative(root, fileURLToPath(import.meta.url));

// --- The child run: the tests that read the content (tests/unit, without the sample's), on the adapted copy.

/** Test files beside the code (src/, scripts/): they test logic on data written in the test and never read the content. */
function testsBesideTheCode(): string[] {
	return ['src', 'scripts'].flatMap((dir) =>
		readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
			.filter((file) => file.endsWith('.test.ts'))
			.map((file) => join(dir, file)),
	);
}

/** Imports through which a test reads the content under test (or the sample's account fixtures). */
const READS_CONTENT = /#tests\/fixtures\/(real-content|content-copy|assessment-accounts)|#src\/content\/(load|validate)|#tests\/sample\//;

/** The parts of vitest's JSON report the test reads. */
interface Report {
	numPassedTests: number;
	numFailedTests: number;
	testResults: { name: string; status: string }[];
}

function runSuite(contentDir: string): Promise<{ code: number | null; output: string; report: Report }> {
	const outputFile = join(tempDir('kam-adapt-report-'), 'report.json');
	// The child gets a clean environment for vitest and is never told to require the sample (CI sets that).
	const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(VITEST|KAM_REQUIRE_SAMPLE$)/.test(name)));
	const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
	const args = [
		vitest,
		'run',
		'tests/unit/',
		'--exclude',
		'tests/sample/**',
		'--exclude',
		thisFile,
		'--reporter=json',
		`--outputFile=${outputFile}`,
	];
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, args, { cwd: root, env: { ...env, KAM_CONTENT_DIR: contentDir, [CHILD]: '1' } });
		let output = '';
		child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.on('error', reject);
		child.on('close', (code) => {
			try {
				resolve({ code, output, report: JSON.parse(readFileSync(outputFile, 'utf8')) as Report });
			} catch (error) {
				reject(new Error(`the child run wrote no report (exit ${code}):\n${output.slice(-4000)}`, { cause: error }));
			}
		});
	});
}

describe.skipIf(process.env[CHILD] === '1')('the adapt guide’s recipes', () => {
	let dir: string;
	let renamed: string;
	let regional: string;
	const before = realContent();

	beforeAll(() => {
		dir = copyContent(undefined, 'kam-adapted-');
		({ tier: renamed, scope: regional } = applyAdaptGuide(dir));
	});
	afterAll(removeCopies);

	it('give valid content that is no longer the sample', () => {
		expect(() => loadContent(dir)).not.toThrow();
		expect(isSampleContent(dir)).toBe(false);
	});

	it('rename the tier everywhere its name and title are read, and keep its id', () => {
		const after = realContent(dir);
		const tier = after.tiers.find((x) => x.id === renamed)!;
		expect([tier.name, tier.shortName, tier.role.title]).toEqual([PARTNER.name, PARTNER.shortName, PARTNER.title]);
		expect(after.tiers.map((x) => x.id)).toEqual(before.tiers.map((x) => x.id));
		const last = after.geographies.at(-1)!;
		expect(scopedTitles(tier.role.title, after.geographies, 'en').at(-1)!.title).toBe(
			prefixTitle(last.titlePrefix.en, 'Partner Account Manager'),
		);
	});

	it('add the scope as a column between the first and the others, with titles and in the self-assessment', () => {
		const after = realContent(dir);
		const ids = before.geographies.map((g) => g.id);
		expect(after.geographies.map((g) => g.id)).toEqual([ids[0], regional, ...ids.slice(1)]);
		const matrix = buildMatrix(after.tiers, after.geographies);
		expect(matrix.every((row) => row.length === ids.length + 1 && row[1]!.scope.id === regional)).toBe(true);
		expect(matrix.at(-1)![1]!.roleTitle.en).toBe(prefixTitle('Regional', after.tiers.at(-1)!.role.title.en));
		expect(loadRealAssessment(dir).model.scopes).toEqual([ids[0], regional, ...ids.slice(1)]);
	});

	it('need only the tests in tests/unit to run on the copy: the tests beside the code do not read the content', () => {
		const files = testsBesideTheCode();
		expect(files.length).toBeGreaterThan(10);
		expect(files.filter((file) => READS_CONTENT.test(readFileSync(join(root, file), 'utf8')))).toEqual([]);
	});

	it('keep the content and framework tests green on the adapted copy', { timeout: 180_000 }, async () => {
		const started = performance.now();
		const { code, output, report } = await runSuite(dir);
		const seconds = ((performance.now() - started) / 1000).toFixed(1);
		const failed = report.testResults.filter((r) => r.status !== 'passed').map((r) => relative(root, r.name));
		expect(failed, output.slice(-4000)).toEqual([]);
		expect(code, output.slice(-4000)).toBe(0);
		expect(report.numFailedTests).toBe(0);
		// The child read the copy: vitest.config.ts found content that is not the sample and left its tests out.
		expect(output).toContain('not the shipped sample');
		// Ran every content test but this one, none of the sample's, and dozens of tests passed on the adapted data.
		const files = report.testResults.map((r) => relative(root, r.name)).sort();
		const expected = readdirSync(join(root, 'tests', 'unit'))
			.filter((file) => file.endsWith('.test.ts'))
			.map((file) => join('tests', 'unit', file))
			.filter((file) => file !== thisFile)
			.sort();
		expect(files).toEqual(expected);
		expect(report.numPassedTests).toBeGreaterThan(50);
		console.info(`adapted copy: ${report.numPassedTests} tests passed in ${seconds} s`);
	});
});
