import type { PanohError } from '../../../shared/errors';
import { errorMessage } from '../forms/formMessages';
import { useT } from '../i18n/I18nProvider';
import { FormAlert } from './FormAlert';

/** Under a form: what went wrong, in words, or that it is done. */
export function FormOutcome({
  failure,
  done,
  doneText,
}: {
  failure: PanohError | undefined;
  done: boolean;
  doneText: string;
}) {
  const t = useT();
  return (
    <>
      <FormAlert message={failure ? errorMessage(t, failure) : undefined} />
      {done ? (
        <p className="success" role="status">
          {doneText}
        </p>
      ) : null}
    </>
  );
}
