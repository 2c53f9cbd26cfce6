// The JavaScript an island adds to its page, read from the production build, for the islands' size budgets.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/** Module scripts a built page loads (src and inline), with every module they import: file or inline key → code. */
export function pageScripts(page: string, root = 'dist'): Map<string, string> {
	const html = readFileSync(`${root}/${page}/index.html`, 'utf8');
	const found = new Map<string, string>();
	const visit = (file: string) => {
		if (found.has(file)) return;
		const code = readFileSync(`${root}${file}`, 'utf8');
		found.set(file, code);
		for (const m of code.matchAll(/(?:import|from)\s*["'](\.\/[^"']+\.js)["']/g)) visit(new URL(m[1]!, `http://x${file}`).pathname);
	};
	for (const m of html.matchAll(/<script type="module" src="([^"]+)"/g)) visit(m[1]!);
	for (const [i, m] of [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].entries())
		found.set(`inline:${m[1]!.length}:${i}`, m[1]!);
	return found;
}

/** What `page` loads beyond a plain content page (`plain`): its files and their size, raw and gzip (level 9). */
export function islandScripts(page: string, plain: string, root = 'dist'): { files: string[]; raw: number; gzip: number } {
	const shared = new Set(pageScripts(plain, root).values());
	const own = [...pageScripts(page, root).entries()].filter(([, code]) => !shared.has(code));
	return {
		files: own.map(([file]) => file),
		raw: own.reduce((sum, [, code]) => sum + Buffer.byteLength(code), 0),
		gzip: own.reduce((sum, [, code]) => sum + gzipSync(code, { level: 9 }).length, 0),
	};
}
