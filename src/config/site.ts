// The company's settings for its playbook: name, default language and where it is published.

/** Settings a company changes to make the playbook its own. */
export const site = {
	/** Absolute URL the site is published at; used for the sitemap and canonical links. */
	url: process.env.KAM_SITE_URL ?? 'https://playbook.example.com',
	/** Company name shown in the site title. */
	companyName: { de: 'Muster AG', en: 'Muster AG' },
	/** Language that `/` leads to. */
	defaultLanguage: 'de' as 'de' | 'en',
};

/** Site title per language. */
export const siteTitle = {
	de: `KAM-Playbook · ${site.companyName.de}`,
	en: `KAM Playbook · ${site.companyName.en}`,
};
