import { useEffect, useId, useMemo, useState } from 'react';
import { describePath } from '../../../../shared/documents/fieldText';
import type { DocumentCheck, TemplateSummary } from '../../../../shared/documents/templates';
import type { PanohError } from '../../../../shared/errors';
import type { Language } from '../../../../shared/i18n';
import { asPanohError, call } from '../../api/client';
import { useConfirm } from '../../components/ConfirmDialog';
import { FormAlert } from '../../components/FormAlert';
import { LanguageSelect } from '../../components/LanguageSelect';
import { ModalDialog } from '../../components/ModalDialog';
import { errorMessage } from '../../forms/formMessages';
import { useI18n } from '../../i18n/I18nProvider';
import { askAndSaveCopy } from '../attachments/saveCopyFlow';
import { FieldReferenceDialog } from './FieldReferenceDialog';
import { NameFormsDialog } from './NameFormsDialog';
import { TemplateSources } from './TemplateSources';
import './documents.css';

type Written = { attachmentId: string; fileName: string; gaps: string[] };
type Inner = 'fields' | 'names' | undefined;

function firstLanguage(template: TemplateSummary | undefined, preferred: Language): Language {
  if (!template) return preferred;
  return template.languages.includes(preferred) ? preferred : (template.languages[0] ?? preferred);
}

/** The check before writing: what the file lacks, what stays blank, where the name came from. */
function useCheck(applicantId: string, templateId: string, language: Language, version: number) {
  const [check, setCheck] = useState<DocumentCheck | undefined>(undefined);
  const [failure, setFailure] = useState<PanohError | undefined>(undefined);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` asks for a fresh check (a name corrected)
  useEffect(() => {
    if (!templateId) return;
    let current = true;
    setCheck(undefined);
    call('documents.check', { applicantId, templateId, language, blanks: {} }).then(
      (result) => {
        if (!current) return;
        setCheck(result);
        setFailure(undefined);
      },
      (error: unknown) => {
        if (current) setFailure(asPanohError(error));
      },
    );
    return () => {
      current = false;
    };
  }, [applicantId, templateId, language, version]);
  return { check, failure };
}

/**
 * Drafting a filing from the person's file: a template and a language, what the file lacks for it,
 * the one-off answers it asks for, then an editable Word document in the person's files. Saving a
 * copy out asks first (the copy is not encrypted) and is audited by the template's id.
 */
export function DocumentDialog({
  applicantId,
  onWritten,
  onClose,
}: {
  applicantId: string;
  onWritten(): void;
  onClose(): void;
}) {
  const { t, language } = useI18n();
  const titleId = useId();
  const introId = useId();
  const { ask, dialog: confirmDialog } = useConfirm();
  const [templates, setTemplates] = useState<TemplateSummary[]>([]);
  const [templateId, setTemplateId] = useState('');
  const [documentLanguage, setDocumentLanguage] = useState<Language>(language);
  const [blanks, setBlanks] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [written, setWritten] = useState<Written | undefined>(undefined);
  const [failure, setFailure] = useState<string | undefined>(undefined);
  const [saveNote, setSaveNote] = useState<string | undefined>(undefined);
  const [inner, setInner] = useState<Inner>(undefined);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    call('documents.templates', { language }).then(
      (list) => {
        const usable = list.filter((item) => !item.retired);
        setTemplates(usable);
        const first = usable[0];
        if (first) {
          setTemplateId(first.id);
          setDocumentLanguage(firstLanguage(first, language));
        }
      },
      (error: unknown) => setFailure(errorMessage(t, asPanohError(error))),
    );
  }, [language, t]);

  const template = useMemo(() => templates.find((item) => item.id === templateId), [templates, templateId]);
  const { check, failure: checkFailure } = useCheck(applicantId, templateId, documentLanguage, version);
  const blocked = !check || check.missing.length > 0;
  const unanswered = check?.blanks.some((b) => b.required && !blanks[b.name]?.trim()) ?? true;

  const chooseTemplate = (id: string) => {
    setTemplateId(id);
    setDocumentLanguage(
      firstLanguage(
        templates.find((item) => item.id === id),
        documentLanguage,
      ),
    );
    setBlanks({});
    setWritten(undefined);
  };

  const generate = async () => {
    if (busy || blocked || unanswered) return;
    setBusy(true);
    setFailure(undefined);
    try {
      const answers = Object.fromEntries(Object.entries(blanks).filter(([, value]) => value.trim()));
      setWritten(
        await call('documents.generate', { applicantId, templateId, language: documentLanguage, blanks: answers }),
      );
      onWritten();
    } catch (error) {
      setFailure(t('documents.dialog.failed', { reason: errorMessage(t, asPanohError(error)) }));
    } finally {
      setBusy(false);
    }
  };

  const saveCopy = async () => {
    if (!written) return;
    const file = { id: written.attachmentId, fileName: written.fileName };
    const outcome = await askAndSaveCopy(t, ask, file, setSaveNote);
    if (outcome) setSaveNote(outcome.text);
  };

  return (
    <ModalDialog
      titleId={titleId}
      describedBy={introId}
      busy={busy}
      onClose={onClose}
      className="modal modal-scroll documents-dialog"
    >
      <h2 className="modal-title" id={titleId}>
        {t('documents.dialog.title')}
      </h2>
      <p className="modal-body" id={introId}>
        {t('documents.dialog.intro')}
      </p>
      {written ? (
        <WrittenPanel written={written} saveNote={saveNote} onSave={() => void saveCopy()} onClose={onClose} />
      ) : (
        <form
          className="form documents-form"
          noValidate
          aria-busy={busy}
          onSubmit={(event) => {
            event.preventDefault();
            void generate();
          }}
        >
          <div className="documents-choice">
            <div className="field">
              <label className="field-label" htmlFor={`${titleId}-template`}>
                {t('documents.dialog.template')}
              </label>
              <select
                id={`${titleId}-template`}
                className="input"
                value={templateId}
                data-autofocus
                onChange={(event) => chooseTemplate(event.currentTarget.value)}
              >
                {templates.map((item) => (
                  <option key={item.id} value={item.id}>
                    {item.title}
                  </option>
                ))}
              </select>
            </div>
            <LanguageSelect
              id={`${titleId}-language`}
              label={t('documents.dialog.language')}
              value={documentLanguage}
              languages={template?.languages ?? []}
              onChange={setDocumentLanguage}
            />
          </div>
          {templates.length === 0 ? <p className="empty-note">{t('documents.dialog.none')}</p> : null}
          <CheckPanel check={check} />
          <FormAlert message={checkFailure ? errorMessage(t, checkFailure) : undefined} />
          {check && check.blanks.length > 0 ? (
            <fieldset className="documents-blanks">
              <legend className="field-label">{t('documents.dialog.blanksTitle')}</legend>
              {check.blanks.map((blank) => (
                <div className="field" key={blank.name}>
                  <label className="field-label" htmlFor={`${titleId}-blank-${blank.name}`}>
                    {blank.label}
                    {blank.required ? <span aria-hidden="true"> *</span> : null}
                  </label>
                  <input
                    id={`${titleId}-blank-${blank.name}`}
                    className="input"
                    type="text"
                    maxLength={300}
                    required={blank.required}
                    aria-required={blank.required}
                    value={blanks[blank.name] ?? ''}
                    onChange={(event) => {
                      const value = event.currentTarget.value;
                      setBlanks((current) => ({ ...current, [blank.name]: value }));
                    }}
                  />
                </div>
              ))}
            </fieldset>
          ) : null}
          {template ? <TemplateSources template={template} /> : null}
          <FormAlert message={failure} />
          {busy ? (
            <p className="documents-progress" role="status">
              <span className="documents-spinner" aria-hidden="true" />
              {t('documents.dialog.generating')}
            </p>
          ) : null}
          <div className="modal-actions documents-actions">
            <button type="button" className="button button-outline" onClick={() => setInner('names')}>
              {t('documents.dialog.nameForms')}
            </button>
            <button type="button" className="button button-outline" onClick={() => setInner('fields')}>
              {t('documents.dialog.fields')}
            </button>
            <button
              type="button"
              className="button button-secondary"
              onClick={onClose}
              aria-disabled={busy || undefined}
            >
              {t('common.cancel')}
            </button>
            <button
              type="submit"
              className="button button-primary"
              aria-disabled={busy || blocked || unanswered || undefined}
            >
              {t('documents.dialog.generate')}
            </button>
          </div>
        </form>
      )}
      {inner === 'fields' ? (
        <FieldReferenceDialog
          applicantId={applicantId}
          language={documentLanguage}
          onClose={() => setInner(undefined)}
        />
      ) : null}
      {inner === 'names' ? (
        <NameFormsDialog
          applicantId={applicantId}
          onClose={() => {
            setInner(undefined);
            setVersion((v) => v + 1);
          }}
        />
      ) : null}
      {confirmDialog}
    </ModalDialog>
  );
}

function CheckPanel({ check }: { check: DocumentCheck | undefined }) {
  const { t } = useI18n();
  if (!check) {
    return (
      <p className="documents-progress" role="status">
        {t('documents.dialog.checking')}
      </p>
    );
  }
  return (
    <div className="documents-check" role="status">
      {check.missing.length > 0 ? (
        <div className="alert alert-error">
          <p>
            <strong>{t('documents.dialog.missingTitle')}</strong>
          </p>
          <ul className="documents-list">
            {check.missing.map((path) => (
              <li key={path}>
                {describePath(t, path)} — {t('documents.dialog.notRecorded')}
              </li>
            ))}
          </ul>
          <p>{t('documents.dialog.missingHint')}</p>
        </div>
      ) : null}
      {check.missing.length === 0 && check.gaps.length === 0 ? <p>{t('documents.dialog.noGaps')}</p> : null}
      {check.gaps.length > 0 ? (
        <div className="documents-gaps">
          <p>
            <strong>{t('documents.dialog.gapsTitle')}</strong>
          </p>
          <ul className="documents-list">
            {check.gaps.map((path) => (
              <li key={path}>{describePath(t, path)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {check.warnings.length > 0 ? (
        <div className="documents-gaps documents-warnings" role="note">
          <p>
            <strong>{t('documents.dialog.warningsTitle')}</strong>
          </p>
          <ul className="documents-list">
            {check.warnings.map((warning) => (
              <li key={warning.code}>
                {t(`documents.warning.${warning.code}`, {
                  date: warning.date ?? '',
                  fields: (warning.fields ?? []).map((path) => describePath(t, path)).join('; '),
                })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p className="documents-name-note">{t(`documents.name.${check.nameSource}`, { name: check.filingName })}</p>
    </div>
  );
}

function WrittenPanel({
  written,
  saveNote,
  onSave,
  onClose,
}: {
  written: Written;
  saveNote: string | undefined;
  onSave(): void;
  onClose(): void;
}) {
  const { t } = useI18n();
  return (
    <div className="documents-written">
      <p className="success" role="status">
        {t('documents.dialog.done', { fileName: written.fileName })}
        {written.gaps.length > 0 ? ` ${t('documents.dialog.doneGaps', { count: written.gaps.length })}` : ''}
      </p>
      {written.gaps.length > 0 ? (
        <ul className="documents-list">
          {written.gaps.map((path) => (
            <li key={path}>{describePath(t, path)}</li>
          ))}
        </ul>
      ) : null}
      <p className="attachments-save-note">{t('attachments.saveOutNote')}</p>
      {saveNote ? (
        <p className="documents-save-note" role="status">
          {saveNote}
        </p>
      ) : null}
      <div className="modal-actions">
        <button type="button" className="button button-outline" onClick={onSave}>
          {t('documents.dialog.saveCopy')}
        </button>
        <button type="button" className="button button-primary" onClick={onClose} data-autofocus>
          {t('documents.dialog.close')}
        </button>
      </div>
    </div>
  );
}
