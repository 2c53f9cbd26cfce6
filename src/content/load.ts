// Reads and validates content/ once per build. The Astro config (sidebar), the collection loaders and
// `npm run check:content` all take the playbook's data from here, so the YAML is parsed a single time.
import { statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { COLLECTION_FILES, type Entries, type ReferenceIds } from '#src/schemas/index.ts';
import { ACCOUNT_WARNING_RULES } from '#src/config/account-warnings.ts';
import { formatProblems, idsOfContent, parseContent, readContentDir, settingsChecks } from './validate.ts';

/** The validated playbook data: every collection's entries (in file order) and the ids others may reference. */
export interface PlaybookContent {
	dir: string;
	collections: Entries;
	ids: ReferenceIds;
}

/** Absolute path of the content directory; KAM_CONTENT_DIR points a build or a test at another copy. */
export function contentDir(): string {
	return resolve(process.env.KAM_CONTENT_DIR ?? 'content');
}

// Astro evaluates the config and the content collections in separate module graphs, so the cache lives on
// globalThis to be shared by both. It is keyed by the files' size and modification time: under `astro dev`
// an edited file is read again.
const CACHE = Symbol.for('kam-playbook.content');
type Cache = Map<string, { stamp: string; content: PlaybookContent }>;

function stampOf(dir: string): string {
	return Object.values(COLLECTION_FILES)
		.map((file) => {
			try {
				const s = statSync(join(dir, file));
				return `${s.size}:${s.mtimeMs}`;
			} catch {
				return '-';
			}
		})
		.join('|');
}

/** The content of `dir`, read and validated once; throws a message naming file, entry and field for every problem. */
export function loadContent(dir = contentDir()): PlaybookContent {
	const store = globalThis as typeof globalThis & { [CACHE]?: Cache };
	const cache = (store[CACHE] ??= new Map());
	const stamp = stampOf(dir);
	const known = cache.get(dir);
	if (known?.stamp === stamp) return known.content;
	const raw = readContentDir(dir, relative(process.cwd(), dir) || '.');
	const { problems, collections } = parseContent(raw);
	const ids = idsOfContent(raw);
	problems.push(...settingsChecks(ids, ACCOUNT_WARNING_RULES, raw.roles));
	if (problems.length > 0) throw new Error(formatProblems(problems));
	const content = { dir, collections, ids };
	cache.set(dir, { stamp, content });
	return content;
}
