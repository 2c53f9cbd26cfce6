// The front matter of the docs collection: Starlight's schema extended with governance (owner, last review).
import { docsSchema } from '@astrojs/starlight/schema';
import type { SchemaContext } from 'astro:content';
import type { z } from 'astro/zod';
import { governanceSchema } from './governance.ts';

const buildDocsSchema = docsSchema({ extend: governanceSchema });
type DocsSchema = ReturnType<typeof buildDocsSchema>;

// Starlight builds the schema anew for every page made from data (<StarlightPage>), each time with an image helper
// that only checks an already imported image: a schema that is the same for every page, so it is built once. A
// collection entry's helper resolves image paths relative to that entry, so an entry always gets a schema of its own.
let forImportedImages: DocsSchema | undefined;
const checksImportedImage = (context: SchemaContext) => (context.image() as z.ZodType)._zod.def.type === 'custom';

/** The docs collection's schema; the one for pages made from data is built once per build. */
export function docsFrontmatterSchema(context: SchemaContext): DocsSchema {
	if (!checksImportedImage(context)) return buildDocsSchema(context);
	forImportedImages ??= buildDocsSchema(context);
	return forImportedImages;
}
