// The rendering page is a closed sandbox: nothing is fetched, no script runs, input text is escaped.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserManager } from '../../src/render/browser.ts';
import { renderHtml } from '../../src/render/html.ts';
import { renderPdf } from '../../src/render/pdf.ts';
import { buildReportModel } from '../../src/compose/report-model.ts';
import { loadPhrases, loadStepTexts } from '../../src/compose/steps.ts';
import { loadReference } from '../../src/reference/load.ts';
import { reportAnalysis } from '../fixtures/report-analysis.ts';

let server: Server;
let port = 0;
const hits: string[] = [];
const browser = new BrowserManager();

beforeAll(async () => {
  server = createServer((req, res) => {
    hits.push(req.url ?? '');
    res.end('x');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await browser.close();
  await new Promise((r) => server.close(r));
});

describe('rendering sandbox', () => {
  it('the test server itself is reachable (so a request would have been seen)', async () => {
    const res = await fetch(`http://127.0.0.1:${port}/probe`);
    expect(await res.text()).toBe('x');
    expect(hits).toEqual(['/probe']);
    hits.length = 0;
  });

  it('escapes kommun-supplied text: no request reaches the server and no script runs', async () => {
    const evil = `Evil<img src=http://127.0.0.1:${port}/img><script>document.title='HACKAD';fetch('http://127.0.0.1:${port}/js')</script>{{x}}`;
    const analysis = reportAnalysis({ unitName: evil });
    const html = renderHtml(
      buildReportModel(analysis, { steps: loadStepTexts(), phrases: loadPhrases(), ref: loadReference(), rules: {}, sources: { files: [] }, generatedAt: new Date('2025-01-01') }),
    );
    expect(html).not.toContain(`<img src=http://127.0.0.1:${port}`);
    expect(html).not.toContain("<script>document.title='HACKAD'");
    expect(html).toContain('&lt;script&gt;');
    await browser.withPage(async (page) => {
      await renderPdf(page, html, { title: 'test', lang: 'sv' });
      expect(await page.title()).not.toBe('HACKAD');
    });
    expect(hits).toEqual([]);
  });

  it('blocks network, file and script even in raw HTML that reached the page', async () => {
    const raw = `<!doctype html><html lang="sv"><head><title>t</title>
      <link rel="stylesheet" href="http://127.0.0.1:${port}/css">
      <style>@import url(http://127.0.0.1:${port}/import); body{background:url(http://127.0.0.1:${port}/bg)}</style></head>
      <body><h1 id="h">orörd</h1><img src="http://127.0.0.1:${port}/img"><img src="file:///etc/hostname">
      <iframe src="http://127.0.0.1:${port}/frame"></iframe>
      <script>document.getElementById('h').textContent='SKRIPT KÖRDES';fetch('http://127.0.0.1:${port}/js')</script></body></html>`;
    await browser.withPage(async (page) => {
      const pdf = await renderPdf(page, raw, { title: 't', lang: 'sv' });
      expect(pdf.length).toBeGreaterThan(500);
      expect(await page.$eval('#h', (e) => e.textContent)).toBe('orörd');
    });
    expect(hits).toEqual([]);
  });
});
