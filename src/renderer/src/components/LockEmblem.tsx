/** The padlock drawn in SVG: no image files, nothing fetched. */
export function LockEmblem({ className = 'lock-emblem' }: { className?: string }) {
  return (
    <svg className={className} viewBox="0 0 48 48" aria-hidden="true" focusable="false">
      <path className="lock-shackle" d="M15 21v-6a9 9 0 0 1 18 0v6" />
      <rect className="lock-body" x="9" y="21" width="30" height="22" rx="4" />
      <circle className="lock-keyhole" cx="24" cy="30.5" r="3" />
      <path className="lock-keyhole" d="M24 32.5v4.5" />
    </svg>
  );
}
