import { describe, expect, it } from 'vitest';
import { listToChecklist } from './checklist.ts';

describe('listToChecklist', () => {
	it('gives every list item its own labelled checkbox, links kept', () => {
		const html = '<ul>\n<li>Read the <a href="/en/">overview</a>.</li>\n<li>Meet logistics.</li>\n</ul>';
		expect(listToChecklist(html, 'week1')).toBe(
			'<ul>\n<li><label><input type="checkbox" name="week1" value="1" /> <span>Read the <a href="/en/">overview</a>.</span></label></li>\n' +
				'<li><label><input type="checkbox" name="week1" value="2" /> <span>Meet logistics.</span></label></li>\n</ul>',
		);
	});
	it('leaves markup without list items unchanged', () => {
		expect(listToChecklist('<p>No list</p>', 'x')).toBe('<p>No list</p>');
	});
});
