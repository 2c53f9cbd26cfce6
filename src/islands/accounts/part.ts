// What every part of the accounts island shares: the store of the <kam-accounts> element around it, and small DOM helpers.
// User and imported text is only ever set with textContent, never parsed as HTML.
import type { AccountsStore } from './store.ts';

/** The <kam-accounts> element: it creates the store that its parts read. */
export interface AccountsRoot extends HTMLElement {
	store?: AccountsStore;
}

/** A custom element inside <kam-accounts>; `setUp` runs once the store exists, then `render` on every change. */
export abstract class AccountsPart extends HTMLElement {
	protected store!: AccountsStore;

	connectedCallback() {
		const store = this.closest<AccountsRoot>('kam-accounts')?.store;
		if (!store || this.store) return;
		this.store = store;
		this.setUp();
		store.on('change', () => this.render());
		this.render();
	}

	protected setUp() {}
	protected render() {}

	protected one<T extends HTMLElement = HTMLElement>(selector: string): T {
		const node = this.querySelector<T>(selector);
		if (!node) throw new Error(`kam-accounts: ${selector} is missing`);
		return node;
	}

	/** Sets the text of the element `selector` finds in this part. */
	protected say(selector: string, message: string) {
		this.one(selector).textContent = message;
	}

	/** Runs `handler` for clicks on a [data-kam-action] button of this part, with the action's name. */
	protected onAction(handler: (action: string, button: HTMLElement) => void) {
		this.addEventListener('click', (event) => {
			const button = (event.target as Element).closest<HTMLElement>('[data-kam-action]');
			if (button && this.contains(button)) handler(button.dataset.kamAction ?? '', button);
		});
	}
}

/** A new element with `text` as its text content. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, text = ''): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (text) node.textContent = text;
	return node;
}

/** Moves the keyboard focus to the form's heading, where the next action usually starts. */
export function focusForm() {
	document.getElementById('add-account')?.focus();
}
