/** The follow-up rules and due computations, pure functions of plain data (see plan.ts and due.ts). */
export * from './due';
export * from './plan';
export * from './reminders';
export * from './time';
