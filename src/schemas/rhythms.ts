// How often something happens: a KPI's review, a report's delivery. One list for scorecards and service values.
import { z } from 'astro/zod';

/** The rhythms a KPI is reviewed or a report is delivered in; "each-review" follows the tier's account review. */
export const RHYTHMS = ['weekly', 'monthly', 'quarterly', 'semi-annual', 'annual', 'per-tender', 'each-review'] as const;
export type Rhythm = (typeof RHYTHMS)[number];

/** A rhythm as content writes it. */
export const rhythm = z.enum(RHYTHMS);

/** A share in percent, 0 to 100. */
export const percent = z.number().min(0).max(100);
