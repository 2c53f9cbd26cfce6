// The one editorial order: entries carry `order` in content/, and every list is shown in it.

/** Compares two entries by their `order` field. */
export const byOrder = <T extends { order: number }>(a: T, b: T): number => a.order - b.order;

/** A sorted copy of `entries` in editorial order (the input stays as it is). */
export function inOrder<T extends { order: number }>(entries: readonly T[]): T[] {
	return [...entries].sort(byOrder);
}
