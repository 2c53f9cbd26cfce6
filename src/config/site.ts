// The one place where a company makes the playbook its own: name, logo, colours, language, address.
import type { Lang } from './locales.ts';

/** Settings a company changes to make the playbook its own. */
export const site = {
	/** Company name, shown in the site title of every page. */
	companyName: { de: 'Muster AG', en: 'Muster AG' },
	/** The title a narrow phone shows instead of the full site title (which adds the company name). */
	shortTitle: { de: 'KAM-Playbook', en: 'KAM Playbook' },
	/** Logo shown before the title (SVG or PNG under src/assets), or undefined for none. */
	logo: './src/assets/logo.svg' as string | undefined,
	/** Accent colour per theme (#rrggbb). The build refuses colours too pale or dark to read (WCAG AA). */
	colours: { light: '#1d4e89', dark: '#7fb0ee' },
	/** Language that `/` leads to and that search engines treat as the default. */
	defaultLanguage: 'de' as Lang,
	/** Absolute URL the site is published at: sitemap, canonical and Open Graph links. KAM_SITE_URL overrides it. */
	url: process.env.KAM_SITE_URL ?? 'https://playbook.example.com',
	/** Path the site lives under on that host, e.g. '/kam/'; '/' for the root. KAM_BASE overrides it. */
	base: process.env.KAM_BASE ?? '/',
	/** Months after a page's `lastReviewed` date (front matter) when it shows "review overdue". */
	reviewIntervalMonths: 12,
	/**
	 * Owner and last review of the pages without their own (comparison, matrix, glossary, service matrix, self-assessment,
	 * workspace …): pages from a tier, role or department show that entry's owner; prose pages their front matter.
	 */
	pageGovernance: {
		owner: { de: 'Vertriebsleitung – Key Account Management', en: 'Head of Sales – Key Account Management' },
		lastReviewed: '2026-11-27',
	},
	/**
	 * Where "Suggest a change" under every page title leads: an e-mail address (the message names the page and its
	 * address) or a URL, e.g. your repository's issue form. False for no link.
	 */
	suggestChange: 'kam-playbook@example.com' as string | false,
	/** "Edit page" links to your repository (e.g. 'https://git.example.com/kam/edit/main/'), or false for none. */
	editLinkBaseUrl: false as string | false,
};

/** Site title per language. */
export const siteTitle = {
	de: `KAM-Playbook · ${site.companyName.de}`,
	en: `KAM Playbook · ${site.companyName.en}`,
};
