/** The user's own settings (not records): who they are, what they want, how Askwell behaves. */

export interface MyProfile {
  name: string;
  role: string;
  company: string;
  /** What they want to learn or change, in their words. */
  goal: string;
}

export interface Cadence {
  /** Days after a request before the first gentle follow-up is suggested. */
  firstFollowUpDays: number;
  /** Days after the first follow-up before the second (and last) one. */
  secondFollowUpDays: number;
  /** Days after a meeting before the report-back is due. */
  reportBackDays: number;
}

export interface Settings {
  me: MyProfile;
  /** Set once the first-run setup was completed or skipped. */
  setupDone: boolean;
  cadence: Cadence;
  /** LinkedIn connection-note limit: 200 on free accounts, 300 on Premium. */
  noteLimit: 200 | 300;
  notifications: boolean;
  /** Defaults for a first request. */
  defaultAsk: string;
  defaultTimeBox: string;
}

export const DEFAULT_SETTINGS: Settings = {
  me: { name: '', role: '', company: '', goal: '' },
  setupDone: false,
  cadence: { firstFollowUpDays: 7, secondFollowUpDays: 7, reportBackDays: 28 },
  noteLimit: 200,
  notifications: true,
  defaultAsk: '',
  defaultTimeBox: '15-20 minutes on a call, or a short written reply',
};
