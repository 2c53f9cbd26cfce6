// Pagefind's search interface, loaded by search.client.ts (with results.css) when the reader shows intent to search.
import { PagefindUI } from '@pagefind/default-ui';
import { pagefindUserConfig } from 'virtual:starlight/pagefind-config';

/**
 * Renders Pagefind's interface into `container` in place of the waiting field, carrying over what the reader has
 * typed there, the caret and the focus. Pagefind itself (its code and the index) loads when its field gets focus.
 */
export async function mountSearch(container: HTMLElement, translations: Record<string, string>): Promise<void> {
	const waiting = container.querySelector<HTMLInputElement>('[data-kam-search-waiting]');
	const typed = waiting?.value ?? '';
	const focused = waiting !== null && document.activeElement === waiting;
	const caret = [waiting?.selectionStart ?? typed.length, waiting?.selectionEnd ?? typed.length] as const;
	waiting?.remove();
	const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
	const ui = new PagefindUI({
		...pagefindUserConfig,
		element: container,
		baseUrl: base,
		bundlePath: `${base}pagefind/`,
		showImages: false,
		showSubResults: true,
		translations,
	});
	const field = container.querySelector<HTMLInputElement>('.pagefind-ui__search-input');
	if (!field) return;
	if (typed) {
		ui.triggerSearch(typed);
		// The interface fills its field on its next update.
		await Promise.resolve();
		if (field.value !== typed) field.value = typed;
	}
	if (focused) {
		field.focus();
		field.setSelectionRange(...caret);
	}
}
