import { useState } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { EXPORT_PASSWORD_MIN_LENGTH } from '../../../../shared/reports/caseSummary';
import { PassphraseField } from '../../components/PassphraseField';
import { useT } from '../../i18n/I18nProvider';

/**
 * The optional password of an exported PDF, with the plain warning of what happens without one.
 * The password never leaves the form except to the core, which encrypts the PDF with it.
 */
export function ExportPasswordField({
  registration,
  error,
  readOnly,
}: {
  registration: UseFormRegisterReturn;
  error: string | undefined;
  readOnly: boolean;
}) {
  const t = useT();
  const [visible, setVisible] = useState(false);
  return (
    <PassphraseField
      label={t('reports.export.password')}
      hint={
        <>
          {t('reports.export.passwordHint', { min: EXPORT_PASSWORD_MIN_LENGTH })}
          <span className="export-password-note">{t('reports.export.noPasswordNote')}</span>
        </>
      }
      error={error}
      registration={registration}
      visible={visible}
      readOnly={readOnly}
      autoComplete="new-password"
      onToggleVisible={() => setVisible((shown) => !shown)}
    />
  );
}
