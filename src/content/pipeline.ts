// What src/content.config.ts takes from the content pipeline: the one validated read of content/ and the schemas
// that type the collections. astro.config.mjs loads this module and hands it over (see ./handover.ts).
import { loadContent } from './load.ts';
import { COLLECTION_FILES, entrySchemas } from '#src/schemas/index.ts';
import { uiStringsSchema } from '#src/schemas/ui-strings.ts';
import { docsFrontmatterSchema } from '#src/schemas/docs.ts';

export const pipeline = { loadContent, COLLECTION_FILES, entrySchemas, uiStringsSchema, docsFrontmatterSchema };

export type Pipeline = typeof pipeline;
