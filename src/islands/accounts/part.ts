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
		setText(this.one(selector), message);
	}

	/** Runs `handler` for clicks on a [data-kam-action] button of this part, with the action's name. */
	protected onAction(handler: (action: string, button: HTMLElement) => void) {
		this.addEventListener('click', (event) => {
			const button = (event.target as Element).closest<HTMLElement>('[data-kam-action]');
			if (button && this.contains(button)) handler(button.dataset.kamAction ?? '', button);
		});
	}
}

// Redrawing after every change must not touch what stayed the same: with thousands of accounts, each needless DOM
// change costs the page a new layout.

/** Sets a node's text, unless it has it already. */
export function setText(node: Node, text: string) {
	if (node.textContent !== text) node.textContent = text;
}

/** Makes `nodes` the children of `parent`, unless they are already. */
export function setChildren(parent: Element, nodes: readonly Node[]) {
	const current = parent.childNodes;
	if (nodes.length === current.length && nodes.every((node, i) => node === current[i])) return;
	parent.replaceChildren(...nodes);
}

const itemsShown = new WeakMap<Element, string>();

/** One list item: its text, data attributes, and a link after the text. */
export interface Item {
	text: string;
	data?: Record<string, string>;
	link?: { href: string; text: string };
}

/** Makes a list's items the ones given, unless they are already. */
export function setItems(list: Element, items: readonly Item[]) {
	const signature = JSON.stringify(items);
	if (itemsShown.get(list) === signature) return;
	itemsShown.set(list, signature);
	list.replaceChildren(
		...items.map(({ text, data, link }) => {
			const li = el('li', text);
			Object.assign(li.dataset, data);
			if (link) {
				const a = el('a', link.text);
				a.href = link.href;
				li.append(' ', a);
			}
			return li;
		}),
	);
}

/** A button for one of the part's actions, with a visible label and a name that says what it acts on. */
export function actionButton(action: string, label: string, name: string): HTMLButtonElement {
	const button = el('button', label);
	button.type = 'button';
	button.dataset.kamAction = action;
	button.setAttribute('aria-label', name);
	return button;
}

/** A new element with `text` as its text content. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, text = ''): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (text) node.textContent = text;
	return node;
}

/** What a confirmation asks: a heading, a sentence, an optional line (say, the names concerned) and the confirm button's label. */
export interface Question {
	title: string;
	body: string;
	detail?: string;
	confirm: string;
}

/**
 * Asks in the workspace's modal <dialog> and resolves true when the user confirms. Cancel has the focus first and
 * Escape cancels; focus returns to where it was.
 */
export function ask(from: HTMLElement, question: Question): Promise<boolean> {
	const dialog = from.closest('kam-accounts')?.querySelector<HTMLDialogElement>('[data-kam-dialog]');
	if (!dialog) return Promise.resolve(false);
	const opener = document.activeElement as HTMLElement | null;
	dialog.querySelector('[data-kam-dialog-title]')!.textContent = question.title;
	dialog.querySelector('[data-kam-dialog-body]')!.textContent = question.body;
	const detail = dialog.querySelector<HTMLElement>('[data-kam-dialog-detail]')!;
	detail.textContent = question.detail ?? '';
	detail.hidden = !question.detail;
	dialog.querySelector('[data-kam-dialog-confirm]')!.textContent = question.confirm;
	dialog.returnValue = '';
	dialog.showModal();
	return new Promise((resolve) => {
		dialog.addEventListener(
			'close',
			() => {
				opener?.focus();
				resolve(dialog.returnValue === 'confirm');
			},
			{ once: true },
		);
	});
}

/** Offers `content` as a file download, as if a link to it had been clicked. */
export function download(from: HTMLElement, file: string, content: string, type: string) {
	const url = URL.createObjectURL(new Blob([content], { type }));
	const link = el('a');
	link.href = url;
	link.download = file;
	link.hidden = true;
	from.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * Moves the keyboard focus once the page has drawn the change that led here: focusing at once would make the browser
 * lay out the whole page inside the change (with thousands of accounts, the larger part of its cost).
 */
export function focusSoon(node: HTMLElement | null) {
	requestAnimationFrame(() => setTimeout(() => node?.focus(), 0));
}

/** Moves the keyboard focus to the form's heading, where the next action usually starts. */
export function focusForm() {
	focusSoon(document.getElementById('add-account'));
}
