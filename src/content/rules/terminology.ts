// One term per concept: every avoided variant listed in content/terminology.yaml is looked for in the content's texts,
// the prose pages (Markdown and MDX) and the UI strings, and each find is reported with file, entry and field and the term to use.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { LANGUAGES } from '#src/config/locales.ts';
import { eachText, entriesOf, entryLabel, LANGUAGE_KEYS, record, type ContentProblem } from './problems.ts';

/** One text to check: where it stands (as a problem names it) and its language. */
export interface TextSource {
	file: string;
	entry: string;
	field: string;
	lang: string;
	text: string;
}

/** What the check needs of a terminology entry (raw or parsed). */
interface Term {
	id: string;
	preferred: Record<string, string>;
	avoid: Record<string, string[]>;
}

interface Variant {
	phrase: string;
	term: Term;
}

// Letters and digits continue a word; a hyphen does not, so "Scope" is found in "Scope-Präfix" too.
const WORD = '[\\p{L}\\p{N}]';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The terminology entries as the check reads them, from raw YAML or parsed entries; malformed ones are skipped. */
export function termsOf(entries: readonly unknown[]): Term[] {
	return entries.flatMap((entry) => {
		const e = record(entry);
		const preferred = record(e?.preferred);
		if (typeof e?.id !== 'string' || !preferred) return [];
		const avoid = record(e.avoid) ?? {};
		return [
			{
				id: e.id,
				preferred: preferred as Record<string, string>,
				avoid: Object.fromEntries(
					Object.entries(avoid).map(([lang, list]) => [lang, Array.isArray(list) ? list.filter((p): p is string => typeof p === 'string') : []]),
				),
			},
		];
	});
}

/** A finder per language: the avoided variants of all terms, longest first, as whole words (a trailing * allows more). */
function finders(terms: readonly Term[]): Map<string, { pattern: RegExp; variants: Variant[] }> {
	const byLang = new Map<string, { pattern: RegExp; variants: Variant[] }>();
	for (const lang of LANGUAGES) {
		const variants = terms
			.flatMap((term) => (term.avoid[lang] ?? []).map((phrase) => ({ phrase, term })))
			.filter((v) => v.phrase.replace(/\*$/, '').trim().length > 0)
			.sort((a, b) => b.phrase.length - a.phrase.length);
		if (variants.length === 0) continue;
		const alternatives = variants.map((v) => (v.phrase.endsWith('*') ? `${escape(v.phrase.slice(0, -1))}${WORD}*` : escape(v.phrase)));
		const pattern = new RegExp(`(?<!${WORD})(?:${alternatives.join('|')})(?!${WORD})`, 'giu');
		byLang.set(lang, { pattern, variants });
	}
	return byLang;
}

function variantOf(found: string, variants: Variant[]): Variant | undefined {
	const lower = found.toLowerCase();
	return variants.find((v) =>
		v.phrase.endsWith('*') ? lower.startsWith(v.phrase.slice(0, -1).toLowerCase()) : lower === v.phrase.toLowerCase(),
	);
}

/** Every avoided variant in the given texts: one problem per text and variant, naming the term to use instead. */
export function terminologyProblems(terms: readonly Term[], texts: Iterable<TextSource>, terminologyFile = 'content/terminology.yaml'): ContentProblem[] {
	return problemsFound(finders(terms), texts, terminologyFile);
}

// Placeholders ({{scope}} in a UI string, {{smart.review}} in the content) are names, not words of the text.
const withoutPlaceholders = (text: string) => text.replace(/\{\{[^{}]*\}\}/g, ' ');

function problemsFound(byLang: ReturnType<typeof finders>, texts: Iterable<TextSource>, terminologyFile: string): ContentProblem[] {
	const problems: ContentProblem[] = [];
	for (const source of texts) {
		const finder = byLang.get(source.lang);
		if (!finder) continue;
		const seen = new Set<string>();
		const text = withoutPlaceholders(source.text);
		for (const match of text.matchAll(finder.pattern)) {
			const variant = variantOf(match[0], finder.variants);
			if (!variant) continue;
			const key = match[0].toLowerCase();
			if (seen.has(key)) continue;
			seen.add(key);
			problems.push({
				file: source.file,
				entry: source.entry,
				field: source.field,
				message: `avoid "${match[0]}" – write "${variant.term.preferred[source.lang] ?? ''}" (${terminologyFile} "${variant.term.id}")`,
			});
		}
	}
	return problems;
}

/** Every text of the raw content (all files but the terminology list itself), with its field path and language. */
export function contentTexts(raw: Record<string, { file: string; data: unknown }>, skip: readonly string[]): TextSource[] {
	const texts: TextSource[] = [];
	for (const { file, data } of Object.values(raw)) {
		if (skip.includes(file)) continue;
		entriesOf(data).forEach((item, index) => {
			const entry = entryLabel(item, index);
			eachText(item, (text, path, lang) => {
				if (lang) texts.push({ file, entry, field: path.join('.'), lang, text });
			});
		});
	}
	return texts;
}

/**
 * The prose of every Markdown or MDX page under `docsDir` (whose first folder is the language): the title and description, then
 * each line of the body. Code – fenced blocks and `inline` – and import lines are not prose and are left out.
 */
export function* proseTexts(docsDir: string, root = process.cwd()): Generator<TextSource> {
	for (const name of readdirSync(docsDir, { recursive: true, encoding: 'utf8' }).sort()) {
		if (!name.endsWith('.mdx') && !name.endsWith('.md')) continue;
		const lang = name.split(sep)[0]!;
		if (!LANGUAGE_KEYS.has(lang)) continue;
		const path = join(docsDir, name);
		const file = relative(root, path).split(sep).join('/');
		const entry = name.split(sep).join('/').replace(/\.mdx?$/, '');
		const lines = readFileSync(path, 'utf8').split(/\r?\n/);
		let inFrontMatter = lines[0] === '---';
		let inCode = false;
		for (const [i, line] of lines.entries()) {
			if (i === 0 && inFrontMatter) continue;
			if (inFrontMatter) {
				if (line === '---') inFrontMatter = false;
				const field = /^(title|description):\s*(.*)$/.exec(line);
				if (field) yield { file, entry, field: field[1]!, lang, text: field[2]! };
				continue;
			}
			if (/^\s*(```|~~~)/.test(line)) {
				inCode = !inCode;
				continue;
			}
			if (inCode || /^import\s/.test(line)) continue;
			yield { file, entry, field: `line ${i + 1}`, lang, text: line.replace(/`[^`]*`/g, ' ') };
		}
	}
}

/** Every UI string of `i18nDir` (one flat JSON file per language, e.g. de.json). */
export function* uiStringTexts(i18nDir: string, root = process.cwd()): Generator<TextSource> {
	for (const lang of LANGUAGES) {
		const path = join(i18nDir, `${lang}.json`);
		const file = relative(root, path).split(sep).join('/');
		const strings = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
		for (const [key, text] of Object.entries(strings))
			if (typeof text === 'string') yield { file, entry: `"${key}"`, field: 'text', lang, text };
	}
}

/** Contradictions within the list itself: a term avoided where another entry (or the same) prefers it. */
export function terminologyConflicts(file: string, entries: readonly unknown[]): ContentProblem[] {
	const terms = termsOf(entries);
	const problems: ContentProblem[] = [];
	for (const [index, entry] of entries.entries()) {
		const term = terms.find((t) => t.id === record(entry)?.id);
		if (!term) continue;
		for (const lang of LANGUAGES)
			for (const [i, phrase] of (term.avoid[lang] ?? []).entries()) {
				// Building a finder is the costly part: only for a phrase that some preferred term may contain. A find's lower
				// case starts with the phrase's, so the text's lower case contains it (only Greek sigma lower-cases by context).
				const start = phrase.replace(/\*$/, '').toLowerCase();
				const candidates = terms.filter((other) => /[σς]/.test(start) || withoutPlaceholders(other.preferred[lang] ?? '').toLowerCase().includes(start));
				const finder = candidates.length > 0 ? finders([{ ...term, avoid: { [lang]: [phrase] } }]) : undefined;
				const clash =
					finder && candidates.find((other) => problemsFound(finder, [{ file, entry: '', field: '', lang, text: other.preferred[lang] ?? '' }], file).length > 0);
				if (clash)
					problems.push({
						file,
						entry: entryLabel(entry, index),
						field: `avoid.${lang}.${i}`,
						message: `"${phrase}" would forbid the preferred term "${clash.preferred[lang]}" of "${clash.id}"`,
					});
			}
	}
	return problems;
}
