// Computes a Content-Security-Policy that the built site passes: own origin only, inline scripts by hash.
// `npm run csp` prints the header value; `npm run csp -- --nginx` prints an nginx `add_header` line.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = join(dir, entry.name);
		if (entry.isDirectory()) return htmlFiles(full);
		return entry.name.endsWith('.html') ? [full] : [];
	});
}

/** sha256 sources for every distinct inline <script> (no src, executable type) in the built pages. */
export function inlineScriptHashes(dist: string): string[] {
	const hashes = new Set<string>();
	for (const file of htmlFiles(dist)) {
		for (const m of readFileSync(file, 'utf8').matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
			const attrs = m[1]!;
			if (/\bsrc=/.test(attrs)) continue;
			const type = /\btype="([^"]*)"/.exec(attrs)?.[1];
			if (type && type !== 'module' && type !== 'text/javascript') continue; // data blocks (JSON) never run
			hashes.add(`'sha256-${createHash('sha256').update(m[2]!).digest('base64')}'`);
		}
	}
	return [...hashes].sort();
}

/** The policy: scripts from the site and the hashed inline ones, WebAssembly for search, nothing from elsewhere. */
export function contentSecurityPolicy(dist: string): string {
	return [
		"default-src 'self'",
		`script-src 'self' 'wasm-unsafe-eval' ${inlineScriptHashes(dist).join(' ')}`,
		// Starlight and its code blocks set style attributes; styles cannot run code.
		"style-src 'self' 'unsafe-inline'",
		"img-src 'self' data:",
		"font-src 'self'",
		"connect-src 'self'",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
		"frame-ancestors 'none'",
	].join('; ');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const policy = contentSecurityPolicy(process.env.KAM_DIST ?? 'dist');
	console.log(process.argv.includes('--nginx') ? `add_header Content-Security-Policy "${policy}" always;` : policy);
}
