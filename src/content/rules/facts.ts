// Facts held once: a tier's review rhythm, how often top management meets, the length of its plan … are written once
// under `facts` in tiers.yaml and used in any text of the content as {{tier.key}}. Loading fills them in, so pages,
// downloads and search all read the same value; a placeholder that names no fact is a content problem.
import { eachText, entriesOf, entryLabel, LANGUAGE_KEYS, record, type ContentProblem } from './problems.ts';

/** Fact values by tier id, then key, then language. */
export type Facts = Map<string, Map<string, Record<string, string>>>;

// Anything between double braces counts as a placeholder, so that a misspelt one is reported rather than shown.
const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;
const REFERENCE = /^\s*([a-z0-9]+(?:-[a-z0-9]+)*)\.([a-z0-9]+(?:-[a-z0-9]+)*)\s*$/;

/** The facts of every tier as written in tiers.yaml (raw or parsed entries). */
export function factsOf(tiers: readonly unknown[]): Facts {
	const facts: Facts = new Map();
	for (const tier of tiers) {
		const id = record(tier)?.id;
		const values = record(record(tier)?.facts);
		if (typeof id !== 'string' || !values) continue;
		const byKey = new Map<string, Record<string, string>>();
		for (const [key, value] of Object.entries(values)) {
			const texts = record(value);
			if (texts) byKey.set(key, Object.fromEntries(Object.entries(texts).filter(([, t]) => typeof t === 'string')) as Record<string, string>);
		}
		facts.set(id, byKey);
	}
	return facts;
}

/** Why a placeholder cannot be filled, or undefined when it can. */
function placeholderProblem(inner: string, lang: string | undefined, facts: Facts): string | undefined {
	const match = REFERENCE.exec(inner);
	if (!match) return `"{{${inner}}}" is not a fact; write {{tier.key}}, e.g. {{strategic.review}}`;
	const [, tierId, key] = match as unknown as [string, string, string];
	const tierFacts = facts.get(tierId);
	if (!tierFacts) return `"{{${inner}}}" names no tier; tiers with facts: ${[...facts.keys()].join(', ') || '(none)'}`;
	const fact = tierFacts.get(key);
	if (!fact) return `"{{${inner}}}": tier "${tierId}" has no fact "${key}"; it has ${[...tierFacts.keys()].join(', ') || 'none'}`;
	if (!lang) return `"{{${inner}}}" stands outside a text with a language (de:, en:)`;
	if (!fact[lang]) return `"{{${inner}}}": the fact has no ${lang} text`;
	return undefined;
}

/** Every placeholder in the raw content that cannot be filled, and every fact that uses a placeholder itself. */
export function factProblems(raw: Record<string, { file: string; data: unknown }>, tiersKey = 'tiers'): ContentProblem[] {
	const tiers = raw[tiersKey];
	const facts = factsOf(entriesOf(tiers?.data));
	const problems: ContentProblem[] = [];
	for (const { file, data } of Object.values(raw))
		entriesOf(data).forEach((item, index) => {
			const entry = entryLabel(item, index);
			eachText(item, (text, path, lang) => {
				const field = path.join('.');
				for (const [, inner] of text.matchAll(PLACEHOLDER)) {
					if (file === tiers?.file && path[0] === 'facts') {
						problems.push({ file, entry, field, message: `a fact cannot use another fact ("{{${inner}}}")` });
						continue;
					}
					const message = placeholderProblem(inner!, lang, facts);
					if (message) problems.push({ file, entry, field, message });
				}
			});
		});
	return problems;
}

/** `text` with its placeholders filled in `lang`; a fact that opens a sentence starts with a capital letter. */
export function fillText(text: string, lang: string, facts: Facts): string {
	return text.replace(PLACEHOLDER, (whole, inner: string, offset: number) => {
		const match = REFERENCE.exec(inner);
		const value = match ? facts.get(match[1]!)?.get(match[2]!)?.[lang] : undefined;
		if (value === undefined) return whole;
		const opensSentence = /(^|[.!?]\s+)$/.test(text.slice(0, offset));
		return opensSentence ? value.charAt(0).toLocaleUpperCase(lang) + value.slice(1) : value;
	});
}

/** A deep copy of `value` with every text's placeholders filled in its language. */
export function fillFacts<T>(value: T, facts: Facts, lang?: string): T {
	if (typeof value === 'string') return (lang ? fillText(value, lang, facts) : value) as T;
	if (Array.isArray(value)) return value.map((item) => fillFacts(item, facts, lang)) as T;
	if (value && typeof value === 'object')
		return Object.fromEntries(
			Object.entries(value).map(([key, child]) => [key, fillFacts(child, facts, LANGUAGE_KEYS.has(key) ? key : lang)]),
		) as T;
	return value;
}
