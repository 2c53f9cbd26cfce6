// Markdown plan templates, one per tier and language, generated at build time from content/plan-sections.yaml.
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { contentType, downloadPaths, planDocument } from '#src/data/plans.ts';
import { renderPlanMarkdown } from '#src/domain/plans/markdown.ts';

export const getStaticPaths = () => downloadPaths('md');
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) =>
	new Response(renderPlanMarkdown(await planDocument(props.tier, props.lang)), { headers: { 'Content-Type': contentType('md') } });
