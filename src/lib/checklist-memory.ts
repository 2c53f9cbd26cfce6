// Ticks of the onboarding checklists, remembered in this browser only. The stored text is untrusted: it is
// read defensively, bounded, and a broken value is treated as "nothing ticked" without being overwritten
// until the reader ticks something.

/** localStorage key; a new format gets a new key. */
export const CHECKLIST_KEY = 'kam.checklists.v1';

const MAX_LISTS = 200;
const MAX_ITEMS = 100;
const MAX_ITEM_CHARS = 300;

/** Ticked items per checklist: checklist key (page path + list name) → the ticked items' texts. */
export type ChecklistTicks = Record<string, string[]>;

/** An item's identity: its text, whitespace collapsed and bounded, so ticks survive reordering. */
export function itemKey(text: string): string {
	return text.replace(/\s+/g, ' ').trim().slice(0, MAX_ITEM_CHARS);
}

/** Reads the stored text; anything that is not the expected shape counts as nothing ticked. */
export function readTicks(text: unknown): ChecklistTicks {
	if (typeof text !== 'string' || text.length > MAX_LISTS * MAX_ITEMS * MAX_ITEM_CHARS) return {};
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return {};
	}
	if (!data || typeof data !== 'object' || Array.isArray(data)) return {};
	const ticks: ChecklistTicks = Object.create(null);
	for (const [list, items] of Object.entries(data).slice(0, MAX_LISTS)) {
		if (!Array.isArray(items)) continue;
		const clean = items.filter((item): item is string => typeof item === 'string' && item.length <= MAX_ITEM_CHARS).slice(0, MAX_ITEMS);
		if (clean.length) ticks[list] = clean;
	}
	return ticks;
}

/** The ticks with one checklist's ticked items replaced; an empty list is removed. */
export function withTicks(ticks: ChecklistTicks, list: string, ticked: readonly string[]): ChecklistTicks {
	const next: ChecklistTicks = Object.assign(Object.create(null), ticks);
	const items = [...new Set(ticked.map(itemKey))].slice(0, MAX_ITEMS);
	if (items.length) next[list] = items;
	else delete next[list];
	return next;
}
