// Validates content/ (or the directory given as first argument) and prints every problem; exit 1 on problems.
import { resolve } from 'node:path';
import { contentDir, loadContent } from '#src/content/load.ts';

try {
	loadContent(process.argv[2] ? resolve(process.argv[2]) : contentDir());
	console.log('content is valid');
} catch (error) {
	console.error((error as Error).message);
	process.exit(1);
}
