// The static web site in <KATALOG>/<år>/webb/: one page per report, index.html, stil.css, filtrera.js and the
// downloads (PDF, JSON, workbooks) copied into filer/ so the folder can be published on its own. Which pages the
// site has is kept in .ojrapport-webb.json, so a later run (another län, one kommun) adds to the same index.
// finish() writes the index and renews every page's header, so navigation and download links only ever point
// to files that are in the folder.
import { readFile, stat } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { UnitAnalysis } from '../model/analysis.ts';
import { sharedCss } from '../render/html.ts';
import { templatePath } from '../paths.ts';
import { copyFileAtomic, writeFileAtomic } from '../render/write.ts';
import { svCollator } from '../sv/format.ts';
import { version } from '../version.ts';
import { withHidden, type Link } from './html.ts';
import { indexPage } from './index-page.ts';
import { siteHeader, webPage } from './page.ts';

export const SITE_DIR = 'webb';
const STORE = '.ojrapport-webb.json';
const FILES = 'filer';

export interface UnitCounts {
  utvecklingsomraden: number;
  styrkor: number;
  forsamringar: number;
}

export interface SiteEntry {
  kind: 'kommun' | 'stadsdel' | 'lan';
  /** Unit code, or länskod for a county page. */
  code: string;
  /** As shown: "Uppsala", "Stockholm: Bromma", "Uppsala län". */
  name: string;
  lanCode: string;
  lanName: string;
  /** File name without extension, as the PDF next to the site: "0380-uppsala", "lan-03-uppsala". */
  base: string;
  /** Sort key within the county: the city's code first, then its stadsdelar. */
  order: string;
  counts?: UnitCounts;
  isExample: boolean;
}

/** What the index shows for a unit: the same counts as the report's summary (utvecklingsområden, styrkor), and försämringar. */
export function unitCounts(a: UnitAnalysis): UnitCounts {
  return {
    utvecklingsomraden: a.developmentAreas.length,
    styrkor: a.strengths.length,
    forsamringar: a.indicators.filter((r) => r.change?.lostJa || r.flags.some((f) => f.kind === 'forsamring')).length,
  };
}

const keyOf = (e: Pick<SiteEntry, 'kind' | 'code'>) => `${e.kind}:${e.code}`;

function compareEntries(a: SiteEntry, b: SiteEntry): number {
  return a.lanCode.localeCompare(b.lanCode) || (a.kind === 'lan' ? -1 : b.kind === 'lan' ? 1 : svCollator.compare(a.order, b.order));
}

/** The downloads of a report that can be in the site, with their link texts. */
function downloadNames(e: SiteEntry): { file: string; text: string }[] {
  if (e.kind === 'lan') return [{ file: `${e.base}.pdf`, text: 'PDF' }, { file: `${e.base}.xlsx`, text: 'Arbetsbok (xlsx)' }];
  return [
    { file: `${e.base}.pdf`, text: 'PDF' },
    { file: `${e.base}.json`, text: 'JSON' },
    { file: `${e.base}-underlag.xlsx`, text: 'Underlag (xlsx)' },
  ];
}

export class WebSite {
  readonly dir: string;
  private readonly entries = new Map<string, SiteEntry>();
  /** The entries in site order, sorted once per change (nav() needs it for every page). */
  private sorted: SiteEntry[] | undefined;
  private readonly written: string[] = [];

  /** `yearDir` is <KATALOG>/<år>; the reports' PDF, JSON and xlsx files are there. */
  constructor(
    readonly yearDir: string,
    readonly year: number,
  ) {
    this.dir = join(yearDir, SITE_DIR);
    try {
      const stored = JSON.parse(readFileSync(join(this.dir, STORE), 'utf8')) as { entries?: SiteEntry[] };
      for (const e of stored.entries ?? []) if (existsSync(this.pagePath(e))) this.entries.set(keyOf(e), e);
    } catch {
      // no site yet (or an unreadable store: the index is rebuilt from this run's pages)
    }
  }

  pageName(e: Pick<SiteEntry, 'base'>): string {
    return `${e.base}.html`;
  }

  private pagePath(e: Pick<SiteEntry, 'base'>): string {
    return join(this.dir, this.pageName(e));
  }

  /** Announces the pages this run will write, so each page's navigation knows its neighbours from the start. */
  plan(entries: SiteEntry[]): void {
    for (const e of entries) this.entries.set(keyOf(e), e);
    this.sorted = undefined;
  }

  /** True when the entry's page is not in the site (so its report must be made again for the page). */
  missing(entry: SiteEntry | undefined): boolean {
    return !!entry && !existsSync(this.pagePath(entry));
  }

  /** Writes one report's page (the composed report HTML: kommun, stadsdel or county). */
  async writePage(entry: SiteEntry, reportHtml: string): Promise<string> {
    if (!this.entries.has(keyOf(entry))) this.sorted = undefined;
    this.entries.set(keyOf(entry), entry);
    const file = this.pagePath(entry);
    const html = webPage(reportHtml, {
      isExample: entry.isExample,
      nav: this.nav(entry),
      downloads: this.downloads(entry, (f) => existsSync(join(this.yearDir, f))),
      footer: this.footerText(),
    });
    await writeFileAtomic(file, html);
    this.written.push(file);
    return file;
  }

  /**
   * After the reports: copies the downloads into filer/, renews every page's header (neighbours and downloads
   * as they now are) and writes index.html, stil.css and filtrera.js. Returns the files written.
   */
  async finish(): Promise<string[]> {
    const present = [...this.entries.values()].filter((e) => existsSync(this.pagePath(e))).sort(compareEntries);
    this.entries.clear();
    for (const e of present) this.entries.set(keyOf(e), e);
    this.sorted = present;
    const copied = new Set<string>();
    for (const e of present) for (const d of downloadNames(e)) if (await this.copyDownload(d.file)) copied.add(d.file);
    if (present.some((e) => e.kind === 'lan') && (await this.copyDownload('riket.xlsx'))) copied.add('riket.xlsx');
    const has = (f: string) => copied.has(f);
    for (const e of present) {
      const file = this.pagePath(e);
      const html = await readFile(file, 'utf8');
      const header = siteHeader({ isExample: e.isExample, nav: this.nav(e), downloads: this.downloads(e, has) });
      const renewed = html.replace(/<a class="skip-link"[\s\S]*?<\/header>/, header);
      if (renewed !== html) await writeFileAtomic(file, renewed);
    }
    const index = join(this.dir, 'index.html');
    await writeFileAtomic(index, indexPage({ year: this.year, entries: present, pageName: (e) => this.pageName(e), downloads: (e) => this.downloads(e, has), riket: has('riket.xlsx') ? `${FILES}/riket.xlsx` : undefined, footer: this.footerText() }));
    await writeFileAtomic(join(this.dir, 'stil.css'), `${sharedCss()}\n${readFileSync(templatePath('web', 'web.css'), 'utf8')}`);
    await writeFileAtomic(join(this.dir, 'filtrera.js'), readFileSync(templatePath('web', 'filtrera.js'), 'utf8'));
    await writeFileAtomic(join(this.dir, STORE), `${JSON.stringify({ format: 'ojrapport-webb', year: this.year, entries: present }, null, 1)}\n`);
    return [index, ...this.written];
  }

  private footerText(): string {
    return `Öppna jämförelser ${this.year} · LSS. Skapad med ojrapport ${version()}.`;
  }

  /** Index, the county page, and the previous and next unit (or county) in the site's order. */
  private nav(e: SiteEntry): Link[] {
    const links: Link[] = [{ text: 'Alla rapporter', href: 'index.html' }];
    const all = (this.sorted ??= [...this.entries.values()].sort(compareEntries));
    const lan = all.find((x) => x.kind === 'lan' && x.lanCode === e.lanCode);
    if (e.kind !== 'lan') {
      if (lan) links.push({ text: `Länsöversikt ${lan.name}`, href: this.pageName(lan) });
      links.push({ text: e.name });
    } else links.push({ text: e.name });
    const peers = all.filter((x) => (e.kind === 'lan' ? x.kind === 'lan' : x.kind !== 'lan' && x.lanCode === e.lanCode));
    const i = peers.findIndex((x) => keyOf(x) === keyOf(e));
    const prev = peers[i - 1];
    const next = peers[i + 1];
    if (prev) links.push({ text: `Föregående: ${prev.name}`, href: this.pageName(prev), rel: 'prev' });
    if (next) links.push({ text: `Nästa: ${next.name}`, href: this.pageName(next), rel: 'next' });
    return links;
  }

  private downloads(e: SiteEntry, exists: (file: string) => boolean): Link[] {
    return downloadNames(e)
      .filter((d) => exists(d.file))
      .map((d) => ({ text: d.text, href: `${FILES}/${d.file}`, html: withHidden(d.text, `för ${e.name}`) }));
  }

  /** Writes a download made for the site (a unit's JSON, a blank underlag) straight into filer/. */
  async writeDownload(file: string, data: string | Uint8Array): Promise<void> {
    await writeFileAtomic(join(this.dir, FILES, file), data);
  }

  /**
   * Copies <yearDir>/<file> to filer/ when it exists and the copy is missing or older (a file the run wrote itself,
   * such as a --format json report, wins over the site's own); true when the download is there.
   */
  private async copyDownload(file: string): Promise<boolean> {
    const src = join(this.yearDir, file);
    const dst = join(this.dir, FILES, file);
    const s = await stat(src).catch(() => undefined);
    if (!s?.isFile()) return existsSync(dst);
    const d = await stat(dst).catch(() => undefined);
    if (d && d.size === s.size && d.mtimeMs >= s.mtimeMs) return true;
    await copyFileAtomic(src, dst);
    return true;
  }
}

