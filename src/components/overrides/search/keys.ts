// Which key presses open or close the site search: pure, so it is tested without a browser.

/** The parts of a keydown event and of the focused element that decide whether it is a search shortcut. */
export interface KeyPress {
	key: string;
	ctrlKey: boolean;
	metaKey: boolean;
	altKey: boolean;
	/** The focused element takes typed text (an input, a text area, a select or an editable element). */
	typing: boolean;
}

/**
 * What a key press asks of the search dialog: Ctrl K (⌘ K on Apple devices) toggles it from anywhere, even from a
 * field; "/" opens it unless the reader is typing into a field, where a slash is just a slash. Shift is allowed for
 * "/", which needs it on German keyboards (Shift 7).
 */
export function searchShortcut(press: KeyPress): 'toggle' | 'open' | undefined {
	if ((press.ctrlKey || press.metaKey) && !press.altKey && press.key.toLowerCase() === 'k') return 'toggle';
	if (press.key === '/' && !press.ctrlKey && !press.metaKey && !press.altKey && !press.typing) return 'open';
	return undefined;
}

/** Whether `element` takes typed text, so that "/" belongs to it rather than to the search shortcut. */
export function takesText(element: Element | null): boolean {
	if (!element) return false;
	if ((element as HTMLElement).isContentEditable === true) return true;
	const tag = element.tagName;
	if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
	if (tag !== 'INPUT') return false;
	const type = (element.getAttribute('type') ?? 'text').toLowerCase();
	return !['button', 'checkbox', 'color', 'file', 'hidden', 'image', 'radio', 'range', 'reset', 'submit'].includes(type);
}
