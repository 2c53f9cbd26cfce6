// Refreshes the README screenshot (docs/screenshot.png) from the built site in dist/.
import { chromium } from 'playwright-core';
import { startStaticServer } from './static-server.ts';
import { CHROMIUM_ARGS, findChromium } from '#tests/e2e/chromium.ts';

const executablePath = findChromium();
if (!executablePath) throw new Error('No Chromium found; install Debian’s chromium.');
const server = await startStaticServer({ root: 'dist' });
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
try {
	const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
	await page.goto(new URL('en/tiers/smart/', server.url).href);
	await page.screenshot({ path: 'docs/screenshot.png' });
	console.log('wrote docs/screenshot.png');
} finally {
	await browser.close();
	await server.close();
}
