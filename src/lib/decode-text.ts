// Text files of unknown encoding, as spreadsheets save them: UTF-8 (with or without a byte order mark), UTF-16
// ("Unicode text" in Excel) and Windows-1252 (what German and other Western European Excel calls "CSV").

/** The encodings a text file is read in. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** The text of a file and the encoding it was read in, or why it is no text this reads. */
export type DecodedText = { ok: true; text: string; encoding: TextEncodingName } | { ok: false; problem: 'binary' | 'encoding' };

// Bytes Windows-1252 leaves undefined: a file with them was written in some other encoding.
const UNDEFINED_IN_1252 = /[\u0081\u008d\u008f\u0090\u009d]/;

function decode(bytes: Uint8Array, encoding: TextEncodingName): string | undefined {
	try {
		return new TextDecoder(encoding, { fatal: true }).decode(bytes);
	} catch {
		return undefined;
	}
}

/** UTF-16 without a byte order mark: nearly every second byte is zero in text of mostly Latin letters. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
	const n = Math.min(bytes.length, 4096) & ~1;
	if (n < 4) return undefined;
	let evenZeros = 0;
	let oddZeros = 0;
	for (let i = 0; i < n; i += 2) {
		if (bytes[i] === 0) evenZeros++;
		if (bytes[i + 1] === 0) oddZeros++;
	}
	const pairs = n / 2;
	if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
	if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
	return undefined;
}

/**
 * Reads the bytes of a text file: a byte order mark decides; without one, UTF-16 is recognised by its zero bytes,
 * then UTF-8 is tried strictly, then Windows-1252. Refuses text with NUL characters (binary) and bytes that fit
 * none of these (another encoding); never guesses silently. A byte order mark is not part of the text.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
	let encoding: TextEncodingName | undefined;
	let text: string | undefined;
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) encoding = 'utf-8';
	else if (bytes[0] === 0xff && bytes[1] === 0xfe) encoding = bytes[2] === 0 && bytes[3] === 0 ? undefined : 'utf-16le';
	else if (bytes[0] === 0xfe && bytes[1] === 0xff) encoding = 'utf-16be';
	// Two zero bytes first: UTF-32, which no spreadsheet writes for CSV.
	else if (bytes[0] === 0 && bytes[1] === 0) return { ok: false, problem: 'encoding' };
	else {
		encoding = sniffUtf16(bytes);
		if (!encoding) {
			text = decode(bytes, 'utf-8');
			encoding = text === undefined ? 'windows-1252' : 'utf-8';
		}
	}
	if (!encoding) return { ok: false, problem: 'encoding' };
	text ??= decode(bytes, encoding);
	if (text === undefined || (encoding === 'windows-1252' && UNDEFINED_IN_1252.test(text))) return { ok: false, problem: 'encoding' };
	if (text.includes('\u0000')) return { ok: false, problem: 'binary' };
	return { ok: true, text, encoding };
}
