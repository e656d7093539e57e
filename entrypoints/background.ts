// The background service worker: wiring only. Every start registers the listeners synchronously
// and re-plans the reminder alarm and badge (alarms may be cleared while the worker sleeps). It also
// runs the drafting engine for the popup, whose composer does not load it.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '@/lib/background';
import { storeReminderSource } from '@/lib/background/source';
import { localDraftEngine } from '@/lib/drafts/local-engine';

export default defineBackground(() => {
  startBackground(browser, storeReminderSource, { drafts: localDraftEngine });
});
