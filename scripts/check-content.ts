// Validates content/ (or the directory given as first argument) and prints every problem; exit 1 on problems.
// Besides the rules the build applies, it looks for the variants content/terminology.yaml says to avoid – in the
// content, the prose pages (src/content/docs) and the UI strings (src/content/i18n).
import { relative, resolve } from 'node:path';
import { ACCOUNT_WARNING_RULES } from '#src/config/account-warnings.ts';
import { contentDir } from '#src/content/load.ts';
import { formatProblems, idsOfContent, parseContent, readContentDir, settingsChecks } from '#src/content/validate.ts';
import { contentTexts, proseTexts, termsOf, terminologyProblems, uiStringTexts } from '#src/content/rules/terminology.ts';

const dir = process.argv[2] ? resolve(process.argv[2]) : contentDir();
const raw = readContentDir(dir, relative(process.cwd(), dir) || '.');
const { problems } = parseContent(raw);
problems.push(...settingsChecks(idsOfContent(raw), ACCOUNT_WARNING_RULES, raw.roles));
const terms = termsOf(Array.isArray(raw.terminology.data) ? raw.terminology.data : []);
const texts = [...contentTexts(raw, [raw.terminology.file]), ...proseTexts('src/content/docs'), ...uiStringTexts('src/content/i18n')];
problems.push(...terminologyProblems(terms, texts, raw.terminology.file));

if (problems.length > 0) {
	console.error(formatProblems(problems));
	process.exit(1);
}
console.log('content is valid, and every text uses the preferred terms');
