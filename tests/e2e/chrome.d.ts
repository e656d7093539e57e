// In Playwright's evaluate callbacks the code runs in an extension page or the service worker,
// where Chrome's `chrome` namespace exists.
import type { Browser } from 'wxt/browser';

declare global {
  const chrome: typeof Browser;
}
