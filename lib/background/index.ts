/** The background's logic (reminder engine, notification clicks, wiring) with browser APIs passed in. */
export * from './notification-click';
export * from './reminder-engine';
export * from './start';
