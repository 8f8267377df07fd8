import { zodResolver } from '@hookform/resolvers/zod';
import { type FormEvent, type Ref, useEffect, useImperativeHandle, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { PanohError } from '../../../../shared/errors';
import { asPanohError, call } from '../../api/client';
import { FormAlert } from '../../components/FormAlert';
import { RecoveryKeyFigure } from '../../components/RecoveryKeyFigure';
import { SubmitButton } from '../../components/SubmitButton';
import { WrittenDownConfirm } from '../../components/WrittenDownConfirm';
import { errorMessage, formMessage } from '../../forms/formMessages';
import { useT } from '../../i18n/I18nProvider';
import { useNavigation } from '../shell/navigation';
import './protection.css';
import { PassphraseField } from '../../components/PassphraseField';
import { TitledSection } from '../../components/TitledSection';

/** What the section replaces: the data key itself (re-encryption), or the recovery key only. */
export type KeyReplacement = 'rekey' | 'recovery';

const TEXT = {
  rekey: {
    title: 'protection.rekey.title',
    intro: 'protection.rekey.intro',
    submit: 'protection.rekey.submit',
    done: 'protection.rekey.done',
    method: 'vault.rekey',
  },
  recovery: {
    title: 'protection.recovery.title',
    intro: 'protection.recovery.intro',
    submit: 'protection.recovery.submit',
    done: 'protection.recovery.done',
    method: 'vault.newRecoveryKey',
  },
} as const;

const formSchema = z.object({ passphrase: z.string().min(1, { message: 'required' }).max(1024) });
type FormValues = z.infer<typeof formSchema>;

/** Lets the page bring the lawyer here (after a passphrase change, "re-encrypt now"). */
export interface ReplaceKeyHandle {
  focus(): void;
}

/**
 * Re-encrypting the vault, or making a new recovery key, from Settings. The passphrase is asked
 * again; the new recovery key is shown once, and the section asks before it is left unwritten.
 */
export function ReplaceKeySection({
  kind,
  handle,
  onReplaced,
}: {
  kind: KeyReplacement;
  handle?: Ref<ReplaceKeyHandle>;
  onReplaced?(): void;
}) {
  const t = useT();
  const text = TEXT[kind];
  const [visible, setVisible] = useState(false);
  const [failure, setFailure] = useState<PanohError | undefined>(undefined);
  const [shown, setShown] = useState<string | undefined>(undefined);
  const [done, setDone] = useState(false);
  const { register, handleSubmit, formState, setFocus, reset } = useForm<FormValues>({
    resolver: zodResolver(formSchema),
    defaultValues: { passphrase: '' },
  });
  const busy = formState.isSubmitting;
  useImperativeHandle(handle, () => ({ focus: () => setFocus('passphrase') }), [setFocus]);

  const submit = handleSubmit(async ({ passphrase }) => {
    setFailure(undefined);
    setDone(false);
    setVisible(false);
    try {
      const { recoveryKey } = await call(text.method, { passphrase });
      reset();
      setShown(recoveryKey);
      onReplaced?.();
    } catch (error) {
      const failed = asPanohError(error);
      setFailure(failed);
      reset();
      setFocus('passphrase');
    }
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    if (busy) {
      event.preventDefault();
      return;
    }
    void submit(event);
  };

  return (
    <TitledSection title={t(text.title)} className="settings-section key-section">
      {shown ? (
        <ShownOnce
          recoveryKey={shown}
          onDone={() => {
            setShown(undefined);
            setDone(true);
          }}
        />
      ) : (
        <>
          <p className="key-section-intro">{t(text.intro)}</p>
          <form className="form" onSubmit={onSubmit} noValidate aria-busy={busy}>
            <PassphraseField
              label={t('protection.passphrase')}
              hint={t('protection.passphraseHint')}
              error={formMessage(t, formState.errors.passphrase?.message)}
              registration={register('passphrase', { onChange: () => setDone(false) })}
              visible={visible}
              readOnly={busy}
              autoComplete="current-password"
              onToggleVisible={() => setVisible((on) => !on)}
            />
            <FormAlert message={failure ? errorMessage(t, failure) : undefined} />
            <div role="status">
              {done ? <p className="success">{t(text.done)}</p> : null}
              {busy && kind === 'rekey' ? <p className="field-note">{t('protection.rekey.working')}</p> : null}
            </div>
            <div className="form-actions">
              <SubmitButton busy={busy}>{t(text.submit)}</SubmitButton>
            </div>
          </form>
        </>
      )}
    </TitledSection>
  );
}

/** The new recovery key, once; leaving before "written down" asks first, as the office words do. */
function ShownOnce({ recoveryKey, onDone }: { recoveryKey: string; onDone(): void }) {
  const t = useT();
  const { setLeaveGuard } = useNavigation();
  useEffect(() => setLeaveGuard(() => window.confirm(t('protection.newKey.leave'))), [setLeaveGuard, t]);
  return (
    <div className="key-shown-once">
      <h3 className="key-shown-title">{t('protection.newKey.title')}</h3>
      <p>{t('protection.newKey.intro')}</p>
      <RecoveryKeyFigure recoveryKey={recoveryKey} />
      <WrittenDownConfirm label={t('recovery.confirm')} submitLabel={t('protection.newKey.done')} onDone={onDone} />
    </div>
  );
}
