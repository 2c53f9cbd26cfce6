// Browser test run set-up: ONE static server for dist/ (with the site's Content-Security-Policy) and ONE Chromium
// for every test file; files reach both through `inject('kamSiteUrl')` and `inject('kamBrowserEndpoint')`.
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { contentSecurityPolicy } from '#scripts/csp.ts';
import { startStaticServer } from '#scripts/static-server.ts';
import { CHROMIUM_ARGS, findChromium } from './chromium.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		/** URL of the static server for dist/, e.g. 'http://127.0.0.1:41234/'. */
		kamSiteUrl: string;
		/** WebSocket endpoint of the shared Chromium, for `chromium.connect`. */
		kamBrowserEndpoint: string;
	}
}

/** Starts the server and the browser, hands their addresses to the test files and returns the teardown. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
	const executablePath = findChromium();
	if (!executablePath) throw new Error('No Chromium: install Debian’s chromium or set CHROMIUM_PATH');
	// Every page is served with the policy the deployment guide recommends, so any violation shows up in every test.
	const server = await startStaticServer({ root: 'dist', headers: { 'content-security-policy': contentSecurityPolicy('dist') } });
	let browser;
	try {
		browser = await chromium.launchServer({ executablePath, args: CHROMIUM_ARGS, headless: true, host: '127.0.0.1', port: 0 });
	} catch (error) {
		await server.close();
		throw error;
	}
	project.provide('kamSiteUrl', server.url);
	project.provide('kamBrowserEndpoint', browser.wsEndpoint());
	return async () => {
		await browser.close();
		await server.close();
	};
}
