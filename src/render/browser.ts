// Finds the system Chromium and runs one headless browser with a small pool of locked-down pages.
import type { ChildProcess } from 'node:child_process';
import { existsSync, rmSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, HTTPRequest, Page } from 'puppeteer-core';
import { ExitCode, OjError } from '../errors.ts';
import * as msg from '../sv/messages.ts';
import { removeStale } from '../interrupt.ts';

/** Profile folders are named with the pid of the run that owns them, so a later run can remove stale ones. */
const PROFILE_PREFIX = 'ojrapport-chromium-';
const PROFILE = /^ojrapport-chromium-(\d+)-/;

/** Removes Chromium profile folders of runs that were killed (their pid is gone); returns their names. */
export function removeStaleProfiles(dir = tmpdir()): string[] {
  return removeStale(dir, PROFILE);
}

/** Resolves when the process has exited (at once if it has), or after ms. */
function exited(proc: ChildProcess, ms: number): Promise<void> {
  if (proc.exitCode !== null || proc.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    timer.unref();
    proc.once('exit', () => (clearTimeout(timer), resolve()));
  });
}

/** Ends Chromium and waits until its process is gone, so nothing writes to the profile while it is removed. */
export async function endBrowser(browser: Browser, graceMs = 3000): Promise<void> {
  const proc = browser.process();
  await Promise.race([browser.close().catch(() => undefined), new Promise((r) => setTimeout(r, graceMs).unref())]);
  if (!proc) return;
  if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGKILL');
  await exited(proc, 10_000);
}

const LINUX_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'];
const MAC_PATHS = [
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
];

function windowsPaths(env: NodeJS.ProcessEnv): string[] {
  const roots = [env['PROGRAMFILES'], env['PROGRAMFILES(X86)'], env['LOCALAPPDATA']].filter((r): r is string => !!r);
  return roots.flatMap((r) => [
    join(r, 'Google', 'Chrome', 'Application', 'chrome.exe'),
    join(r, 'Chromium', 'Application', 'chrome.exe'),
    join(r, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
  ]);
}

function isFile(p: string): boolean {
  try {
    return existsSync(p) && statSync(p).isFile();
  } catch {
    return false;
  }
}

const INSTALL_HINT = msg.INSTALL_CHROMIUM_HINT;

/** PUPPETEER_EXECUTABLE_PATH, then CHROME_PATH, then the usual install paths for the platform. */
export function findChromium(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  for (const name of ['PUPPETEER_EXECUTABLE_PATH', 'CHROME_PATH'] as const) {
    const p = env[name];
    if (p) {
      if (isFile(p)) return p;
      throw new OjError(msg.browserNotAt(p, name), ExitCode.render, INSTALL_HINT);
    }
  }
  const candidates = platform === 'darwin' ? MAC_PATHS : platform === 'win32' ? windowsPaths(env) : LINUX_PATHS;
  const found = candidates.find(isFile);
  if (found) return found;
  throw new OjError(msg.noBrowser, ExitCode.render, INSTALL_HINT);
}

export interface BrowserOptions {
  executablePath?: string;
  /** Milliseconds to wait for Chromium to start. */
  launchTimeoutMs?: number;
  /** Close a page and open a fresh one after this many uses (bounds renderer memory in long runs). 0 = never. */
  recycleEvery?: number;
}

/** Only inline content may load: the report is self-contained and must never reach the network or disk. */
function allowRequest(req: HTTPRequest): void {
  const url = req.url();
  if (url.startsWith('data:') || url.startsWith('about:')) void req.continue();
  else void req.abort('blockedbyclient');
}

/**
 * One headless Chromium per process. Each worker takes a page with acquirePage() and gives it back with
 * releasePage(); pages are reused between reports. close() ends the browser and removes its profile.
 */
export class BrowserManager {
  private browser?: Browser;
  private launching?: Promise<Browser>;
  private userDataDir?: string;
  private readonly idle: Page[] = [];
  private readonly all = new Set<Page>();
  private readonly uses = new WeakMap<Page, number>();
  private closed = false;
  private gen = 0;
  /** How many times Chromium was (re)started in this manager's life. */
  launches = 0;

  constructor(private readonly options: BrowserOptions = {}) {}

  private async launch(): Promise<Browser> {
    // Loaded here, not at start-up: commands that print no PDF never pay for puppeteer (about 125 modules).
    const loading = import('puppeteer-core');
    loading.catch(() => undefined); // awaited below; an earlier throw must not leave it unhandled
    const executablePath = this.options.executablePath ?? findChromium();
    removeStaleProfiles();
    this.userDataDir = await mkdtemp(join(tmpdir(), `${PROFILE_PREFIX}${process.pid}-`));
    const args = [
      '--disable-gpu',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--disable-extensions',
      '--disable-dev-shm-usage',
    ];
    if (typeof process.getuid === 'function' && process.getuid() === 0) args.push('--no-sandbox');
    try {
      const { default: puppeteer } = await loading;
      const launched = puppeteer.launch({
        executablePath,
        headless: true,
        userDataDir: this.userDataDir,
        args,
        timeout: this.options.launchTimeoutMs ?? 60_000,
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
        // A pipe, not a WebSocket: Chromium exits when the pipe closes, also when this process is killed outright.
        pipe: true,
      });
      this.onLaunchCalled?.();
      const browser = await launched;
      this.watchExit(browser);
      browser.on('disconnected', () => {
        if (this.browser === browser) {
          this.browser = undefined;
          this.idle.length = 0;
          this.all.clear();
        }
      });
      this.gen++;
      this.launches++;
      return browser;
    } catch (e) {
      await this.removeProfile();
      throw new OjError(msg.browserWontStart(executablePath, e), ExitCode.render, INSTALL_HINT);
    }
  }

  private async getBrowser(): Promise<Browser> {
    if (this.closed) throw new OjError(msg.browserClosed, ExitCode.render);
    if (this.browser?.connected) return this.browser;
    if (!this.launching && this.browser) {
      // Disconnected but not yet cleaned up: drop it and its profile before starting a new one.
      const dead = this.browser;
      this.browser = undefined;
      this.idle.length = 0;
      this.all.clear();
      await endBrowser(dead, 0);
      await this.removeProfile();
    } else if (!this.launching && this.userDataDir) {
      // A crashed browser's profile; the next launch makes a new one.
      await this.removeProfile();
    }
    this.launching ??= this.launch().finally(() => (this.launching = undefined));
    this.browser = await this.launching;
    return this.browser;
  }

  private onLaunchCalled?: () => void;

  /**
   * Starts Chromium and resolves once its process is spawned, long before it is ready. A caller that then works
   * synchronously (loading data, composing) would otherwise hold back the async steps before the spawn until it
   * yields, and Chromium would start only after that work instead of beside it.
   */
  async start(): Promise<void> {
    const called = new Promise<void>((resolve) => (this.onLaunchCalled = resolve));
    // A failure is reported by the first acquirePage(), after the input errors.
    const ready = this.getBrowser().then(() => undefined, () => undefined);
    await Promise.race([called, ready]);
    this.onLaunchCalled = undefined;
    // puppeteer spawns the process a few microtasks into launch() (no I/O before it), so one macrotask later it runs.
    await new Promise((resolve) => setImmediate(resolve));
  }

  /** A page with JavaScript off and every non-inline request blocked; reused when released. */
  async acquirePage(): Promise<Page> {
    while (this.idle.length > 0) {
      const page = this.idle.pop()!;
      if (!page.isClosed()) return page;
      this.all.delete(page);
    }
    const browser = await this.getBrowser();
    // A background (hidden) page renders no frames: a visible one lays the whole report out for the screen after
    // every DOM change, which printing never uses (about a third of Chromium's CPU per report). Output is the same.
    const page = await browser.newPage({ background: true });
    await page.setJavaScriptEnabled(false);
    await page.setRequestInterception(true);
    page.on('request', allowRequest);
    this.all.add(page);
    return page;
  }

  releasePage(page: Page): void {
    if (page.isClosed() || this.closed || !this.all.has(page)) return;
    const used = (this.uses.get(page) ?? 0) + 1;
    this.uses.set(page, used);
    const every = this.options.recycleEvery ?? 0;
    if (every > 0 && used >= every) void this.discard(page);
    else this.idle.push(page);
  }

  /** Closes a page that failed or hung, without waiting long for a renderer that does not answer. */
  async discardPage(page: Page): Promise<void> {
    await Promise.race([this.discard(page), new Promise((r) => setTimeout(r, 2000).unref())]);
  }

  /** Increases each time Chromium is started; a report whose generation changed lost its browser. */
  get generation(): number {
    return this.gen;
  }

  get connected(): boolean {
    return !!this.browser?.connected;
  }

  /** Process id of the running Chromium (the browser process), if any. */
  pid(): number | undefined {
    return this.browser?.process()?.pid;
  }

  /** Ends the current Chromium (hung or leaking); the next acquirePage() starts a fresh one. */
  async restart(): Promise<void> {
    const browser = this.browser;
    this.browser = undefined;
    this.idle.length = 0;
    this.all.clear();
    if (browser) await endBrowser(browser);
    await this.removeProfile();
  }

  /** Runs fn with a page and always gives the page back (or drops it if it broke). */
  async withPage<T>(fn: (page: Page) => Promise<T>): Promise<T> {
    const page = await this.acquirePage();
    let ok = false;
    try {
      const result = await fn(page);
      ok = true;
      return result;
    } finally {
      if (ok) this.releasePage(page);
      else await this.discard(page);
    }
  }

  private async discard(page: Page): Promise<void> {
    this.all.delete(page);
    await page.close().catch(() => undefined);
  }

  async close(): Promise<void> {
    this.closed = true;
    const launching = this.launching;
    const browser = this.browser ?? (launching ? await launching.catch(() => undefined) : undefined);
    this.browser = undefined;
    this.idle.length = 0;
    this.all.clear();
    try {
      if (browser) await endBrowser(browser);
    } finally {
      await this.removeProfile();
      if (this.exitHook) process.off('exit', this.exitHook);
    }
  }

  /** Chromium is gone (endBrowser waited), so retries only cover a slow file system. */
  private async removeProfile(): Promise<void> {
    if (this.userDataDir) {
      const dir = this.userDataDir;
      this.userDataDir = undefined;
      await rm(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 }).catch(() => undefined);
    }
  }

  /** Last resort when the process exits without close() (an interrupt whose cleanup ran out of time). */
  private exitHook?: () => void;
  private watchExit(browser: Browser): void {
    if (this.exitHook) process.off('exit', this.exitHook);
    this.exitHook = () => {
      browser.process()?.kill('SIGKILL');
      try {
        if (this.userDataDir) rmSync(this.userDataDir, { recursive: true, force: true, maxRetries: 5 });
      } catch {
        // left for the next run's removeStaleProfiles
      }
    };
    process.on('exit', this.exitHook);
  }
}
