/**
 * The permission allowlist: what the production manifests may ask for, and where the code uses
 * each one (a permission nothing uses must go). The README's table explains each to users.
 */
export const CHROME_PERMISSIONS = [
  'activeTab',
  'alarms',
  'notifications',
  'scripting',
  'sidePanel',
  'storage',
];
/** Firefox has no sidePanel permission: its sidebar comes from the manifest's sidebar_action. */
export const FIREFOX_PERMISSIONS = CHROME_PERMISSIONS.filter((p) => p !== 'sidePanel');

/** A use of each permission in the shipped code (lib/, components/, entrypoints/). */
export const PERMISSION_USES: Record<string, RegExp> = {
  // Reading the tab the user clicked on, with no host permission: the active tab only.
  activeTab: /tabs\.query\(\{\s*active:\s*true/,
  scripting: /scripting\.executeScript\(/,
  storage: /storage\.defineItem|storage\.(local|session)\b/,
  sidePanel: /sidePanel\.open\(/,
  alarms: /alarms\.create\(/,
  notifications: /notifications\.create\(/,
};
