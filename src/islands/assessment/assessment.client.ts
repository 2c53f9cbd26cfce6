// kam-assessment: decides the server-rendered form on every answer and shows the result, keeping the answers in the URL.
// The questionnaire base (src/lib/questionnaire-element.ts) wires the form, the buttons, the fragment and the live
// region; updates run synchronously in the input handler (no timers), so the result follows an answer within the same frame.
import { answersHash, cleanName, decodeHash, encodeAnswers, LINK_PREFIX } from '#src/domain/assessment/link.ts';
import { emptyAnswers, INVESTMENT, isEmpty, scoreAssessment, type Answers, type AssessmentResult } from '#src/domain/assessment/scoring.ts';
import { MAX_ACCOUNTS } from '#src/domain/accounts/storage.ts';
import { saveAssessedAccount } from '#src/domain/accounts/sync.ts';
import { drawBars } from '#src/lib/bar-chart.ts';
import { QuestionnaireElement } from '#src/lib/questionnaire-element.ts';
import { nextAddress } from '#src/lib/share-code.ts';
import type { AssessmentConfig, IslandTextKey } from './config.ts';
import { resultText } from './result-text.ts';

class KamAssessment extends QuestionnaireElement<IslandTextKey, AssessmentConfig> {
	protected readonly textPrefix = 'kam.assessment.';

	override connectedCallback() {
		super.connectedCallback();
		this.addEventListener('click', (event) => {
			const open = (event.target as Element).closest<HTMLAnchorElement>('[data-kam-goto]');
			if (!open) return;
			// An open question: focus its first answer rather than only scrolling to it, and keep the answers in the URL.
			event.preventDefault();
			const input = this.querySelector<HTMLInputElement>(`${open.hash} input`);
			input?.focus();
			input?.scrollIntoView({ block: 'center' });
		});
	}

	/**
	 * Follows the address: a shared link fills the form and opens on the result; an unreadable one empties the
	 * form, says so and stays in the address bar, so the reader can see what was wrong.
	 */
	protected override restore() {
		const state = decodeHash(this.config.model, location.hash);
		this.setText('[data-kam-notice]', state.status === 'invalid' ? this.t('invalidLink') : '');
		if (state.status === 'invalid') {
			this.write(emptyAnswers(this.config.model));
			this.update(true);
			return;
		}
		if (state.status === 'ok') this.write(state.answers);
		this.update();
		if (state.status === 'ok') this.focusOn('#result');
	}

	private read(): Answers {
		const { model } = this.config;
		const value = (name: string) => this.form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value ?? '';
		const number = (name: string) => (value(name) ? Number(value(name)) : null);
		const gate = (v: string) => (v === 'i' ? INVESTMENT : v ? v === 'y' : null);
		return {
			gates: model.gates.map((g) => gate(value(`g-${g.id}`))),
			ratings: model.statements.map((s) => number(`s-${s.id}`)),
			scope: value('scope') || null,
			revenue: number('revenue'),
			name: this.form.querySelector<HTMLInputElement>('input[name="name"]')?.value ?? '',
		};
	}

	private write(a: Answers) {
		const { model } = this.config;
		const wanted: Record<string, string> = { scope: a.scope ?? '', revenue: String(a.revenue ?? '') };
		const gate = (g: Answers['gates'][number]) => (g === INVESTMENT ? 'i' : g === null ? '' : g ? 'y' : 'n');
		model.gates.forEach((g, i) => (wanted[`g-${g.id}`] = gate(a.gates[i] ?? null)));
		model.statements.forEach((s, i) => (wanted[`s-${s.id}`] = String(a.ratings[i] ?? '')));
		for (const input of this.form.querySelectorAll<HTMLInputElement>('input[type="radio"]'))
			input.checked = wanted[input.name] === input.value;
		const name = this.form.querySelector<HTMLInputElement>('input[name="name"]');
		if (name) name.value = a.name;
	}

	/** Decides the form, shows the result and writes the answers into the URL (unless an unreadable link is on show). */
	protected override update(keepUrl = false) {
		const answers = this.read();
		this.render(answers, scoreAssessment(this.config.model, answers));
		const next = nextAddress(location, isEmpty(answers) ? '' : answersHash(this.config.model, answers), LINK_PREFIX);
		if (!keepUrl && next !== null) history.replaceState(history.state, '', next);
		const link = this.one('[data-kam-link]') as HTMLInputElement | null;
		if (link) link.value = location.href;
	}

	private setList(selector: string, items: string[]) {
		const list = this.one(selector);
		list?.replaceChildren(
			...items.map((text) => {
				const li = document.createElement('li');
				li.textContent = text;
				return li;
			}),
		);
		const wrap = list?.closest<HTMLElement>('[data-kam-list]');
		if (wrap) wrap.hidden = items.length === 0;
	}

	private render(a: Answers, r: AssessmentResult) {
		const words = resultText(this.config, a, r);
		const progress = this.one('[data-kam-progress]') as HTMLProgressElement | null;
		if (progress) progress.value = r.answered;
		this.setText('[data-kam-progress-text]', this.t('progress', { answered: r.answered, total: r.required }));
		this.setText('[data-kam-remaining]', this.t('result.remaining', { open: r.required - r.answered, total: r.required }));
		const open = new Set(this.openQuestions(a));
		for (const el of this.all('[data-kam-open]')) el.hidden = !open.has(el.dataset.kamOpen!);
		for (const el of this.all('[data-kam-when]')) el.hidden = !el.dataset.kamWhen!.split(' ').includes(r.status);
		for (const el of this.all('[data-kam-tier]')) el.hidden = el.dataset.kamTier !== r.tier;
		for (const el of this.all('[data-kam-cell]')) el.hidden = el.dataset.kamCell !== `${r.scope} ${r.tier}`;
		for (const el of this.all('[data-kam-pricing]')) el.hidden = r.indirect;
		for (const el of this.all('[data-kam-indirect]')) el.hidden = !r.indirect;
		const notPassed = r.status === 'not-key-account' ? [...r.failedGates, ...r.investmentGates] : [];
		for (const el of this.all('[data-kam-gate]')) el.hidden = !notPassed.includes(el.dataset.kamGate!);
		const investing = r.flags.includes('investment');
		for (const el of this.all('[data-kam-investment]')) el.hidden = !investing || !r.investmentGates.includes(el.dataset.kamInvestment!);
		for (const el of this.all('[data-kam-conflict]')) el.hidden = !r.conflicts.includes(el.dataset.kamConflict!);
		const show = (flag: string, on: boolean) => (this.one(`[data-kam-flag="${flag}"]`)!.hidden = !on);
		show('investment', investing);
		show('borderline', r.borderline && r.status === 'tier');
		show('conflict', r.conflicts.length > 0);
		show('discuss', r.borderline || r.conflicts.length > 0);
		show('scores', r.rule === 'score' || r.rule === 'tie');

		this.setText('[data-kam-verdict]', words.verdict);
		this.setText('[data-kam-sticky-verdict]', words.verdict);
		this.setText('[data-kam-sticky-flags]', words.flags.join(' · '));
		this.setText('[data-kam-rule]', words.rule);
		this.setText('[data-kam-account]', words.account);
		this.setText('[data-kam-revenue]', words.revenue);
		this.setText('[data-kam-why-none]', words.whyNone);
		this.setText('[data-kam-partial]', words.partialSignal);
		this.setText('[data-kam-close]', words.close);
		this.setText('[data-kam-weak]', words.weak);
		this.setList('[data-kam-reasons]', words.reasons);
		this.setList('[data-kam-counter-list]', words.counter);
		this.setList('[data-kam-unknown-list]', words.unknown);

		const shown = (score: number | null) => (score === null ? '–' : String(score));
		for (const s of r.scores) {
			this.setText(`[data-kam-score="${s.cluster}"]`, shown(s.score));
			this.setText(`[data-kam-rated="${s.cluster}"]`, this.t('scores.ratedOf', { rated: s.rated, total: s.total }));
		}
		const chart = this.one('[data-kam-chart]');
		if (chart)
			drawBars(
				chart,
				r.scores.map((s) => ({ id: s.cluster, value: s.score, text: shown(s.score) })),
				this.t('scores.chart', {
					list: r.scores.map((s) => `${this.config.names.clusters[s.cluster] ?? ''} ${s.score ?? this.t('scores.notRated')}`).join('; '),
				}),
			);

		// The live region speaks only when the conclusion changes (see announce), not on every answer.
		this.announce(words.summary);
	}

	/** The input names of the questions not answered yet. */
	private openQuestions(a: Answers): string[] {
		const { model } = this.config;
		return [
			...model.gates.filter((_, i) => a.gates[i] === null).map((g) => `g-${g.id}`),
			...model.statements.filter((_, i) => a.ratings[i] === null).map((s) => `s-${s.id}`),
			...(a.scope === null && model.scopes.length ? ['scope'] : []),
		];
	}

	protected override act(action: string) {
		if (action === 'save') this.save();
		else super.act(action);
	}

	private save() {
		const { model } = this.config;
		const answers = this.read();
		const result = scoreAssessment(model, answers);
		if (result.status !== 'tier' && result.status !== 'not-key-account') return;
		let message: string;
		try {
			// Re-reads and merges what is stored; unreadable stored text is kept aside, never overwritten. The code carries
			// every answer, so the flags and the revenue band can be read back from it (summariseCode).
			const { outcome, count } = saveAssessedAccount(localStorage, {
				name: cleanName(answers.name),
				tier: result.tier,
				scope: result.scope,
				answers: encodeAnswers(model, answers),
				assessedAt: new Date().toISOString(),
			});
			message = this.t(outcome === 'added' ? 'saved' : outcome, { count, max: MAX_ACCOUNTS });
		} catch {
			message = this.t('storageError');
		}
		this.setText('[data-kam-action-status]', message);
		const link = this.one('[data-kam-workspace-link]');
		if (link) link.hidden = false;
	}

	protected override clear() {
		this.form.reset();
		this.focusOn('#gate-questions');
	}
}

customElements.define('kam-assessment', KamAssessment);
