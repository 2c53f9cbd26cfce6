// Who owns a page and when it was last reviewed: the line handbooks need so readers can trust a page.

/** What a page's front matter may say about its governance. */
export interface Governance {
	owner?: string;
	lastReviewed?: Date;
}

/** The governance line's parts, or undefined when the page says nothing; `overdue` after `intervalMonths`. */
export function governanceInfo(g: Governance, today: Date, intervalMonths: number) {
	if (!g.owner && !g.lastReviewed) return undefined;
	let overdue = false;
	if (g.lastReviewed) {
		const due = new Date(g.lastReviewed);
		due.setUTCMonth(due.getUTCMonth() + intervalMonths);
		overdue = due.getTime() < today.getTime();
	}
	return { owner: g.owner, lastReviewed: g.lastReviewed, overdue };
}
