import { chromium } from 'playwright-core';
import { startStaticServer } from './static-server.ts';
import { CHROMIUM_ARGS } from '../tests/e2e/chromium.ts';
const server = await startStaticServer({ root: 'dist' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
for (const p of process.argv.slice(2)) {
  const ctx = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, deviceScaleFactor: 1.75 });
  const page = await ctx.newPage();
  await page.addInitScript(() => { (window as any).__s = []; new PerformanceObserver((l) => { for (const e of l.getEntries() as any[]) (window as any).__s.push({ v: e.value, t: Math.round(e.startTime), src: e.sources.map((s: any) => (s.node?.outerHTML ?? s.node?.nodeName ?? '?').slice(0, 160) + ' ' + JSON.stringify([s.previousRect.y, s.previousRect.height, s.currentRect.y, s.currentRect.height])) }); }).observe({ type: 'layout-shift', buffered: true }); });
  await page.goto(new URL(p, server.url).href, { waitUntil: 'networkidle' });
  await page.waitForTimeout(800);
  console.log(p, JSON.stringify(await page.evaluate(() => (window as any).__s), null, 1));
  await ctx.close();
}
await browser.close(); await server.close();
