import type { RefObject } from 'react';

/** Being built in this change; replaced by the real page before it lands. */
export function DeadlinesArea({ headingRef }: { headingRef: RefObject<HTMLHeadingElement | null> }) {
  return <h1 className="page-title" tabIndex={-1} ref={headingRef} />;
}
