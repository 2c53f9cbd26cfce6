import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text.ts';

const utf16 = (text: string, bigEndian = false, bom = true) => {
	const all = (bom ? '\uFEFF' : '') + text;
	const view = new DataView(new ArrayBuffer(all.length * 2));
	for (let i = 0; i < all.length; i++) view.setUint16(i * 2, all.charCodeAt(i), !bigEndian);
	return new Uint8Array(view.buffer);
};
// "Müller GmbH;Köln" as German Excel saves "CSV (Trennzeichen-getrennt)": Windows-1252.
const windows1252 = Uint8Array.from([0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x20, 0x47, 0x6d, 0x62, 0x48, 0x3b, 0x4b, 0xf6, 0x6c, 0x6e, 0x80]);

describe('decodeText', () => {
	it('reads UTF-8 with and without a byte order mark, without the mark', () => {
		const bytes = new TextEncoder().encode('Müller GmbH – „Köln“');
		expect(decodeText(bytes)).toEqual({ ok: true, text: 'Müller GmbH – „Köln“', encoding: 'utf-8' });
		expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]))).toEqual({
			ok: true,
			text: 'Müller GmbH – „Köln“',
			encoding: 'utf-8',
		});
	});

	it('reads Windows-1252 (German Excel’s CSV) with its umlauts and the euro sign', () => {
		expect(decodeText(windows1252)).toEqual({ ok: true, text: 'Müller GmbH;Köln€', encoding: 'windows-1252' });
	});

	it.each([
		['little-endian with a byte order mark', utf16('Name;Müller', false), 'utf-16le'],
		['big-endian with a byte order mark', utf16('Name;Müller', true), 'utf-16be'],
		['little-endian without one', utf16('Name;Müller\r\nAcme', false, false), 'utf-16le'],
	] as const)('reads UTF-16 %s', (_what, bytes, encoding) => {
		expect(decodeText(bytes)).toMatchObject({ ok: true, encoding, text: expect.stringMatching(/^Name;Müller/) });
	});

	it('refuses what it cannot read rather than guessing', () => {
		expect(decodeText(Uint8Array.from([0x4d, 0x81, 0x6c]))).toEqual({ ok: false, problem: 'encoding' });
		expect(decodeText(Uint8Array.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]))).toEqual({ ok: false, problem: 'encoding' });
		expect(decodeText(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x14, 0xff]))).toEqual({ ok: false, problem: 'binary' });
	});

	it('reads every UTF-8 text back as it was', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
				const decoded = decodeText(new TextEncoder().encode(text));
				if (text.includes('\u0000')) expect(decoded).toEqual({ ok: false, problem: 'binary' });
				else if (decoded.ok && decoded.encoding === 'utf-8') expect(decoded.text).toBe(text.replace(/^\uFEFF/, ''));
			}),
		);
	});
});
