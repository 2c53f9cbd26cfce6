// Share-link codec of the self-assessment: answers ⇄ a compact, versioned URL fragment, written and read with the
// shared share-code and rating-scale helpers (src/lib/share-code.ts, src/lib/rating-scale.ts).
//
// Format: #a=v3.<questions>.<gates>.<ratings>.<scope>.<revenue>.<name>
//   questions  fingerprint of the questionnaire the answers belong to (question ids in order, scale,
//              revenue bands); a link made before questions were added, removed or reordered no longer
//              matches and is refused instead of being read into the wrong questions
//   gates    one character per check: y (yes), n (no), i (deliberate investment, where the check offers it), - (not answered)
//   ratings  one character per statement: 1 … scale size, 0 (don't know / does not apply), or - (not answered)
//   scope    a geographic scope id, or empty
//   revenue  the 1-based revenue band, 0 (none: an indirect customer), or empty
//   name     the account name, URI-encoded, at most 80 characters; the rest of the code (may contain dots)
// Example: #a=v3.1k3x9qz.yiy.5544302211-1.global.0.Acme%20Medical
// v2 links (before "don't know", the investment answer and the rewritten statements) are refused, not migrated:
// their statements meant other things.
// The fragment is untrusted input: the decoder bounds its length, checks every field against the
// questionnaire and never throws. Anything malformed is rejected as a whole.
import { decodeRatings, encodeRatings } from '#src/lib/rating-scale.ts';
import { decodeText, fingerprint, readShareCode, readShareHash, shareCode, type ShareFormat } from '#src/lib/share-code.ts';
import { INVESTMENT, validGate, validRevenue, type AssessmentModel, type Answers } from './scoring.ts';

/** The fragment prefix that marks a shared assessment. */
export const LINK_PREFIX = '#a=';
/** The format version written by encodeAnswers. */
export const LINK_VERSION = 'v3';
/** Longest fragment the decoder looks at. */
export const MAX_LINK_LENGTH = 1024;
/** Longest account name, in characters. */
export const MAX_NAME_LENGTH = 80;

// Control characters, line/paragraph separators and bidirectional overrides: never part of a name.
// eslint-disable-next-line no-control-regex -- matching control characters is the point: they are removed.
const UNWANTED = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text as the accounts keep it: single-spaced, trimmed, printable, at most `max` characters. */
export function cleanText(value: unknown, max: number): string {
	if (typeof value !== 'string') return '';
	const text = value
		.slice(0, max * 8)
		.replace(LONE_SURROGATE, '\ufffd')
		.replace(UNWANTED, ' ')
		.replace(/\s+/g, ' ')
		.trim();
	return Array.from(text).slice(0, max).join('').trim();
}

/** An account name as the assessment keeps it: single-spaced, trimmed, printable, at most 80 characters. */
export function cleanName(name: unknown): string {
	return cleanText(name, MAX_NAME_LENGTH);
}

/**
 * A short fingerprint of the questions as the model asks them: gate and statement ids in order, the
 * scale and the revenue bands. Scopes are written as ids and need none.
 */
export function questionnaireFingerprint(model: AssessmentModel): string {
	return fingerprint([model.gates.map((g) => g.id), model.statements.map((s) => s.id), model.scaleSize, model.revenueBands]);
}

/** The share-code format of the assessment: prefix, version and the questionnaire's fingerprint. */
function assessmentFormat(model: AssessmentModel): ShareFormat {
	return { prefix: LINK_PREFIX, version: LINK_VERSION, fingerprint: questionnaireFingerprint(model), maxLength: MAX_LINK_LENGTH };
}

const GATE_CHARS: Record<string, string> = { true: 'y', false: 'n', [INVESTMENT]: 'i' };

/** The share code for answers, e.g. "v3.1k3x9qz.yiy.554430221-11.global.0.Acme". */
export function encodeAnswers(model: AssessmentModel, answers: Answers): string {
	const gates = model.gates.map((_, i) => GATE_CHARS[String(validGate(model, i, answers.gates[i]))] ?? '-').join('');
	const scope = answers.scope && model.scopes.includes(answers.scope) ? answers.scope : '';
	const revenue = String(validRevenue(model, answers.revenue) ?? '');
	const name = encodeURIComponent(cleanName(answers.name));
	return shareCode(assessmentFormat(model), [gates, encodeRatings(answers.ratings, model.scaleSize), scope, revenue, name]);
}

/** Reads the five fields after version and fingerprint; null if any does not fit the questionnaire. */
function parseFields(
	model: AssessmentModel,
	[gates = '', ratingText = '', scope = '', revenue = '', nameText = '']: string[],
): Answers | null {
	if (gates.length !== model.gates.length || !/^[yni-]*$/.test(gates)) return null;
	const gateValues = [...gates].map((c) => (c === '-' ? null : c === 'i' ? INVESTMENT : c === 'y'));
	if (gateValues.some((g, i) => g === INVESTMENT && !model.gates[i]!.investment)) return null;
	const ratings = decodeRatings(ratingText, model.statements.length, model.scaleSize);
	if (!ratings) return null;
	if (scope !== '' && !model.scopes.includes(scope)) return null;
	if (revenue !== '' && !(/^[0-9]$/.test(revenue) && validRevenue(model, Number(revenue)) !== null)) return null;
	const name = decodeText(nameText);
	if (name === null || cleanName(name) !== name) return null;
	return { gates: gateValues, ratings, scope: scope || null, revenue: revenue ? Number(revenue) : null, name };
}

/** Reads a share code; null if anything about it is malformed or does not fit the questionnaire. */
export function decodeAnswers(model: AssessmentModel, code: unknown): Answers | null {
	const state = readShareCode(assessmentFormat(model), code, 5, (fields) => parseFields(model, fields));
	return state.status === 'ok' ? state.value : null;
}

/** The URL fragment for answers ("#a=…"). */
export function answersHash(model: AssessmentModel, answers: Answers): string {
	return LINK_PREFIX + encodeAnswers(model, answers);
}

/**
 * What a page's URL fragment holds: no shared assessment, a valid one, or one that cannot be read. A link of another
 * version or questionnaire counts as unreadable: the page says the same about both.
 */
export type LinkState = { status: 'none' } | { status: 'ok'; answers: Answers } | { status: 'invalid' };

/** Reads location.hash. Fragments that do not start with "#a=" are ordinary anchors and count as none. */
export function decodeHash(model: AssessmentModel, hash: unknown): LinkState {
	const state = readShareHash(assessmentFormat(model), hash, 5, (fields) => parseFields(model, fields));
	if (state.status === 'ok') return { status: 'ok', answers: state.value };
	return state.status === 'none' ? state : { status: 'invalid' };
}
