// The capture script's wait: a page still rendering is watched (briefly, observer disconnected
// afterwards) and read again; anything else is answered at once.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { captureWhenReady } from '@/lib/profiles/wait';
import { fixtureHtml, parse } from './helpers';

const URL = 'https://www.linkedin.com/in/amara-nwosu/';
const PROFILE = fixtureHtml('linkedin-loggedin-2024.html');

/** A live document (the global one) that starts as LinkedIn's empty app shell. */
function shell(): Document {
  document.body.innerHTML = '<div id="a11y-notification" class="visually-hidden"></div>';
  document.title = 'LinkedIn';
  return document;
}

function renderProfile(doc: Document): void {
  const rendered = parse(PROFILE);
  doc.body.replaceChildren(...Array.from(rendered.body.childNodes).map((n) => doc.importNode(n, true)));
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('capturing a page that is still rendering', () => {
  it('waits for the profile to appear and captures it', async () => {
    const doc = shell();
    setTimeout(() => renderProfile(doc), 300);
    const started = Date.now();
    const result = await captureWhenReady(doc, () => URL);
    expect(result.ok && result.profile.fullName).toBe('Amara Nwosu');
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('gives up after the time limit with "not-rendered", and stops watching the page', async () => {
    const observe = vi.spyOn(window.MutationObserver.prototype, 'observe');
    const disconnect = vi.spyOn(window.MutationObserver.prototype, 'disconnect');
    const doc = shell();
    const ticker = setInterval(() => {
      doc.body.setAttribute('data-tick', String(Date.now()));
    }, 10);
    const started = Date.now();
    const result = await captureWhenReady(doc, () => URL, { timeoutMs: 400 });
    clearInterval(ticker);
    expect(result).toEqual({ ok: false, reason: 'not-rendered' });
    expect(Date.now() - started).toBeLessThan(400 + 300);
    expect(observe).toHaveBeenCalled();
    expect(disconnect).toHaveBeenCalledTimes(observe.mock.calls.length);
  });

  it('waits out an in-app navigation that still shows the previous person', async () => {
    const doc = shell();
    doc.body.innerHTML = parse(fixtureHtml('linkedin-spa-stale.html')).body.innerHTML;
    setTimeout(() => renderProfile(doc), 200);
    const result = await captureWhenReady(doc, () => URL);
    expect(result.ok && result.profile.fullName).toBe('Amara Nwosu');
  });

  it('answers at once, without watching, when the page is a profile or cannot become one', async () => {
    const observe = vi.spyOn(window.MutationObserver.prototype, 'observe');
    const doc = shell();
    renderProfile(doc);
    expect((await captureWhenReady(doc, () => URL)).ok).toBe(true);
    expect(await captureWhenReady(doc, () => 'https://www.linkedin.com/feed/')).toEqual({
      ok: false,
      reason: 'unsupported-page',
    });
    doc.body.innerHTML =
      '<main><section class="page-not-found"><h1>This page doesn’t exist</h1></section></main>';
    expect(await captureWhenReady(doc, () => URL)).toEqual({ ok: false, reason: 'not-found' });
    expect(observe).not.toHaveBeenCalled();
  });

  it('reads the address afresh each time: the page may navigate while it waits', async () => {
    const doc = shell();
    let address = 'https://www.linkedin.com/in/someone-before/';
    setTimeout(() => {
      address = URL;
      renderProfile(doc);
    }, 150);
    const result = await captureWhenReady(doc, () => address);
    expect(result.ok && result.profile.profileUrl).toBe(URL);
  });

  it('changes nothing on the page while waiting and reading', async () => {
    const doc = shell();
    renderProfile(doc);
    const before = doc.documentElement.outerHTML;
    await captureWhenReady(doc, () => URL);
    await captureWhenReady(doc, () => 'https://www.linkedin.com/in/someone-else/', { timeoutMs: 100 });
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
