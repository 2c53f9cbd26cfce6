// Astro's incremental build (astro.config.mjs) skips a page from getStaticPaths() when the code it depends on and its
// `cacheKey` are unchanged since the last build, and copies the earlier output instead. Astro hashes the code; the key
// stands for everything else a page is made from. It is one key for the whole build:
// - every entry of every collection (the YAML data, our UI strings and the prose pages, whose titles the sidebar
//   shows on every page), so that any edit to the content renders every page again;
// - the day, because review notes turn overdue at midnight UTC (GovernanceLine).
// Site URL and base path are part of Astro's own config hash.
import { createHash } from 'node:crypto';
import { getCollection } from 'astro:content';
import { collections } from '#src/content.config.ts';

let key: Promise<string> | undefined;

async function buildKey(): Promise<string> {
	const hash = createHash('sha256');
	for (const name of Object.keys(collections) as (keyof typeof collections)[]) {
		hash.update(`${name}\n${JSON.stringify(await getCollection(name))}\n`);
	}
	hash.update(new Date().toISOString().slice(0, 10));
	return hash.digest('hex');
}

/** getStaticPaths helper: the same paths, each with the build's cache key (none under `astro dev`, which keeps no cache). */
export async function withCacheKey<T extends object>(paths: T[]): Promise<(T & { cacheKey?: string })[]> {
	if (import.meta.env.DEV) return paths;
	const cacheKey = await (key ??= buildKey());
	return paths.map((path) => ({ ...path, cacheKey }));
}
