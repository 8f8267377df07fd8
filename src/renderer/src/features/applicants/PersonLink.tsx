import type { ApplicantSummary } from '../../../../shared/records/applicantSummary';
import { useNavigation } from '../shell/navigation';
import { fullName } from './format';

/** A person's name as the way to their file (a relative, another of a group). */
export function PersonLink({ person }: { person: ApplicantSummary }) {
  const { navigate } = useNavigation();
  return (
    <button
      type="button"
      className="link-button"
      onClick={() => void navigate({ area: 'applicants', applicantId: person.id })}
    >
      {fullName(person)}
    </button>
  );
}
