import { describe, expect, it } from 'vitest';
import { alignSearchButtonName } from './search-button.ts';

const button = (label: string, ctrl: string) =>
	`<site-search><button data-open-modal disabled aria-label="${label}" aria-keyshortcuts="Control+K"><svg></svg><span aria-hidden="true">${label}</span><kbd class="sl-hidden md:sl-flex" style="display: none;"><kbd>${ctrl}</kbd><kbd>K</kbd></kbd></button><dialog aria-label="${label}"><button data-close-modal>Abbrechen</button></dialog></site-search>`;

describe('alignSearchButtonName', () => {
	it.each([
		['Suchen', 'Strg', 'Suchen Strg K'],
		['Search', 'Ctrl', 'Search Ctrl K'],
	])('names the %s button after everything it shows', (label, ctrl, name) => {
		const out = alignSearchButtonName(button(label, ctrl));
		expect(out).toContain(`<button data-open-modal disabled aria-label="${name}" data-kam-label="${label}"`);
		expect(out).toContain(`<dialog aria-label="${label}">`);
		expect(out).toContain(`<span aria-hidden="true">${label}</span> <kbd`);
		expect(out).toContain(`<kbd>${ctrl}</kbd> <kbd>K</kbd>`);
	});

	it('is idempotent and leaves markup without a shortcut hint alone', () => {
		const once = alignSearchButtonName(button('Search', 'Ctrl'));
		expect(alignSearchButtonName(once)).toBe(once);
		const plain = '<button data-open-modal aria-label="Search">Search</button><p><kbd>K</kbd></p>';
		expect(alignSearchButtonName(plain)).toBe(plain);
	});
});
