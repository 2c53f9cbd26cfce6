// Moving an account between tiers: what changes on the way, read from the catalogue and the plan sections, so a
// transition's checklist follows the data – a service added to services.yaml appears in every move it affects.
import { EXIT, type Transition } from '#src/schemas/transitions.ts';
import type { ServiceLevel } from '#src/schemas/services.ts';
import type { PlanSection } from '#src/schemas/plan-sections.ts';

/** What a move does to a service: it starts, it ends, or its level changes. */
export type ServiceChangeKind = 'starts' | 'ends' | 'changes';
export const SERVICE_CHANGE_KINDS: readonly ServiceChangeKind[] = ['starts', 'ends', 'changes'];

/** The part of a service a transition looks at. */
interface LevelledService {
	id: string;
	levels: Record<string, { level: ServiceLevel }>;
}

/** One service on the way: its level in each tier the account leaves, its level after the move (none when leaving the programme). */
export interface ServiceChange<S extends LevelledService> {
	service: S;
	kind: ServiceChangeKind;
	from: Record<string, ServiceLevel>;
	to: ServiceLevel | undefined;
}

const offered = (level: ServiceLevel | undefined) => level !== undefined && level !== 'not-offered';

/**
 * The services whose level changes when an account moves from the `from` tiers to `to` (a tier id or EXIT), in the
 * catalogue's order. Leaving the programme ends every service a from-tier is offered; key account terms stop.
 */
export function serviceChanges<S extends LevelledService>(services: readonly S[], from: readonly string[], to: string): ServiceChange<S>[] {
	return services.flatMap((service) => {
		const before = Object.fromEntries(from.map((tier) => [tier, service.levels[tier]?.level ?? 'not-offered'])) as Record<
			string,
			ServiceLevel
		>;
		const after = to === EXIT ? undefined : (service.levels[to]?.level ?? 'not-offered');
		const levels = Object.values(before);
		if (to === EXIT) return levels.some(offered) ? [{ service, kind: 'ends' as const, from: before, to: after }] : [];
		if (levels.every((level) => level === after)) return [];
		const kind: ServiceChangeKind = !offered(after) ? 'ends' : levels.some(offered) ? 'changes' : 'starts';
		return [{ service, kind, from: before, to: after }];
	});
}

/** How a tier's plan changes: sections it gains, loses, deepens (short → full) or shortens (full → short). */
export interface PlanChanges {
	added: PlanSection[];
	dropped: PlanSection[];
	deepened: PlanSection[];
	shortened: PlanSection[];
}

/** The plan sections that change between two tiers' templates, in the sections' order (give them sorted). */
export function planChanges(sections: readonly PlanSection[], from: string, to: string): PlanChanges {
	const changes: PlanChanges = { added: [], dropped: [], deepened: [], shortened: [] };
	for (const section of sections) {
		const before = section.depth[from];
		const after = section.depth[to];
		if (before === after) continue;
		if (before === 'omitted') changes.added.push(section);
		else if (after === 'omitted') changes.dropped.push(section);
		else if (after === 'full') changes.deepened.push(section);
		else changes.shortened.push(section);
	}
	return changes;
}

/** The moves that lead away from a tier and those that lead to it, each in the data's order. */
export function transitionsOfTier<T extends Pick<Transition, 'from' | 'to'>>(transitions: readonly T[], tierId: string) {
	return {
		leaving: transitions.filter((t) => t.from.includes(tierId)),
		arriving: transitions.filter((t) => t.to === tierId),
	};
}

/** The moves that name a department among those to be told, each with what that department has to do. */
export function transitionsForDepartment<T extends { departments: readonly { department: string; action: unknown }[] }>(
	transitions: readonly T[],
	departmentId: string,
): { transition: T; action: T['departments'][number]['action'] }[] {
	return transitions.flatMap((transition) => {
		const told = transition.departments.find((d) => d.department === departmentId);
		return told ? [{ transition, action: told.action }] : [];
	});
}
