// The browser half every questionnaire island shares (browser only: it extends HTMLElement). A subclass reads its
// server-rendered form and scores it; this base reads the island's JSON config, wires the form (every answer updates
// the result at once, "show result" moves the focus to it), runs the buttons marked data-kam-action (copy the link,
// print, start again), follows shared links in the fragment, and speaks in the live region only when the conclusion
// changes. Markup it expects: [data-kam-config], [data-kam-js] and [data-kam-result] (hidden until it runs),
// #result, [data-kam-notice], [data-kam-action-status], [data-kam-live] and [data-kam-link].
import { format, type Vars } from './format.ts';

/** The UI strings this base fills in itself; every island's config carries them. */
export type BaseTextKey = 'copied' | 'copyFailed' | 'cleared';

/** Base class of a questionnaire island: `K` are its UI string keys, `C` the config the page serializes for it. */
export abstract class QuestionnaireElement<K extends string, C extends { text: Record<K | BaseTextKey, string> }> extends HTMLElement {
	protected config!: C;
	protected form!: HTMLFormElement;
	private announced = '';

	/** The prefix of the island's UI strings, for error messages ("kam.programmeCheck."). */
	protected abstract readonly textPrefix: string;
	/** Applies the URL fragment: a shared result, or a notice and an empty form when it cannot be read. */
	protected abstract restore(): void;
	/** Reads the form, shows the result and writes the answers into the URL. */
	protected abstract update(): void;
	/** Empties the form for the next questionnaire (the base clears the notices and updates afterwards). */
	protected abstract clear(): void;

	connectedCallback() {
		const form = this.querySelector('form');
		let config: C;
		try {
			config = JSON.parse(this.querySelector('[data-kam-config]')?.textContent ?? '');
		} catch {
			return;
		}
		if (!form || !config?.text) return;
		this.config = config;
		this.form = form;
		for (const el of this.all('[data-kam-js], [data-kam-result]')) el.hidden = false;
		// Radios and text fields both fire "input" on every change, by mouse, keyboard or touch; the result follows
		// synchronously, within the frame of the answer.
		form.addEventListener('input', () => {
			this.setText('[data-kam-notice]', '');
			this.setText('[data-kam-action-status]', '');
			this.update();
		});
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			this.update();
			this.focusOn('#result');
		});
		this.addEventListener('click', (event) => {
			const action = (event.target as Element).closest<HTMLElement>('[data-kam-action]')?.dataset.kamAction;
			if (action) this.act(action);
		});
		window.addEventListener('hashchange', () => this.restore());
		this.restore();
	}

	/** Runs a button's action; a subclass handles its own and hands the rest to this one. */
	protected act(action: string) {
		if (action === 'copy') void this.copyLink();
		if (action === 'print') window.print();
		if (action === 'reset') {
			this.clear();
			this.setText('[data-kam-action-status]', '');
			this.setText('[data-kam-notice]', '');
			this.update();
			this.announce(this.t('cleared'), true);
		}
	}

	/** A UI string of the island with its placeholders filled. */
	protected t(key: K | BaseTextKey, vars?: Vars) {
		return format(this.config.text[key], vars, `UI string "${this.textPrefix}${key}"`);
	}

	protected all(selector: string, root: ParentNode = this) {
		return root.querySelectorAll<HTMLElement>(selector);
	}

	protected one(selector: string, root: ParentNode = this) {
		return root.querySelector<HTMLElement>(selector);
	}

	/** Sets an element's text, hiding it while the text is empty. */
	protected setText(selector: string, text: string, root: ParentNode = this) {
		const el = this.one(selector, root);
		if (el) {
			el.textContent = text;
			el.hidden = text === '';
		}
	}

	protected focusOn(selector: string) {
		const el = this.one(selector);
		el?.focus();
		el?.scrollIntoView({ block: 'start' });
	}

	/** Speaks `summary` in the live region if it differs from what was said last (or always, with `force`). */
	protected announce(summary: string, force = false) {
		if (summary === this.announced && !force) return;
		this.announced = summary;
		const live = this.one('[data-kam-live]');
		if (live) live.textContent = summary;
	}

	/** Copies the page's address; where the browser refuses, selects the link field for the user to copy. */
	private async copyLink() {
		const link = this.one('[data-kam-link]') as HTMLInputElement | null;
		try {
			await navigator.clipboard.writeText(location.href);
			this.setText('[data-kam-action-status]', this.t('copied'));
		} catch {
			link?.focus();
			link?.select();
			this.setText('[data-kam-action-status]', this.t('copyFailed'));
		}
	}
}
