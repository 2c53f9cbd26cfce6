// kam-programme-check: scores the server-rendered form on every answer and shows the result, keeping the answers in
// the URL fragment (nothing leaves the browser). Updates run synchronously in the input handler, so the result follows
// an answer within the same frame.
import { programmeHash, readProgrammeHash } from '#src/domain/programme-check/link.ts';
import {
	emptyProgrammeAnswers,
	isEmptyProgramme,
	scoreProgramme,
	statementIds,
	type ProgrammeAnswers,
	type ProgrammeResult,
} from '#src/domain/programme-check/scoring.ts';
import { drawBars } from '#src/lib/bar-chart.ts';
import { formatDate } from '#src/lib/localize.ts';
import { QuestionnaireElement } from '#src/lib/questionnaire-element.ts';
import { nextAddress } from '#src/lib/share-code.ts';
import type { IslandTextKey, ProgrammeCheckConfig } from './config.ts';

class KamProgrammeCheck extends QuestionnaireElement<IslandTextKey, ProgrammeCheckConfig> {
	protected readonly textPrefix = 'kam.programmeCheck.';

	/** Applies a shared link from the URL; an outdated or malformed one leaves an empty form and a notice. */
	protected override restore() {
		const state = readProgrammeHash(this.config.model, location.hash);
		if (state.status === 'ok') this.write(state.value);
		if (state.status === 'invalid' || state.status === 'outdated') {
			this.write(emptyProgrammeAnswers(this.config.model));
			this.setText('[data-kam-notice]', this.t(state.status === 'invalid' ? 'invalidLink' : 'outdatedLink'));
		}
		this.update();
	}

	private read(): ProgrammeAnswers {
		const checked = (id: string) => this.form.querySelector<HTMLInputElement>(`input[name="s-${id}"]:checked`)?.value;
		return {
			ratings: statementIds(this.config.model).map((id) => (checked(id) ? Number(checked(id)) : null)),
			label: this.form.querySelector<HTMLInputElement>('input[name="label"]')?.value ?? '',
		};
	}

	private write(answers: ProgrammeAnswers) {
		const wanted = new Map(statementIds(this.config.model).map((id, i) => [`s-${id}`, String(answers.ratings[i] ?? '')]));
		for (const input of this.form.querySelectorAll<HTMLInputElement>('input[type="radio"]'))
			input.checked = wanted.get(input.name) === input.value;
		const label = this.form.querySelector<HTMLInputElement>('input[name="label"]');
		if (label) label.value = answers.label;
	}

	/** Scores the form, shows the result and writes the answers into the URL. */
	protected override update() {
		const { model } = this.config;
		const answers = this.read();
		const hash = isEmptyProgramme(answers) ? '' : programmeHash(model, answers);
		const next = nextAddress(location, hash, '#p=');
		if (next !== null) history.replaceState(history.state, '', next);
		(this.one('[data-kam-link]') as HTMLInputElement).value = location.href;
		this.render(answers, scoreProgramme(model, answers));
	}

	private render(answers: ProgrammeAnswers, r: ProgrammeResult) {
		const { names } = this.config;
		const complete = r.status === 'complete';
		// Semicolons: block names may contain commas ("People: profile, pay, career").
		const blockNames = (ids: string[]) => ids.map((id) => names.blocks[id]).join('; ');
		const levelName = (id: string | null) => (id ? names.levels[id]! : '–');
		(this.one('[data-kam-progress]') as HTMLProgressElement).value = r.answered;
		this.setText('[data-kam-progress-text]', this.t('progress', { answered: r.answered, total: r.total }));
		this.setText('[data-kam-remaining]', complete ? '' : this.t('result.remaining', { open: r.total - r.answered, total: r.total }));
		this.setText(
			'[data-kam-overall]',
			r.overall === null ? this.t('result.overallNone') : this.t('result.overall', { level: levelName(r.overallLevel), score: r.overall }),
		);
		this.setText('[data-kam-programme-label]', answers.label ? this.t('result.label', { label: answers.label }) : '');
		for (const el of this.all('[data-kam-level-meaning]')) el.hidden = el.dataset.kamLevelMeaning !== r.overallLevel;
		this.setText('[data-kam-print-date]', this.t('printDate', { date: formatDate(new Date(), this.config.lang) }));
		this.setText('[data-kam-print-link]', this.t('printLink', { link: location.href }));

		const uncertain = r.blocks.filter((b) => b.uncertain).map((b) => b.block);
		this.one('[data-kam-uncertain]')!.hidden = uncertain.length === 0;
		this.setText('[data-kam-uncertain-text]', this.t('uncertain.text', { blocks: blockNames(uncertain), dontKnow: names.dontKnow }));

		const shown = (score: number | null) => (score === null ? '–' : String(score));
		for (const b of r.blocks) {
			this.setText(`[data-kam-score="${b.block}"]`, shown(b.score));
			this.setText(`[data-kam-level="${b.block}"]`, levelName(b.level));
			this.setText(`[data-kam-rated="${b.block}"]`, this.t('table.ratedOf', { rated: b.rated, total: b.total }));
			this.setText(`[data-kam-unknown="${b.block}"]`, String(b.unknown));
		}
		drawBars(
			this.one('[data-kam-chart]')!,
			r.blocks.map((b) => ({ id: b.block, value: b.score, text: shown(b.score) })),
			this.t('chart.label', {
				list: r.blocks.map((b) => `${names.blocks[b.block]} ${b.score ?? this.t('chart.notRated')}`).join('; '),
			}),
		);

		// The weakest blocks in their order, each with its gaps lowest rating first.
		this.one('[data-kam-when-complete]')!.hidden = r.weakest.length === 0;
		const list = this.one('[data-kam-weakest]')!;
		for (const item of this.all('[data-kam-weak]', list)) item.hidden = !r.weakest.includes(item.dataset.kamWeak!);
		for (const id of r.weakest) {
			const item = this.one(`[data-kam-weak="${id}"]`, list)!;
			const block = r.blocks.find((b) => b.block === id)!;
			list.append(item);
			this.setText('[data-kam-weak-score]', this.t('weakest.score', { score: shown(block.score), level: levelName(block.level) }), item);
			const gaps = this.one('[data-kam-gaps]', item)!;
			for (const gap of this.all('[data-kam-gap]', gaps)) gap.hidden = !block.gaps.includes(gap.dataset.kamGap!);
			for (const gap of block.gaps) gaps.append(this.one(`[data-kam-gap="${gap}"]`, gaps)!);
			this.one('[data-kam-no-gaps]', item)!.hidden = block.gaps.length > 0;
		}

		// The live region speaks only when the conclusion changes (see announce), not on every answer.
		let summary = '';
		if (complete && r.overall !== null)
			summary = this.t('summary.complete', { level: levelName(r.overallLevel), score: r.overall, blocks: blockNames(r.weakest) });
		if (complete && r.overall === null) summary = this.t('summary.unscored', { dontKnow: names.dontKnow });
		this.announce(summary);
	}

	protected override clear() {
		this.form.reset();
		this.focusOn('#kam-pc-label');
	}
}

customElements.define('kam-programme-check', KamProgrammeCheck);
