// The search button and dialog on every page. Only this small part loads with the page; Pagefind's interface
// (pagefind-ui.ts) and its index load once the reader shows intent: the pointer over the button, focus on it, a tap,
// Ctrl/⌘ K or "/". Until the interface is there, the dialog holds a plain field that keeps what the reader types.
import { searchShortcut, takesText } from './keys.ts';
// Its stylesheet by address, not imported: Astro would link an imported one from every page. Appended after the
// page's own stylesheets, it cannot change the order of Starlight's cascade layers.
import resultsCss from './results.css?url&no-inline';

class SiteSearch extends HTMLElement {
	#ready: Promise<void> | undefined;

	connectedCallback() {
		const button = this.querySelector<HTMLButtonElement>('button[data-open-modal]')!;
		const dialog = this.querySelector('dialog')!;
		const intent = () => void this.#load();
		for (const type of ['pointerenter', 'pointerdown', 'focus'] as const) button.addEventListener(type, intent, { passive: true });
		button.addEventListener('click', () => this.#open());
		this.querySelector('button[data-close-modal]')?.addEventListener('click', () => dialog.close());
		// A click on the backdrop (outside the frame) or on a result link closes the dialog.
		dialog.addEventListener('click', (event) => {
			const target = event.target as Element;
			if (target === dialog || target.closest('a[href]')) dialog.close();
		});
		dialog.addEventListener('close', () => document.body.toggleAttribute('data-search-modal-open', false));
		window.addEventListener('keydown', (event) => {
			const action = searchShortcut({
				key: event.key,
				ctrlKey: event.ctrlKey,
				metaKey: event.metaKey,
				altKey: event.altKey,
				typing: takesText(document.activeElement),
			});
			if (!action || (action === 'open' && dialog.open)) return;
			event.preventDefault();
			if (action === 'toggle' && dialog.open) dialog.close();
			else this.#open();
		});
		button.disabled = false;
	}

	/** Opens the dialog at once and focuses its field: Pagefind's own once loaded, the waiting field until then. */
	#open() {
		const dialog = this.querySelector('dialog')!;
		if (!dialog.open) dialog.showModal();
		document.body.toggleAttribute('data-search-modal-open', true);
		const cancel = this.querySelector<HTMLElement>('button[data-close-modal]');
		if (cancel?.offsetWidth) dialog.style.setProperty('--kam-search-cancel-width', `${cancel.offsetWidth}px`);
		this.#field()?.focus();
		void this.#load();
	}

	#field(): HTMLInputElement | null {
		return this.querySelector<HTMLInputElement>('#starlight__search .pagefind-ui__search-input, [data-kam-search-waiting]');
	}

	/** Loads and mounts Pagefind's interface once; after a failure (say, offline) the next intent tries again. */
	#load(): Promise<void> {
		if (import.meta.env.DEV) return Promise.resolve();
		this.#ready ??= Promise.all([import('./pagefind-ui.ts'), stylesheet(resultsCss)])
			.then(([{ mountSearch }]) =>
				mountSearch(this.querySelector<HTMLElement>('#starlight__search')!, JSON.parse(this.dataset.translations ?? '{}')),
			)
			.catch((error: unknown) => {
				this.#ready = undefined;
				console.error(error);
			});
		return this.#ready;
	}
}

/** Links the stylesheet at `href` (once) and resolves when it applies, so the interface is never drawn unstyled. */
function stylesheet(href: string): Promise<void> {
	const known = document.querySelector<HTMLLinkElement>(`link[rel="stylesheet"][href="${href}"]`);
	const link = known ?? Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
	if (known?.sheet) return Promise.resolve();
	return new Promise((done, fail) => {
		link.addEventListener('load', () => done(), { once: true });
		link.addEventListener(
			'error',
			() => {
				link.remove();
				fail(new Error(`search styles did not load from ${href}`));
			},
			{ once: true },
		);
		if (!known) document.head.append(link);
	});
}

customElements.define('site-search', SiteSearch);
