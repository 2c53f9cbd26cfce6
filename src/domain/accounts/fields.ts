// The workspace's fields for running the programme: the date of an account's next review, the history of its tier
// changes, and the two portfolio ratings (attractiveness over three years, our relative strength as the customer
// sees it). Each is read the same way from stored data, the form and imported files: what has a clear meaning is
// accepted in the forms people write it in, anything else is refused rather than guessed.

/** One change of tier. `from` and `to` are tier ids, or null for "not a key account"; `date` is YYYY-MM-DD. */
export interface TierChange {
	from: string | null;
	to: string | null;
	date: string;
	reason?: string;
}

/** Most tier changes kept per account; older ones drop out when a new one is recorded. */
export const MAX_HISTORY = 50;
/** Longest reason for a tier change, in characters. */
export const MAX_REASON_LENGTH = 200;
/** The portfolio ratings run from 1 to 5, as the portfolio review's weighted scores do. */
export const RATING_MIN = 1;
export const RATING_MAX = 5;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const GERMAN_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const TIMESTAMP_DATE = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}/;

/** A calendar date as YYYY-MM-DD from "2027-03-01", "1.3.2027" (as German spreadsheets write it) or an ISO timestamp's date; else undefined. */
export function readDate(value: unknown): string | undefined {
	if (typeof value !== 'string' || value.length > 40) return undefined;
	const text = value.trim();
	const iso = ISO_DATE.exec(text) ?? ISO_DATE.exec(TIMESTAMP_DATE.exec(text)?.[1] ?? '');
	const german = GERMAN_DATE.exec(text);
	const [year, month, day] = iso ? [iso[1], iso[2], iso[3]].map(Number) : german ? [german[3], german[2], german[1]].map(Number) : [];
	if (year === undefined || month === undefined || day === undefined || year < 1000) return undefined;
	const date = new Date(Date.UTC(year, month - 1, day));
	if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
	return date.toISOString().slice(0, 10);
}

/** The date of a moment in the user's own time zone, as YYYY-MM-DD. */
export function localDate(time: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${time.getFullYear()}-${pad(time.getMonth() + 1)}-${pad(time.getDate())}`;
}

/** Days from one YYYY-MM-DD date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
	return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * A rating from 1 to 5 with at most two decimals (the portfolio review's weighted scores, e.g. 3.7 or 3.45), from a
 * number or from text written with a decimal point or comma; null for none (empty); undefined when it is not one.
 */
export function readRating(value: unknown): number | null | undefined {
	if (value === undefined || value === null || value === '') return null;
	let number: number;
	if (typeof value === 'number') number = value;
	else if (typeof value === 'string' && /^\s*\d(?:[.,]\d{1,2})?\s*$/.test(value)) number = Number(value.trim().replace(',', '.'));
	else if (typeof value === 'string' && value.trim() === '') return null;
	else return undefined;
	if (!Number.isFinite(number) || number < RATING_MIN || number > RATING_MAX) return undefined;
	const rounded = Math.round(number * 100) / 100;
	return Math.abs(rounded - number) < 1e-9 ? rounded : undefined;
}

/**
 * A stored or imported history, oldest first: each change with its tier ids (`tier` reads an id or a tier's name,
 * undefined when unknown), its date and its reason. Undefined when any entry cannot be read: a history is evidence,
 * so it is kept whole or held for the user to look at, never thinned out silently.
 */
export function readHistory(
	value: unknown,
	tier: (value: unknown) => string | null | undefined,
	clean: (value: string, max: number) => string,
): TierChange[] | undefined {
	if (value === undefined || value === null) return [];
	if (!Array.isArray(value) || value.length > MAX_HISTORY) return undefined;
	const history: TierChange[] = [];
	for (const entry of value) {
		if (!entry || typeof entry !== 'object' || Array.isArray(entry)) return undefined;
		const e = entry as Record<string, unknown>;
		const from = tier(e.from);
		const to = tier(e.to);
		const date = readDate(e.date);
		if (from === undefined || to === undefined || !date) return undefined;
		if (e.reason !== undefined && e.reason !== null && typeof e.reason !== 'string') return undefined;
		const reason = typeof e.reason === 'string' ? clean(e.reason, MAX_REASON_LENGTH * 2) : '';
		if (reason.length > MAX_REASON_LENGTH) return undefined;
		history.push(reason ? { from, to, date, reason } : { from, to, date });
	}
	return history.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** A history with one more change; the oldest drop out beyond MAX_HISTORY. */
export function withChange(history: readonly TierChange[] | undefined, change: TierChange): TierChange[] {
	return [...(history ?? []), change].slice(-MAX_HISTORY);
}

/** The same history, compared entry by entry. */
export function sameHistory(a: readonly TierChange[] | undefined, b: readonly TierChange[] | undefined): boolean {
	const x = a ?? [];
	const y = b ?? [];
	return (
		x.length === y.length &&
		x.every((c, i) => c.from === y[i]!.from && c.to === y[i]!.to && c.date === y[i]!.date && (c.reason ?? '') === (y[i]!.reason ?? ''))
	);
}
