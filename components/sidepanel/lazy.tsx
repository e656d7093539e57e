/**
 * Views the side panel loads on first use (detail, settings, composer), so that the first list
 * paint runs only the code the list needs. `preload` fetches them once the list is on screen.
 */
import type { ComponentChildren, ComponentType, FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export interface LazyView<P> {
  View: FunctionComponent<P>;
  preload(): Promise<ComponentType<P>>;
}

/** `fallback` shows while the code loads (default: "Loading…"; null for parts that may just appear). */
export function lazyView<P extends object>(
  load: () => Promise<ComponentType<P>>,
  fallback: ComponentChildren = <p role="status">Loading…</p>,
): LazyView<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const preload = () => {
    loading ??= load().then(
      (c) => {
        loaded = c;
        return c;
      },
      (error: unknown) => {
        // A failed load (the extension was updated meanwhile) may be retried on the next open.
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  function View(props: P) {
    const [component, setComponent] = useState<ComponentType<P> | undefined>(() => loaded);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (component) return;
      let stopped = false;
      preload().then(
        (c) => !stopped && setComponent(() => c),
        () => !stopped && setFailed(true),
      );
      return () => {
        stopped = true;
      };
    }, []);
    if (failed)
      return <p role="alert">This part of Askwell could not be loaded. Close and reopen the side panel.</p>;
    if (!component) return <>{fallback}</>;
    const C = component;
    return <C {...props} />;
  }
  return { View, preload };
}
