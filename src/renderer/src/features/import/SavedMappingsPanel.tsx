import { type FormEvent, useEffect, useId, useState } from 'react';
import type { ColumnMapping, SavedMapping } from '../../../../shared/import/spreadsheetImport';
import { asPanohError, call } from '../../api/client';
import { FormAlert } from '../../components/FormAlert';
import { errorMessage, formMessage } from '../../forms/formMessages';
import { useT } from '../../i18n/I18nProvider';

/** Use a mapping saved for an earlier file of the same kind, or save this one by name. */
export function SavedMappingsPanel({
  mapping,
  disabled,
  onApply,
}: {
  mapping: ColumnMapping;
  disabled: boolean;
  onApply(mapping: ColumnMapping): void;
}) {
  const t = useT();
  const ids = { title: useId(), choose: useId(), name: useId() };
  const [saved, setSaved] = useState<SavedMapping[]>([]);
  const [chosen, setChosen] = useState('');
  const [name, setName] = useState('');
  const [status, setStatus] = useState<string | undefined>(undefined);
  const [failure, setFailure] = useState<string | undefined>(undefined);

  useEffect(() => {
    call('import.mappings', {}).then(setSaved, () => {});
  }, []);

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setStatus(undefined);
    setFailure(undefined);
    try {
      await call('import.saveMapping', { name, mapping });
      setSaved(await call('import.mappings', {}));
      setStatus(t('import.saved.saved', { name: name.trim() }));
      setChosen(name.trim());
    } catch (error) {
      const failed = asPanohError(error);
      setFailure(
        failed.code === 'INVALID_INPUT' && failed.fields?.[0]?.path === 'name'
          ? formMessage(t, failed.fields[0].issue)
          : errorMessage(t, failed),
      );
    }
  };

  const apply = () => {
    const found = saved.find((s) => s.name === chosen);
    if (!found) return;
    onApply(found.mapping);
    setStatus(t('import.saved.applied', { name: found.name }));
  };

  return (
    <section className="import-section import-saved" aria-labelledby={ids.title}>
      <h2 className="section-title" id={ids.title}>
        {t('import.saved.title')}
      </h2>
      {saved.length > 0 ? (
        <div className="import-inline">
          <label className="field-label" htmlFor={ids.choose}>
            {t('import.saved.choose')}
          </label>
          <select
            id={ids.choose}
            className="input select"
            value={chosen}
            disabled={disabled}
            onChange={(event) => setChosen(event.target.value)}
          >
            <option value="">{t('import.saved.none')}</option>
            {saved.map((s) => (
              <option key={s.name} value={s.name}>
                {s.name}
              </option>
            ))}
          </select>
          <button type="button" className="button button-outline" disabled={disabled || !chosen} onClick={apply}>
            {t('import.saved.apply')}
          </button>
        </div>
      ) : null}
      <form className="import-inline" onSubmit={(event) => void save(event)} noValidate>
        <label className="field-label" htmlFor={ids.name}>
          {t('import.saved.name')}
        </label>
        <input
          id={ids.name}
          className="input"
          value={name}
          maxLength={120}
          disabled={disabled}
          onChange={(event) => setName(event.target.value)}
        />
        <button type="submit" className="button button-outline" disabled={disabled}>
          {t('import.saved.save')}
        </button>
      </form>
      {status ? (
        <p className="success" role="status">
          {status}
        </p>
      ) : null}
      <FormAlert message={failure} />
    </section>
  );
}
