// Whether the content under test is the sample shipped with the playbook. Tests in tests/sample/ pin the sample's
// facts (its ids, counts, example strings, search ranks); they run only while content/ is that sample, so a company
// that makes the playbook its own keeps a green `npm test`. The sample's fingerprint is recorded in content.sha256.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from '#src/content/load.ts';
import { COLLECTION_FILES } from '#src/schemas/index.ts';

function readText(path: string): string {
	try {
		return readFileSync(path, 'utf8').replace(/\r\n?/g, '\n');
	} catch {
		return '(missing)';
	}
}

/** Where the sample's fingerprint is recorded (`npm run sample:record` writes it). */
export const SAMPLE_HASH_FILE = new URL('./content.sha256', import.meta.url);

/** A fingerprint of the content files (sha256 over each file's name and text, line endings normalised). */
export function contentFingerprint(dir = contentDir()): string {
	const hash = createHash('sha256');
	for (const file of Object.values(COLLECTION_FILES).sort()) {
		hash.update(`${file}\0${readText(join(dir, file))}\0`);
	}
	return hash.digest('hex');
}

/** The recorded fingerprint of the shipped sample. */
export function recordedFingerprint(): string {
	return readFileSync(SAMPLE_HASH_FILE, 'utf8').trim();
}

/** True while the content under test is the shipped sample. */
export function isSampleContent(dir = contentDir()): boolean {
	return contentFingerprint(dir) === recordedFingerprint();
}

/** Records the current content as the sample (run after changing the sample on purpose). */
export function recordSample(dir = contentDir()): string {
	const fingerprint = contentFingerprint(dir);
	writeFileSync(SAMPLE_HASH_FILE, `${fingerprint}\n`);
	return fingerprint;
}

/**
 * Decides whether the sample tests run, and says so when they do not. With KAM_REQUIRE_SAMPLE=1 (this
 * repository's CI) a content/ that no longer matches the record is an error instead: the sample was changed
 * without `npm run sample:record`, and its tests must not go quiet.
 */
export function sampleTestsEnabled(): boolean {
	if (isSampleContent()) return true;
	const message =
		'content/ is not the shipped sample (its fingerprint differs from tests/sample/content.sha256), so the tests that pin the sample data (tests/sample/) are skipped.';
	if (process.env.KAM_REQUIRE_SAMPLE === '1')
		throw new Error(`${message} KAM_REQUIRE_SAMPLE=1: if you changed the sample on purpose, run \`npm run sample:record\`.`);
	console.warn(`\nNotice: ${message}\n`);
	return false;
}
