// Every content collection of the playbook; the comment after each says who reads it. The YAML collections are
// filled from the one validated read of content/ (src/content/load.ts); their schemas give getCollection its types.
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { i18nSchema } from '@astrojs/starlight/schema';
import { join, resolve } from 'node:path';
import type { CollectionName } from '#src/schemas/index.ts';
import { handedOver } from '#src/content/handover.ts';

// A build takes the pipeline the config has already loaded; `astro dev` loads it through Vite, so that an edited
// schema or rule takes effect without a restart.
const { loadContent, COLLECTION_FILES, entrySchemas, uiStringsSchema, docsFrontmatterSchema } =
	(!import.meta.env.DEV && handedOver()) || (await import('#src/content/pipeline.ts')).pipeline;

const schemas = entrySchemas(loadContent().ids);

// Hands one collection's validated entries to Astro; under `astro dev` an edited file is read and checked again.
function playbook(name: CollectionName): Loader {
	return {
		name: `kam-content-${name}`,
		load: async ({ store, watcher, logger }) => {
			const fill = () => {
				const entries = loadContent().collections[name];
				store.clear();
				for (const data of entries) store.set({ id: data.id, data: data as Record<string, unknown> });
			};
			fill();
			const file = join(loadContent().dir, COLLECTION_FILES[name]);
			watcher?.add(file);
			watcher?.on('change', (changed) => {
				if (resolve(changed) !== file) return;
				try {
					fill();
				} catch (error) {
					logger.error((error as Error).message);
				}
			});
		},
	};
}

export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsFrontmatterSchema }), // Starlight: every prose page (Markdown, MDX)
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema({ extend: uiStringsSchema }) }), // Starlight UI + our components
	tiers: defineCollection({ loader: playbook('tiers'), schema: schemas.tiers }), // tier pages, comparison, matrix rows, assessment result, sidebar
	geographies: defineCollection({ loader: playbook('geographies'), schema: schemas.geographies }), // matrix columns, role title prefixes, assessment scope question
	departments: defineCollection({ loader: playbook('departments'), schema: schemas.departments }), // department pages, service matrix grouping
	services: defineCollection({ loader: playbook('services'), schema: schemas.services }), // service matrix, department pages, CSV download
	roles: defineCollection({ loader: playbook('roles'), schema: schemas.roles }), // role profile pages and their comparison
	planSections: defineCollection({ loader: playbook('planSections'), schema: schemas.planSections }), // plan template pages and their Markdown/Word downloads
	assessment: defineCollection({ loader: playbook('assessment'), schema: schemas.assessment }), // self-assessment island and its scoring
	glossary: defineCollection({ loader: playbook('glossary'), schema: schemas.glossary }), // glossary page and term links
	programmeCheck: defineCollection({ loader: playbook('programmeCheck'), schema: schemas.programmeCheck }), // programme self-check island and its scoring
	terminology: defineCollection({ loader: playbook('terminology'), schema: schemas.terminology }), // "also called" lines, check:content
	portfolioReview: defineCollection({ loader: playbook('portfolioReview'), schema: schemas.portfolioReview }), // portfolio review page
	transitions: defineCollection({ loader: playbook('transitions'), schema: schemas.transitions }), // transition pages, tier and department links
	serviceExceptions: defineCollection({ loader: playbook('serviceExceptions'), schema: schemas.serviceExceptions }), // service exceptions page, department pages
	serviceValues: defineCollection({ loader: playbook('serviceValues'), schema: schemas.serviceValues }), // service matrix, department pages, services CSV
	scorecards: defineCollection({ loader: playbook('scorecards'), schema: schemas.scorecards }), // scorecards page and CSV, tier and role pages
};
