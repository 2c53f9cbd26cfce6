import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { docsFrontmatterSchema } from './docs.ts';

// As <StarlightPage> calls it: a new helper on every call that only checks an imported image.
const pageContext = () =>
	({ image: () => z.custom((value) => typeof value === 'object' && value !== null && 'src' in value) }) as unknown as SchemaContext;
// As the content layer calls it: a helper bound to one entry's file.
const entryContext = (file: string) => ({ image: () => z.string().transform((path) => `${file}:${path}`) }) as unknown as SchemaContext;

describe('docsFrontmatterSchema', () => {
	it('builds the schema for pages made from data once', () => {
		expect(docsFrontmatterSchema(pageContext())).toBe(docsFrontmatterSchema(pageContext()));
	});

	it('builds a schema of its own for every collection entry, whose images resolve relative to it', () => {
		expect(docsFrontmatterSchema(entryContext('a.mdx'))).not.toBe(docsFrontmatterSchema(entryContext('a.mdx')));
		expect(docsFrontmatterSchema(entryContext('a.mdx'))).not.toBe(docsFrontmatterSchema(pageContext()));
	});

	it('reads a page’s front matter with governance as before', async () => {
		const frontmatter = { title: 'Tier', owner: 'Sales', lastReviewed: '2026-11-01' };
		const once = await docsFrontmatterSchema(pageContext()).parseAsync(frontmatter);
		const again = await docsFrontmatterSchema(pageContext()).parseAsync({ title: 'Other' });
		expect(once).toMatchObject({ title: 'Tier', owner: 'Sales', lastReviewed: new Date('2026-11-01'), template: 'doc' });
		expect(again).not.toHaveProperty('owner');
	});
});
