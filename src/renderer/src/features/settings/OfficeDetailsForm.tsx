import { type FormEvent, useEffect, useState } from 'react';
import { type OfficeDetailsInput, officeDetailsSchema } from '../../../../shared/documents/officeDetails';
import type { MessageKey } from '../../../../shared/i18n';
import { asPanohError, call } from '../../api/client';
import { FormAlert } from '../../components/FormAlert';
import { FormField } from '../../components/FormField';
import { SubmitButton } from '../../components/SubmitButton';
import { errorMessage, formMessage } from '../../forms/formMessages';
import { useT } from '../../i18n/I18nProvider';
import '../documents/documents.css';
import { TitledSection } from '../../components/TitledSection';

type Lawyer = { name: string; licence: string; barAssociation: string; phone: string; email: string };
type Details = { name: string; address: string; city: string; phone: string; email: string; lawyers: Lawyer[] };

const OFFICE_FIELDS = ['name', 'address', 'city', 'phone', 'email'] as const;
const LAWYER_FIELDS = ['name', 'licence', 'barAssociation', 'phone', 'email'] as const;
const EMPTY_LAWYER: Lawyer = { name: '', licence: '', barAssociation: '', phone: '', email: '' };

function fromCore(details: Partial<Record<keyof Details, unknown>> & { lawyers?: Partial<Lawyer>[] }): Details {
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  return {
    name: text(details.name),
    address: text(details.address),
    city: text(details.city),
    phone: text(details.phone),
    email: text(details.email),
    lawyers: (details.lawyers ?? []).map((l) => ({ ...EMPTY_LAWYER, ...l })),
  };
}

/** Problems by dotted path ('lawyers.0.name'), from the very schema the core checks with. */
function problemsOf(details: Details): Map<string, string> {
  const parsed = officeDetailsSchema.safeParse(details as OfficeDetailsInput);
  if (parsed.success) return new Map();
  return new Map(parsed.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

/**
 * The office's details that letterheads and signatures print: name, address, city, phone, e-mail,
 * and each lawyer with the licence a filing quotes. Saved in the vault and synced to colleagues.
 */
export function OfficeDetailsForm() {
  const t = useT();
  const [details, setDetails] = useState<Details | undefined>(undefined);
  const [problems, setProblems] = useState<Map<string, string>>(new Map());
  const [failure, setFailure] = useState<string | undefined>(undefined);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    call('office.get', {}).then(
      (value) => setDetails(fromCore(value)),
      (error: unknown) => setFailure(errorMessage(t, asPanohError(error))),
    );
  }, [t]);

  const update = (next: Details) => {
    setDetails(next);
    setDone(false);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!details || busy) return;
    const found = problemsOf(details);
    setProblems(found);
    if (found.size > 0) return;
    setBusy(true);
    setFailure(undefined);
    try {
      setDetails(fromCore(await call('office.setDetails', details)));
      setDone(true);
    } catch (error) {
      setFailure(errorMessage(t, asPanohError(error)));
    } finally {
      setBusy(false);
    }
  };

  if (!details) return <FormAlert message={failure} />;
  const officeLabel = (field: (typeof OFFICE_FIELDS)[number]) => t(`office.details.${field}` as MessageKey);
  const lawyerLabel = (field: (typeof LAWYER_FIELDS)[number]) => t(`office.lawyer.${field}` as MessageKey);

  return (
    <TitledSection title={t('office.details.title')}>
      <p className="field-hint">{t('office.details.intro')}</p>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate aria-busy={busy}>
        {OFFICE_FIELDS.map((field) => (
          <FormField key={field} label={officeLabel(field)} error={formMessage(t, problems.get(field))}>
            {(control) => (
              <input
                {...control}
                className="input"
                type={field === 'email' ? 'email' : 'text'}
                autoComplete={field === 'name' ? 'organization' : 'off'}
                value={details[field]}
                onChange={(event) => update({ ...details, [field]: event.currentTarget.value })}
              />
            )}
          </FormField>
        ))}
        <fieldset className="documents-blanks">
          <legend className="field-label">{t('office.details.lawyers')}</legend>
          <p className="field-hint">{t('office.details.lawyersHint')}</p>
          {details.lawyers.map((lawyer, index) => (
            <fieldset className="documents-lawyer" key={`lawyer-${index.toString()}`}>
              <legend className="field-label">{t('office.lawyer.legend', { number: index + 1 })}</legend>
              {LAWYER_FIELDS.map((field) => (
                <FormField
                  key={field}
                  label={lawyerLabel(field)}
                  hint={field === 'licence' ? t('office.lawyer.licenceHint') : undefined}
                  error={formMessage(t, problems.get(`lawyers.${index}.${field}`))}
                >
                  {(control) => (
                    <input
                      {...control}
                      className="input"
                      type="text"
                      value={lawyer[field]}
                      onChange={(event) => {
                        const value = event.currentTarget.value;
                        update({
                          ...details,
                          lawyers: details.lawyers.map((l, i) => (i === index ? { ...l, [field]: value } : l)),
                        });
                      }}
                    />
                  )}
                </FormField>
              ))}
              <div>
                <button
                  type="button"
                  className="button button-danger-quiet button-small"
                  onClick={() => update({ ...details, lawyers: details.lawyers.filter((_, i) => i !== index) })}
                >
                  {t('office.lawyer.remove')}
                </button>
              </div>
            </fieldset>
          ))}
          <div>
            <button
              type="button"
              className="button button-outline"
              onClick={() => update({ ...details, lawyers: [...details.lawyers, { ...EMPTY_LAWYER }] })}
            >
              {t('office.lawyer.add')}
            </button>
          </div>
        </fieldset>
        <FormAlert message={failure} />
        {done ? (
          <p className="success" role="status">
            {t('office.details.saved')}
          </p>
        ) : null}
        <div className="form-actions">
          <SubmitButton busy={busy}>{t('office.details.save')}</SubmitButton>
        </div>
      </form>
    </TitledSection>
  );
}
