import { useEffect, useId, useState } from 'react';
import type { z } from 'zod';
import type { nameCasesSchema } from '../../../../shared/api/documentMethods';
import type { NameParts } from '../../../../shared/records/nameForms';
import { asPanohError, call } from '../../api/client';
import { FormAlert } from '../../components/FormAlert';
import { ModalDialog } from '../../components/ModalDialog';
import { errorMessage } from '../../forms/formMessages';
import { useI18n } from '../../i18n/I18nProvider';

type Cases = z.output<typeof nameCasesSchema>;
const CASES = ['nominative', 'genitive', 'dative', 'accusative', 'instrumental', 'prepositional'] as const;
const PARTS = ['family', 'given', 'patronymic'] as const;

/**
 * How the person's name reads in Russian and Kazakh filings, case by case, as the library declined
 * it or as the lawyer corrected it. Saving keeps the correction with the person (synced like the
 * rest of the record); going back drops it.
 */
export function NameFormsDialog({ applicantId, onClose }: { applicantId: string; onClose(): void }) {
  const { t } = useI18n();
  const titleId = useId();
  const introId = useId();
  const [forms, setForms] = useState<Cases | undefined>(undefined);
  const [note, setNote] = useState<string | undefined>(undefined);
  const [failure, setFailure] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  const load = () =>
    call('documents.nameForms', { applicantId }).then(
      (result) => setForms(result.forms),
      (error: unknown) => setFailure(errorMessage(t, asPanohError(error))),
    );
  // biome-ignore lint/correctness/useExhaustiveDependencies: loaded once per person
  useEffect(() => {
    void load();
  }, [applicantId]);

  const change = (grammaticalCase: (typeof CASES)[number], part: keyof NameParts, value: string) => {
    setNote(undefined);
    setForms((current) =>
      current ? { ...current, [grammaticalCase]: { ...current[grammaticalCase], [part]: value } } : current,
    );
  };

  const save = async (next: Cases | null) => {
    setBusy(true);
    setFailure(undefined);
    try {
      await call('documents.setNameForms', { applicantId, forms: next });
      setNote(t('documents.nameForms.saved'));
      if (next === null) await load();
    } catch (error) {
      setFailure(errorMessage(t, asPanohError(error)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <ModalDialog
      titleId={titleId}
      describedBy={introId}
      busy={busy}
      onClose={onClose}
      className="modal modal-scroll documents-names"
    >
      <h2 className="modal-title" id={titleId}>
        {t('documents.nameForms.title')}
      </h2>
      <p className="modal-body" id={introId}>
        {t('documents.nameForms.intro')}
      </p>
      {forms ? (
        <form
          className="form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void save(forms);
          }}
        >
          <table className="documents-names-table">
            <thead>
              <tr>
                <th scope="col">{t('documents.nameForms.case')}</th>
                {PARTS.map((part) => (
                  <th scope="col" key={part}>
                    {t(`documents.part.${part}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {CASES.map((grammaticalCase) => (
                <tr key={grammaticalCase}>
                  <th scope="row">{t(`documents.case.${grammaticalCase}`)}</th>
                  {PARTS.map((part) => (
                    <td key={part}>
                      <input
                        className="input"
                        type="text"
                        maxLength={120}
                        aria-label={`${t(`documents.case.${grammaticalCase}`)}: ${t(`documents.part.${part}`)}`}
                        value={forms[grammaticalCase][part] ?? ''}
                        onChange={(event) => change(grammaticalCase, part, event.currentTarget.value)}
                      />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <FormAlert message={failure} />
          {note ? (
            <p className="success" role="status">
              {note}
            </p>
          ) : null}
          <div className="modal-actions">
            <button type="button" className="button button-outline" onClick={() => void save(null)}>
              {t('documents.nameForms.reset')}
            </button>
            <button type="button" className="button button-secondary" onClick={onClose}>
              {t('documents.dialog.close')}
            </button>
            <button type="submit" className="button button-primary" aria-disabled={busy || undefined}>
              {t('documents.nameForms.save')}
            </button>
          </div>
        </form>
      ) : (
        <FormAlert message={failure} />
      )}
    </ModalDialog>
  );
}
