// The nginx example in deploy/ as a site owner would use it: it passes `nginx -t`, and the built site served through
// it (on 127.0.0.1, with a throw-away certificate) arrives over HTTP/2 with every security header, the computed
// Content-Security-Policy and the caching rules, and no page violates the policy. Needs Debian's nginx
// (`apt-get install -y nginx-light`; .ci/run installs it): without it this file is skipped with a notice, and fails
// under CI=true.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect as http2Connect } from 'node:http2';
import { createServer, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '#scripts/csp.ts';
import { inTurn, openSite, policyViolations, sitemapPaths, visit, type Site } from './harness.ts';

const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((path) => existsSync(path));
if (!NGINX) {
	const message = 'nginx is not installed (apt-get install -y nginx-light): the nginx example is not tested';
	if (process.env.CI === 'true') throw new Error(message);
	console.warn(`\n*** ${message} ***\n`);
}

/** The security headers deploy/kam-security-headers.conf sets, with the values a browser must see. */
const SECURITY_HEADERS: Record<string, string> = Object.fromEntries(
	[...readFileSync('deploy/kam-security-headers.conf', 'utf8').matchAll(/^add_header ([\w-]+) "([^"]+)" always;$/gm)].map((m) => [
		m[1]!.toLowerCase(),
		m[2]!,
	]),
);

/** What the browser saw of one page served by nginx. */
interface Served {
	status: number;
	errors: string[];
	violations: string[];
	headers: Record<string, string>;
}

/** A free TCP port on 127.0.0.1 (free when asked; nginx takes it a moment later). */
function freePort(): Promise<number> {
	return new Promise((done, fail) => {
		const server = createServer().listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
		});
	});
}

/** Resolves once something accepts connections on the port. */
async function listening(port: number, child: ChildProcess): Promise<void> {
	for (let i = 0; i < 200; i++) {
		if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}`);
		const open = await new Promise<boolean>((done) => {
			const socket = new Socket();
			socket.once('connect', () => (socket.destroy(), done(true)));
			socket.once('error', () => done(false));
			socket.connect(port, '127.0.0.1');
		});
		if (open) return;
		await new Promise((r) => setTimeout(r, 50));
	}
	throw new Error(`nginx does not listen on port ${port}`);
}

/** `text` with `from` replaced by `to`, which must occur in it: a changed example fails here instead of being tested half. */
function replaced(text: string, from: string | RegExp, to: string): string {
	const next = text.replace(from, to);
	if (next === text) throw new Error(`deploy/nginx.conf no longer contains ${String(from)}`);
	return next;
}

describe.skipIf(!NGINX)('the nginx example (deploy/nginx.conf)', () => {
	let dir: string;
	let httpsPort: number;
	let httpPort: number;
	let nginx: ChildProcess;
	let site: Site;
	let main: string;
	const dist = resolve('dist');

	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'kam-nginx-'));
		mkdirSync(join(dir, 'snippets'));
		[httpsPort, httpPort] = [await freePort(), await freePort()];
		// Step 2 and 3 of the example's instructions, into the test's own folder.
		const csp = spawnSync(process.execPath, ['scripts/csp.ts', '--nginx'], { encoding: 'utf8', env: { ...process.env, KAM_DIST: dist } });
		expect(csp.status, csp.stderr).toBe(0);
		writeFileSync(join(dir, 'snippets', 'kam-csp.conf'), csp.stdout);
		writeFileSync(join(dir, 'snippets', 'kam-security-headers.conf'), readFileSync('deploy/kam-security-headers.conf'));
		const certificate = spawnSync('openssl', [
			'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=playbook.example.com',
			'-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
		]); // prettier-ignore
		expect(certificate.status, String(certificate.stderr)).toBe(0);
		// The example unchanged but for its addresses, paths and certificate.
		let conf = readFileSync('deploy/nginx.conf', 'utf8');
		conf = replaced(conf, /\/etc\/nginx\/snippets\//g, `${dir}/snippets/`);
		conf = replaced(conf, 'root /var/www/kam-playbook;', `root ${dist};`);
		conf = replaced(conf, 'listen 443 ssl http2;', `listen 127.0.0.1:${httpsPort} ssl http2;`);
		conf = replaced(conf, 'listen 80;', `listen 127.0.0.1:${httpPort};`);
		conf = replaced(conf, '/etc/ssl/certs/playbook.example.com.pem', join(dir, 'cert.pem'));
		conf = replaced(conf, '/etc/ssl/private/playbook.example.com.key', join(dir, 'key.pem'));
		writeFileSync(join(dir, 'site.conf'), conf);
		// A main configuration of its own, so that nothing of the machine's nginx is used or touched.
		main = join(dir, 'nginx.conf');
		const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${join(dir, t)};`).join(' ');
		writeFileSync(
			main,
			[
				'daemon off;',
				'worker_processes 1;',
				`pid ${join(dir, 'nginx.pid')};`,
				`error_log ${join(dir, 'error.log')};`,
				'events { worker_connections 64; }',
				`http { include /etc/nginx/mime.types; default_type application/octet-stream; access_log off; ${temp} include ${join(dir, 'site.conf')}; }`,
			].join('\n'),
		);
		nginx = spawn(NGINX!, ['-c', main, '-p', `${dir}/`, '-e', join(dir, 'error.log')], { stdio: ['ignore', 'ignore', 'pipe'] });
		await listening(httpsPort, nginx);
		site = await openSite({ serverUrl: `https://127.0.0.1:${httpsPort}/` });
	});

	afterAll(async () => {
		await site?.close();
		// Stopped by its own process id; the master stops its worker.
		if (nginx?.pid && nginx.exitCode === null) {
			const exited = new Promise((done) => nginx.once('exit', done));
			process.kill(nginx.pid, 'SIGTERM');
			await exited;
		}
		if (dir) rmSync(dir, { recursive: true, force: true });
	});

	it('passes nginx -t', () => {
		expect(Object.keys(SECURITY_HEADERS).sort()).toEqual([
			'cross-origin-opener-policy',
			'permissions-policy',
			'referrer-policy',
			'strict-transport-security',
			'x-content-type-options',
			'x-frame-options',
		]);
		const test = spawnSync(NGINX!, ['-t', '-c', main, '-p', `${dir}/`, '-e', join(dir, 'error.log')], { encoding: 'utf8' });
		expect(test.stderr).toMatch(/syntax is ok[\s\S]*test is successful/);
		expect(test.status).toBe(0);
	});

	it('speaks HTTP/2, and sends plain HTTP to HTTPS', async () => {
		const client = http2Connect(`https://127.0.0.1:${httpsPort}`, { rejectUnauthorized: false });
		const status = await new Promise((done, fail) => {
			client.on('error', fail);
			const request = client.request({ ':path': '/en/' });
			request.on('response', (headers) => done(headers[':status']));
			request.on('error', fail);
			request.end();
		});
		client.close();
		expect(status).toBe(200);
		const plain = await fetch(`http://127.0.0.1:${httpPort}/en/`, { redirect: 'manual' });
		expect(plain.status).toBe(301);
		expect(plain.headers.get('location')).toMatch(/^https:\/\/127\.0\.0\.1\/en\/$/);
	});

	// Every page through nginx, three at a time (as pages.test.ts does), each page a case of its own.
	const paths = sitemapPaths();
	let pageFor: ((path: string) => Promise<Served>) | undefined;
	const served = async (path: string) => {
		if (!pageFor) {
			const context = await site.newContext({ ignoreHTTPSErrors: true });
			// The headers of each page's own document as the browser received them (not those of a redirect it starts).
			const documents = new WeakMap<Page, Promise<Record<string, string>>>();
			context.on('response', (response) => {
				const page = response.frame().page();
				if (response.request().resourceType() === 'document' && !documents.has(page)) documents.set(page, response.allHeaders());
			});
			pageFor = inTurn(
				paths,
				async (p) => {
					const { page, errors, status } = await visit(site, p, { context, stay: true });
					const violations = await policyViolations(page);
					await page.close();
					return { status, errors, violations, headers: (await documents.get(page)) ?? {} };
				},
				3,
			);
		}
		return pageFor(path);
	};

	describe.each(paths)('serves %s', (path) => {
		let page: Served;
		beforeAll(async () => {
			page = await served(path);
		});

		it('with every security header, the computed policy and no caching', () => {
			expect(page.status).toBe(200);
			for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(page.headers[name], name).toBe(value);
			expect(page.headers['content-security-policy']).toBe(contentSecurityPolicy(dist));
			expect(page.headers['cache-control']).toBe('no-cache');
		});

		it('without a policy violation or a console error', () => {
			expect(page.violations).toEqual([]);
			expect(page.errors).toEqual([]);
			expect(site.foreignRequests).toEqual([]);
		});
	});

	it('caches hashed assets for a year, and answers a missing page with the 404 page in its language', async () => {
		const context = await site.newContext({ ignoreHTTPSErrors: true });
		const page = await context.newPage();
		const html = await (await page.goto(site.url('/en/')))!.text();
		const asset = /(?:src|href)="(\/_astro\/[^"]+\.(?:js|css))"/.exec(html)![1]!;
		const assetHeaders = await (await page.goto(site.url(asset)))!.allHeaders();
		expect(assetHeaders['cache-control']).toBe('public, max-age=31536000, immutable');
		expect(assetHeaders['x-content-type-options']).toBe('nosniff');
		for (const lang of ['de', 'en']) {
			const missing = await page.goto(site.url(`/${lang}/no-such-page/`));
			expect(missing!.status()).toBe(404);
			expect(await page.locator('html').getAttribute('lang')).toMatch(new RegExp(`^${lang}`));
			expect((await missing!.allHeaders())['content-security-policy']).toBe(contentSecurityPolicy(dist));
		}
		await page.close();
	});
});
