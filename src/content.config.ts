// Every content collection of the playbook; the comment after each says who reads it.
import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { join } from 'node:path';
import { contentDir } from '#src/config/content-dir.ts';
import { idsOfContent, parseYamlText, readContentDir } from '#src/content/validate.ts';
import { COLLECTION_FILES, entrySchemas, type CollectionName } from '#src/schemas/index.ts';
import { uiStringsSchema } from '#src/schemas/ui-strings.ts';
import { governanceSchema } from '#src/schemas/governance.ts';

const schemas = entrySchemas(idsOfContent(readContentDir(contentDir)));

// Loads one YAML file of content/ with the same parser the validator uses.
function yaml(name: CollectionName) {
	return file(join(contentDir, COLLECTION_FILES[name]), {
		parser: (text) => parseYamlText(text).data as Record<string, unknown>[],
	});
}

export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema({ extend: governanceSchema }) }), // Starlight: every MDX page
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema({ extend: uiStringsSchema }) }), // Starlight UI + our components
	tiers: defineCollection({ loader: yaml('tiers'), schema: schemas.tiers }), // tier pages, comparison, matrix rows, assessment result, sidebar
	geographies: defineCollection({ loader: yaml('geographies'), schema: schemas.geographies }), // matrix columns, role title prefixes, assessment scope question
	departments: defineCollection({ loader: yaml('departments'), schema: schemas.departments }), // department pages, service matrix grouping
	services: defineCollection({ loader: yaml('services'), schema: schemas.services }), // service matrix, department pages, CSV download
	roles: defineCollection({ loader: yaml('roles'), schema: schemas.roles }), // role profile pages and their comparison
	planSections: defineCollection({ loader: yaml('planSections'), schema: schemas.planSections }), // plan template pages and their Markdown/Word downloads
	assessment: defineCollection({ loader: yaml('assessment'), schema: schemas.assessment }), // self-assessment island and its scoring
	glossary: defineCollection({ loader: yaml('glossary'), schema: schemas.glossary }), // glossary page and term links
};
