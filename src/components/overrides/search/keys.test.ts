import { describe, expect, it } from 'vitest';
import { searchShortcut, takesText, type KeyPress } from './keys.ts';

const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({
	key,
	ctrlKey: false,
	metaKey: false,
	altKey: false,
	typing: false,
	...extra,
});

describe('searchShortcut', () => {
	it.each([
		['Ctrl K', press('k', { ctrlKey: true })],
		['⌘ K', press('k', { metaKey: true })],
		['Ctrl K with Caps Lock', press('K', { ctrlKey: true })],
		['Ctrl K in a field', press('k', { ctrlKey: true, typing: true })],
	])('toggles the dialog on %s', (_name, event) => {
		expect(searchShortcut(event)).toBe('toggle');
	});

	// A "/" typed with Shift (German keyboards: Shift 7) arrives as key "/" too: the shortcut does not look at Shift.
	it('opens the dialog on / outside a field', () => {
		expect(searchShortcut(press('/'))).toBe('open');
	});

	it.each([
		['/ in a field', press('/', { typing: true })],
		['Ctrl /', press('/', { ctrlKey: true })],
		['Alt /', press('/', { altKey: true })],
		['Ctrl Alt K (AltGr on some layouts)', press('k', { ctrlKey: true, altKey: true })],
		['K alone', press('k')],
		['Ctrl J', press('j', { ctrlKey: true })],
	])('leaves %s alone', (_name, event) => {
		expect(searchShortcut(event)).toBeUndefined();
	});
});

describe('takesText', () => {
	const element = (tagName: string, attributes: Record<string, string> = {}, isContentEditable = false) =>
		({ tagName, isContentEditable, getAttribute: (name: string) => attributes[name] ?? null }) as unknown as Element;

	it.each([
		['a text field', element('INPUT')],
		['a search field', element('INPUT', { type: 'search' })],
		['a number field', element('INPUT', { type: 'NUMBER' })],
		['a text area', element('TEXTAREA')],
		['a select', element('SELECT')],
		['an editable element', element('DIV', {}, true)],
	])('is true for %s', (_name, el) => {
		expect(takesText(el)).toBe(true);
	});

	it.each([
		['nothing focused', null],
		['a checkbox', element('INPUT', { type: 'checkbox' })],
		['a radio button', element('INPUT', { type: 'radio' })],
		['a button', element('BUTTON')],
		['a link', element('A')],
	])('is false for %s', (_name, el) => {
		expect(takesText(el)).toBe(false);
	});
});
