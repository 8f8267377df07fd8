import { zodResolver } from '@hookform/resolvers/zod';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import type { PanohError } from '../../../../shared/errors';
import { asPanohError, call } from '../../api/client';
import { FormAlert } from '../../components/FormAlert';
import { FormField } from '../../components/FormField';
import { SubmitButton } from '../../components/SubmitButton';
import { TitledSection } from '../../components/TitledSection';
import { WrittenDownConfirm } from '../../components/WrittenDownConfirm';
import { errorMessage, formMessage } from '../../forms/formMessages';
import { useT } from '../../i18n/I18nProvider';
import { RotateOfficeKey } from '../protection/RotateOfficeKey';
import { useNavigation } from '../shell/navigation';
import { OfficeWordsCheck } from './OfficeWordsCheck';
import { officeWords } from './syncText';

const OFFICE_WORDS = 24;

const joinFormSchema = z.object({
  words: z
    .string()
    .max(400, { message: 'tooLong' })
    .refine((text) => officeWords(text).length > 0, { message: 'required' })
    .refine((text) => officeWords(text).length === OFFICE_WORDS, { message: 'wordCount' }),
});
type JoinForm = z.infer<typeof joinFormSchema>;

/**
 * The office key. Without one: create it (first computer; the 24 words are shown here once) or
 * join with the words a colleague wrote down. With one: a sentence saying so.
 */
export function OfficeSection({
  office,
  onChanged,
  onRotated,
}: {
  office: boolean;
  onChanged(): void;
  /** The office key was changed here: its new words are to be shown once. */
  onRotated(words: string[]): void;
}) {
  const t = useT();
  const [words, setWords] = useState<string[] | undefined>(undefined);
  const [creating, setCreating] = useState(false);
  const [failure, setFailure] = useState<PanohError | undefined>(undefined);
  const [joined, setJoined] = useState(false);

  const create = async () => {
    if (creating) return;
    setCreating(true);
    setFailure(undefined);
    try {
      const result = await call('sync.createOffice', {});
      setWords(result.words.split(' '));
    } catch (error) {
      setFailure(asPanohError(error));
    } finally {
      setCreating(false);
    }
  };

  if (words) {
    return (
      <OfficeWords
        words={words}
        onDone={() => {
          setWords(undefined);
          onChanged();
        }}
      />
    );
  }

  return (
    <TitledSection title={t('sync.office.title')} className="sync-card">
      {office ? (
        <>
          {joined ? (
            <p className="success" role="status">
              {t('sync.office.joined')}
            </p>
          ) : null}
          <p className="sync-office-member">{t('sync.office.member')}</p>
          <div className="office-choices">
            <RotateOfficeKey onWords={onRotated} />
            <JoinOffice
              title={t('sync.office.rejoinTitle')}
              text={t('sync.office.rejoinText')}
              onJoined={() => {
                setJoined(true);
                onChanged();
              }}
            />
          </div>
        </>
      ) : (
        <>
          <p className="sync-lead">{t('sync.office.none')}</p>
          <div className="office-choices">
            <div className="office-choice">
              <h3 className="office-choice-title">{t('sync.office.createTitle')}</h3>
              <p className="office-choice-text">{t('sync.office.createText')}</p>
              <FormAlert message={failure ? errorMessage(t, failure) : undefined} />
              <div className="form-actions">
                <button
                  type="button"
                  className="button button-primary"
                  aria-disabled={creating || undefined}
                  onClick={() => void create()}
                >
                  {creating ? (
                    <>
                      <span className="spinner" aria-hidden="true" />
                      <span role="status">{t('common.working')}</span>
                    </>
                  ) : (
                    t('sync.office.createSubmit')
                  )}
                </button>
              </div>
            </div>
            <JoinOffice
              onJoined={() => {
                setJoined(true);
                onChanged();
              }}
            />
          </div>
        </>
      )}
    </TitledSection>
  );
}

function JoinOffice({ onJoined, title, text }: { onJoined(): void; title?: string; text?: string }) {
  const t = useT();
  const titleId = useId();
  const [failure, setFailure] = useState<PanohError | undefined>(undefined);
  const { register, handleSubmit, formState, control, setError, setFocus } = useForm<JoinForm>({
    resolver: zodResolver(joinFormSchema),
    defaultValues: { words: '' },
  });
  const typed = useWatch({ control, name: 'words' });
  const busy = formState.isSubmitting;

  const submit = handleSubmit(async ({ words }) => {
    setFailure(undefined);
    try {
      await call('sync.joinOffice', { words: officeWords(words).join(' ') });
      onJoined();
    } catch (error) {
      const failed = asPanohError(error);
      if (failed.code === 'OFFICE_KEY_INVALID') {
        setError('words', { message: errorMessage(t, failed) });
        setFocus('words');
      } else {
        setFailure(failed);
      }
    }
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    if (busy) {
      event.preventDefault();
      return;
    }
    void submit(event);
  };

  const code = formState.errors.words?.message;
  const error =
    code === 'wordCount'
      ? t('sync.office.wordCount', { count: officeWords(typed).length })
      : code === 'required' || code === 'tooLong'
        ? formMessage(t, code)
        : code;

  return (
    <div className="office-choice">
      <h3 className="office-choice-title" id={titleId}>
        {title ?? t('sync.office.joinTitle')}
      </h3>
      <p className="office-choice-text">{text ?? t('sync.office.joinText')}</p>
      <form className="form" onSubmit={onSubmit} noValidate aria-busy={busy}>
        <FormField label={t('sync.office.joinLabel')} error={error}>
          {(field) => (
            <textarea
              {...field}
              {...register('words')}
              className="input office-words-input"
              rows={4}
              readOnly={busy}
              autoComplete="off"
              autoCapitalize="off"
              autoCorrect="off"
              spellCheck={false}
            />
          )}
        </FormField>
        <FormAlert message={failure ? errorMessage(t, failure) : undefined} />
        <div className="form-actions">
          <SubmitButton busy={busy}>{t('sync.office.joinSubmit')}</SubmitButton>
        </div>
      </form>
    </div>
  );
}

/**
 * The 24 words, shown this once in a numbered grid to be copied by hand: never put in the
 * clipboard, never stored by the page, forgotten when the lawyer confirms or the vault locks.
 * Three of them are then asked back from the copy.
 */
export function OfficeWords({ words, intro, onDone }: { words: string[]; intro?: string; onDone(): void }) {
  const t = useT();
  const titleId = useId();
  const labelId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { setLeaveGuard } = useNavigation();
  const [checking, setChecking] = useState(false);

  useEffect(() => {
    if (!checking) headingRef.current?.focus();
  }, [checking]);
  useEffect(() => setLeaveGuard(() => window.confirm(t('sync.words.leave'))), [setLeaveGuard, t]);

  if (checking) {
    return <OfficeWordsCheck words={words} onChecked={onDone} onShowAgain={() => setChecking(false)} />;
  }
  return (
    <section className="sync-card office-words-card" aria-labelledby={titleId}>
      <h2 className="section-title" id={titleId} tabIndex={-1} ref={headingRef}>
        {t('sync.words.title')}
      </h2>
      <p className="sync-lead">{intro ?? t('sync.words.intro')}</p>
      <p className="sync-lead">{t('caseFile.words.whyEnglish')}</p>
      <p className="field-label" id={labelId}>
        {t('sync.words.label')}
      </p>
      <ol className="office-words" aria-labelledby={labelId}>
        {words.map((word, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a word's place in the key is its identity
          <li className="office-word" key={index}>
            <span className="office-word-number" aria-hidden="true">
              {index + 1}
            </span>
            <span className="office-word-text">{word}</span>
          </li>
        ))}
      </ol>
      <WrittenDownConfirm
        label={t('sync.words.confirm')}
        submitLabel={t('caseFile.words.toCheck')}
        onDone={() => setChecking(true)}
      />
    </section>
  );
}
