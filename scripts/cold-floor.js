// The floor of a cold run for npm run bench: a fresh process that starts Chromium, prints one report's final HTML
// (saved from a run) once, tagged, loaded as the pipeline loads it, and closes Chromium; nothing else. Plain
// JavaScript on the compiled dist/ (npm run bench builds it first), so no compiler runs in the measured process.
// Usage: node scripts/cold-floor.js <final.html>
import { readFileSync } from 'node:fs';
import { BrowserManager } from '../dist/render/browser.js';
import { printOptions } from '../dist/render/pdf.js';
import { loadReport } from '../dist/render/shell.js';

const html = readFileSync(process.argv[2], 'utf8');
const browser = new BrowserManager();
try {
  // The same load and print options as the pipeline and printOnce in bench-floor.ts.
  const page = await browser.acquirePage();
  await loadReport(page, html, 60_000);
  await page.pdf(printOptions(60_000, true));
} finally {
  await browser.close();
}
