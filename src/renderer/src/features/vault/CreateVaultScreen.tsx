import { zodResolver } from '@hookform/resolvers/zod';
import { type FormEvent, useEffect, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { PanohError } from '../../../../shared/errors';
import { asPanohError, call } from '../../api/client';
import { CapsLockHint } from '../../components/CapsLockHint';
import { FormAlert } from '../../components/FormAlert';
import { NewPassphraseFields } from '../../components/NewPassphraseFields';
import { SubmitButton } from '../../components/SubmitButton';
import { VaultScreenLayout } from '../../components/VaultScreenLayout';
import { errorMessage, formMessage } from '../../forms/formMessages';
import { type CreateVaultForm, createVaultFormSchema } from '../../forms/schemas';
import { useCapsLock } from '../../forms/useCapsLock';
import { useT } from '../../i18n/I18nProvider';

/** First start: choose the passphrase; the core creates the encrypted vault and a recovery key. */
export function CreateVaultScreen({ onCreated }: { onCreated: (recoveryKey: string) => void }) {
  const t = useT();
  const [visible, setVisible] = useState(false);
  const [failure, setFailure] = useState<PanohError | undefined>(undefined);
  const capsLock = useCapsLock();
  const { register, handleSubmit, control, setFocus, formState } = useForm<CreateVaultForm>({
    resolver: zodResolver(createVaultFormSchema),
    defaultValues: { newPassphrase: '', confirm: '' },
  });
  const passphrase = useWatch({ control, name: 'newPassphrase' });
  const busy = formState.isSubmitting;

  useEffect(() => setFocus('newPassphrase'), [setFocus]);

  const submit = handleSubmit(async ({ newPassphrase }) => {
    setFailure(undefined);
    setVisible(false);
    try {
      const { recoveryKey } = await call('vault.create', { passphrase: newPassphrase });
      onCreated(recoveryKey);
    } catch (error) {
      setFailure(asPanohError(error));
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
    <VaultScreenLayout title={t('create.title')} intro={t('create.intro')}>
      <form className="form" onSubmit={onSubmit} noValidate aria-busy={busy}>
        <NewPassphraseFields
          labels={{ passphrase: t('create.passphrase'), confirm: t('create.confirm') }}
          registrations={{ passphrase: register('newPassphrase'), confirm: register('confirm') }}
          errors={{
            passphrase: formMessage(t, formState.errors.newPassphrase?.message),
            confirm: formMessage(t, formState.errors.confirm?.message),
          }}
          passphrase={passphrase}
          busy={busy}
          visible={visible}
          onToggleVisible={() => setVisible((shown) => !shown)}
        />
        <CapsLockHint on={capsLock} />
        <FormAlert message={failure ? errorMessage(t, failure) : undefined} />
        <div className="form-actions">
          <SubmitButton busy={busy}>{t('create.submit')}</SubmitButton>
        </div>
      </form>
    </VaultScreenLayout>
  );
}
