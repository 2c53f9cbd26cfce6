// Accessors for the role profiles: tier roles paired with their tier, supporting roles, job titles per scope.
import { getCollection } from 'astro:content';
import type { Lang } from '#src/config/locales.ts';
import type { Role } from '#src/schemas/roles.ts';
import type { Tier } from '#src/schemas/tiers.ts';
import { scopedTitles } from '#src/domain/roles.ts';
import { inOrder } from '#src/lib/order.ts';
import { getGeographies, getTiers } from './collections.ts';
import { getDepartments } from './services.ts';

/** A key account manager role together with the tier it serves. */
export interface TierRole {
	role: Role;
	tier: Tier;
}

/** All roles in editorial order. */
export async function getRoles(): Promise<Role[]> {
	return inOrder((await getCollection('roles')).map((e) => e.data));
}

/** One key account manager role per tier (in tier order) and the supporting roles. */
export async function getRoleGroups(): Promise<{ tierRoles: TierRole[]; supporting: Role[] }> {
	const [roles, tiers] = await Promise.all([getRoles(), getTiers()]);
	// getTiers has checked that every tier has exactly one role.
	const tierRoles = tiers.map((tier) => ({ role: roles.find((r) => r.tier === tier.id)!, tier }));
	return { tierRoles, supporting: roles.filter((r) => r.tier === undefined) };
}

/** The role's job titles, one per geographic scope (e.g. National …, Global …); none for supporting roles. */
export async function getJobTitles(role: Role, lang: Lang) {
	if (!role.tier) return [];
	return scopedTitles(role.title, await getGeographies(), lang);
}

/** Department names by id, for a role's internal interfaces. */
export async function getDepartmentNames(lang: Lang): Promise<Map<string, string>> {
	return new Map((await getDepartments()).map((d) => [d.id, d.name[lang]]));
}
