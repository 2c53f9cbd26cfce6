// Validates content/ (or the directory given as first argument) and prints every problem; exit 1 on problems.
import { resolve } from 'node:path';
import { loadValidContent } from '#src/config/content-check.ts';

try {
	loadValidContent(resolve(process.argv[2] ?? 'content'));
	console.log('content is valid');
} catch (error) {
	console.error((error as Error).message);
	process.exit(1);
}
