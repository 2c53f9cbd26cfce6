// Share link of the programme self-check: the answers in the URL fragment, never on a server.
//
// Format: #p=v1.<check>.<ratings>.<label>
//   check    fingerprint of the statement ids in order and the scale size: a link made before statements were added,
//            removed or reordered is refused as outdated instead of being read into the wrong statements
//   ratings  one character per statement, blocks in order: 1 … scale size, 0 for "don't know", - for not answered
//   label    whose programme was judged (e.g. a business unit), URI-encoded, at most 80 characters; may be empty
// Example: #p=v1.k2x9q1.4321032104443321-----------------.Sales%20Europe
import { cleanText } from '#src/domain/assessment/link.ts';
import { decodeRatings, encodeRatings } from '#src/lib/rating-scale.ts';
import { decodeText, fingerprint, readShareHash, shareHash, type ShareFormat, type ShareState } from '#src/lib/share-code.ts';
import { statementIds, type ProgrammeAnswers, type ProgrammeModel } from './scoring.ts';

/** Longest label, in characters. */
export const MAX_LABEL_LENGTH = 80;

/** The share-code format for this check: prefix, version and the check's fingerprint. */
export function programmeFormat(model: ProgrammeModel): ShareFormat {
	return { prefix: '#p=', version: 'v1', fingerprint: fingerprint([statementIds(model), model.scaleSize]), maxLength: 1024 };
}

/** A label as the check keeps it: single-spaced, trimmed, printable, at most 80 characters. */
export function cleanLabel(label: unknown): string {
	return cleanText(label, MAX_LABEL_LENGTH);
}

/** The URL fragment for answers ("#p=…"). */
export function programmeHash(model: ProgrammeModel, answers: ProgrammeAnswers): string {
	return shareHash(programmeFormat(model), [
		encodeRatings(answers.ratings, model.scaleSize),
		encodeURIComponent(cleanLabel(answers.label)),
	]);
}

/** Reads location.hash: no shared check, the answers, an outdated link, or a malformed one. */
export function readProgrammeHash(model: ProgrammeModel, hash: unknown): ShareState<ProgrammeAnswers> {
	const count = statementIds(model).length;
	return readShareHash(programmeFormat(model), hash, 2, ([ratingText = '', labelText = '']) => {
		const ratings = decodeRatings(ratingText, count, model.scaleSize);
		const label = decodeText(labelText);
		return ratings && label !== null && cleanLabel(label) === label ? { ratings, label } : null;
	});
}
