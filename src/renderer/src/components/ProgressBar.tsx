/**
 * A bar filled exactly as far as the core has said (no easing, no guessing between reports); with
 * no percentage it shows as indeterminate. `valueText` is what a screen reader says of it.
 */
export function ProgressBar({
  label,
  valueText,
  percent,
}: {
  label: string;
  valueText: string;
  percent?: number | undefined;
}) {
  return (
    <div
      className={percent === undefined ? 'progress-track progress-indeterminate' : 'progress-track'}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={valueText}
    >
      <div className="progress-fill" style={percent === undefined ? undefined : { width: `${percent}%` }} />
    </div>
  );
}
