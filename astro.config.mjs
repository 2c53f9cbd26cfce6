// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import { loadValidContent } from './src/config/content-check.ts';
import { buildSidebar } from './src/config/sidebar.ts';
import { defaultLocale, locales } from './src/config/locales.ts';
import { site, siteTitle } from './src/config/site.ts';

// Bad content stops here, before anything is rendered, with a message naming file, entry and field.
const content = loadValidContent();

export default defineConfig({
	site: site.url,
	trailingSlash: 'always',
	integrations: [
		starlight({
			title: siteTitle,
			defaultLocale,
			locales,
			sidebar: buildSidebar(content),
			customCss: ['./src/styles/playbook.css'],
			components: { Search: './src/components/overrides/Search.astro' },
			favicon: '/favicon.svg',
		}),
		mdx(),
	],
});
