import { useEffect, useId, useMemo, useState } from 'react';
import { flattenFields } from '../../../../shared/documents/fields';
import { describeField } from '../../../../shared/documents/fieldText';
import type { Language } from '../../../../shared/i18n';
import { asPanohError, call } from '../../api/client';
import { FormAlert } from '../../components/FormAlert';
import { ModalDialog } from '../../components/ModalDialog';
import { errorMessage } from '../../forms/formMessages';
import { useI18n } from '../../i18n/I18nProvider';

type Values = Map<string, string | null>;

/**
 * Every placeholder a template may use, what it means, and (with a person open) the value it takes
 * for them: the reference a lawyer writes an office template with. docs/templates.md is the same.
 */
export function FieldReferenceDialog({
  applicantId,
  language,
  onClose,
}: {
  applicantId?: string;
  language: Language;
  onClose(): void;
}) {
  const { t } = useI18n();
  const titleId = useId();
  const [filter, setFilter] = useState('');
  const [values, setValues] = useState<Values | undefined>(undefined);
  const [failure, setFailure] = useState<string | undefined>(undefined);
  const fields = useMemo(() => flattenFields(), []);

  useEffect(() => {
    if (!applicantId) return;
    call('documents.fields', { applicantId, language }).then(
      (rows) => setValues(new Map(rows.map((row) => [row.path, row.value]))),
      (error: unknown) => setFailure(errorMessage(t, asPanohError(error))),
    );
  }, [applicantId, language, t]);

  const shown = fields
    .map((field) => ({ field, meaning: describeField(t, field) }))
    .filter(({ field, meaning }) => {
      const query = filter.trim().toLocaleLowerCase();
      return !query || field.path.toLocaleLowerCase().includes(query) || meaning.toLocaleLowerCase().includes(query);
    });

  const valueText = (kind: string, value: string | null | undefined) => {
    if (kind === 'group') return t('documents.fields.group');
    if (value === null || value === undefined) return t('documents.fields.empty');
    if (kind === 'list') return t('documents.fields.list', { count: value });
    if (kind === 'flag') return value === 'true' ? t('documents.fields.yes') : t('documents.fields.no');
    return value;
  };

  return (
    <ModalDialog titleId={titleId} onClose={onClose} className="modal modal-scroll modal-wide documents-fields">
      <header className="documents-fields-header">
        <h2 className="modal-title" id={titleId}>
          {t('documents.fields.title')}
        </h2>
        <button type="button" className="button button-outline button-small" onClick={onClose}>
          {t('documents.fields.close')}
        </button>
      </header>
      <div className="documents-fields-body">
        <p className="modal-body">{t('documents.fields.intro')}</p>
        <div className="field">
          <label className="field-label" htmlFor={`${titleId}-filter`}>
            {t('documents.fields.filter')}
          </label>
          <input
            id={`${titleId}-filter`}
            className="input"
            type="search"
            value={filter}
            data-autofocus
            onChange={(event) => setFilter(event.currentTarget.value)}
          />
        </div>
        <FormAlert message={failure} />
        <table className="ledger documents-fields-table">
          <caption className="visually-hidden">{t('documents.fields.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('documents.fields.column.field')}</th>
              <th scope="col">{t('documents.fields.column.meaning')}</th>
              {applicantId ? <th scope="col">{t('documents.fields.column.value')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {shown.map(({ field, meaning }) => (
              <tr key={field.path}>
                <td>
                  <code>
                    {field.kind === 'list' || field.kind === 'group' ? `{#${field.path}}` : `{${field.path}}`}
                  </code>
                </td>
                <td>{meaning}</td>
                {applicantId ? <td>{valueText(field.kind, values?.get(field.path))}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </ModalDialog>
  );
}
