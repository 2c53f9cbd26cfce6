// Every tier's scorecard as a CSV file per language, written at build time: /downloads/scorecards-de.csv, -en.csv.
import type { APIRoute } from 'astro';
import { scorecardCsv } from '#src/data/programme.ts';
import type { Lang } from '#src/config/locales.ts';
import { languagePaths } from '#src/data/collections.ts';

export const getStaticPaths = languagePaths;

export const GET: APIRoute = async ({ params }) =>
	new Response(await scorecardCsv(params.lang as Lang), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
