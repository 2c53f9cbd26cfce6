// Renders a plan template as a Word document to fill in: one Heading 1 per section, nothing else as a heading.
import {
	AlignmentType,
	BorderStyle,
	Document,
	Footer,
	HeadingLevel,
	Packer,
	PageNumber,
	Paragraph,
	ShadingType,
	Table,
	TableCell,
	TableRow,
	TextRun,
	WidthType,
} from 'docx';
import { REGIONAL_LOCALE } from '#src/config/locales.ts';
import { coverPosition, type PlanDocument, type TemplateSection } from './template.ts';

const GREY = 'D0D4DC';

/** Empty lines in the answer box: a full section needs more room than a short one. */
const ANSWER_LINES = { full: 8, short: 3 } as const;

/** Builds the Word document (docx library object) for a plan template. */
export function buildPlanDocx(doc: PlanDocument): Document {
	const { template, text } = doc;
	const cover = coverPosition(doc);
	const children: (Paragraph | Table)[] = [
		new Paragraph({ text: text.title, heading: HeadingLevel.TITLE }),
		new Paragraph({ text: text.intro, spacing: { after: 160 } }),
		...text.instructions.map((line) => new Paragraph({ text: line, bullet: { level: 0 } })),
		new Paragraph({ children: [new TextRun({ text: text.source, italics: true, size: 18 })], spacing: { before: 160 } }),
	];
	if (cover < 0) children.push(coverTable(doc));
	template.sections.forEach((section, index) => children.push(...sectionBlocks(doc, section, index === cover)));
	if (template.omitted.length > 0)
		children.push(
			new Paragraph({
				spacing: { before: 360 },
				children: [
					new TextRun({ text: `${text.labels.omitted}: `, bold: true }),
					new TextRun(template.omitted.map((o) => o.title).join(' · ')),
				],
			}),
		);

	return new Document({
		title: text.title,
		description: text.intro,
		creator: text.source,
		styles: { default: { document: { run: { font: 'Calibri', size: 22, language: { value: REGIONAL_LOCALE[template.lang] } } } } },
		sections: [
			{
				footers: {
					default: new Footer({
						children: [
							new Paragraph({
								alignment: AlignmentType.RIGHT,
								children: [new TextRun({ text: `${text.title} · `, size: 16 }), new TextRun({ children: [PageNumber.CURRENT], size: 16 })],
							}),
						],
					}),
				},
				children,
			},
		],
	});
}

/** The Word file as bytes. */
export async function renderPlanDocx(doc: PlanDocument): Promise<Uint8Array<ArrayBuffer>> {
	return new Uint8Array(await Packer.toArrayBuffer(buildPlanDocx(doc)));
}

function sectionBlocks(doc: PlanDocument, section: TemplateSection, withCover: boolean): (Paragraph | Table)[] {
	const { labels, depthNames, sharingNames } = doc.text;
	const blocks: (Paragraph | Table)[] = [
		new Paragraph({ text: section.title, heading: HeadingLevel.HEADING_1, pageBreakBefore: section.globalOnly, keepNext: true }),
	];
	if (section.globalOnly) blocks.push(new Paragraph({ keepNext: true, children: [new TextRun({ text: labels.globalOnly, bold: true })] }));
	blocks.push(
		new Paragraph({
			keepNext: true,
			spacing: { after: 120 },
			children: [
				new TextRun({ text: `${labels.depth}: `, bold: true }),
				new TextRun(depthNames[section.depth]),
				new TextRun({ text: `   ${labels.sharing}: `, bold: true }),
				new TextRun(sharingNames[section.sharing]),
			],
		}),
		new Paragraph({ children: [new TextRun({ text: `${labels.purpose}: `, bold: true }), new TextRun(section.purpose)] }),
		new Paragraph({ keepNext: true, spacing: { before: 120 }, children: [new TextRun({ text: labels.questions, bold: true })] }),
		...section.questions.map((q) => new Paragraph({ text: q, bullet: { level: 0 } })),
		new Paragraph({
			spacing: { before: 120 },
			children: [new TextRun({ text: `${labels.example}: `, bold: true }), new TextRun({ text: section.example, italics: true })],
		}),
	);
	// The cover block is where the cover section's answers go; every other section gets an answer box.
	if (withCover) blocks.push(coverTable(doc));
	else
		blocks.push(
			new Paragraph({ keepNext: true, spacing: { before: 160 }, children: [new TextRun({ text: labels.answers, bold: true })] }),
			answerBox(ANSWER_LINES[section.depth]),
		);
	return blocks;
}

const thin = { style: BorderStyle.SINGLE, size: 4, color: '8A93A3' };
const borders = { top: thin, bottom: thin, left: thin, right: thin };

function coverTable(doc: PlanDocument): Table {
	const { coverHeading, coverFields, coverValueHeading } = doc.text;
	const cell = (text: string, header = false) =>
		new TableCell({
			borders,
			shading: header ? { type: ShadingType.CLEAR, fill: GREY, color: 'auto' } : undefined,
			children: [new Paragraph({ children: [new TextRun({ text, bold: header })] })],
		});
	return new Table({
		width: { size: 100, type: WidthType.PERCENTAGE },
		rows: [
			new TableRow({ tableHeader: true, children: [cell(coverHeading, true), cell(coverValueHeading, true)] }),
			...coverFields.map((field) => new TableRow({ cantSplit: true, children: [cell(field), cell('')] })),
		],
	});
}

function answerBox(lines: number): Table {
	return new Table({
		width: { size: 100, type: WidthType.PERCENTAGE },
		rows: [
			new TableRow({
				children: [new TableCell({ borders, children: Array.from({ length: lines }, () => new Paragraph('')) })],
			}),
		],
	});
}
