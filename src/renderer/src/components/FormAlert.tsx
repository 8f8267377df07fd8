/** A failure the user must read: what happened and what to do, in their language. */
export function FormAlert({ message }: { message: string | undefined }) {
  if (!message) return null;
  return (
    <div className="alert alert-error" role="alert">
      <svg className="alert-icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
        <circle cx="10" cy="10" r="9" />
        <path d="M10 5.5v5.5M10 13.8v.2" />
      </svg>
      <p>{message}</p>
    </div>
  );
}
