// Turns a rendered list into a checklist: every item becomes a labelled checkbox (plain HTML, no script).

/** Rewrites each <li>…</li> of `html` into <li><label><input type="checkbox">…</label></li>. */
export function listToChecklist(html: string, name: string): string {
	let index = 0;
	return html.replace(/<li>([\s\S]*?)<\/li>/g, (_m, inner: string) => {
		index += 1;
		return `<li><label><input type="checkbox" name="${name}" value="${index}" /> <span>${inner.trim()}</span></label></li>`;
	});
}
