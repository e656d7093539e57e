/** The product's name and mark at the top of every Askwell screen. */
import type { ComponentChildren } from 'preact';

export function Brand({ children }: { children?: ComponentChildren }) {
  return (
    <header class="brand">
      <img src="/icon/32.png" alt="" width={20} height={20} />
      <span class="name">Askwell</span>
      {children}
    </header>
  );
}
