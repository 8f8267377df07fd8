import type { RefObject } from 'react';

/** Being built in this change (issue 4): everyone found by any spelling. */
export function SearchResultsPage({ headingRef }: { query: string; headingRef: RefObject<HTMLHeadingElement | null> }) {
  return <h1 className="page-title" tabIndex={-1} ref={headingRef} />;
}
