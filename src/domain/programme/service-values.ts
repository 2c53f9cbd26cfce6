// Measurable service levels in words: "within 8 hours", "Mon–Fri 07:00–18:00", "monthly" – for the service matrix,
// the department pages and the services CSV.
import type { Lang } from '#src/config/locales.ts';
import type { Translate } from '#src/lib/format.ts';
import type { Localized } from '#src/schemas/localized.ts';
import type { HotlineHours, ResponseTime, ServiceValue, ServiceValues } from '#src/schemas/service-values.ts';

/** One value for one tier, ready to show: what is measured and the value in words. */
export interface ShownValue {
	label: string;
	value: string;
}

function responseTime({ within, unit }: ResponseTime, text: Translate): string {
	return text(within === 1 ? `kam.serviceValues.within.${unit}.one` : `kam.serviceValues.within.${unit}`, { count: within });
}

function hotlineHours({ days, from, to }: HotlineHours, text: Translate): string {
	if (days === 'every-day' && from === '00:00' && to === '24:00') return text('kam.serviceValues.aroundTheClock');
	return text('kam.serviceValues.hours', { days: text(`kam.serviceValues.days.${days}`), from, to });
}

/** A value in words in the language of `text` (a translator over that language's UI strings). */
export function valueText(value: ServiceValue, tierId: string, text: Translate): string | undefined {
	switch (value.measure) {
		case 'response-time': {
			const given = value.tiers[tierId];
			return given && responseTime(given, text);
		}
		case 'hotline-hours': {
			const given = value.tiers[tierId];
			return given && hotlineHours(given, text);
		}
		case 'report-frequency': {
			const given = value.tiers[tierId];
			return given && text(`kam.programme.rhythm.${given.every}`);
		}
	}
}

/** A service's values for one tier, in the data's order; those without a value for the tier are left out. */
export function valuesFor(entry: ServiceValues | undefined, tierId: string, lang: Lang, text: Translate): ShownValue[] {
	return (entry?.values ?? []).flatMap((value) => {
		const shown = valueText(value, tierId, text);
		return shown ? [{ label: value.label[lang], value: shown }] : [];
	});
}

/**
 * The services CSV with one more column per tier: the tier's values as "label: value; label: value". `rows` are
 * serviceCsvRows' output (a header, then one row per service with its id first).
 */
export function withValueColumns(
	rows: readonly string[][],
	values: ReadonlyMap<string, ServiceValues>,
	tiers: readonly { id: string; name: Localized }[],
	lang: Lang,
	text: Translate,
): string[][] {
	const [header = [], ...body] = rows;
	return [
		[...header, ...tiers.map((tier) => text('kam.serviceValues.csvColumn', { tier: tier.name[lang] }))],
		...body.map((row) => [
			...row,
			...tiers.map((tier) =>
				valuesFor(values.get(row[0]!), tier.id, lang, text)
					.map((v) => `${v.label}: ${v.value}`)
					.join('; '),
			),
		]),
	];
}
