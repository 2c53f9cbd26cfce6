// Renders a plan template as a Word document to fill in: one Heading 1 per section, nothing else as a heading.
// The WordprocessingML is written here and zipped with fflate: a general Word library cost a good part of each build
// for six small files of a fixed shape. Elements follow the order the Office Open XML schema prescribes.
import { strToU8, zipSync } from 'fflate';
import { REGIONAL_LOCALE } from '#src/config/locales.ts';
import { coverPosition, type PlanDocument, type TemplateSection } from './template.ts';

const GREY = 'D0D4DC';
const BORDER = '8A93A3';
/** Text width of an A4 page with 2.54 cm margins, in twentieths of a point. */
const TEXT_WIDTH = 9026;

/** Empty lines in the answer box: a full section needs more room than a short one. */
const ANSWER_LINES = { full: 8, short: 3 } as const;

/** Text as XML character data: markup characters escaped, characters XML 1.0 forbids dropped. */
function xmlText(text: string): string {
	return (
		text
			// Characters XML 1.0 cannot hold at all: dropped, or Word refuses the file.
			// eslint-disable-next-line no-control-regex
			.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
			.replace(/&/g, '&amp;')
			.replace(/</g, '&lt;')
			.replace(/>/g, '&gt;')
			.replace(/"/g, '&quot;')
	);
}

interface RunStyle {
	bold?: boolean;
	italics?: boolean;
	/** Font size in half-points. */
	size?: number;
}

/** A run of text: `w:r` with its character properties (order: b, i, sz). */
function run(text: string, style: RunStyle = {}): string {
	const props = `${style.bold ? '<w:b/>' : ''}${style.italics ? '<w:i/>' : ''}${style.size ? `<w:sz w:val="${style.size}"/><w:szCs w:val="${style.size}"/>` : ''}`;
	return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${xmlText(text)}</w:t></w:r>`;
}

interface ParagraphStyle {
	style?: 'Title' | 'Heading1';
	keepNext?: boolean;
	pageBreakBefore?: boolean;
	bullet?: boolean;
	/** Space before and after, in twentieths of a point. */
	before?: number;
	after?: number;
	alignRight?: boolean;
}

/** A paragraph of runs: `w:p` with its properties (order: pStyle, keepNext, pageBreakBefore, numPr, spacing, jc). */
function paragraph(runs: string, style: ParagraphStyle = {}): string {
	const spacing =
		style.before !== undefined || style.after !== undefined
			? `<w:spacing${style.before !== undefined ? ` w:before="${style.before}"` : ''}${style.after !== undefined ? ` w:after="${style.after}"` : ''}/>`
			: '';
	const props = [
		style.style ? `<w:pStyle w:val="${style.style}"/>` : '',
		style.keepNext ? '<w:keepNext/>' : '',
		style.pageBreakBefore ? '<w:pageBreakBefore/>' : '',
		style.bullet ? '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' : '',
		spacing,
		style.alignRight ? '<w:jc w:val="right"/>' : '',
	].join('');
	return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${runs}</w:p>`;
}

const BORDER_SIDES = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'];
const TABLE_PROPS = `<w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders>${BORDER_SIDES.map(
	(side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="${BORDER}"/>`,
).join('')}</w:tblBorders><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr>`;

/** A full-width table whose rows are lists of cells (each cell: paragraphs, at least one). */
function table(rows: { cells: string[]; header?: boolean; cantSplit?: boolean }[]): string {
	const columns = Math.max(...rows.map((r) => r.cells.length));
	const grid = `<w:tblGrid>${`<w:gridCol w:w="${Math.floor(TEXT_WIDTH / columns)}"/>`.repeat(columns)}</w:tblGrid>`;
	const body = rows
		.map((row) => {
			const props = `${row.cantSplit ? '<w:cantSplit/>' : ''}${row.header ? '<w:tblHeader/>' : ''}`;
			const cells = row.cells
				.map(
					(content) =>
						`<w:tc><w:tcPr><w:tcW w:w="${Math.floor(5000 / columns)}" w:type="pct"/>${row.header ? `<w:shd w:val="clear" w:color="auto" w:fill="${GREY}"/>` : ''}</w:tcPr>${content}</w:tc>`,
				)
				.join('');
			return `<w:tr>${props ? `<w:trPr>${props}</w:trPr>` : ''}${cells}</w:tr>`;
		})
		.join('');
	return `<w:tbl>${TABLE_PROPS}${grid}${body}</w:tbl>`;
}

/** The body of word/document.xml: title, introduction, how to use it, then the sections with their answer boxes. */
function planDocumentBody(doc: PlanDocument): string {
	const { template, text } = doc;
	const cover = coverPosition(doc);
	const blocks = [
		paragraph(run(text.title), { style: 'Title' }),
		paragraph(run(text.intro), { after: 160 }),
		...text.instructions.map((line) => paragraph(run(line), { bullet: true })),
		paragraph(run(text.source, { italics: true, size: 18 }), { before: 160 }),
	];
	if (cover < 0) blocks.push(coverTable(doc));
	template.sections.forEach((section, index) => blocks.push(...sectionBlocks(doc, section, index === cover)));
	if (template.omitted.length > 0)
		blocks.push(
			paragraph(run(`${text.labels.omitted}: `, { bold: true }) + run(template.omitted.map((o) => o.title).join(' · ')), {
				before: 360,
			}),
		);
	return blocks.join('');
}

function sectionBlocks(doc: PlanDocument, section: TemplateSection, withCover: boolean): string[] {
	const { labels, depthNames, sharingNames } = doc.text;
	const blocks = [paragraph(run(section.title), { style: 'Heading1', pageBreakBefore: section.globalOnly, keepNext: true })];
	if (section.globalOnly) blocks.push(paragraph(run(labels.globalOnly, { bold: true }), { keepNext: true }));
	blocks.push(
		paragraph(
			run(`${labels.depth}: `, { bold: true }) +
				run(depthNames[section.depth]) +
				run(`   ${labels.sharing}: `, { bold: true }) +
				run(sharingNames[section.sharing]),
			{ keepNext: true, after: 120 },
		),
		paragraph(run(`${labels.purpose}: `, { bold: true }) + run(section.purpose)),
		paragraph(run(labels.questions, { bold: true }), { keepNext: true, before: 120 }),
		...section.questions.map((q) => paragraph(run(q), { bullet: true })),
		paragraph(run(`${labels.example}: `, { bold: true }) + run(section.example, { italics: true }), { before: 120 }),
	);
	// The cover block is where the cover section's answers go; every other section gets an answer box.
	if (withCover) blocks.push(coverTable(doc));
	else
		blocks.push(
			paragraph(run(labels.answers, { bold: true }), { keepNext: true, before: 160 }),
			table([{ cells: ['<w:p/>'.repeat(ANSWER_LINES[section.depth])] }]),
		);
	return blocks;
}

function coverTable(doc: PlanDocument): string {
	const { coverHeading, coverFields, coverValueHeading } = doc.text;
	const cell = (text: string, bold = false) => paragraph(text ? run(text, { bold }) : '');
	return table([
		{ header: true, cells: [cell(coverHeading, true), cell(coverValueHeading, true)] },
		...coverFields.map((field) => ({ cantSplit: true, cells: [cell(field), cell('')] })),
	]);
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Calibri 11 pt in the document's language; Title and Heading 1 as Word's own built-in styles. */
function styles(language: string): string {
	return `${XML}<w:styles ${W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" w:cs="Calibri"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="${language}"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="80" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="10"/><w:qFormat/><w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr><w:sz w:val="48"/><w:szCs w:val="48"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style></w:styles>`;
}

/** One bullet list definition (numId 1), used by every bulleted paragraph. */
const NUMBERING = `${XML}<w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;

/** The footer: the title and the page number, right-aligned and small. */
function footer(title: string): string {
	const small = { size: 16 };
	const field = (inner: string) => `<w:r><w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr>${inner}</w:r>`;
	const page =
		field('<w:fldChar w:fldCharType="begin"/>') +
		field('<w:instrText xml:space="preserve"> PAGE </w:instrText>') +
		field('<w:fldChar w:fldCharType="separate"/>') +
		field('<w:t>1</w:t>') +
		field('<w:fldChar w:fldCharType="end"/>');
	return `${XML}<w:ftr ${W} ${R}>${paragraph(run(`${title} · `, small) + page, { alignRight: true })}</w:ftr>`;
}

/** The Word file as bytes: the package parts of a document with styles, one bullet list and a footer. */
export function renderPlanDocx(doc: PlanDocument): Uint8Array<ArrayBuffer> {
	const { text, template } = doc;
	const sectionProps =
		'<w:sectPr><w:footerReference w:type="default" r:id="rId3"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>';
	const parts: Record<string, string> = {
		'[Content_Types].xml': `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="${TYPE}.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="${TYPE}.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="${TYPE}.numbering+xml"/><Override PartName="/word/footer1.xml" ContentType="${TYPE}.footer+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`,
		'_rels/.rels': `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
		'docProps/core.xml': `${XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${xmlText(text.title)}</dc:title><dc:description>${xmlText(text.intro)}</dc:description><dc:creator>${xmlText(text.source)}</dc:creator><dc:language>${REGIONAL_LOCALE[template.lang]}</dc:language></cp:coreProperties>`,
		'word/_rels/document.xml.rels': `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId2" Type="${REL}/numbering" Target="numbering.xml"/><Relationship Id="rId3" Type="${REL}/footer" Target="footer1.xml"/></Relationships>`,
		'word/document.xml': `${XML}<w:document ${W} ${R}><w:body>${planDocumentBody(doc)}${sectionProps}</w:body></w:document>`,
		'word/styles.xml': styles(REGIONAL_LOCALE[template.lang]),
		'word/numbering.xml': NUMBERING,
		'word/footer1.xml': footer(text.title),
	};
	// A fixed date keeps the file identical from build to build for the same content.
	const mtime = new Date('2000-01-01T00:00:00Z');
	const zipped = zipSync(Object.fromEntries(Object.entries(parts).map(([name, xml]) => [name, [strToU8(xml), { mtime }]])), { level: 6 });
	return new Uint8Array(zipped);
}
