/** The shape of one captured profile, shared by capture, the prospect store and the drafts. */

export type Network = 'linkedin' | 'github' | 'generic';

export type CaptureFailure =
  | 'unsupported-page'
  | 'sign-in-wall'
  | 'not-found'
  | 'rate-limited'
  | 'not-rendered'
  | 'mismatch';

export interface ExperienceEntry {
  title: string;
  company?: string;
  dateRange?: string;
  location?: string;
}

export interface EducationEntry {
  school: string;
  degree?: string;
  dateRange?: string;
}

export interface ProfileSnapshot {
  network: Network;
  /** Canonical: LinkedIn https://www.linkedin.com/in/<slug>/ ; GitHub https://github.com/<login> */
  profileUrl: string;
  fullName: string;
  headline?: string;
  title?: string;
  company?: string;
  location?: string;
  about?: string;
  photoUrl?: string;
  experience: ExperienceEntry[];
  education: EducationEntry[];
}

export type CaptureResult = { ok: true; profile: ProfileSnapshot } | { ok: false; reason: CaptureFailure };
