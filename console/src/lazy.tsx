import { lazy, type ComponentType } from 'react';

/**
 * React.lazy that renders straight away once its chunk is loaded. Plain React.lazy suspends on
 * its first render even when the chunk has arrived, and React holds a revealed Suspense boundary
 * back for up to 300 ms after its fallback showed; preloading the chunks of the first screen
 * before the first render (main.tsx) avoids both.
 */
export type Preloadable<P> = ComponentType<P> & { preload(): Promise<unknown> };

export function lazyComponent<P extends object>(load: () => Promise<{ default: ComponentType<P> }>): Preloadable<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<{ default: ComponentType<P> }> | undefined;
  const preload = () =>
    (pending ??= load().then(
      (module) => {
        loaded = module.default;
        return module;
      },
      (error: unknown) => {
        pending = undefined; // a failed chunk (e.g. offline) may be tried again
        throw error;
      },
    ));
  const Lazy = lazy(preload);
  const Component = (props: P) => {
    const Loaded = loaded;
    return Loaded ? <Loaded {...props} /> : <Lazy {...props} />;
  };
  return Object.assign(Component, { preload });
}
