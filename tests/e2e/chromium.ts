// Finds and launches the machine's Chromium (Debian's package); never downloads a browser.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Path of a usable Chromium, or undefined when the machine has none. */
export function findChromium(): string | undefined {
	const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
	return candidates.find((p): p is string => !!p && existsSync(p));
}

/** Flags that keep Chromium headless, offline and quiet on a machine without network. */
export const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

/** A fresh, empty profile directory for one browser run. */
export function freshProfileDir(): string {
	return mkdtempSync(join(tmpdir(), 'kam-chromium-'));
}
