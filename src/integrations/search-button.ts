// Fixes the accessible name of Starlight's search button so it contains the button's visible text.

const BUTTON = /<button\b([^>]*\bdata-open-modal\b[^>]*)>((?:(?!<\/button>)[\s\S])*)<\/button>/;

/**
 * Starlight's search button shows "Search" and the shortcut hint ("Ctrl K") but is named only
 * "Search" (axe: label-content-name-mismatch, WCAG 2.5.3 Label in Name). This appends the hint's
 * keys to the aria-label, so speech-input users can say what they see and screen readers announce
 * the shortcut. It also puts a space between the label and each key, so the visible text reads
 * "Search Ctrl K" rather than "SearchCtrlK" to tools that join text nodes (the flex layout ignores it).
 */
export function alignSearchButtonName(html: string): string {
	return html.replace(BUTTON, (button, attrs: string, inner: string) => {
		const hint = inner.match(/<kbd\b[^>]*>((?:(?!<\/button>)[\s\S])*)<\/kbd>/)?.[1] ?? '';
		const keys = [...hint.matchAll(/<kbd\b[^>]*>([^<]*)<\/kbd>/g)].map((m) => m[1]!.trim()).filter(Boolean);
		const label = attrs.match(/\baria-label="([^"]*)"/)?.[1];
		if (!label || keys.length === 0) return button;
		const spaced = inner.replace(/(<\/(?:span|kbd)>)(<kbd\b)/g, '$1 $2');
		const suffix = ` ${keys.join(' ')}`;
		if (label.endsWith(suffix)) return button;
		// data-kam-label keeps the bare label for SEARCH_NAME_SCRIPT, which follows the key Starlight shows on Apple devices.
		return `<button${attrs.replace(`aria-label="${label}"`, `aria-label="${label}${suffix}" data-kam-label="${label}"`)}>${spaced}</button>`;
	});
}

/**
 * Starlight's inline script shows "⌘" instead of "Ctrl" on Apple devices. This one, placed after it,
 * names the button again after the keys now visible ("Search ⌘ K"). Inline, so that the name is right
 * before anyone can reach the button; the CSP hashes it like Starlight's own inline scripts.
 */
export const SEARCH_NAME_SCRIPT = `(() => {
	const button = document.querySelector('button[data-open-modal][data-kam-label]');
	const keys = button ? [...button.querySelectorAll('kbd kbd')].map((k) => k.textContent.trim()).filter(Boolean) : [];
	if (button && keys.length) button.setAttribute('aria-label', [button.dataset.kamLabel, ...keys].join(' '));
})();`;
