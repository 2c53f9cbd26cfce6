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

/**
 * Where "Suggest a change" leads for one page: for an e-mail address a mailto: link whose subject and body name
 * the page and its address; a URL as it is; undefined when the setting is off or empty.
 */
export function suggestChangeHref(setting: string | false, page: { title: string; url: string; subject: string }): string | undefined {
	const target = typeof setting === 'string' ? setting.trim() : '';
	if (!target) return undefined;
	if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return target;
	const query = new URLSearchParams({ subject: `${page.subject}: ${page.title}`, body: `${page.url}\n\n` });
	return `mailto:${target}?${query.toString().replace(/\+/g, '%20')}`;
}

/**
 * The governance of a page made from several entries: their owner when they all share one, and the oldest review
 * date – the page is only as fresh as its stalest part. Dates are YYYY-MM-DD, as content writes them.
 */
export function sharedGovernance<O>(entries: readonly { owner?: O | undefined; lastReviewed?: string | undefined }[]) {
	const owners = entries.map((e) => e.owner);
	const same = owners.length > 0 && owners.every((o) => JSON.stringify(o) === JSON.stringify(owners[0]));
	const dates = entries.map((e) => e.lastReviewed).filter((d): d is string => d !== undefined);
	return { owner: same ? owners[0] : undefined, lastReviewed: dates.length === entries.length ? dates.sort()[0] : undefined };
}
