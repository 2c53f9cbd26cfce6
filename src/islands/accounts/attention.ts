// <kam-accounts-attention>: what in this browser's storage could not be used as it is – stored text that could not be
// read at all (kept aside: download or delete it), accounts read in a repaired form, and held entries (edit one to
// make it an account again, download or remove them). Hidden while there is nothing to say.
import { ACCOUNTS_KEY } from '#src/domain/accounts/storage.ts';
import type { KeptText } from '#src/domain/accounts/sync.ts';
import { AccountsPart, actionButton, ask, download, el } from './part.ts';
import { problemsText } from './text.ts';

/** Characters of a held entry's stored text shown in the list. */
const RAW_SHOWN = 300;

export class AccountsAttention extends AccountsPart {
	protected override setUp() {
		const { store } = this;
		store.on('kept', () => this.render());
		this.onAction((action, button) => void this.act(action, button));
	}

	private async act(action: string, button: HTMLElement) {
		const { store } = this;
		const item = button.closest<HTMLElement>('[data-key]')?.dataset.key ?? '';
		const kept = store.kept.find((k) => k.key === item);
		if (action === 'download-kept' && kept)
			download(this, `key-accounts-unreadable-${kept.foundAt.replace(/\W+/g, '-') || 'now'}.txt`, kept.text, 'text/plain;charset=utf-8');
		if (action === 'delete-kept' && kept) {
			const confirmed = await ask(this, {
				title: store.t('attention.deleteKeptTitle'),
				body: store.t('attention.deleteKeptBody', { what: this.describe(kept) }),
				confirm: store.t('attention.delete'),
			});
			if (!confirmed) return;
			store.deleteKept(kept.key);
			this.say('[data-kam-attention-status]', store.t('attention.deleted'));
		}
		if (action === 'download-held')
			download(
				this,
				'key-accounts-need-attention.json',
				JSON.stringify(
					store.state.held.map((h) => h.raw),
					null,
					2,
				),
				'application/json',
			);
		if (action === 'edit-held') store.edit({ heldKey: item });
		if (action === 'remove-held') {
			const held = store.state.held.find((h) => h.key === item);
			if (!held) return;
			const confirmed = await ask(this, {
				title: store.t('attention.removeHeldTitle'),
				body: store.t('attention.removeHeldBody', { name: held.name || '–' }),
				confirm: store.t('attention.remove'),
			});
			if (!confirmed) return;
			store.update((current) => ({ state: { ...current, held: current.held.filter((h) => h.key !== item) }, result: undefined }));
			this.say('[data-kam-attention-status]', store.t('attention.removed'));
		}
	}

	/** A kept text in words: when it was found and how long it is (or that it is the unreadable list itself). */
	private describe(kept: KeptText): string {
		const { store } = this;
		const time = Date.parse(kept.foundAt);
		if (kept.key === ACCOUNTS_KEY || Number.isNaN(time)) return store.t('attention.keptHere', { size: kept.text.length });
		const date = new Intl.DateTimeFormat(store.config.lang, { dateStyle: 'medium', timeStyle: 'short' }).format(time);
		return store.t('attention.keptItem', { date, size: kept.text.length });
	}

	/** What was drawn last: redrawn only when kept texts, held entries or the repaired count change. */
	private drawn = '';

	protected override render() {
		const { store } = this;
		const { held, repaired } = store.state;
		const kept = store.kept;
		const signature = JSON.stringify([kept.map((k) => [k.key, k.text.length]), held.map((h) => h.key), repaired]);
		if (signature === this.drawn) return;
		this.drawn = signature;
		this.one('[data-kam-kept-block]').hidden = kept.length === 0;
		this.one('[data-kam-kept]').replaceChildren(
			...kept.map((k) => {
				const what = this.describe(k);
				const li = el('li', `${what} `);
				li.dataset.key = k.key;
				li.append(
					actionButton('download-kept', store.t('attention.download'), store.t('attention.downloadLabel', { what })),
					' ',
					actionButton('delete-kept', store.t('attention.delete'), store.t('attention.deleteLabel', { what })),
				);
				return li;
			}),
		);
		const repairedNote = this.one('[data-kam-repaired]');
		repairedNote.hidden = repaired === 0;
		repairedNote.textContent = repaired ? store.t('attention.repaired', { count: repaired }) : '';
		this.one('[data-kam-held-block]').hidden = held.length === 0;
		this.one('[data-kam-held]').replaceChildren(
			...held.map((h, i) => {
				const name = h.name || store.t('attention.entry', { number: i + 1 });
				const li = el('li', `${name}: ${problemsText(store, h.problems)} `);
				li.dataset.key = h.key;
				const raw = JSON.stringify(h.raw) ?? '';
				const code = el('code', raw.length > RAW_SHOWN ? `${raw.slice(0, RAW_SHOWN)}…` : raw);
				li.append(
					actionButton('edit-held', store.t('attention.edit'), store.t('attention.editLabel', { name })),
					' ',
					actionButton('remove-held', store.t('attention.remove'), store.t('attention.removeLabel', { name })),
					el('br'),
					code,
				);
				return li;
			}),
		);
		this.one('[data-kam-attention]').hidden = kept.length === 0 && held.length === 0 && repaired === 0;
	}
}
