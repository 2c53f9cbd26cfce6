// CSV for spreadsheets: an RFC 4180 serializer that Excel opens correctly, and a strict parser to read it back.

/** Field separator of every CSV download. German Excel splits on ";" (its list separator), not ",". */
export const CSV_SEPARATOR = ';';

/** UTF-8 byte order mark: without it Excel reads UTF-8 as Windows-1252 and garbles „ä“, „ß“, „–“. */
export const BOM = '\uFEFF';

// Spreadsheets evaluate a cell that starts with one of these as a formula (OWASP: CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

/** Options for toCsv. */
export interface CsvOptions {
	/** One character; not a quote or line break. Default CSV_SEPARATOR. */
	separator?: string;
	/** Start with a byte order mark. Default true. */
	bom?: boolean;
}

function checkSeparator(separator: string): void {
	if (separator.length !== 1 || /["\r\n]/.test(separator))
		throw new Error(`CSV separator must be one character other than a quote or line break, got ${JSON.stringify(separator)}`);
}

/** Makes a cell inert in spreadsheets: one that would start a formula gets a leading apostrophe. */
export function neutraliseFormula(cell: string): string {
	return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

function field(cell: string, separator: string): string {
	const safe = neutraliseFormula(cell);
	return safe.includes(separator) || /["\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Serializes rows as RFC 4180 CSV (CRLF line ends, quotes doubled), formula-safe, with a BOM by default. */
export function toCsv(rows: readonly (readonly string[])[], options: CsvOptions = {}): string {
	const separator = options.separator ?? CSV_SEPARATOR;
	checkSeparator(separator);
	const lines = rows.map((row) => `${row.map((cell) => field(cell, separator)).join(separator)}\r\n`);
	return `${options.bom === false ? '' : BOM}${lines.join('')}`;
}

/** One row of a CSV file: its cells, the line it starts on, and how it ended ("" at the end of the file). */
export interface CsvRow {
	cells: string[];
	line: number;
	end: '\r\n' | '\n' | '\r' | '';
}

/**
 * Parses RFC 4180 CSV into rows with their line numbers. CRLF, LF and CR alone (old Mac files) end a row outside
 * quotes; `end` says which did. A leading BOM is skipped. Strict: a quote inside an unquoted field, text after a
 * closing quote or an unclosed quote throws an error naming the line.
 */
export function parseCsvRows(text: string, separator: string = CSV_SEPARATOR): CsvRow[] {
	checkSeparator(separator);
	const input = text.startsWith(BOM) ? text.slice(1) : text;
	const rows: CsvRow[] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false; // inside a quoted field
	let closed = false; // a quoted field has just been closed
	let line = 1;
	let start = 1;
	const endCell = () => {
		row.push(cell);
		cell = '';
		closed = false;
	};
	const endRow = (end: CsvRow['end']) => {
		endCell();
		rows.push({ cells: row, line: start, end });
		row = [];
		start = line;
	};
	// Runs of ordinary characters are taken in one slice: files of thousands of rows are read character by character
	// only where a quote, separator or line break decides something.
	const ordinary = (from: number) => {
		let to = from;
		for (let c = input[to]; to < input.length && c !== separator && c !== '"' && c !== '\n' && c !== '\r'; c = input[++to]);
		return to;
	};
	for (let i = 0; i < input.length; i++) {
		const c = input[i]!;
		if (quoted) {
			if (c !== '"') {
				const end = input.indexOf('"', i);
				const chunk = input.slice(i, end < 0 ? input.length : end);
				for (let k = 0; k < chunk.length; k++) if (chunk[k] === '\n' || (chunk[k] === '\r' && chunk[k + 1] !== '\n')) line++;
				cell += chunk;
				i += chunk.length - 1;
			} else if (input[i + 1] === '"') {
				cell += '"';
				i++;
			} else {
				quoted = false;
				closed = true;
			}
		} else if (c === separator) endCell();
		else if (c === '\n' || c === '\r') {
			const end = c === '\r' && input[i + 1] === '\n' ? '\r\n' : c;
			if (end === '\r\n') i++;
			line++;
			endRow(end);
		} else if (closed) throw new Error(`CSV line ${line}: unexpected ${JSON.stringify(c)} after a closing quote`);
		else if (c === '"') {
			if (cell !== '') throw new Error(`CSV line ${line}: quote inside an unquoted field`);
			quoted = true;
		} else {
			const end = ordinary(i);
			cell += input.slice(i, end);
			i = end - 1;
		}
	}
	if (quoted) throw new Error(`CSV line ${line}: a quoted field is not closed`);
	if (cell !== '' || closed || row.length > 0) endRow('');
	return rows;
}

/** Parses RFC 4180 CSV into rows of cells (see parseCsvRows). */
export function parseCsv(text: string, separator: string = CSV_SEPARATOR): string[][] {
	return parseCsvRows(text, separator).map((row) => row.cells);
}

/**
 * The separator of a CSV file whose separator is not known: ";" (German Excel), "," (RFC 4180, English Excel)
 * or a tab, whichever occurs most often outside quotes in the first line; ";" when none occurs.
 */
export function detectSeparator(text: string): string {
	const counts: Record<string, number> = { ';': 0, ',': 0, '\t': 0 };
	let quoted = false;
	for (let i = text.startsWith(BOM) ? 1 : 0; i < text.length; i++) {
		const c = text[i]!;
		if (c === '"') quoted = !quoted;
		else if (!quoted && (c === '\n' || c === '\r')) break;
		else if (!quoted && c in counts) counts[c]!++;
	}
	const best = Object.entries(counts).sort((a, b) => b[1] - a[1])[0]!;
	return best[1] > 0 ? best[0] : CSV_SEPARATOR;
}
