// <kam-accounts-form>: adds an account, or saves the one being edited, and announces what happened.
import { addEntry, editEntry, inputOf, type AccountInput, type Change } from '#src/domain/accounts/state.ts';
import { newAccountId, type SavedAccount } from '#src/domain/accounts/storage.ts';
import { AccountsPart } from './part.ts';
import { errorsText } from './text.ts';

const FIELDS = ['id', 'name', 'tier', 'scope', 'owner', 'revenue', 'notes'] as const;

export class AccountsForm extends AccountsPart {
	private get form() {
		return this.one<HTMLFormElement>('[data-kam-form]');
	}

	private field<T extends HTMLElement = HTMLInputElement>(name: string): T {
		return this.form.elements.namedItem(name) as unknown as T;
	}

	protected override setUp() {
		this.form.addEventListener('submit', (event) => {
			event.preventDefault();
			this.submit();
		});
		this.onAction((action) => {
			if (action === 'cancel-edit') this.startOver();
		});
		this.store.on('edit', (account) => (account ? this.startEditing(account) : this.startOver()));
		this.store.on('status', (message) => this.say('[data-kam-status]', message));
	}

	private read(): AccountInput & { id: string } {
		const data = new FormData(this.form);
		const value = (name: string) => String(data.get(name) ?? '');
		const id = value('id');
		return {
			id,
			name: value('name'),
			tier: value('tier'),
			scope: value('scope'),
			owner: value('owner'),
			revenue: value('revenue'),
			notes: value('notes'),
			sponsor: data.get('sponsor') === 'on',
			// Editing keeps the stored assessment code; a new account has none.
			answers: this.store.account(id)?.answers ?? '',
		};
	}

	private fill(a: AccountInput & { id: string }) {
		for (const name of FIELDS) this.field(name).value = a[name];
		this.field('sponsor').checked = a.sponsor;
	}

	private showEditing(account: SavedAccount | null) {
		const editing = this.one('[data-kam-editing]');
		editing.hidden = !account;
		editing.textContent = account ? this.store.t('form.editing', { name: account.name }) : '';
		this.one('[data-kam-action="cancel-edit"]').hidden = !account;
		this.say('[data-kam-submit]', this.store.t(account ? 'form.save' : 'form.add'));
	}

	private startEditing(account: SavedAccount) {
		this.fill({ ...inputOf(account), id: account.id });
		this.showEditing(account);
		this.field('name').focus();
	}

	private startOver(keep: Partial<AccountInput> = {}) {
		this.form.reset();
		this.fill({ ...this.read(), id: '', ...keep });
		this.showEditing(null);
		this.field('name').focus();
	}

	private submit() {
		const { store } = this;
		const input = this.read();
		const result: Change = input.id
			? editEntry(store.list, input.id, input, store.catalogue)
			: addEntry(store.list, input, store.catalogue, newAccountId(), new Date().toISOString());
		const name = this.field('name');
		if (!result.ok) {
			this.say('[data-kam-form-error]', errorsText(store, result.errors));
			name.setAttribute('aria-invalid', String(result.errors.includes('name-missing')));
			(result.errors.includes('name-missing') ? name : this.field('scope')).focus();
			return;
		}
		const saved = result.list.find((a) => a.id === input.id) ?? result.list[result.list.length - 1]!;
		this.say('[data-kam-form-error]', '');
		name.removeAttribute('aria-invalid');
		store.commit(result.list);
		store.say(store.t(input.id ? 'saved' : 'added', { name: saved.name }));
		this.startOver({ tier: input.tier, scope: input.scope });
	}
}
