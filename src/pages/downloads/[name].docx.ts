// Word plan templates, one per tier and language, generated at build time from content/plan-sections.yaml.
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { contentType, downloadPaths, planDocument } from '#src/data/plans.ts';
import { renderPlanDocx } from '#src/domain/plans/docx.ts';

export const getStaticPaths = () => downloadPaths('docx');
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) =>
	new Response(await renderPlanDocx(await planDocument(props.tier, props.lang)), { headers: { 'Content-Type': contentType('docx') } });
