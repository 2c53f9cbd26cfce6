// Markdown plan templates, one per tier and language, generated at build time from content/plan-sections.yaml.
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { contentType, downloadPaths, planDocument } from '../../data/plans.ts';
import { renderPlanMarkdown } from '../../lib/plan-markdown.ts';

export const getStaticPaths = () => downloadPaths('md');
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) =>
	new Response(renderPlanMarkdown(await planDocument(props.tier, props.lang)), { headers: { 'Content-Type': contentType('md') } });
