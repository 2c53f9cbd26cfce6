import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	decodeText,
	fingerprint,
	nextAddress,
	readShareCode,
	readShareHash,
	shareCode,
	shareHash,
	type ShareFormat,
} from './share-code.ts';

const format: ShareFormat = { prefix: '#x=', version: 'v3', fingerprint: fingerprint([['a', 'b', 'c'], 5]), maxLength: 200 };
/** Two fields: a run of digits and free text (which may contain dots). */
const parse = ([digits = '', text = '']: string[]) => (/^[0-9]+$/.test(digits) ? { digits, text } : null);

describe('fingerprint', () => {
	// Published links carry these values: a change here would make every shared link of a questionnaire outdated.
	it.each([
		[['a'], '1r9wi7g'],
		[[['a', 'b', 'c'], 5], '12kq35o'],
	] as const)('is FNV-1a (32 bits, base 36) over the parts joined: %j → %s', (parts, print) => {
		expect(fingerprint(parts)).toBe(print);
	});

	it.each([
		['another order', [['b', 'a', 'c'], 5]],
		['another id', [['a', 'b', 'd'], 5]],
		['one more', [['a', 'b', 'c', 'd'], 5]],
		['another scale', [['a', 'b', 'c'], 4]],
	] as const)('changes with %s', (_what, parts) => {
		expect(fingerprint(parts)).not.toBe(format.fingerprint);
	});

	it('is short, lower-case base 36 and stable', () => {
		fc.assert(
			fc.property(fc.array(fc.oneof(fc.string(), fc.integer(), fc.array(fc.string()))), (parts) => {
				const print = fingerprint(parts);
				expect(print).toMatch(/^[0-9a-z]{1,7}$/);
				expect(fingerprint(parts)).toBe(print);
			}),
		);
	});
});

describe('reading a share code', () => {
	const code = shareCode(format, ['123', 'Acme.Europe']);

	it('writes version, fingerprint and fields joined by dots, and reads them back', () => {
		expect(code).toBe(`v3.${format.fingerprint}.123.Acme.Europe`);
		expect(shareHash(format, ['123', 'x'])).toBe(`#x=v3.${format.fingerprint}.123.x`);
		expect(readShareCode(format, code, 2, parse)).toEqual({ status: 'ok', value: { digits: '123', text: 'Acme.Europe' } });
	});

	// Each row: a code, and what the decoder must say about it.
	it.each([
		['another version', code.replace('v3.', 'v2.'), 'outdated'],
		['a later version', code.replace('v3.', 'v10.'), 'outdated'],
		['another questionnaire', code.replace(format.fingerprint, 'zz9'), 'outdated'],
		['no version at all', code.slice(3), 'invalid'],
		['a version that is no version', code.replace('v3.', 'version3.'), 'invalid'],
		['a fingerprint with capitals', code.replace(format.fingerprint, 'ABC'), 'invalid'],
		['an empty fingerprint', code.replace(format.fingerprint, ''), 'invalid'],
		['too few fields', `v3.${format.fingerprint}.123`, 'invalid'],
		['a field the parser refuses', `v3.${format.fingerprint}.12a.Acme`, 'invalid'],
		['an empty code', '', 'invalid'],
		['an oversized code', `${code}${'x'.repeat(200)}`, 'invalid'],
	])('says %s is %s', (_what, given, status) => {
		expect(readShareCode(format, given, 2, parse)).toEqual({ status });
	});

	it('takes a throwing parser’s code as invalid', () => {
		expect(
			readShareCode(format, code, 2, () => {
				throw new URIError('malformed');
			}),
		).toEqual({ status: 'invalid' });
	});

	it('treats fragments without the prefix as ordinary anchors, and bounds the length before reading', () => {
		for (const hash of ['', '#', '#result', '#x', 'x=v3', undefined, null, 42, {}])
			expect(readShareHash(format, hash, 2, parse)).toEqual({ status: 'none' });
		expect(readShareHash(format, `#x=${code}`, 2, parse)).toMatchObject({ status: 'ok' });
		expect(readShareHash(format, `#x=${code}${'.'.repeat(300)}`, 2, parse)).toEqual({ status: 'invalid' });
	});

	it('never throws and always answers with a known status, whatever the fragment', () => {
		fc.assert(
			fc.property(
				fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('#x=', `#x=v3.${format.fingerprint}.`)),
				fc.string(),
				(head, tail) => {
					const state = readShareHash(format, head + tail, 2, parse);
					expect(['none', 'ok', 'outdated', 'invalid']).toContain(state.status);
				},
			),
			{ numRuns: 2000 },
		);
	});
});

describe('next address', () => {
	const at = (hash: string) => ({ hash, pathname: '/en/check/', search: '?q=1' });
	it.each([
		['a new code', at(''), '#x=v3.a.1', '#x=v3.a.1'],
		['the same code', at('#x=v3.a.1'), '#x=v3.a.1', null],
		['a changed code', at('#x=v3.a.1'), '#x=v3.a.2', '#x=v3.a.2'],
		['an emptied form on a shared link', at('#x=v3.a.1'), '', '/en/check/?q=1'],
		['an emptied form on an ordinary anchor', at('#result'), '', null],
		['an empty form without a fragment', at(''), '', null],
	])('for %s', (_what, location, hash, expected) => {
		expect(nextAddress(location, hash, '#x=')).toBe(expected);
	});
});

describe('free text in a field', () => {
	it('decodes what encodeURIComponent wrote and refuses broken encodings', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme' }), (text) => {
				expect(decodeText(encodeURIComponent(text))).toBe(text);
			}),
		);
		expect(decodeText('%E0%A4%A')).toBeNull();
		expect(decodeText('%')).toBeNull();
	});
});
