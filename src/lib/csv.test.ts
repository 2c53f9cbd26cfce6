import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOM, CSV_SEPARATOR, neutraliseFormula, parseCsv, parseCsvRows, toCsv, detectSeparator } from './csv.ts';

describe('toCsv', () => {
	it('starts with a BOM, separates with semicolons and ends every line with CRLF', () => {
		expect(CSV_SEPARATOR).toBe(';');
		expect(
			toCsv([
				['Leistung', 'Niveau'],
				['TCO-Studie', 'inklusive'],
			]),
		).toBe(`${BOM}Leistung;Niveau\r\nTCO-Studie;inklusive\r\n`);
	});

	it.each([
		['a cell with the separator', 'Kosten; Zuschlag', '"Kosten; Zuschlag"'],
		['a cell with quotes', 'sogenannte "Extras"', '"sogenannte ""Extras"""'],
		['a cell with a line break', 'Zeile 1\nZeile 2', '"Zeile 1\nZeile 2"'],
		['a cell with a comma only', 'Kosten, Zuschlag', 'Kosten, Zuschlag'],
		['German quotes and umlauts', '„Überprüfung“ – ß', '„Überprüfung“ – ß'],
		['an empty cell', '', ''],
	])('quotes %s only where RFC 4180 needs it', (_what, cell, written) => {
		expect(toCsv([[cell]], { bom: false })).toBe(`${written}\r\n`);
	});

	it.each([
		['=HYPERLINK("http://evil.example","click")', `"'=HYPERLINK(""http://evil.example"",""click"")"`],
		['+49 30 123', "'+49 30 123"],
		['-2+3', "'-2+3"],
		['@SUM(A1)', "'@SUM(A1)"],
		['\t=1', "'\t=1"],
	])('neutralises the formula %j with an apostrophe', (cell, written) => {
		expect(toCsv([[cell]], { bom: false })).toBe(`${written}\r\n`);
	});

	it('leaves cells alone that merely contain formula characters', () => {
		for (const cell of ['3 = drei', 'Kosten + Zuschlag', 'a@b.de', '– Gedankenstrich']) expect(neutraliseFormula(cell)).toBe(cell);
	});

	it('writes a comma-separated file when asked, and refuses a separator that would break the format', () => {
		expect(toCsv([['a', 'b;c']], { separator: ',', bom: false })).toBe('a,b;c\r\n');
		for (const separator of ['"', '\n', ';;', '']) expect(() => toCsv([['a']], { separator })).toThrow(/separator/);
	});
});

describe('parseCsv', () => {
	it('reads quoted fields with separators, doubled quotes and line breaks, and skips the BOM', () => {
		expect(parseCsv(`${BOM}id;text\r\n1;"a; ""b""\r\nc"\r\n2;\r\n`)).toEqual([
			['id', 'text'],
			['1', 'a; "b"\r\nc'],
			['2', ''],
		]);
	});

	it('accepts LF line ends and a missing final line break', () => {
		expect(parseCsv('a;b\nc;d')).toEqual([
			['a', 'b'],
			['c', 'd'],
		]);
	});

	it('ends a row at a carriage return alone (old Mac files) and says so, with the line each row starts on', () => {
		expect(parseCsvRows('Name;Tier\rAcme;key\r"Two\rlines";x\r\nLast')).toEqual([
			{ cells: ['Name', 'Tier'], line: 1, end: '\r' },
			{ cells: ['Acme', 'key'], line: 2, end: '\r' },
			{ cells: ['Two\rlines', 'x'], line: 3, end: '\r\n' },
			{ cells: ['Last'], line: 5, end: '' },
		]);
		expect(detectSeparator('a,b\rc;d;e;f')).toBe(',');
	});

	it.each([
		['an unclosed quote', 'a;"b\r\n', /not closed/],
		['a quote inside an unquoted field', 'a;b"c\r\n', /quote inside/],
		['text after a closing quote', 'a;"b"c\r\n', /after a closing quote/],
	])('rejects %s', (_what, text, message) => {
		expect(() => parseCsv(text)).toThrow(message);
	});

	it('returns what toCsv wrote, for any text (formula starts neutralised)', () => {
		const rows = fc.array(fc.array(fc.string({ unit: 'grapheme-composite', maxLength: 20 }), { minLength: 1, maxLength: 6 }), {
			maxLength: 8,
		});
		const cells = fc.constantFrom('=', '+', '-', '@', ';', '"', '\r\n', '\n', ',', 'ä', '„', ' ', 'x');
		const tricky = fc.array(
			fc.array(
				fc.array(cells, { maxLength: 6 }).map((p) => p.join('')),
				{ minLength: 1, maxLength: 4 },
			),
			{ maxLength: 5 },
		);
		for (const arbitrary of [rows, tricky])
			fc.assert(
				fc.property(arbitrary, fc.constantFrom(';', ',', '\t'), (input, separator) => {
					const back = parseCsv(toCsv(input, { separator }), separator);
					expect(back).toEqual(input.map((row) => row.map(neutraliseFormula)));
				}),
			);
	});
});

describe('detectSeparator', () => {
	it.each([
		['semicolons', 'Name;Tier;Scope\r\na;b;c', ';'],
		['commas', 'Name,Tier,Scope\r\na;b;c', ','],
		['tabs', 'Name\tTier\r\n', '\t'],
		['a comma inside quotes', '"Name, full";Tier\r\n', ';'],
		['a BOM and one column', '\uFEFFName\r\nx', ';'],
		['nothing', '', ';'],
	])('reads %s', (_what, text, separator) => {
		expect(detectSeparator(text)).toBe(separator);
	});
});
