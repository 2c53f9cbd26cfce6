// A small horizontal bar chart of scores (0 to a maximum): its geometry, computed once and used both by the server
// rendered SVG (src/components/BarChart.astro) and by an island that fills in the values in the browser.

/** Sizes in SVG user units: a row is a label line above a bar, the value written right of the bar. */
export const BAR_CHART = { barWidth: 260, row: 52, barHeight: 20, top: 4, valueRoom: 44 } as const;

/** Where one row of the chart stands. */
export interface BarRow {
	id: string;
	/** Baseline of the row's label. */
	labelY: number;
	/** Top of the bar. */
	barY: number;
}

/** The chart's layout: viewBox size, rows, and the x positions of the marks (e.g. where levels begin). */
export interface BarChartLayout {
	width: number;
	height: number;
	barWidth: number;
	barHeight: number;
	rows: BarRow[];
	marks: number[];
	/** Where the value labels start. */
	valueX: number;
}

/** Length of the bar for `value` on a scale of 0 … `max`, within 0 … barWidth (no value draws no bar). */
export function barLength(value: number | null, max = 100, barWidth: number = BAR_CHART.barWidth): number {
	if (value === null || !Number.isFinite(value) || max <= 0) return 0;
	return (Math.min(Math.max(value, 0), max) * barWidth) / max;
}

/** The layout for rows with these ids, with vertical marks at the given values (0 … max). */
export function barChartLayout(ids: readonly string[], marks: readonly number[] = [], max = 100): BarChartLayout {
	const { barWidth, row, barHeight, top, valueRoom } = BAR_CHART;
	return {
		width: barWidth + valueRoom,
		height: top + ids.length * row,
		barWidth,
		barHeight,
		rows: ids.map((id, i) => ({ id, labelY: top + i * row + 14, barY: top + i * row + 22 })),
		marks: marks.map((m) => barLength(m, max, barWidth)),
		valueX: barWidth + 8,
	};
}

/** One value to draw: the row's id, its value (null: none yet) and the text written beside the bar. */
export interface BarValue {
	id: string;
	value: number | null;
	text: string;
}

/**
 * Draws values into a chart rendered by BarChart.astro (found under `chart`): each bar's length, the text beside it,
 * and the chart's accessible name, which is the values in words.
 */
export function drawBars(chart: Element, values: readonly BarValue[], label: string, max = 100): void {
	for (const { id, value, text } of values) {
		chart.querySelector(`[data-kam-bar="${id}"]`)?.setAttribute('width', String(barLength(value, max)));
		const valueText = chart.querySelector(`[data-kam-bar-value="${id}"]`);
		if (valueText) valueText.textContent = text;
	}
	chart.querySelector('svg')?.setAttribute('aria-label', label);
}
