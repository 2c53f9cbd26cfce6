import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAccounts, CATALOGUE, newTestId, NOW, VOCABULARY } from '#tests/fixtures/account-inputs.ts';
import { parseCsv } from '#src/lib/csv.ts';
import type { AccountInput } from './state.ts';
import { MAX_ACCOUNTS } from './storage.ts';
import {
	accountsToCsv,
	accountsToJson,
	applyImport,
	fileType,
	importCsv,
	importFile,
	importJson,
	lineRanges,
	MAX_IMPORT_BYTES,
	type ImportResult,
} from './transfer.ts';

const catalogue = CATALOGUE;
const vocabulary = VOCABULARY;
const newId = newTestId;
const build = (inputs: Partial<AccountInput>[]) => buildAccounts(inputs);
const rows = (r: ImportResult) => {
	if (!r.ok) throw new Error(r.problem);
	return r.rows;
};
const csv = (text: string) => importCsv(text, vocabulary, catalogue);
const file = (name: string, bytes: Uint8Array | string) =>
	importFile(name, typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes, vocabulary, catalogue);

describe('CSV', () => {
	it('round-trips, neutralises formulas and reads German headers and comma files', () => {
		const list = build([
			{
				name: '=HYPERLINK("x")',
				owner: '+49 170',
				notes: '@SUM(A1); "quoted", line',
				revenue: '-5',
				tier: 'strategic',
				scope: 'global',
				sponsor: true,
			},
			{ name: 'Plain', tier: '', scope: '' },
		]);
		const text = accountsToCsv(list, vocabulary);
		expect(parseCsv(text)[1]!.slice(0, 4)).toEqual(['\'=HYPERLINK("x")', 'Strategic Key Account', 'Global', "'+49 170"]);
		expect(rows(csv(text)).map((r) => [r.input, r.errors])).toEqual(
			list.map((a) => [
				expect.objectContaining({ name: a.name, owner: a.owner ?? '', notes: a.notes ?? '', revenue: a.revenue ?? '', tier: a.tier ?? '' }),
				[],
			]),
		);
		const de = csv('Name,Kategorie,Reichweite,Executive Sponsor\r\nB,Key Account,national,ja\r\nC,gold,,vielleicht\r\n');
		expect(rows(de).map((r) => [r.line, r.input.tier, r.input.sponsor, r.errors])).toEqual([
			[2, 'key', true, []],
			[
				3,
				'',
				false,
				[
					{ code: 'tier-unknown', value: 'gold' },
					{ code: 'sponsor-invalid', value: 'vielleicht' },
				],
			],
		]);
	});

	it.each([
		['no name column', 'Tier;Scope\r\nkey;national\r\n', 'no-name-column'],
		['empty', '\uFEFF\r\n', 'empty'],
		['unclosed quote', 'Name\r\n"abc\r\n', 'unreadable'],
		['too many rows', 'Name\n' + 'a\n'.repeat(5001), 'too-many-rows'],
	])('refuses a file with %s', (_w, text, problem) => {
		expect(csv(text)).toMatchObject({ ok: false, problem });
	});

	it('round-trips the review date, the ratings and the tier history, and reads what spreadsheets make of them', () => {
		const list = build([{ name: 'A', nextReview: '2027-03-01', attractiveness: '3.45', strength: '4' }, { name: 'B' }]).map((a, i) =>
			i === 0
				? {
						...a,
						history: [
							{ from: 'smart', to: 'key', date: '2025-02-01' },
							{ from: 'key', to: 'strategic', date: '2026-05-01', reason: 'Joint development: phase 2 signed' },
						],
					}
				: a,
		);
		const text = accountsToCsv(list, vocabulary);
		const table = parseCsv(text.replace(/^\uFEFF/, ''));
		expect(table[0]!.slice(-4)).toEqual(['Next review', 'Attractiveness', 'Relative strength', 'Tier history']);
		expect(table[1]!.slice(-4)).toEqual([
			'2027-03-01',
			'3.45',
			'4',
			'2025-02-01: Smart Key Account → Key Account\n2026-05-01: Key Account → Strategic Key Account: Joint development: phase 2 signed',
		]);
		const back = rows(csv(text));
		expect(back.map((r) => r.errors)).toEqual([[], []]);
		const imported = applyImport([], back, 'merge', newId, NOW).list;
		expect(imported.map(({ id: _id, assessedAt: _at, ...rest }) => rest)).toEqual(
			list.map(({ id: _id, assessedAt: _at, ...rest }) => rest),
		);
		// German spreadsheets: dates as 1.3.2027, decimal commas, tier names in German, "->" typed by hand.
		const german = rows(
			csv(
				'Name;Kategorie;Reichweite;Nächstes Review;Attraktivität;Relative Stärke;Verlauf der Kategorie\r\nC;Key Account;National;1.3.2027;3,5;2;"2026-01-10: Kein Key Account -> Key Account"\r\n',
			),
		);
		expect(german[0]).toMatchObject({
			errors: [],
			input: { nextReview: '2027-03-01', attractiveness: '3.5', strength: '2' },
			history: [{ from: null, to: 'key', date: '2026-01-10' }],
		});
		// Exported with a decimal comma where the page's language writes one.
		expect(parseCsv(accountsToCsv(list, { ...vocabulary, decimalComma: true }))[1]![9]).toBe('3,45');
	});

	it('names the value of a review date, rating or history line it cannot read', () => {
		const r = rows(
			csv('Name;Next review;Attractiveness;Relative strength;Tier history\r\nA;31.2.2027;high;9;"last year: Key → Smart"\r\n'),
		);
		expect(r[0]!.errors).toEqual([
			{ code: 'review-invalid', value: '31.2.2027' },
			{ code: 'attractiveness-invalid', value: 'high' },
			{ code: 'strength-invalid', value: '9' },
			{ code: 'history-invalid', value: 'last year: Key → Smart' },
		]);
	});

	it('reports rows separated by another separator than the header, per line, and imports none of them', () => {
		const r = csv('Name;Tier;Scope\r\nAcme,Key Account,Global\r\nBeta;Key Account;Global\r\n"Gamma, Inc."\r\nDelta,Smart Key Account\r\n');
		expect(rows(r).map((row) => [row.line, row.errors])).toEqual([
			[2, [{ code: 'separator', found: ',', expected: ';' }]],
			[3, []],
			[4, []],
			[5, [{ code: 'separator', found: ',', expected: ';' }]],
		]);
	});

	it('refuses a row with more filled cells than columns', () => {
		expect(rows(csv('Name;Tier\r\nAcme;Key Account;Global\r\nBeta;;\r\n')).map((r) => r.errors)).toEqual([
			[{ code: 'extra-cells', cells: 3, columns: 2 }],
			[],
		]);
	});

	it('reads CR-only line ends (old Mac files) and names the lines', () => {
		const r = csv('Name;Tier;Scope\rAcme;Key Account;Global\rBeta;Smart Key Account;National\r');
		expect(rows(r).map((row) => row.input.name)).toEqual(['Acme', 'Beta']);
		expect(r.ok && r.notes).toEqual([{ kind: 'cr-only', lines: [1, 2, 3] }]);
	});

	it('names an unknown tier or scope in the error, and reports columns it does not know', () => {
		const r = csv('Name;Tier;Scope;Region\r\nAcme;Key Acount;Globall;EMEA\r\n');
		expect(rows(r)[0]!.errors).toEqual([
			{ code: 'tier-unknown', value: 'Key Acount' },
			{ code: 'scope-unknown', value: 'Globall' },
		]);
		expect(r.ok && r.notes).toEqual([{ kind: 'columns-ignored', headers: ['Region'] }]);
	});

	it('refuses a value that would have to be shortened, naming the field and its length', () => {
		const r = csv(`Name;Notes;Revenue\r\n${'N'.repeat(81)};ok;1\r\nBeta;${'x'.repeat(1_000_000)};1\r\nGamma;fine;${'9'.repeat(41)}\r\n`);
		expect(rows(r).map((row) => row.errors)).toEqual([
			[{ code: 'too-long', field: 'name', length: 81, max: 80 }],
			[{ code: 'too-long', field: 'notes', length: 1_000_000, max: 500 }],
			[{ code: 'too-long', field: 'revenue', length: 41, max: 40 }],
		]);
	});

	it('never throws on arbitrary text (fuzz)', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
				const r = csv(text);
				if (r.ok) for (const row of r.rows) expect(row.errors.length > 0 || row.input.name.length > 0).toBe(true);
			}),
			{ numRuns: 500 },
		);
		fc.assert(
			fc.property(fc.array(fc.array(fc.string({ maxLength: 20 }), { minLength: 1, maxLength: 9 }), { maxLength: 10 }), (table) => {
				csv(table.map((r) => r.join(';')).join('\r\n'));
			}),
			{ numRuns: 300 },
		);
	});
});

describe('files', () => {
	it('reads a Windows-1252 file (German Excel’s CSV) with its umlauts, and says it did', () => {
		// "Name;Kategorie\r\nMüller GmbH;Key Account\r\n" in Windows-1252: ü is the single byte 0xFC.
		const bytes = Uint8Array.from([
			...new TextEncoder().encode('Name;Kategorie\r\nM'),
			0xfc,
			...new TextEncoder().encode('ller GmbH;Key Account\r\n'),
		]);
		const r = file('kunden.csv', bytes);
		expect(rows(r)[0]!.input.name).toBe('Müller GmbH');
		expect(r.ok && r.notes).toEqual([{ kind: 'encoding', encoding: 'windows-1252', examples: ['Müller GmbH'] }]);
	});

	it('reads UTF-16 (Excel’s "Unicode text", tab-separated)', () => {
		const text = '\uFEFFName\tTier\r\nÖztürk AG\tKey Account\r\n';
		const bytes = new Uint8Array(text.length * 2);
		for (let i = 0; i < text.length; i++) new DataView(bytes.buffer).setUint16(i * 2, text.charCodeAt(i), true);
		const r = file('unicode.txt', bytes);
		expect(rows(r)[0]!.input).toMatchObject({ name: 'Öztürk AG', tier: 'key' });
		expect(r.ok && r.notes[0]).toMatchObject({ kind: 'encoding', encoding: 'utf-16le' });
	});

	it('refuses bytes it cannot read as text, and files over 5 MB', () => {
		expect(file('x.csv', Uint8Array.from([0x4e, 0x61, 0x81, 0x65]))).toEqual({ ok: false, problem: 'encoding' });
		expect(file('x.csv', Uint8Array.from([0x50, 0x4b, 3, 4, 0, 0]))).toEqual({ ok: false, problem: 'binary' });
		expect(file('x.csv', new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x61))).toEqual({ ok: false, problem: 'too-large' });
	});

	it.each([
		['a .csv file whose first cell is [Name]', 'list.csv', '[Name];Tier\r\nAcme;key\r\n', 'csv', false],
		['a .csv file holding JSON', 'backup.csv', '[{"name":"Acme"}]', 'csv', false],
		['a .json file', 'Backup.JSON', '{"format":"kam-accounts","version":1,"accounts":[]}', 'json', false],
		['a .txt file holding a backup', 'backup.txt', '  {"format":"kam-accounts"}', 'json', true],
		['a file without extension holding CSV', 'accounts', '[Name];Tier', 'csv', true],
	])('decides the type of %s by its name first, then its content', (_what, name, text, type, byContent) => {
		expect(fileType(name, text)).toEqual({ type, byContent });
	});

	it('says when the content decided the type', () => {
		const r = file('accounts', 'Name\r\nAcme\r\n');
		expect(r.ok && r.notes).toEqual([{ kind: 'type-by-content', type: 'csv' }]);
	});

	it('writes line lists as ranges', () => {
		expect(lineRanges([1, 2, 3, 5, 7, 8])).toBe('1–3, 5, 7–8');
	});
});

describe('JSON backup and applying an import', () => {
	const json = (text: string) => importJson(text, vocabulary, catalogue);

	it('round-trips with ids and change times, merges and replaces', () => {
		const list = build([
			{ name: 'A', owner: 'Eva' },
			{ name: 'B', tier: '', scope: '' },
		]);
		const backup = accountsToJson(list, NOW);
		expect(JSON.parse(backup)).toMatchObject({ format: 'kam-accounts', version: 1 });
		const r = rows(json(backup));
		expect(applyImport([], r, 'merge', newId, NOW).list).toEqual(list);
		const other = build([{ name: 'C' }]);
		const merged = applyImport(other, r, 'merge', newId, NOW);
		expect([merged.list.map((a) => a.name), merged.added, merged.updated]).toEqual([['C', 'A', 'B'], 2, 0]);
		expect(applyImport(merged.list, r, 'merge', newId, NOW)).toMatchObject({ added: 0, updated: 0, unchanged: 2 });
		expect(applyImport(other, r, 'replace', newId, NOW).list.map((a) => a.name)).toEqual(['A', 'B']);
	});

	it('merging keeps the newer version of a known account and says which stored ones it kept', () => {
		const stored = [
			{ ...build([{ name: 'Edited this week' }])[0]!, id: 'x', changedAt: '2026-03-08T00:00:00.000Z' },
			{ ...build([{ name: 'Old here' }])[0]!, id: 'y', changedAt: '2026-03-01T00:00:00.000Z' },
		];
		const lastWeek = JSON.stringify([
			{ ...stored[0], name: 'As last week', changedAt: '2026-03-01T00:00:00.000Z' },
			{ ...stored[1], name: 'Newer in the file', changedAt: '2026-03-05T00:00:00.000Z' },
		]);
		const applied = applyImport(stored, rows(json(lastWeek)), 'merge', newId, NOW);
		expect(applied.list.map((a) => a.name)).toEqual(['Edited this week', 'Newer in the file']);
		expect(applied).toMatchObject({ added: 0, updated: 1, kept: ['Edited this week'] });
	});

	it('reads a backup made before review dates, ratings and history existed, unchanged', () => {
		const before = {
			format: 'kam-accounts',
			version: 1,
			exportedAt: '2026-11-01T08:00:00.000Z',
			accounts: [
				{ id: 'old1', name: 'Alt GmbH', tier: 'key', scope: 'national', answers: '', assessedAt: '2026-10-01T08:00:00.000Z', owner: 'Eva' },
				{ id: 'old2', name: 'Klein AG', tier: null, scope: null, answers: '', assessedAt: '2026-10-02T08:00:00.000Z' },
			],
		};
		const list = applyImport([], rows(json(JSON.stringify(before))), 'replace', newId, NOW).list;
		expect(list).toEqual(before.accounts);
		// …and a backup with them round-trips.
		const withNew = [
			{
				...list[0]!,
				nextReview: '2027-01-15',
				attractiveness: 4,
				strength: 3.5,
				history: [{ from: 'smart', to: 'key', date: '2026-09-30' }],
			},
		];
		expect(applyImport([], rows(json(accountsToJson(withNew, NOW))), 'replace', newId, NOW).list).toEqual(withNew);
	});

	it('repairs tier names and refuses what it cannot read, per entry', () => {
		const r = rows(
			json('[{"name":"ok","tier":"Key Account","scope":"global"},{"name":"","tier":"x"},7,{"name":"s","tier":null,"sponsor":"maybe"}]'),
		);
		expect(r.map((row) => row.errors)).toEqual([
			[],
			[{ code: 'tier-unknown', value: 'x' }, { code: 'name-missing' }],
			[{ code: 'not-an-entry' }],
			[{ code: 'sponsor-invalid', value: 'maybe' }],
		]);
		expect(r[0]!.input.tier).toBe('key');
		expect(applyImport([], r, 'merge', newId, NOW)).toMatchObject({ added: 1, skipped: 3 });
	});

	it.each([
		['not JSON', '{', 'unreadable'],
		['another object', '{"a":1}', 'not-a-backup'],
		['a newer version', '{"format":"kam-accounts","version":2,"accounts":[]}', 'not-a-backup'],
		['no accounts', '[]', 'empty'],
	])('refuses %s', (_w, text, problem) => {
		expect(json(text)).toMatchObject({ ok: false, problem });
	});

	it('adds none beyond the limit and counts those that did not fit', () => {
		const full = Array.from({ length: MAX_ACCOUNTS - 1 }, (_, i) => ({ ...build([{}])[0]!, id: `f${i}` }));
		const three = rows(csv('Name\r\nA\r\nB\r\nC\r\n'));
		expect(applyImport(full, three, 'merge', newId, NOW)).toMatchObject({ added: 1, full: 2 });
		// The preview's plan counts the same without building the accounts.
		expect(applyImport(full, three, 'merge', null, NOW)).toMatchObject({ added: 1, full: 2, list: full });
	});

	it('never throws on arbitrary JSON (fuzz)', () => {
		fc.assert(
			fc.property(fc.jsonValue(), (value) => {
				json(JSON.stringify(value));
				json(JSON.stringify({ format: 'kam-accounts', version: 1, accounts: [value] }));
			}),
			{ numRuns: 500 },
		);
	});
});
