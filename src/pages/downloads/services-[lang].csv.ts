// The service matrix as a CSV file per language, written at build time: /downloads/services-de.csv, -en.csv.
import type { APIRoute } from 'astro';
import { serviceCsv } from '#src/data/services.ts';
import type { Lang } from '#src/config/locales.ts';
import { languagePaths } from '#src/data/collections.ts';

export const getStaticPaths = languagePaths;

export const GET: APIRoute = async ({ params }) =>
	new Response(await serviceCsv(params.lang as Lang), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
