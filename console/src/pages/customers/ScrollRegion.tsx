import { useEffect, useRef, type ReactNode } from 'react';

/**
 * Around an antd Table that scrolls sideways (phones, narrow columns): its scrolling box becomes
 * a named, focusable region, so keyboard users can scroll it too (WCAG 2.1.1; axe
 * `scrollable-region-focusable`). antd renders the box itself, hence the DOM touch-up.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    for (const box of ref.current?.querySelectorAll<HTMLElement>('.ant-table-content, .ant-table-body') ?? []) {
      box.tabIndex = 0;
      box.setAttribute('role', 'region');
      box.setAttribute('aria-label', label);
    }
  });
  return <div ref={ref}>{children}</div>;
}
