// Incremental builds (astro.config.mjs, src/data/cache-key.ts): a build after an unchanged one renders only the prose
// pages and the two fixed pages, restores every page made from data, and its output is the same byte for byte; a
// build after one that did not finish renders everything (src/integrations/unfinished-build.ts).
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNFINISHED_MARK } from '#src/integrations/unfinished-build.ts';
import { astroBuild, builtFileNames } from './harness.ts';

// Both builds write to the same folder (Astro's assets module names it, so another folder is other code); the
// first one's files are copied aside before the second runs.
const out = mkdtempSync(join(tmpdir(), 'kam-build-'));
const full = mkdtempSync(join(tmpdir(), 'kam-full-'));
let fullLog = '';
let againLog = '';

/** The files a build wrote, each as rendered or restored from the cache, from its log. */
function written(log: string): { rendered: string[]; restored: string[] } {
	const plain = log.replace(/\x1b\[[0-9;]*m/g, ''); // eslint-disable-line no-control-regex
	const files = [...plain.matchAll(/├─ (\/\S*?\.(?:html|docx|md|csv))( \(restored\)| \(cached\))?/g)];
	return {
		rendered: files.filter((m) => !m[2]).map((m) => m[1]!),
		restored: files.filter((m) => m[2]).map((m) => m[1]!),
	};
}

/** The page each prose file of src/content/docs/ becomes: 'de/guides/adapt.md' → '/de/guides/adapt/index.html'. */
const prosePages = readdirSync('src/content/docs', { recursive: true, encoding: 'utf8' })
	.filter((file) => /\.mdx?$/.test(file))
	.map((file) =>
		`/${file
			.split(sep)
			.join('/')
			.replace(/\.mdx?$/, '')
			.replace(/(^|\/)index$/, '')}/index.html`.replace('//', '/'),
	)
	.sort();

beforeAll(async () => {
	// As if the last build had stopped half-way: this one must not trust the cache.
	mkdirSync(join('node_modules', '.astro'), { recursive: true });
	writeFileSync(join('node_modules', '.astro', UNFINISHED_MARK), '');
	fullLog = await astroBuild(out);
	cpSync(out, full, { recursive: true });
	againLog = await astroBuild(out);
}, 300_000);

afterAll(() => {
	rmSync(out, { recursive: true, force: true });
	rmSync(full, { recursive: true, force: true });
});

describe('incremental build', () => {
	it('renders every page after a build that did not finish', () => {
		expect(fullLog).toContain('The last build did not finish');
		const { rendered, restored } = written(fullLog);
		expect(restored).toEqual([]);
		expect(rendered.length).toBeGreaterThan(prosePages.length + 50);
	});

	it('then renders only the prose pages and the two fixed pages, and restores every page made from data', () => {
		expect(againLog).not.toContain('did not finish');
		const { rendered, restored } = written(againLog);
		expect(rendered.sort()).toEqual(['/404.html', '/index.html', ...prosePages].sort());
		expect(restored.sort()).toEqual(
			written(fullLog)
				.rendered.filter((file) => !rendered.includes(file))
				.sort(),
		);
	});

	it('writes the same site byte for byte', () => {
		const files = builtFileNames(full);
		expect(builtFileNames(out)).toEqual(files);
		const differing = files.filter((file) => !readFileSync(join(full, file)).equals(readFileSync(join(out, file))));
		expect(differing).toEqual([]);
	});
});
