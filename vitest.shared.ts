// The Vite plugins every Vitest run needs: WXT's (fake browser, globals, aliases) and Preact's.
import preact from '@preact/preset-vite';
import type { PluginOption } from 'vite';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export async function testPlugins(): Promise<PluginOption[]> {
  const wxtPlugins = await WxtVitest();
  // Vitest 4 runs WXT's globals plugin too late unless it is forced first (toolchain.md).
  for (const p of wxtPlugins)
    if (p && 'name' in p && p.name === 'wxt:globals') Object.assign(p, { enforce: 'pre' });
  return [wxtPlugins, preact()];
}
