// A tier in sixty seconds: the first recognition signs and what the service catalogue gives the tier –
// included, at a price or on a condition, not offered – counted and with a few examples each.
import type { Lang } from '#src/config/locales.ts';
import type { Service } from '#src/schemas/services.ts';
import { levelOf } from './services.ts';

/** A group of services with how many there are and the first few names. */
export interface ServiceSample {
	count: number;
	examples: string[];
}

/** What the summary box shows about a tier's services. */
export interface TierServiceSummary {
	included: ServiceSample;
	/** Chargeable or on request: available, but not free and not automatic. */
	conditional: ServiceSample;
	notOffered: ServiceSample;
}

/** The tier's services grouped for the summary, examples in catalogue order, at most `examples` names each. */
export function tierServiceSummary(services: readonly Service[], tierId: string, lang: Lang, examples = 3): TierServiceSummary {
	const sample = (levels: readonly string[]): ServiceSample => {
		const matching = services.filter((s) => levels.includes(levelOf(s, tierId).level));
		return { count: matching.length, examples: matching.slice(0, examples).map((s) => s.name[lang]) };
	};
	return { included: sample(['included']), conditional: sample(['chargeable', 'on-request']), notOffered: sample(['not-offered']) };
}
