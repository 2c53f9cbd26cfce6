// kam-assessment: scores the server-rendered form on every answer and shows the result, keeping the answers in the URL.
// Updates run synchronously in the input handler (no timers), so the result follows an answer within the same frame.
import { answersHash, cleanName, decodeHash, encodeAnswers, LINK_PREFIX } from '#src/domain/assessment/link.ts';
import { emptyAnswers, isEmpty, scoreAssessment, type Answers, type AssessmentResult } from '#src/domain/assessment/scoring.ts';
import { MAX_ACCOUNTS } from '#src/domain/accounts/storage.ts';
import { saveAssessedAccount } from '#src/domain/accounts/sync.ts';
import { format, type Vars } from '#src/lib/format.ts';
import type { AssessmentConfig, IslandTextKey } from './config.ts';

class KamAssessment extends HTMLElement {
	private config!: AssessmentConfig;
	private form!: HTMLFormElement;
	private summary = '';

	connectedCallback() {
		const form = this.querySelector('form');
		let config: AssessmentConfig;
		try {
			config = JSON.parse(this.querySelector('[data-kam-config]')?.textContent ?? '');
		} catch {
			return;
		}
		if (!form || !config?.model) return;
		this.config = config;
		this.form = form;
		for (const el of this.all('[data-kam-nojs]')) el.hidden = true;
		for (const el of this.all('[data-kam-js], [data-kam-result]')) el.hidden = false;
		// Radios and text fields both fire "input" on every change, by mouse, keyboard or touch.
		form.addEventListener('input', () => this.answered());
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			this.update();
			this.focusOn('#result');
		});
		this.addEventListener('click', (event) => {
			const action = (event.target as Element).closest<HTMLElement>('[data-kam-action]')?.dataset.kamAction;
			if (action === 'copy') void this.copy();
			if (action === 'print') window.print();
			if (action === 'save') this.save();
			if (action === 'reset') this.reset();
		});
		window.addEventListener('hashchange', () => this.restore());
		this.restore();
	}

	/** A UI string of the page with its placeholders filled. */
	private t(key: IslandTextKey, vars?: Vars) {
		return format(this.config.text[key], vars, `UI string "kam.assessment.${key}"`);
	}

	private all(selector: string) {
		return this.querySelectorAll<HTMLElement>(selector);
	}

	private one(selector: string) {
		return this.querySelector<HTMLElement>(selector);
	}

	private setText(selector: string, text: string) {
		const el = this.one(selector);
		if (el) {
			el.textContent = text;
			el.hidden = text === '';
		}
	}

	private focusOn(selector: string) {
		const el = this.one(selector);
		el?.focus();
		el?.scrollIntoView({ block: 'start' });
	}

	/** Applies a shared link from the URL, or shows a notice and an empty form if it is malformed. */
	private restore() {
		const state = decodeHash(this.config.model, location.hash);
		if (state.status === 'ok') this.write(state.answers);
		if (state.status === 'invalid') {
			this.write(emptyAnswers(this.config.model));
			this.setText('[data-kam-notice]', this.t('invalidLink'));
		}
		this.update();
	}

	private answered() {
		this.setText('[data-kam-notice]', '');
		this.setText('[data-kam-action-status]', '');
		this.update();
	}

	private read(): Answers {
		const { model } = this.config;
		const value = (name: string) => this.form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value ?? '';
		const number = (name: string) => (value(name) ? Number(value(name)) : null);
		return {
			gates: model.gates.map((id) => (value(`g-${id}`) ? value(`g-${id}`) === 'y' : null)),
			ratings: model.statements.map((s) => number(`s-${s.id}`)),
			scope: value('scope') || null,
			revenue: number('revenue'),
			name: this.form.querySelector<HTMLInputElement>('input[name="name"]')?.value ?? '',
		};
	}

	private write(a: Answers) {
		const { model } = this.config;
		const wanted: Record<string, string> = { scope: a.scope ?? '', revenue: a.revenue ? String(a.revenue) : '' };
		model.gates.forEach((id, i) => (wanted[`g-${id}`] = a.gates[i] === null ? '' : a.gates[i] ? 'y' : 'n'));
		model.statements.forEach((s, i) => (wanted[`s-${s.id}`] = String(a.ratings[i] ?? '')));
		for (const input of this.form.querySelectorAll<HTMLInputElement>('input[type="radio"]'))
			input.checked = wanted[input.name] === input.value;
		const name = this.form.querySelector<HTMLInputElement>('input[name="name"]');
		if (name) name.value = a.name;
	}

	/** Scores the form, shows the result and writes the answers into the URL. */
	private update() {
		const answers = this.read();
		this.render(answers, scoreAssessment(this.config.model, answers));
		const hash = isEmpty(answers) ? '' : answersHash(this.config.model, answers);
		// An empty form leaves ordinary anchors such as #statements alone; it only removes a shared link.
		if (hash ? location.hash !== hash : location.hash.startsWith(LINK_PREFIX))
			history.replaceState(history.state, '', hash || location.pathname + location.search);
		const link = this.one('[data-kam-link]') as HTMLInputElement | null;
		if (link) link.value = location.href;
	}

	private render(a: Answers, r: AssessmentResult) {
		const { names, model } = this.config;
		const progress = this.one('[data-kam-progress]') as HTMLProgressElement | null;
		if (progress) progress.value = r.answered;
		this.setText('[data-kam-progress-text]', this.t('progress', { answered: r.answered, total: r.required }));
		this.setText('[data-kam-remaining]', this.t('result.remaining', { open: r.required - r.answered, total: r.required }));
		for (const el of this.all('[data-kam-when]')) el.hidden = !el.dataset.kamWhen!.split(' ').includes(r.status);
		for (const el of this.all('[data-kam-tier]')) el.hidden = el.dataset.kamTier !== r.tier;
		for (const el of this.all('[data-kam-cell]')) el.hidden = el.dataset.kamCell !== `${r.scope} ${r.tier}`;
		for (const el of this.all('[data-kam-gate]')) el.hidden = !r.failedGates.includes(el.dataset.kamGate!);

		const tier = r.tier ? names.tiers[r.tier]! : '';
		const scope = r.scope ? names.scopes[r.scope]! : '';
		this.setText('[data-kam-verdict]', r.tier ? `${tier} · ${scope}` : this.t('result.notKey.heading'));
		this.setText('[data-kam-account]', a.name ? this.t('result.account', { name: a.name }) : '');
		this.setText('[data-kam-revenue]', a.revenue ? this.t('result.revenue', { band: names.revenue[a.revenue - 1] ?? '' }) : '');

		const cluster = (id: string | null) => (id ? (names.clusters[id] ?? '') : '');
		const thresholds = model.thresholds;
		this.one('[data-kam-flag="borderline"]')!.hidden = !r.borderline;
		this.one('[data-kam-flag="conflict"]')!.hidden = !r.conflict;
		this.one('[data-kam-flag="discuss"]')!.hidden = !r.borderline && !r.conflict;
		this.setText(
			'[data-kam-close]',
			r.margin !== null && r.margin < thresholds.borderlineMargin
				? this.t('result.close', { runnerUp: cluster(r.runnerUp), margin: r.margin, leading: cluster(r.leading) })
				: '',
		);
		this.setText('[data-kam-weak]', r.weakProfile ? this.t('result.weak', { minimum: thresholds.minimumScore }) : '');
		this.setText(
			'[data-kam-conflict]',
			r.conflict
				? this.t('result.conflict', { first: cluster(r.conflict[0]), second: cluster(r.conflict[1]), threshold: thresholds.conflictScore })
				: '',
		);

		const items = (list: AssessmentResult['reasons'], template: 'result.reason' | 'result.counterReason') =>
			list.map((reason) => {
				const li = document.createElement('li');
				const clusterTier = model.clusters.find((c) => c.id === reason.cluster)?.tier ?? '';
				li.textContent = this.t(template, {
					statement: names.statements[reason.statement] ?? '',
					rating: names.scale[reason.rating - 1] ?? '',
					tier: names.tiers[clusterTier] ?? '',
				});
				return li;
			});
		this.one('[data-kam-reasons]')!.replaceChildren(...items(r.reasons, 'result.reason'));
		this.one('[data-kam-why-none]')!.hidden = r.reasons.length > 0;
		this.one('[data-kam-counter-list]')!.replaceChildren(...items(r.counterSignals, 'result.counterReason'));
		this.one('[data-kam-counter]')!.hidden = r.counterSignals.length === 0;

		const chart = this.one('[data-kam-chart]');
		const barWidth = Number(chart?.dataset.kamBarWidth) || 0;
		const list: string[] = [];
		for (const s of r.scores) {
			const shown = s.score === null ? '–' : String(s.score);
			this.one(`[data-kam-bar="${s.cluster}"]`)?.setAttribute('width', String(((s.score ?? 0) * barWidth) / 100));
			this.setText(`[data-kam-bar-label="${s.cluster}"]`, shown);
			this.setText(`[data-kam-score="${s.cluster}"]`, shown);
			this.setText(`[data-kam-rated="${s.cluster}"]`, this.t('scores.ratedOf', { rated: s.rated, total: s.total }));
			list.push(`${cluster(s.cluster)} ${s.score ?? this.t('scores.notRated')}`);
		}
		chart?.setAttribute('aria-label', this.t('scores.chart', { list: list.join('; ') }));

		// The live region speaks only when the conclusion changes, not on every answer.
		let summary = '';
		if (r.status === 'tier') summary = this.t('summary.tier', { tier, scope });
		if (r.status === 'not-key-account') summary = this.t('summary.none');
		if (r.borderline) summary += ` ${this.t('summary.borderline')}`;
		if (r.conflict) summary += ` ${this.t('summary.conflict')}`;
		if (r.borderline || r.conflict) summary += ` ${this.t('summary.discuss')}`;
		if (summary !== this.summary) {
			this.summary = summary;
			this.one('[data-kam-live]')!.textContent = summary;
		}
	}

	private async copy() {
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

	private save() {
		const { model } = this.config;
		const answers = this.read();
		const result = scoreAssessment(model, answers);
		if (result.status === 'incomplete') return;
		let message: string;
		try {
			// Re-reads and merges what is stored; unreadable stored text is kept aside, never overwritten.
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

	private reset() {
		this.form.reset();
		this.setText('[data-kam-action-status]', '');
		this.setText('[data-kam-notice]', '');
		this.update();
		this.focusOn('#gate-questions');
		this.one('[data-kam-live]')!.textContent = this.t('cleared');
		this.summary = this.t('cleared');
	}
}

customElements.define('kam-assessment', KamAssessment);
