// The background service worker: wiring only. Each start re-registers listeners synchronously.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { listen, type RuntimeLike } from '@/lib/messaging';

export default defineBackground(() => {
  listen(browser.runtime as unknown as RuntimeLike, {
    'reminders-changed': () => ({ due: 0 }),
  });
});
