// The playbook's data collections: file, schema and the ids each schema draws from other collections.
import type { z } from 'astro/zod';
import { assessmentSchema } from './assessment.ts';
import { departmentSchema } from './departments.ts';
import { geographySchema } from './geographies.ts';
import { glossarySchema } from './glossary.ts';
import { planSectionSchema } from './plan-sections.ts';
import { programmeCheckSchema } from './programme-check.ts';
import { roleSchema } from './roles.ts';
import { serviceSchema } from './services.ts';
import { terminologySchema } from './terminology.ts';
import { tierSchema } from './tiers.ts';
import { portfolioReviewSchema } from './portfolio-review.ts';
import { transitionSchema } from './transitions.ts';
import { serviceExceptionSchema } from './service-exceptions.ts';
import { serviceValuesSchema } from './service-values.ts';
import { scorecardSchema } from './scorecards.ts';

/** Ids of entries that other collections may reference. */
export interface ReferenceIds {
	tiers: readonly string[];
	departments: readonly string[];
	glossary: readonly string[];
	services: readonly string[];
	/** Site paths (without language) of the pages made from data, e.g. "roles" or "departments/logistics". */
	pages: readonly string[];
}

/** Collection name → YAML file under the content directory. */
export const COLLECTION_FILES = {
	tiers: 'tiers.yaml',
	geographies: 'geographies.yaml',
	departments: 'departments.yaml',
	services: 'services.yaml',
	roles: 'roles.yaml',
	planSections: 'plan-sections.yaml',
	assessment: 'assessment.yaml',
	glossary: 'glossary.yaml',
	programmeCheck: 'programme-check.yaml',
	terminology: 'terminology.yaml',
	portfolioReview: 'portfolio-review.yaml',
	transitions: 'transitions.yaml',
	serviceExceptions: 'service-exceptions.yaml',
	serviceValues: 'service-values.yaml',
	scorecards: 'scorecards.yaml',
} as const;
export type CollectionName = keyof typeof COLLECTION_FILES;

/** The schema of one entry of every collection, with cross-references bound to the given ids. */
export function entrySchemas(ids: ReferenceIds) {
	return {
		tiers: tierSchema,
		geographies: geographySchema(ids.tiers),
		departments: departmentSchema,
		services: serviceSchema(ids.tiers, ids.departments),
		roles: roleSchema(ids.tiers, ids.departments),
		planSections: planSectionSchema(ids.tiers),
		assessment: assessmentSchema(ids.tiers),
		glossary: glossarySchema(ids.glossary),
		programmeCheck: programmeCheckSchema,
		terminology: terminologySchema(ids),
		portfolioReview: portfolioReviewSchema(ids.departments),
		transitions: transitionSchema(ids.tiers, ids.departments),
		serviceExceptions: serviceExceptionSchema(ids.tiers, ids.departments),
		serviceValues: serviceValuesSchema(ids.tiers),
		scorecards: scorecardSchema(ids.tiers),
	};
}

/** Every collection's entries as the schemas read them (defaults applied), in file order. */
export type Entries = { [K in CollectionName]: z.output<ReturnType<typeof entrySchemas>[K]>[] };
