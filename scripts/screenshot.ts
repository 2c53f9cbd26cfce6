// Screenshots of the pages readers judge the playbook by, for a review after visual changes: the tier page,
// comparison, matrix, service matrix, self-assessment and workspace, at 1366 × 900 and 390 × 844, light and dark,
// from the built site in dist/ (run `npm run build` first). Writes screenshots/<page>-<width>-<theme>.png (not
// committed) and refreshes the README picture docs/screenshot.png.
//   npm run screenshot                 every page, both languages' default (the configured default language)
//   npm run screenshot -- --lang en    in another language
//   npm run screenshot -- --full       whole pages instead of the first screen
import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { startStaticServer } from './static-server.ts';
import { CHROMIUM_ARGS, findChromium } from '#tests/e2e/chromium.ts';
import { site } from '#src/config/site.ts';
import { loadContent } from '#src/content/load.ts';
import { inOrder } from '#src/lib/order.ts';

const { values } = parseArgs({
	options: { lang: { type: 'string', default: site.defaultLanguage }, full: { type: 'boolean', default: false } },
});
const lang = values.lang;
const { collections: content } = loadContent();
const tiers = inOrder(content.tiers);
const scopes = inOrder(content.geographies);

/** A few accounts for the workspace, in the stored format (docs/reference.md › Browser storage), with portfolio
 *  scores spread over the chart and one review that is due. */
const SCORES = [
	[4.4, 4.1],
	[3.9, 2.7],
	[2.8, 4.3],
	[4.1, 3.6],
	[1.8, 2.2],
	[3.2, 3.9],
] as const;
const sampleAccounts = tiers.flatMap((tier, i) =>
	scopes.map((scope, j) => {
		const [attractiveness, strength] = SCORES[(i * scopes.length + j) % SCORES.length]!;
		return {
			id: `shot-${tier.id}-${scope.id}`,
			name: `${tier.examples[j % tier.examples.length]!.name}`.slice(0, 80),
			tier: tier.id,
			scope: scope.id,
			answers: '',
			assessedAt: new Date(Date.UTC(2026, 0, 1 + i * 3 + j)).toISOString(),
			attractiveness,
			strength,
			...(i === 0 && j === 0 ? { nextReview: '2026-01-15' } : {}),
		};
	}),
);

const pages = [
	{ name: 'tier', path: `${lang}/tiers/${tiers[0]!.id}/` },
	{ name: 'comparison', path: `${lang}/comparison/` },
	{ name: 'matrix', path: `${lang}/matrix/` },
	{ name: 'services', path: `${lang}/services/` },
	{ name: 'assessment', path: `${lang}/assessment/` },
	{ name: 'accounts', path: `${lang}/accounts/`, accounts: sampleAccounts },
];
const sizes = [
	{ width: 1366, height: 900, isMobile: false },
	{ width: 390, height: 844, isMobile: true },
];

const executablePath = findChromium();
if (!executablePath) throw new Error('No Chromium found; install Debian’s chromium.');
const server = await startStaticServer({ root: 'dist' });
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
mkdirSync('screenshots', { recursive: true });
try {
	for (const size of sizes)
		for (const theme of ['light', 'dark'] as const) {
			const context = await browser.newContext({
				viewport: { width: size.width, height: size.height },
				isMobile: size.isMobile,
				hasTouch: size.isMobile,
				colorScheme: theme,
			});
			await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
			for (const { name, path, accounts } of pages) {
				const page = await context.newPage();
				if (accounts) await page.addInitScript((list) => localStorage.setItem('kam.accounts.v1', JSON.stringify(list)), accounts);
				await page.goto(new URL(path, server.url).href, { waitUntil: 'load' });
				const file = `screenshots/${name}-${size.width}-${theme}.png`;
				await page.screenshot({ path: file, fullPage: values.full });
				console.log(`wrote ${file}`);
				if (name === 'tier' && size.width === 1366 && theme === 'light') await page.screenshot({ path: 'docs/screenshot.png' });
				await page.close();
			}
			await context.close();
		}
	console.log('refreshed docs/screenshot.png');
} finally {
	await browser.close();
	await server.close();
}
