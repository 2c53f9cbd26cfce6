// Schema of content/service-values.yaml: the measurable service levels (response time, hotline hours, report
// frequency) a tier receives for a service; the entry's id is the service's id in services.yaml.
import { z } from 'astro/zod';
import { entryId, localized } from './localized.ts';
import { rhythm } from './rhythms.ts';

/** What a service value measures. */
export const SERVICE_MEASURES = ['response-time', 'hotline-hours', 'report-frequency'] as const;
export type ServiceMeasure = (typeof SERVICE_MEASURES)[number];

/** Units of a response time. */
export const TIME_UNITS = ['minutes', 'hours', 'business-days'] as const;
/** Days of the week a hotline is staffed. */
export const HOTLINE_DAYS = ['mon-fri', 'mon-sat', 'every-day'] as const;

const clock = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'a time of day as HH:MM (00:00 to 24:00)');

const responseTime = z.strictObject({ within: z.number().positive().max(1000), unit: z.enum(TIME_UNITS) });
const hotlineHours = z
	.strictObject({ days: z.enum(HOTLINE_DAYS), from: clock, to: clock })
	.refine((h) => h.from < h.to, { message: '"to" must be later than "from"', path: ['to'] });
const reportFrequency = z.strictObject({ every: rhythm });

/** One value per tier, each optional: a tier without a value shows none. */
function perTier<T extends z.ZodType>(tierIds: readonly string[], value: T) {
	return z
		.strictObject(Object.fromEntries(tierIds.map((id) => [id, value.optional()])) as Record<string, z.ZodOptional<T>>)
		.refine((tiers) => Object.values(tiers).some((v) => v !== undefined), 'give a value for at least one tier');
}

/** The measurable values of one service, each for some or all tiers. */
export function serviceValuesSchema(tierIds: readonly string[]) {
	const value = z.discriminatedUnion('measure', [
		z.strictObject({ measure: z.literal('response-time'), label: localized, tiers: perTier(tierIds, responseTime) }),
		z.strictObject({ measure: z.literal('hotline-hours'), label: localized, tiers: perTier(tierIds, hotlineHours) }),
		z.strictObject({ measure: z.literal('report-frequency'), label: localized, tiers: perTier(tierIds, reportFrequency) }),
	]);
	return z.strictObject({ id: entryId, values: z.array(value).min(1, 'list must have at least one entry') });
}
export type ServiceValues = z.infer<ReturnType<typeof serviceValuesSchema>>;
export type ServiceValue = ServiceValues['values'][number];
export type ResponseTime = z.infer<typeof responseTime>;
export type HotlineHours = z.infer<typeof hotlineHours>;
