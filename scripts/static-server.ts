// A small static file server for the built site: 127.0.0.1 only, base-path aware, real 404 page.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.ico': 'image/x-icon',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.md': 'text/markdown; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
	'.pdf': 'application/pdf',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm',
	'.pf_meta': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pagefind': 'application/octet-stream',
};

/** A running server: its URL (with base path) and how to stop it. */
export interface RunningServer {
	url: string;
	close: () => Promise<void>;
}

async function fileAt(path: string): Promise<string | undefined> {
	try {
		const s = await stat(path);
		if (s.isFile()) return path;
		if (s.isDirectory()) return fileAt(join(path, 'index.html'));
	} catch {
		return undefined;
	}
	return undefined;
}

/** Serves `root` under `base` on 127.0.0.1; port 0 picks a free port. */
export function startStaticServer(options: {
	root: string;
	port?: number;
	base?: string;
	/** Extra response headers, e.g. a Content-Security-Policy to test. */
	headers?: Record<string, string>;
	/** Gzip text responses for clients that accept it, as a production web server would (used by the benchmark). */
	gzip?: boolean;
}): Promise<RunningServer> {
	const root = resolve(options.root);
	const base = `/${(options.base ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
	const server: Server = createServer(async (req, res) => {
		const url = new URL(req.url ?? '/', 'http://127.0.0.1');
		let pathname: string;
		try {
			pathname = decodeURIComponent(url.pathname);
		} catch {
			res.writeHead(400).end('Bad request');
			return;
		}
		if (!pathname.startsWith(base) && `${pathname}/` !== base) {
			// Only the bare host root leads to the base; anything else outside it does not exist.
			if (pathname === '/') res.writeHead(302, { location: base }).end();
			else res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
			return;
		}
		const relative = normalize(pathname.slice(base.length - 1));
		const target = join(root, relative);
		if (target !== root && !target.startsWith(root + sep)) {
			res.writeHead(403).end('Forbidden');
			return;
		}
		const found = await fileAt(target);
		if (found && (await stat(target)).isDirectory() && !pathname.endsWith('/')) {
			res.writeHead(301, { location: `${pathname}/${url.search}` }).end();
			return;
		}
		const file = found ?? (await fileAt(join(root, '404.html')));
		if (!file) {
			res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
			return;
		}
		const type = TYPES[extname(file)] ?? 'application/octet-stream';
		const compress =
			options.gzip &&
			/^(text\/|application\/(json|xml)|image\/svg)/.test(type) &&
			/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
		res.writeHead(found ? 200 : 404, {
			'content-type': type,
			'cache-control': 'no-cache',
			...(compress ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
			...options.headers,
		});
		if (req.method === 'HEAD') res.end();
		else if (compress) createReadStream(file).pipe(createGzip()).pipe(res);
		else createReadStream(file).pipe(res);
	});
	return new Promise((resolvePromise, reject) => {
		server.once('error', reject);
		server.listen(options.port ?? 0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			resolvePromise({
				url: `http://127.0.0.1:${port}${base}`,
				close: () => new Promise((done) => server.close(() => done())),
			});
		});
	});
}
