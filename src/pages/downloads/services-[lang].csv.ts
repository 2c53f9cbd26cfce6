// The service matrix as a CSV file per language, written at build time: /downloads/services-de.csv, -en.csv.
import type { APIRoute } from 'astro';
import { serviceCsv } from '#src/data/services.ts';
import { LANGUAGES, type Lang } from '#src/config/locales.ts';

export function getStaticPaths() {
	return LANGUAGES.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = async ({ params }) =>
	new Response(await serviceCsv(params.lang as Lang), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
