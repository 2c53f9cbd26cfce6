// Helpers for the self-assessment's browser tests (tests/e2e and tests/sample): the screens the result must stay in view on.
import type { Page } from 'playwright-core';

/** A laptop and a phone screen, in CSS pixels: the result must be in view on both without scrolling. */
export const VIEWPORTS = [
	[1366, 900],
	[390, 844],
] as const;

/** Whether the first element matching `selector` is shown and lies entirely within the viewport. */
export function inViewport(page: Page, selector: string): Promise<boolean> {
	return page
		.locator(selector)
		.first()
		.evaluate((el) => {
			const r = el.getBoundingClientRect();
			return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight && r.left >= 0 && r.right <= window.innerWidth;
		});
}

/** Whether the focused element lies entirely above the bar that sticks to the bottom of the screen. */
export function focusClearOfBar(page: Page): Promise<boolean> {
	return page.evaluate(() => {
		const focused = document.activeElement!.getBoundingClientRect();
		const bar = document.querySelector('.kam-assessment__sticky')!.getBoundingClientRect();
		return focused.bottom <= bar.top || focused.top >= bar.bottom;
	});
}
