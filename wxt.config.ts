// Build configuration: manifest, permissions and the Vite plugins for Chrome (MV3) and Firefox.
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// The end-to-end build is the production build plus host permissions for the synthetic pages the
// tests serve: a headless browser cannot make the toolbar click that grants activeTab.
const e2e = process.env.ASKWELL_E2E === '1';
export const E2E_HOSTS = ['https://www.linkedin.com/*', 'https://github.com/*'];

// Without a display (CI, containers) WXT's browser runner would crash `wxt dev`: build and watch only.
const headless = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  outDirTemplate: e2e ? '{{browser}}-mv{{manifestVersion}}-e2e' : undefined,
  webExt: { disabled: headless },
  vite: () => ({
    plugins: [preact()],
    // Extension pages support <link rel=modulepreload> natively; Vite's polyfill would be the only
    // fetch() in the build.
    build: { target: 'es2022', modulePreload: { polyfill: false } },
  }),
  manifest: ({ browser }) => ({
    name: 'Askwell',
    description:
      'Ask a stranger for mentorship in a way they can say yes to: capture, draft, follow up. Local only.',
    permissions: ['storage', 'activeTab', 'scripting', 'alarms', 'notifications'].concat(
      browser === 'firefox' ? [] : ['sidePanel'],
    ),
    host_permissions: e2e ? E2E_HOSTS : undefined,
    action: { default_title: 'Askwell' },
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+A' },
        description: 'Open Askwell on this page',
      },
    },
    browser_specific_settings:
      browser === 'firefox'
        ? {
            gecko: {
              id: 'askwell@askwell.invalid',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          }
        : undefined,
  }),
});
