// Validates content/ when the Astro config loads, so bad data stops a build before anything is rendered.
import { relative } from 'node:path';
import { formatProblems, readContentDir, validateContent, type RawContent } from '#src/content/validate.ts';
import { contentDir } from './content-dir.ts';

/** Reads content/ and throws a message naming file, entry and field for every problem found. */
export function loadValidContent(dir = contentDir): RawContent {
	const raw = readContentDir(dir, relative(process.cwd(), dir) || '.');
	const problems = validateContent(raw);
	if (problems.length > 0) throw new Error(formatProblems(problems));
	return raw;
}
