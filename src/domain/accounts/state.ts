// The accounts workspace as pure functions: add, edit, reclassify and remove accounts, count them per matrix
// cell and warn where the field knows trouble. No DOM, no storage (sync.ts), no files (transfer.ts).
import { cleanText, decodeAnswers, MAX_NAME_LENGTH } from '#src/domain/assessment/link.ts';
import { scoreAssessment, type AssessmentModel } from '#src/domain/assessment/scoring.ts';
import { placeAccounts, type PortfolioRules } from './portfolio.ts';
import { daysBetween, MAX_REASON_LENGTH, readDate, readRating, withChange, type TierChange } from './fields.ts';
import {
	cleanQuick,
	FIELD_LIMITS,
	isOneOf,
	lookup,
	MAX_ACCOUNTS,
	readStoredHistory,
	type HeldEntry,
	type Names,
	type SavedAccount,
} from './storage.ts';

/** What the user types or imports for one account, before validation. */
export interface AccountInput {
	name: string;
	/** A tier id, or "" for "not a key account". */
	tier: string;
	/** A scope id, or "" (allowed only for accounts that are not key accounts). */
	scope: string;
	owner: string;
	revenue: string;
	notes: string;
	sponsor: boolean;
	/** The self-assessment share code, or "". */
	answers: string;
	/** The next review's date (YYYY-MM-DD, or 1.3.2027 as German spreadsheets write it), or "". */
	nextReview: string;
	/** The portfolio ratings, 1–5 with up to two decimals, or "" for not rated. */
	attractiveness: string;
	strength: string;
	/** Why the tier changes, when it does: recorded in the history with the change. */
	reason: string;
}

/** An input with every field empty. */
export const emptyInput = (): AccountInput => ({
	name: '',
	tier: '',
	scope: '',
	owner: '',
	revenue: '',
	notes: '',
	sponsor: false,
	answers: '',
	nextReview: '',
	attractiveness: '',
	strength: '',
	reason: '',
});

/** Why an input is not accepted; the UI shows a localised text per code. */
export type FieldError =
	| 'name-missing'
	| 'tier-unknown'
	| 'scope-unknown'
	| 'scope-missing'
	| 'sponsor-invalid'
	| 'answers-invalid'
	| 'review-invalid'
	| 'attractiveness-invalid'
	| 'strength-invalid';

/** The tier and scope ids of the matrix, in display order, and the questionnaire to rescore stored answers. */
export interface Catalogue {
	tiers: readonly string[];
	scopes: readonly string[];
	model: AssessmentModel;
}

/** The warning thresholds (see src/config/account-warnings.ts). */
export interface WarningRules {
	/** More key accounts than this in total is a warning. */
	maxKeyAccounts: number;
	/** More key accounts than this for one owner is a warning. */
	maxPerOwner: number;
	/** Tiers whose accounts need an executive sponsor. */
	sponsorTiers: readonly string[];
	/** A change of tier is pointed out for this many days after it: the transition's checklist takes about that long. */
	tierChangeDays: number;
}

/** One warning; `ids` are the accounts it concerns. */
export type Warning =
	| { kind: 'total'; count: number; limit: number; ids: string[] }
	| { kind: 'owner'; owner: string; count: number; limit: number; ids: string[] }
	| { kind: 'sponsor'; tier: string; ids: string[] }
	| { kind: 'contradiction'; assessedTier: string | null; ids: string[] }
	/** Accounts whose next review date has come; `dates` in the same order as `ids`. */
	| { kind: 'review'; ids: string[]; dates: string[] }
	/** An account that changed tier in the last `tierChangeDays`. */
	| { kind: 'changed'; change: TierChange; ids: string[] }
	/** An account whose place in the portfolio (the quadrant's id) does not fit its tier. */
	| { kind: 'portfolio'; quadrant: string; ids: string[] };

/** An input checked against the catalogue: errors, or the cleaned fields. */
export function validateInput(input: AccountInput, catalogue: Catalogue): { errors: FieldError[]; clean: AccountInput } {
	const clean: AccountInput = {
		name: cleanQuick(input.name, MAX_NAME_LENGTH),
		tier: String(input.tier ?? '').trim(),
		scope: String(input.scope ?? '').trim(),
		owner: cleanQuick(input.owner, FIELD_LIMITS.owner),
		revenue: cleanQuick(input.revenue, FIELD_LIMITS.revenue),
		notes: cleanQuick(input.notes, FIELD_LIMITS.notes),
		sponsor: input.sponsor === true,
		answers: String(input.answers ?? '').trim(),
		nextReview: String(input.nextReview ?? '').trim(),
		attractiveness: String(input.attractiveness ?? '').trim(),
		strength: String(input.strength ?? '').trim(),
		reason: cleanQuick(input.reason ?? '', MAX_REASON_LENGTH),
	};
	const errors: FieldError[] = [];
	if (clean.nextReview) {
		const date = readDate(clean.nextReview);
		if (date) clean.nextReview = date;
		else errors.push('review-invalid');
	}
	for (const key of ['attractiveness', 'strength'] as const) {
		const rating = readRating(clean[key]);
		if (rating === undefined) errors.push(`${key}-invalid`);
		else clean[key] = rating === null ? '' : String(rating);
	}
	if (!clean.name) errors.push('name-missing');
	if (clean.tier && !catalogue.tiers.includes(clean.tier)) errors.push('tier-unknown');
	if (clean.scope && !catalogue.scopes.includes(clean.scope)) errors.push('scope-unknown');
	if (!clean.scope && clean.tier && catalogue.tiers.includes(clean.tier)) errors.push('scope-missing');
	if (clean.answers && !decodeAnswers(catalogue.model, clean.answers)) errors.push('answers-invalid');
	return { errors, clean };
}

/** The stored account for cleaned input, with the account's history of tier changes. */
export function toAccount(id: string, clean: AccountInput, assessedAt: string, history?: readonly TierChange[]): SavedAccount {
	const account: SavedAccount = {
		id,
		name: clean.name,
		tier: clean.tier || null,
		scope: clean.scope || null,
		answers: clean.answers,
		assessedAt,
	};
	if (clean.owner) account.owner = clean.owner;
	if (clean.revenue) account.revenue = clean.revenue;
	if (clean.notes) account.notes = clean.notes;
	if (clean.sponsor) account.sponsor = true;
	if (clean.nextReview) account.nextReview = clean.nextReview;
	if (history?.length) account.history = [...history];
	if (clean.attractiveness) account.attractiveness = Number(clean.attractiveness);
	if (clean.strength) account.strength = Number(clean.strength);
	return account;
}

/** The outcome of a change: the new list, or the unchanged list with the reasons. */
export type Change =
	{ ok: true; list: SavedAccount[] } | { ok: false; list: SavedAccount[]; errors: (FieldError | 'full' | 'not-found')[] };

/** Appends a new account. `now` is an ISO timestamp. */
export function addEntry(list: readonly SavedAccount[], input: AccountInput, catalogue: Catalogue, id: string, now: string): Change {
	const { errors, clean } = validateInput(input, catalogue);
	if (errors.length) return { ok: false, list: [...list], errors };
	if (list.length >= MAX_ACCOUNTS) return { ok: false, list: [...list], errors: ['full'] };
	return { ok: true, list: [...list, toAccount(id, clean, now)] };
}

/**
 * Replaces the fields of the account with this id; its id and timestamp stay. A new tier is recorded in its history
 * with `today` (YYYY-MM-DD) and the input's reason.
 */
export function editEntry(list: readonly SavedAccount[], id: string, input: AccountInput, catalogue: Catalogue, today: string): Change {
	const index = list.findIndex((a) => a.id === id);
	if (index < 0) return { ok: false, list: [...list], errors: ['not-found'] };
	const { errors, clean } = validateInput(input, catalogue);
	if (errors.length) return { ok: false, list: [...list], errors };
	const before = list[index]!;
	const to = clean.tier || null;
	const history =
		to === before.tier
			? before.history
			: withChange(before.history, { from: before.tier, to, date: today, ...(clean.reason ? { reason: clean.reason } : {}) });
	const next = [...list];
	next[index] = toAccount(id, clean, before.assessedAt, history);
	return { ok: true, list: next };
}

/** Moves an account to another tier and scope ("" tier = not a key account), keeping everything else. */
export function reclassify(
	list: readonly SavedAccount[],
	id: string,
	move: { tier: string; scope: string; reason?: string },
	catalogue: Catalogue,
	today: string,
): Change {
	const account = list.find((a) => a.id === id);
	if (!account) return { ok: false, list: [...list], errors: ['not-found'] };
	return editEntry(list, id, { ...inputOf(account), tier: move.tier, scope: move.scope, reason: move.reason ?? '' }, catalogue, today);
}

/** Removes the account with this id (no change if there is none). */
export function removeEntry(list: readonly SavedAccount[], id: string): SavedAccount[] {
	return list.filter((a) => a.id !== id);
}

/** The editable fields of a stored account. */
export function inputOf(a: SavedAccount): AccountInput {
	return {
		name: a.name,
		tier: a.tier ?? '',
		scope: a.scope ?? '',
		owner: a.owner ?? '',
		revenue: a.revenue ?? '',
		notes: a.notes ?? '',
		sponsor: a.sponsor === true,
		answers: a.answers,
		nextReview: a.nextReview ?? '',
		attractiveness: a.attractiveness ? String(a.attractiveness) : '',
		strength: a.strength ? String(a.strength) : '',
		reason: '',
	};
}

/** What can be read of a held entry, to fill the form with when the user repairs it. */
export function heldInput(h: HeldEntry, names: Names): AccountInput {
	const e = (h.raw && typeof h.raw === 'object' && !Array.isArray(h.raw) ? h.raw : {}) as Record<string, unknown>;
	const text = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');
	const tier = text(e.tier);
	return {
		name: h.name,
		tier: isOneOf(names.notKey, tier) ? '' : (lookup(names.tiers, tier) ?? tier),
		scope: lookup(names.scopes, text(e.scope)) ?? text(e.scope),
		owner: cleanText(text(e.owner), FIELD_LIMITS.owner),
		revenue: cleanText(text(e.revenue), FIELD_LIMITS.revenue),
		notes: cleanText(text(e.notes), FIELD_LIMITS.notes),
		sponsor: e.sponsor === true,
		answers: '',
		nextReview: readDate(e.nextReview) ?? '',
		attractiveness: String(readRating(e.attractiveness) ?? ''),
		strength: String(readRating(e.strength) ?? ''),
		reason: '',
	};
}

/** The tier history of a held entry, where it can be read: repairing the entry keeps it. */
export function heldHistory(h: HeldEntry, names: Names): TierChange[] {
	const e = (h.raw && typeof h.raw === 'object' && !Array.isArray(h.raw) ? h.raw : {}) as Record<string, unknown>;
	return readStoredHistory(e.history, names) ?? [];
}

/** The key of a matrix cell in counts: "tier scope". */
export const cellKey = (tier: string, scope: string) => `${tier} ${scope}`;

/** Accounts per matrix cell; key accounts whose tier or scope is not in the catalogue are counted as `unplaced`. */
export function cellCounts(list: readonly SavedAccount[], catalogue: Catalogue) {
	const cells: Record<string, number> = {};
	for (const t of catalogue.tiers) for (const s of catalogue.scopes) cells[cellKey(t, s)] = 0;
	let notKey = 0;
	let unplaced = 0;
	for (const a of list) {
		if (a.tier === null) notKey++;
		else if (a.scope !== null && cellKey(a.tier, a.scope) in cells) cells[cellKey(a.tier, a.scope)]!++;
		else unplaced++;
	}
	return { cells, keyAccounts: list.length - notKey, notKey, unplaced };
}

// Scoring the same answers again gives the same tier: remembered per questionnaire, so that redrawing the warnings
// for thousands of accounts after every change does not score them all anew.
const scored = new WeakMap<AssessmentModel, Map<string, string | null | undefined>>();

/** The tier the stored answers lead to (null = not a key account), or undefined when there are none or they are incomplete. */
export function assessedTier(a: SavedAccount, model: AssessmentModel): string | null | undefined {
	if (!a.answers) return undefined;
	let known = scored.get(model);
	if (!known) scored.set(model, (known = new Map()));
	if (known.has(a.answers)) return known.get(a.answers);
	const answers = decodeAnswers(model, a.answers);
	const result = answers ? scoreAssessment(model, answers) : undefined;
	const tier = result?.status === 'tier' ? result.tier : result?.status === 'not-key-account' ? null : undefined;
	if (known.size > 20_000) known.clear();
	known.set(a.answers, tier);
	return tier;
}

/**
 * The warnings for a list on `today` (YYYY-MM-DD), in a fixed order: total, owners (most accounts first), sponsors,
 * reviews due (earliest first), recent tier changes (latest first), contradictions with the self-assessment, then
 * with the portfolio (when its rules are given).
 */
export function accountWarnings(
	list: readonly SavedAccount[],
	rules: WarningRules,
	model: AssessmentModel,
	today: string,
	portfolio?: PortfolioRules,
): Warning[] {
	const warnings: Warning[] = [];
	const key = list.filter((a) => a.tier !== null);
	if (key.length > rules.maxKeyAccounts) warnings.push({ kind: 'total', count: key.length, limit: rules.maxKeyAccounts, ids: [] });
	const byOwner = new Map<string, { owner: string; ids: string[] }>();
	for (const a of key) {
		if (!a.owner) continue;
		const k = a.owner.toLowerCase();
		const entry = byOwner.get(k) ?? { owner: a.owner, ids: [] };
		entry.ids.push(a.id);
		byOwner.set(k, entry);
	}
	[...byOwner.values()]
		.filter((o) => o.ids.length > rules.maxPerOwner)
		.sort((a, b) => b.ids.length - a.ids.length || a.owner.localeCompare(b.owner))
		.forEach((o) => warnings.push({ kind: 'owner', owner: o.owner, count: o.ids.length, limit: rules.maxPerOwner, ids: o.ids }));
	for (const tier of rules.sponsorTiers) {
		const ids = key.filter((a) => a.tier === tier && !a.sponsor).map((a) => a.id);
		if (ids.length) warnings.push({ kind: 'sponsor', tier, ids });
	}
	const due = list.filter((a) => a.nextReview && a.nextReview <= today).sort((a, b) => (a.nextReview! < b.nextReview! ? -1 : 1));
	if (due.length) warnings.push({ kind: 'review', ids: due.map((a) => a.id), dates: due.map((a) => a.nextReview!) });
	const changed = list
		.map((a) => ({ a, change: a.history?.at(-1) }))
		.filter(({ change }) => change && change.date <= today && daysBetween(change.date, today) < rules.tierChangeDays)
		.sort((x, y) => (x.change!.date > y.change!.date ? -1 : x.change!.date < y.change!.date ? 1 : 0));
	for (const { a, change } of changed) warnings.push({ kind: 'changed', change: change!, ids: [a.id] });
	for (const a of list) {
		const assessed = assessedTier(a, model);
		if (assessed !== undefined && assessed !== a.tier) warnings.push({ kind: 'contradiction', assessedTier: assessed, ids: [a.id] });
	}
	if (portfolio)
		for (const p of placeAccounts(list, portfolio).contradictions) warnings.push({ kind: 'portfolio', quadrant: p.quadrant, ids: [p.id] });
	return warnings;
}
