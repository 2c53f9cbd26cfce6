// Renders a plan template as a Markdown document to fill in: "#" for the title, "##" for each section only.
import { coverPosition, type PlanDocument, type TemplateSection } from './template.ts';

/** Escapes the characters that would turn data text into Markdown syntax. */
export function mdText(text: string): string {
	return text
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`);
}

/** The whole template as Markdown (CommonMark with a GFM table for the cover block). */
export function renderPlanMarkdown(doc: PlanDocument): string {
	const { template, text } = doc;
	const cover = coverPosition(doc);
	const out: string[] = [
		`# ${mdText(text.title)}`,
		mdText(text.intro),
		text.instructions.map((line) => `- ${mdText(line)}`).join('\n'),
		`*${mdText(text.source)}*`,
	];
	if (cover < 0) out.push(coverTable(doc));
	template.sections.forEach((section, index) => out.push(...sectionBlocks(doc, section, index === cover)));
	if (template.omitted.length > 0)
		out.push(`**${mdText(text.labels.omitted)}:** ${template.omitted.map((o) => mdText(o.title)).join(' · ')}`);
	return `${out.join('\n\n')}\n`;
}

function sectionBlocks(doc: PlanDocument, section: TemplateSection, withCover: boolean): string[] {
	const { labels, depthNames, sharingNames } = doc.text;
	const blocks = [`## ${mdText(section.title)}`];
	if (section.globalOnly) blocks.push(`> **${mdText(labels.globalOnly)}**`);
	blocks.push(
		`**${mdText(labels.depth)}:** ${mdText(depthNames[section.depth])} · **${mdText(labels.sharing)}:** ${mdText(sharingNames[section.sharing])}`,
		`**${mdText(labels.purpose)}:** ${mdText(section.purpose)}`,
		`**${mdText(labels.questions)}**`,
		section.questions.map((q, i) => `${i + 1}. ${mdText(q)}`).join('\n'),
		`**${mdText(labels.example)}:** *${mdText(section.example)}*`,
	);
	// The cover block is where the cover section's answers go; every other section gets answer slots.
	if (withCover) blocks.push(coverTable(doc));
	// Numbered empty items give one answer slot per guiding question, in raw text and rendered alike.
	else blocks.push(`**${mdText(labels.answers)}**`, section.questions.map((_, i) => `${i + 1}.`).join('\n'));
	return blocks;
}

function coverTable(doc: PlanDocument): string {
	const { coverHeading, coverFields, coverValueHeading } = doc.text;
	return [
		`| ${mdText(coverHeading)} | ${mdText(coverValueHeading)} |`,
		'| --- | --- |',
		...coverFields.map((f) => `| ${mdText(f)} |  |`),
	].join('\n');
}
