import type { ApplicantSummary } from '../../../shared/records/applicantSummary';

export interface ApplicantPickerProps {
  /** The visible label of the search box. */
  label: string;
  /** The chosen people (one at most when `multiple` is false). */
  value: ApplicantSummary[];
  onChange(next: ApplicantSummary[]): void;
  multiple?: boolean;
  /** People who may not be chosen (the applicant whose family is being edited, say). */
  excludeIds?: string[];
  /** A translated sentence shown under the field. */
  error?: string | undefined;
}

/** Being built in this change (issue 3): finds applicants by the start of a name and picks them. */
export function ApplicantPicker(_props: ApplicantPickerProps) {
  return null;
}
