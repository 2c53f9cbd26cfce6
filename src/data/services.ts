// Accessors for the service catalogue: departments, services, their grouping, and the CSV download per language.
import { getCollection } from 'astro:content';
import { catalogueByDepartment, csvLabelsFrom, serviceCsvRows } from '#src/domain/services.ts';
import { toCsv } from '#src/lib/csv.ts';
import type { Lang } from '#src/config/locales.ts';
import { UI_STRINGS } from './ui-text.ts';
import { inOrder } from '#src/lib/order.ts';
import { compareText } from '#src/lib/localize.ts';
import { getTiers } from './collections.ts';
import { getServiceValues, textFor } from './programme.ts';
import { withValueColumns } from '#src/domain/programme/service-values.ts';

/** All departments in their editorial order. */
export async function getDepartments() {
	return inOrder((await getCollection('departments')).map((e) => e.data));
}

/** Departments with the services each owns, named and sorted in one language. */
export async function getServiceCatalogue(lang: Lang) {
	const services = (await getCollection('services')).map((e) => e.data);
	return catalogueByDepartment(await getDepartments(), services, lang);
}

/** The extra services (kind "extra"), each tier's stance rules on them; sorted by name in the given language. */
export async function getExtraServices(lang: Lang) {
	const services = (await getCollection('services')).map((e) => e.data).filter((s) => s.kind === 'extra');
	const compare = compareText(lang);
	return services.sort((a, b) => compare(a.name[lang], b.name[lang]));
}

/** Site path of the CSV download for a language, under the configured base. */
export function serviceCsvPath(lang: Lang) {
	return `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}downloads/services-${lang}.csv`;
}

/** The whole service matrix as a CSV file for Excel in one language, with each tier's service values. */
export async function serviceCsv(lang: Lang) {
	const tiers = await getTiers();
	const rows = serviceCsvRows(await getServiceCatalogue(lang), tiers, lang, csvLabelsFrom(UI_STRINGS[lang]));
	return toCsv(withValueColumns(rows, await getServiceValues(), tiers, lang, textFor(lang)));
}
