// kam-accounts: the private accounts workspace. The root element reads the page's configuration and opens the store;
// its parts (form, warnings, matrix, portfolio, lists, import/export, delete) each draw their own piece from it.
import { AccountsAttention } from './attention.ts';
import { AccountsForm } from './form.ts';
import { AccountsDelete, AccountsIo } from './io.ts';
import { AccountsList } from './list.ts';
import { AccountsMatrix } from './matrix.ts';
import { AccountsPortfolio } from './portfolio.ts';
import type { AccountsConfig } from './config.ts';
import type { AccountsRoot } from './part.ts';
import { AccountsStore } from './store.ts';
import { AccountsWarnings } from './warnings.ts';

class KamAccounts extends HTMLElement implements AccountsRoot {
	store?: AccountsStore;

	connectedCallback() {
		let config: AccountsConfig;
		try {
			config = JSON.parse(this.querySelector('[data-kam-config]')?.textContent ?? '');
		} catch {
			return;
		}
		if (!config?.model || this.store) return;
		for (const node of this.querySelectorAll<HTMLElement>('[data-kam-nojs]')) node.hidden = true;
		for (const node of this.querySelectorAll<HTMLElement>('[data-kam-js]')) node.hidden = false;
		const store = new AccountsStore(config);
		store.on('notice', (message) => {
			const notice = this.querySelector<HTMLElement>('[data-kam-storage]');
			if (!notice || notice.textContent === message) return;
			notice.textContent = message;
			notice.hidden = !message;
		});
		store.open();
		this.store = store;
	}
}

// The root first: its store exists before the parts inside it connect.
customElements.define('kam-accounts', KamAccounts);
customElements.define('kam-accounts-attention', AccountsAttention);
customElements.define('kam-accounts-form', AccountsForm);
customElements.define('kam-accounts-warnings', AccountsWarnings);
customElements.define('kam-accounts-matrix', AccountsMatrix);
customElements.define('kam-accounts-portfolio', AccountsPortfolio);
customElements.define('kam-accounts-list', AccountsList);
customElements.define('kam-accounts-io', AccountsIo);
customElements.define('kam-accounts-delete', AccountsDelete);
