// The import and export code of the accounts workspace: reading files (encodings, CSV, JSON backups), writing them,
// and the sentences about them. <kam-accounts-io> loads it when the user first exports or picks a file, so that the
// workspace opens without it.
export { accountsToCsv, accountsToJson, applyImport, importFile } from '#src/domain/accounts/transfer.ts';
export { noteText, rowErrorsText } from './io-text.ts';
