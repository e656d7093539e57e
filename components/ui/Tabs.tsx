/** Choosing one of a few views (e.g. the draft's channel): the ARIA tabs pattern with a roving tabindex. */
import type { ComponentChildren } from 'preact';
import { useId, useRef } from 'preact/hooks';

export interface TabItem<K extends string> {
  id: K;
  label: string;
  disabled?: boolean;
}

export interface TabsProps<K extends string> {
  /** The accessible name of the tab list, e.g. "Channel". */
  label: string;
  tabs: readonly TabItem<K>[];
  selected: K;
  onSelect: (id: K) => void;
  /**
   * `automatic` (default): arrow keys select as they move, right for cheap views like a channel.
   * `manual`: arrows only move focus; Enter or Space selects.
   */
  activation?: 'automatic' | 'manual';
  /** The content of the selected tab's panel. */
  children: ComponentChildren;
}

/**
 * Only the selected tab is in the Tab order; Left/Right (and Up/Down) move between tabs, wrapping,
 * Home/End go to the first/last enabled tab. The one tab panel is labelled by the selected tab.
 */
export function Tabs<K extends string>({
  label,
  tabs,
  selected,
  onSelect,
  activation = 'automatic',
  children,
}: TabsProps<K>) {
  const base = `tabs-${useId()}`;
  const listRef = useRef<HTMLDivElement>(null);
  const enabled = tabs.filter((t) => !t.disabled);

  const focusTab = (id: K) => {
    listRef.current?.querySelector<HTMLElement>(`[data-tab="${CSS.escape(id)}"]`)?.focus();
    if (activation === 'automatic') onSelect(id);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const current = (e.target as HTMLElement).closest<HTMLElement>('[role="tab"]')?.dataset.tab;
    const index = enabled.findIndex((t) => t.id === current);
    if (index < 0) return;
    let next: TabItem<K> | undefined;
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') next = enabled[(index + 1) % enabled.length];
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp')
      next = enabled[(index - 1 + enabled.length) % enabled.length];
    else if (e.key === 'Home') next = enabled[0];
    else if (e.key === 'End') next = enabled[enabled.length - 1];
    if (!next) return;
    e.preventDefault();
    focusTab(next.id);
  };

  return (
    <div class="ui-tabs">
      <div role="tablist" aria-label={label} class="ui-tablist" ref={listRef} onKeyDown={onKeyDown}>
        {tabs.map((t) => {
          const isSelected = t.id === selected;
          return (
            <button
              key={t.id}
              type="button"
              role="tab"
              id={`${base}-tab-${t.id}`}
              data-tab={t.id}
              aria-selected={isSelected ? 'true' : 'false'}
              aria-controls={`${base}-panel`}
              tabIndex={isSelected ? 0 : -1}
              disabled={t.disabled}
              class="ui-tab"
              onClick={() => onSelect(t.id)}
            >
              {t.label}
            </button>
          );
        })}
      </div>
      <div
        role="tabpanel"
        id={`${base}-panel`}
        aria-labelledby={`${base}-tab-${selected}`}
        class="ui-tabpanel"
      >
        {children}
      </div>
    </div>
  );
}
