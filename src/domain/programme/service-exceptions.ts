// The approval route in bands: which step decides an exception of a given value, and amounts written as readers
// of the language write them.
import type { Lang } from '#src/config/locales.ts';
import { numberFormat } from '#src/lib/localize.ts';
import type { ApprovalStep } from '#src/schemas/service-exceptions.ts';

/** One step of the route with the band of values it decides: above the previous step's limit, up to its own. */
export interface ApprovalBand {
	step: ApprovalStep;
	above: number | undefined;
	upTo: number | undefined;
}

/** The route's steps as bands of value per case, in the route's order. */
export function approvalBands(steps: readonly ApprovalStep[]): ApprovalBand[] {
	return steps.map((step, i) => ({ step, above: steps[i - 1]?.perCase, upTo: step.perCase }));
}

/** The step that decides an exception worth `value` per case: the first whose limit covers it, else the last. */
export function approverFor(steps: readonly ApprovalStep[], value: number): ApprovalStep | undefined {
	return steps.find((step) => step.perCase === undefined || value <= step.perCase) ?? steps.at(-1);
}

/** An amount in whole units of `currency`, e.g. "1.000 €" in German and "€1,000" in English. */
export function formatMoney(amount: number, currency: string, lang: Lang): string {
	return numberFormat(lang, { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
}

/** A percentage as readers of the language write it, e.g. "0,5 %" / "0.5%". */
export function formatPercent(value: number, lang: Lang): string {
	return numberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
}
