// Serves the built site (dist/) on 127.0.0.1 and prints its URL; PORT and KAM_BASE override the defaults.
import { existsSync } from 'node:fs';
import { startStaticServer } from './static-server.ts';

if (!existsSync('dist/index.html')) {
	console.error('No build found in dist/. Run `npm run build` (or `npm start`, which builds first).');
	process.exit(1);
}
const port = Number(process.env.PORT ?? 4321);
try {
	const server = await startStaticServer({ root: 'dist', port, base: process.env.KAM_BASE ?? '/' });
	console.log(`KAM Playbook is served at ${server.url}  (Ctrl+C stops it)`);
	const stop = () => server.close().then(() => process.exit(0));
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
} catch (error) {
	const code = (error as NodeJS.ErrnoException).code;
	console.error(code === 'EADDRINUSE' ? `Port ${port} is in use; start with PORT=4322 npm start` : error);
	process.exit(1);
}
