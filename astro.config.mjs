// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { BRAND_CSS, brandStyles } from '#src/integrations/brand-css.ts';
import { pipeline } from '#src/content/pipeline.ts';
import { handOver } from '#src/content/handover.ts';
import { baseLinksPlugin } from '#src/integrations/base-links.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { buildSidebar } from '#src/integrations/sidebar.ts';
import { unfinishedBuild } from '#src/integrations/unfinished-build.ts';
import { locales, sitemapLocales } from '#src/config/locales.ts';
import { site, siteTitle } from '#src/config/site.ts';

// Bad content stops here, before anything is rendered, with a message naming file, entry and field.
const content = pipeline.loadContent();
// The content collections take the pipeline from here instead of loading it a second time (src/content/handover.ts).
handOver(pipeline);
const defaultLocale = site.defaultLanguage;

export default defineConfig({
	site: site.url,
	base: site.base,
	trailingSlash: 'always',
	// Render a few pages at a time, so that writing one page's files overlaps rendering the next (about 0.15 s of
	// a 5 s build, measured with `npm run bench`; the output is the same byte for byte).
	build: { concurrency: 4 },
	// Pages from getStaticPaths() carry a cache key (src/data/cache-key.ts): a build copies the earlier output of those
	// whose code and content are unchanged instead of rendering them again. `npm run build -- --force` renders all.
	experimental: { incrementalBuild: true },
	vite: { plugins: [brandStyles(site.colours)] },
	// Prose pages write links as '/de/…'; this keeps them working when the site lives under a base path.
	markdown: { processor: satteri({ hastPlugins: [baseLinksPlugin(site.base)] }) },
	integrations: [
		starlight({
			title: siteTitle,
			logo: site.logo ? { src: site.logo } : undefined,
			defaultLocale,
			locales,
			sidebar: buildSidebar(content),
			// Styles every page needs; a component's or a page's own styles are imported where they are used.
			customCss: ['./src/styles/playbook.css', BRAND_CSS],
			components: {
				Search: './src/components/overrides/Search.astro',
				PageTitle: './src/components/overrides/PageTitle.astro',
				SiteTitle: './src/components/overrides/SiteTitle.astro',
				Sidebar: './src/components/overrides/Sidebar.astro',
				LanguageSelect: './src/components/overrides/LanguageSelect.astro',
				// Starlight's theme scripts throw where storage is blocked; these two do not.
				ThemeProvider: './src/components/overrides/ThemeProvider.astro',
				ThemeSelect: './src/components/overrides/ThemeSelect.astro',
			},
			favicon: '/favicon.svg',
			editLink: site.editLinkBaseUrl ? { baseUrl: site.editLinkBaseUrl } : undefined,
			disable404Route: true,
			// Rank by where a word stands (title, key terms, headings) rather than how often it recurs, so a
			// tier's key term finds the tier page before the many pages that mention it in passing.
			pagefind: { ranking: { termFrequency: 0 } },
		}),
		// Not-found pages and the redirect at the root are no destinations for search engines.
		sitemap({
			i18n: { defaultLocale, locales: sitemapLocales },
			filter: (page) => !/\/404\/?$/.test(new URL(page).pathname) && new URL(page).pathname !== site.base.replace(/\/?$/, '/'),
		}),
		mdx(),
		unfinishedBuild(),
	],
});
