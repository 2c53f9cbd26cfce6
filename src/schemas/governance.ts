// Front matter every prose page may carry for governance: who owns it and when it was last reviewed.
import { z } from 'astro/zod';

/** Extends Starlight's docs schema; both fields optional, the date as YYYY-MM-DD. */
export const governanceSchema = z.object({
	owner: z.string().trim().min(1).optional(),
	lastReviewed: z.coerce.date().optional(),
});
