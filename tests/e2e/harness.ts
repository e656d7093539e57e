/**
 * Drives the built extension (`.output/chrome-mv3-e2e`, made by `npm run build:e2e`) in Debian's
 * Chromium through playwright-core, serves synthetic pages for any URL without a network, and
 * records every request that any page, frame or worker of the browser tries to send out.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  type BrowserContext,
  type CDPSession,
  chromium,
  type Locator,
  type Page,
  type Worker,
} from 'playwright-core';

export const CHROMIUM_PATH = process.env.ASKWELL_CHROMIUM ?? '/usr/bin/chromium';
export const EXTENSION_DIR = resolve(process.env.ASKWELL_EXTENSION_DIR ?? '.output/chrome-mv3-e2e');

/**
 * A request that was not for a served test page. `context` requests come from a page, frame or
 * worker of the browser context (extension pages and the extension's service worker included);
 * `network` requests reached the recording proxy, i.e. tried to leave the machine.
 */
export interface SeenRequest {
  url: string;
  via: 'context' | 'network';
}

/**
 * Chromium's own background services (account and update checks) connect to these hosts whatever
 * extensions are loaded; they are the browser's traffic, not Askwell's. Askwell's own pages and
 * worker are covered by the context-level record, which has no such exception.
 */
const BROWSER_OWN_HOSTS = /(^|\.)(google\.com|googleapis\.com|gvt1\.com|gstatic\.com)(:443)?$/;

/**
 * Every request that reaches this proxy left the browser for the network: pages the tests serve
 * are fulfilled inside Playwright and never get here. It answers 403 and remembers the host.
 */
async function startRecordingProxy(seen: SeenRequest[]): Promise<Server> {
  const server = createServer((req, res) => {
    seen.push({ url: req.url ?? '', via: 'network' });
    res.writeHead(403).end();
  });
  server.on('connect', (req, socket) => {
    seen.push({ url: `https://${req.url ?? ''}`, via: 'network' });
    // The browser may reset the tunnel it asked for (e.g. while it closes): already recorded above,
    // and not an error of the run (unhandled, it ended a green run with exit code 1).
    socket.on('error', () => socket.destroy());
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  server.on('clientError', (_error, socket) => socket.destroy());
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return server;
}

export interface Extension {
  context: BrowserContext;
  id: string;
  worker: Worker;
  /** Requests to hosts other than the served test pages. */
  requests: SeenRequest[];
  /** Every URL served by `serve`, so that tests can tell served pages from leaks. */
  served: Set<string>;
  /** Answers `url` (and any URL under it) with `html`, inside the browser, without a network. */
  serve(urlPattern: string, html: string): Promise<void>;
  /** Opens a served page in a new tab and returns it with its tab id. */
  openTab(url: string): Promise<{ page: Page; tabId: number }>;
  /** Opens one of the extension's own pages (`popup.html`, `sidepanel.html`) as a tab. */
  openExtensionPage(path: string): Promise<Page>;
  /** Requests that left for a host other than the served pages. */
  leaks(): SeenRequest[];
  close(): Promise<void>;
}

export async function launchExtension(options: { colorScheme?: 'light' | 'dark' } = {}): Promise<Extension> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json')))
    throw new Error(`No built extension at ${EXTENSION_DIR}: run \`npm run build:e2e\` first.`);
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(`No Chromium at ${CHROMIUM_PATH}: apt-get install chromium, or set ASKWELL_CHROMIUM.`);

  const requests: SeenRequest[] = [];
  const proxy = await startRecordingProxy(requests);
  const { port } = proxy.address() as AddressInfo;
  const userDataDir = mkdtempSync(join(tmpdir(), 'askwell-e2e-'));
  // No speculative preconnects to the hosts of served pages.
  mkdirSync(join(userDataDir, 'Default'));
  writeFileSync(
    join(userDataDir, 'Default', 'Preferences'),
    JSON.stringify({ net: { network_prediction_options: 2 } }),
  );
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    colorScheme: options.colorScheme ?? 'light',
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      `--proxy-server=http://127.0.0.1:${port}`,
      '--proxy-bypass-list=<-loopback>',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });

  const served = new Set<string>();
  // Anything a page asks for that no test serves is recorded and refused.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`chrome-extension://`) || url.startsWith('data:') || url.startsWith('blob:'))
      return route.continue();
    requests.push({ url, via: 'context' });
    return route.abort('blockedbyclient');
  });

  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;

  const ext: Extension = {
    context,
    id,
    worker,
    requests,
    served,
    async serve(urlPattern, html) {
      served.add(urlPattern);
      await context.route(urlPattern, (route) =>
        route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
      );
    },
    async openTab(url) {
      const page = await context.newPage();
      await page.goto(url);
      const tabId = await worker.evaluate(async (u) => {
        const [tab] = await chrome.tabs.query({ url: u });
        return tab?.id ?? -1;
      }, url);
      if (tabId < 0) throw new Error('The served tab was not found by the extension.');
      return { page, tabId };
    },
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${id}/${path}`);
      return page;
    },
    leaks() {
      const servedHosts = new Set([...served].map((pattern) => new URL(pattern.replace(/\*+/g, 'x')).host));
      return requests.filter((r) => {
        if (r.via === 'context') return ![...served].some((pattern) => matchesPattern(pattern, r.url));
        const host = new URL(r.url).host.replace(/:443$/, '');
        return !servedHosts.has(host) && !BROWSER_OWN_HOSTS.test(host);
      });
    },
    async close() {
      await context.close();
      await new Promise((r) => proxy.close(r));
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  return ext;
}

/** Playwright-style glob (`**` any characters, `*` any but `/`) matched against a URL. */
function matchesPattern(pattern: string, url: string): boolean {
  const source = pattern
    .split('**')
    .map((part) =>
      part
        .split('*')
        .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('[^/]*'),
    )
    .join('.*');
  return new RegExp(`^${source}$`).test(url);
}

/**
 * Source of a script that resolves with the paint time (Element Timing, ms from the page's
 * navigation start) of the element marked `elementtiming="<identifier>"`; run in the page.
 */
function paintTimeScript(identifier: string, timeoutMs: number): string {
  return `new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(${JSON.stringify(`${identifier} was not painted`)})), ${timeoutMs});
    new PerformanceObserver((list, observer) => {
      for (const entry of list.getEntries())
        if (entry.identifier === ${JSON.stringify(identifier)}) {
          clearTimeout(timer);
          observer.disconnect();
          resolve(entry.renderTime || entry.loadTime || entry.startTime);
        }
    }).observe({ type: 'element', buffered: true });
  })`;
}

/**
 * The real toolbar popup, opened by `action.openPopup()` over the active tab as a click on the
 * Askwell button opens it, with no test hook: the popup finds its tab itself. Playwright does not
 * list extension popups among pages, so it is reached through the DevTools protocol.
 */
export class ToolbarPopup {
  private seq = 0;
  private readonly replies = new Map<number, (reply: CdpReply) => void>();

  private constructor(
    private readonly cdp: CDPSession,
    private readonly sessionId: string,
    private readonly targetId: string,
  ) {
    cdp.on('Target.receivedMessageFromTarget', (event) => {
      const reply = JSON.parse(event.message) as CdpReply;
      this.replies.get(reply.id)?.(reply);
    });
  }

  /**
   * Brings `tab` to the front, opens the toolbar popup over it and attaches to the popup's page.
   * `page` is the popup's document: the manifest's `popup.html` unless a benchmark swaps it.
   */
  static async open(
    ext: Extension,
    tab: Page,
    { page = 'popup.html', timeoutMs = 5000 }: { page?: string; timeoutMs?: number } = {},
  ): Promise<ToolbarPopup> {
    await tab.bringToFront();
    const cdp = await ext.context.newCDPSession(tab);
    const url = `chrome-extension://${ext.id}/${page}`;
    const find = async () =>
      (await cdp.send('Target.getTargets')).targetInfos.find(
        (t) => t.type === 'page' && t.url.startsWith(url),
      );
    await ext.worker.evaluate((popup) => chrome.action.setPopup({ popup }), page);
    await ext.worker.evaluate(() => chrome.action.openPopup());
    const deadline = Date.now() + timeoutMs;
    let target = await find();
    while (!target && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 10));
      target = await find();
    }
    if (!target) throw new Error('The toolbar popup did not open.');
    const { sessionId } = await cdp.send('Target.attachToTarget', {
      targetId: target.targetId,
      flatten: false,
    });
    return new ToolbarPopup(cdp, sessionId, target.targetId);
  }

  /** Evaluates `expression` in the popup (a promise is awaited) and returns its value. */
  async evaluate<T>(expression: string): Promise<T> {
    const id = ++this.seq;
    const reply = new Promise<CdpReply>((resolve) => this.replies.set(id, resolve));
    const method = 'Runtime.evaluate';
    const params = { expression, awaitPromise: true, returnByValue: true };
    await this.cdp.send('Target.sendMessageToTarget', {
      sessionId: this.sessionId,
      message: JSON.stringify({ id, method, params }),
    });
    const { result, error } = await reply;
    this.replies.delete(id);
    if (error || !result || result.exceptionDetails)
      throw new Error(
        `In the toolbar popup: ${error?.message ?? result?.exceptionDetails?.text ?? 'no result'}`,
      );
    return result.result.value as T;
  }

  /** Waits until the level-1 heading says something and returns its text. */
  heading(timeoutMs = 5000): Promise<string> {
    return this.poll("document.querySelector('h1')?.textContent", timeoutMs);
  }

  /** Waits until the popup's visible text contains `text`. */
  async waitForText(text: string, timeoutMs = 5000): Promise<void> {
    await this.poll(`document.body.innerText.includes(${JSON.stringify(text)})`, timeoutMs);
  }

  /** When the element marked `elementtiming="<identifier>"` was painted, in ms from navigation start. */
  paintedAt(identifier: string, timeoutMs = 10_000): Promise<number> {
    return this.evaluate<number>(paintTimeScript(identifier, timeoutMs));
  }

  /** Closes the popup and waits until it is gone, so that the next one opens afresh. */
  async close(): Promise<void> {
    await this.evaluate('window.close()').catch(() => undefined);
    const deadline = Date.now() + 5000;
    const open = async () =>
      (await this.cdp.send('Target.getTargets')).targetInfos.some((t) => t.targetId === this.targetId);
    while ((await open()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    await this.cdp.detach().catch(() => undefined);
  }

  /** Evaluates `expression` every 10 ms until it is truthy, and returns that value. */
  private poll<T>(expression: string, timeoutMs: number): Promise<T> {
    return this.evaluate<T>(`new Promise((resolve, reject) => {
      const end = Date.now() + ${timeoutMs};
      const look = () => {
        const value = ${expression};
        if (value) resolve(value);
        else if (Date.now() > end) reject(new Error('timed out'));
        else setTimeout(look, 10);
      };
      look();
    })`);
  }
}

interface CdpReply {
  id: number;
  error?: { message: string };
  result?: { result: { value?: unknown }; exceptionDetails?: { text: string } };
}

/** What the popup wrote, read back from IndexedDB in an extension page (plain IDB, no Dexie). */
export interface StoreSnapshot {
  prospects: Record<string, unknown>[];
  touches: Record<string, unknown>[];
  drafts: Record<string, unknown>[];
  reminders: Record<string, unknown>[];
}

/**
 * The popup, opened as a tab for the page in `tabId` (`?tab=`), where Playwright can drive it fully;
 * `ToolbarPopup` is the real popup over the active tab, reached through the DevTools protocol.
 */
export class PopupPage {
  constructor(
    readonly page: Page,
    readonly ext: Extension,
  ) {}

  static async open(ext: Extension, tabId?: number): Promise<PopupPage> {
    const page = await ext.openExtensionPage(tabId === undefined ? 'popup.html' : `popup.html?tab=${tabId}`);
    return new PopupPage(page, ext);
  }

  /** Runs the capture script in a tab exactly as the popup does, and returns its result. */
  captureIn(tabId: number): Promise<unknown> {
    return this.page.evaluate(async (id) => {
      const [frame] = await chrome.scripting.executeScript({ target: { tabId: id }, files: ['/capture.js'] });
      return frame?.result;
    }, tabId);
  }

  /** The person's name: the popup's one level-1 heading on a profile. */
  nameHeading(name: string) {
    return this.page.getByRole('heading', { level: 1, name, exact: true });
  }

  button(name: string) {
    return this.page.getByRole('button', { name, exact: true });
  }

  /** The composer's editor. */
  message() {
    return this.page.getByRole('textbox', { name: 'Message', exact: true });
  }

  /** The composer's score line. */
  score() {
    return this.page.getByRole('status');
  }

  /** The composer's list of lint findings. */
  findings() {
    return this.page.getByRole('list', { name: 'Findings', exact: true });
  }

  async save(): Promise<void> {
    await this.button('Save prospect').click();
    await this.page.getByText('Saved to your prospects.').waitFor();
  }

  /** Opens the composer for a first request and waits for its editor. */
  async draftRequest(): Promise<void> {
    await this.button('Draft request').click();
    await this.message().waitFor();
  }

  /**
   * Opens the composer, picks one profile fact (a checkbox's name) and writes the question, and
   * resolves once a generated version that contains `expected` is in the editor.
   */
  async draftRequestWith(fact: string, question: string, expected: string): Promise<void> {
    await this.draftRequest();
    await this.page.getByRole('checkbox', { name: fact, exact: true }).check();
    await this.page.getByRole('textbox', { name: 'Your one question', exact: true }).fill(question);
    await this.page.waitForFunction(
      ([el, text]) => (el as HTMLTextAreaElement).value.includes(text as string),
      [await this.message().elementHandle(), expected] as const,
    );
  }

  /** Fills the first-run setup, opening it first on a profile page. */
  async setUp(me: { name: string; role: string; company: string; goal: string }): Promise<void> {
    const open = this.button('Set up now');
    if (await open.isVisible()) await open.click();
    await this.page.getByRole('textbox', { name: 'Your name', exact: true }).fill(me.name);
    await this.page.getByRole('textbox', { name: 'Your role', exact: true }).fill(me.role);
    await this.page.getByRole('textbox', { name: 'Your company', exact: true }).fill(me.company);
    await this.page.getByRole('textbox', { name: 'Your goal', exact: true }).fill(me.goal);
    await this.button('Save').click();
    await this.page.getByRole('heading', { name: 'Set up Askwell' }).waitFor({ state: 'detached' });
  }

  /** The score as a number, from the status line ("Score: 92 of 100. ..."). */
  async scoreValue(): Promise<number> {
    const text = (await this.score().textContent()) ?? '';
    const m = /Score: (\d+)/.exec(text);
    if (!m) throw new Error(`No score in "${text}"`);
    return Number(m[1]);
  }

  /** Presses Tab (at most `max` times) until `target` has the focus; fails if it never does. */
  async tabTo(target: Locator, max = 40): Promise<void> {
    for (let i = 0; i < max; i++) {
      if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
      await this.page.keyboard.press('Tab');
    }
    throw new Error(`Tab never reached ${target}`);
  }

  /** What the clipboard holds, read in the popup page (needs clipboard-read granted to the extension). */
  readClipboard(): Promise<string> {
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  /** Every record of the prospect store, read with plain IndexedDB from this extension page. */
  readStore(): Promise<StoreSnapshot> {
    return this.page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('askwell');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const all = (name: string) =>
        new Promise<Record<string, unknown>[]>((resolve, reject) => {
          const req = db.transaction(name, 'readonly').objectStore(name).getAll();
          req.onsuccess = () => resolve(req.result as Record<string, unknown>[]);
          req.onerror = () => reject(req.error);
        });
      try {
        const [prospects, touches, drafts, reminders] = await Promise.all(
          ['prospects', 'touches', 'drafts', 'reminders'].map(all),
        );
        return {
          prospects: prospects ?? [],
          touches: touches ?? [],
          drafts: drafts ?? [],
          reminders: reminders ?? [],
        };
      } finally {
        db.close();
      }
    });
  }

  /**
   * When the element marked `elementtiming="<identifier>"` was painted, in ms after the page's
   * navigation started (Element Timing API), waiting up to `timeoutMs` for it.
   */
  static paintedAt(page: Page, identifier: string, timeoutMs = 10_000): Promise<number> {
    return page.evaluate(paintTimeScript(identifier, timeoutMs));
  }
}

/** Records as the store keeps them, for `SidePanelPage.seed` (the four tables of the `askwell` database). */
export interface StoreRecords {
  prospects?: object[];
  touches?: object[];
  drafts?: object[];
  reminders?: object[];
}

/** The side panel page, opened as a tab so that Playwright can drive it. */
export class SidePanelPage {
  constructor(readonly page: Page) {}

  /** Opens the panel and waits until its list (or its empty state) has been read. */
  static async open(ext: Extension): Promise<SidePanelPage> {
    const panel = new SidePanelPage(await ext.openExtensionPage('sidepanel.html'));
    await panel.ready();
    return panel;
  }

  /** Waits until the list heading is there and the count no longer says it is loading. */
  async ready(): Promise<void> {
    await this.page.getByRole('heading', { name: 'Prospects', exact: true }).waitFor();
    await this.page.locator('.sp-count').filter({ hasNotText: 'Loading' }).waitFor();
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.ready();
  }

  /**
   * Writes records straight into IndexedDB (the schema exists once the panel has opened the
   * database), then reloads: a raw write, unlike one through Dexie, is not announced to open pages.
   */
  async seed(records: StoreRecords, { reload = true }: { reload?: boolean } = {}): Promise<void> {
    await this.page.evaluate(async (data) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('askwell');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const tables = Object.keys(data) as (keyof typeof data)[];
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(tables, 'readwrite');
        for (const table of tables) for (const row of data[table] ?? []) tx.objectStore(table).put(row);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    }, records);
    if (reload) await this.reload();
  }

  get searchbox() {
    return this.page.getByRole('searchbox', { name: 'Search prospects' });
  }

  get list() {
    return this.page.getByRole('list', { name: 'Prospects' });
  }

  /** The list's rows now in the page (the list is virtual: at most 60 of any length). */
  rows() {
    return this.list.getByRole('listitem');
  }

  row(fullName: string) {
    return this.rows().filter({ hasText: fullName });
  }

  /** The full names of the rows in the page, top to bottom. */
  async names(): Promise<string[]> {
    return this.list.locator('.sp-row-name').allTextContents();
  }

  /** "Showing 12 of 340 prospects" / "340 prospects". */
  async count(): Promise<string> {
    return (await this.page.locator('.sp-count').textContent()) ?? '';
  }

  async search(text: string): Promise<void> {
    await this.searchbox.fill(text);
  }

  /** Opens a prospect's detail from its row; resolves once their name is the page's heading. */
  async openProspect(fullName: string): Promise<void> {
    await this.row(fullName).click();
    await this.page.getByRole('heading', { name: fullName, level: 2 }).waitFor();
  }

  async back(): Promise<void> {
    await this.page.getByRole('button', { name: 'Back to prospects' }).click();
    await this.list
      .or(this.page.getByRole('heading', { name: 'No prospects yet' }))
      .first()
      .waitFor();
  }

  /** Logs something that happened (e.g. "Reply received") on the open prospect's timeline. */
  async addToTimeline(what: string, details = ''): Promise<void> {
    await this.page.getByLabel('What happened').selectOption({ label: what });
    if (details) await this.page.getByLabel('Details (optional)').fill(details);
    await this.page.getByRole('button', { name: 'Add to timeline' }).click();
  }

  /** The open prospect's open reminders, as their headings ("Follow-up", "Thank-you"). */
  async openReminders(): Promise<string[]> {
    const list = this.page.getByRole('list', { name: 'Open reminders' });
    if ((await list.count()) === 0) return [];
    return list.locator('.sp-item-head strong').allTextContents();
  }

  /** Clicks Export and returns the JSON backup it saves. */
  async exportBackup(): Promise<{ fileName: string; text: string }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: 'Export', exact: true }).click(),
    ]);
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    return { fileName: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
  }

  /** Clicks Import, picks a file with this content, and waits for the preview. */
  async pickImport(name: string, text: string): Promise<void> {
    const [chooser] = await Promise.all([
      this.page.waitForEvent('filechooser'),
      this.page.getByRole('button', { name: 'Import', exact: true }).click(),
    ]);
    await chooser.setFiles({
      name,
      mimeType: name.endsWith('.csv') ? 'text/csv' : 'application/json',
      buffer: Buffer.from(text, 'utf8'),
    });
    await this.importDialog.getByRole('button').first().waitFor();
    await this.importDialog.getByText('Reading').waitFor({ state: 'detached' });
  }

  get importDialog() {
    return this.page.getByRole('dialog', { name: 'Import preview' });
  }

  /**
   * Opens the panel with probes installed before its first script runs: when the first row entered
   * the page and the frame after it, and the most rows the list ever had in the page.
   */
  static async openMeasured(ext: Extension): Promise<SidePanelPage> {
    const page = await ext.context.newPage();
    await page.addInitScript(() => {
      const probe = { firstRow: 0, firstRowPainted: 0, maxRows: 0 };
      Object.assign(window, { askwellProbe: probe });
      new MutationObserver(() => {
        const rows = document.querySelectorAll('li[data-index]').length;
        if (rows > probe.maxRows) probe.maxRows = rows;
        if (rows > 0 && probe.firstRow === 0) {
          probe.firstRow = performance.now();
          requestAnimationFrame(() =>
            setTimeout(() => {
              probe.firstRowPainted = performance.now();
            }),
          );
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`chrome-extension://${ext.id}/sidepanel.html`);
    const panel = new SidePanelPage(page);
    await panel.ready();
    return panel;
  }

  /** From navigation start: the first row in the page, and the end of the frame that showed it (ms). */
  async firstPaint(): Promise<{ firstRow: number; painted: number }> {
    await this.page.waitForFunction(
      () => (window as unknown as ProbeWindow).askwellProbe.firstRowPainted > 0,
    );
    return this.page.evaluate(() => {
      const p = (window as unknown as ProbeWindow).askwellProbe;
      return { firstRow: p.firstRow, painted: p.firstRowPainted };
    });
  }

  /** The most list rows that were in the page at once since it opened. */
  maxRowsSeen(): Promise<number> {
    return this.page.evaluate(() => (window as unknown as ProbeWindow).askwellProbe.maxRows);
  }

  /**
   * Types into the search box key by key, as a user would, and times each keystroke inside the
   * page: from the key's `keydown` to the list updated in the DOM, and to the end of the next frame.
   */
  async typeMeasured(text: string, delayMs = 80): Promise<{ dom: number; painted: number }[]> {
    await this.page.evaluate(() => {
      const samples: { dom: number; painted: number }[] = [];
      Object.assign(window, { askwellKeys: samples });
      document.addEventListener(
        'keydown',
        () => {
          const t0 = performance.now();
          const sample = { dom: 0, painted: 0 };
          samples.push(sample);
          // Preact renders in a microtask of the input event's task: a timeout runs after it.
          setTimeout(() => {
            sample.dom = performance.now() - t0;
          });
          requestAnimationFrame(() =>
            setTimeout(() => {
              sample.painted = performance.now() - t0;
            }),
          );
        },
        { capture: true },
      );
    });
    await this.searchbox.click();
    await this.searchbox.pressSequentially(text, { delay: delayMs });
    await this.page.waitForTimeout(delayMs);
    return this.page.evaluate(
      () => (window as unknown as { askwellKeys: { dom: number; painted: number }[] }).askwellKeys,
    );
  }

  /** The page's JavaScript heap after a full garbage collection, in MB (Chromium DevTools protocol). */
  async heapUsedMB(): Promise<number> {
    const cdp = await this.page.context().newCDPSession(this.page);
    try {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('Performance.enable');
      const { metrics } = await cdp.send('Performance.getMetrics');
      const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value;
      if (used === undefined) throw new Error('Chromium reported no JSHeapUsedSize.');
      return used / 1024 / 1024;
    } finally {
      await cdp.detach();
    }
  }

  /** Scrolls the list from top to bottom in `steps` jumps, then back with the keyboard (End, Home). */
  async scrollThrough(steps = 20): Promise<void> {
    const scroller = this.page.locator('.ui-vlist');
    for (let i = 1; i <= steps; i++) {
      await scroller.evaluate((el, f) => {
        el.scrollTop = (el.scrollHeight - el.clientHeight) * f;
      }, i / steps);
      await this.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r))));
    }
    await this.rows().first().focus();
    await this.page.keyboard.press('Home');
    await this.page.keyboard.press('End');
    await this.page.keyboard.press('PageUp');
    await this.page.keyboard.press('Home');
  }
}

interface ProbeWindow {
  askwellProbe: { firstRow: number; firstRowPainted: number; maxRows: number };
}

/** The extension contexts of a given type that are open now (e.g. `SIDE_PANEL`), as the browser sees them. */
export function openContexts(ext: Extension, type: 'SIDE_PANEL' | 'POPUP' | 'TAB'): Promise<number> {
  return ext.worker.evaluate(async (t) => {
    const contexts: unknown[] = await chrome.runtime.getContexts({ contextTypes: [t] });
    return contexts.length;
  }, type);
}

/**
 * Where an end-to-end run saves a screenshot: `.output/screenshots/` on every run, and the README's
 * `docs/screenshots/` when `npm run screenshots` asks for them (so a test run leaves no churn).
 */
export function screenshotPath(name: string): string {
  const dir = process.env.ASKWELL_SCREENSHOTS === '1' ? 'docs/screenshots' : '.output/screenshots';
  mkdirSync(dir, { recursive: true });
  return join(dir, name);
}
