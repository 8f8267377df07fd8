import { useId, useState } from 'react';

/**
 * "I have written it down" before going on, for secrets shown once (the recovery key, the office
 * key's words): the button stays off until the box is ticked.
 */
export function WrittenDownConfirm({
  label,
  submitLabel,
  onDone,
}: {
  label: string;
  submitLabel: string;
  onDone(): void;
}) {
  const confirmId = useId();
  const [confirmed, setConfirmed] = useState(false);
  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (confirmed) onDone();
      }}
    >
      <div className="checkbox-field">
        <input
          id={confirmId}
          type="checkbox"
          className="checkbox"
          checked={confirmed}
          onChange={(event) => setConfirmed(event.target.checked)}
        />
        <label htmlFor={confirmId}>{label}</label>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={!confirmed}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
