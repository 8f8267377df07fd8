import { useCallback, useEffect, useId, useState } from 'react';
import { describePath } from '../../../../shared/documents/fieldText';
import {
  TEMPLATE_MAX_BYTES,
  type TemplateInspection,
  type TemplateSummary,
} from '../../../../shared/documents/templates';
import { PanohError } from '../../../../shared/errors';
import { type Language, languages } from '../../../../shared/i18n';
import { asPanohError, call } from '../../api/client';
import { FormAlert } from '../../components/FormAlert';
import { LanguageSelect } from '../../components/LanguageSelect';
import { errorMessage } from '../../forms/formMessages';
import { useI18n } from '../../i18n/I18nProvider';
import { bytesToBase64 } from '../attachments/bytes';
import { FieldReferenceDialog } from './FieldReferenceDialog';
import './documents.css';
import { TitledSection } from '../../components/TitledSection';

interface Candidate {
  fileName: string;
  contentBase64: string;
  inspection: TemplateInspection;
  replaces?: TemplateSummary;
}

/** Reads the chosen .docx into memory and has the core check it; nothing is stored yet. */
async function inspectFile(file: File): Promise<{ contentBase64: string; inspection: TemplateInspection }> {
  if (file.size > TEMPLATE_MAX_BYTES) {
    throw new PanohError('DOCX_TOO_LARGE', { maxMegabytes: TEMPLATE_MAX_BYTES / 1024 / 1024 });
  }
  const contentBase64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
  return { contentBase64, inspection: await call('templates.inspect', { contentBase64 }) };
}

/**
 * Settings → document templates: the shipped ones, the office's own (added from Word, replaced,
 * retired), and the field reference. A new file is checked before it is accepted: the placeholders
 * Panoh does not know are listed with the nearest name it knows, and nothing is stored until every
 * one is known.
 */
export function TemplatesSettings() {
  const { t, language } = useI18n();
  const titleId = useId();
  const [templates, setTemplates] = useState<TemplateSummary[]>([]);
  const [title, setTitle] = useState('');
  const [templateLanguage, setTemplateLanguage] = useState<Language>(language);
  const [candidate, setCandidate] = useState<Candidate | undefined>(undefined);
  const [replacing, setReplacing] = useState<TemplateSummary | undefined>(undefined);
  const [note, setNote] = useState<{ tone: 'error' | 'success' | 'progress'; text: string } | undefined>(undefined);
  const [fieldsOpen, setFieldsOpen] = useState(false);

  const load = useCallback(async () => {
    try {
      setTemplates(await call('documents.templates', { language }));
    } catch (error) {
      setNote({ tone: 'error', text: errorMessage(t, asPanohError(error)) });
    }
  }, [language, t]);
  useEffect(() => {
    void load();
  }, [load]);

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setCandidate(undefined);
    setNote({ tone: 'progress', text: t('templates.checking', { name: file.name }) });
    try {
      const checked = await inspectFile(file);
      setCandidate({ fileName: file.name, ...checked, ...(replacing ? { replaces: replacing } : {}) });
      setNote(undefined);
    } catch (error) {
      setNote({ tone: 'error', text: errorMessage(t, asPanohError(error)) });
    }
  };

  const accept = async () => {
    if (!candidate) return;
    try {
      const name = candidate.replaces?.title ?? title.trim();
      await call('templates.add', {
        title: name,
        language: candidate.replaces ? (candidate.replaces.languages[0] ?? templateLanguage) : templateLanguage,
        fileName: candidate.fileName,
        contentBase64: candidate.contentBase64,
        ...(candidate.replaces ? { replaces: candidate.replaces.id } : {}),
      });
      setNote({ tone: 'success', text: t('templates.added', { title: name }) });
      setCandidate(undefined);
      setReplacing(undefined);
      setTitle('');
      await load();
    } catch (error) {
      setNote({ tone: 'error', text: errorMessage(t, asPanohError(error)) });
    }
  };

  const retire = async (template: TemplateSummary) => {
    try {
      await call('templates.retire', { id: template.id, retired: !template.retired });
      await load();
    } catch (error) {
      setNote({ tone: 'error', text: errorMessage(t, asPanohError(error)) });
    }
  };

  const shipped = templates.filter((item) => item.source === 'shipped');
  const own = templates.filter((item) => item.source === 'office');
  const inspection = candidate?.inspection;
  const usable = inspection && !inspection.problem && inspection.unknown.length === 0;

  return (
    <TitledSection title={t('templates.title')}>
      <p className="field-hint">{t('templates.intro')}</p>
      <h3 className="field-label">{t('templates.shipped')}</h3>
      <ul className="documents-template-list">
        {shipped.map((item) => (
          <li key={item.id}>
            <span>{item.title}</span>
            <span className="documents-template-meta">
              {t('templates.languages', { languages: item.languages.map((code) => t(`lang.${code}`)).join(', ') })}
            </span>
          </li>
        ))}
      </ul>
      <h3 className="field-label">{t('templates.office')}</h3>
      {own.length === 0 ? <p className="empty-note">{t('templates.noOffice')}</p> : null}
      <ul className="documents-template-list" aria-label={t('templates.office')}>
        {own.map((item) => (
          <li key={item.id}>
            <span>
              {item.title}
              {item.retired ? <span className="documents-template-meta"> ({t('templates.retired')})</span> : null}
            </span>
            {item.problem ? (
              <span className="documents-template-problem" role="note">
                {t('templates.refused', {
                  reason: errorMessage(t, new PanohError(item.problem.code, item.problem.params)),
                })}
              </span>
            ) : null}
            <span className="documents-template-meta">
              {t(`lang.${item.languages[0] ?? 'ru'}`)}
              {item.blanks.length
                ? ` · ${t('templates.asks', { blanks: item.blanks.map((b) => b.name).join(', ') })}`
                : ''}
            </span>
            <span className="ledger-actions">
              <button type="button" className="button button-outline button-small" onClick={() => setReplacing(item)}>
                {t('templates.replace')}
              </button>
              <button type="button" className="button button-outline button-small" onClick={() => void retire(item)}>
                {item.retired ? t('templates.unretire') : t('templates.retire')}
              </button>
            </span>
          </li>
        ))}
      </ul>

      <div className="form">
        <h3 className="field-label">
          {replacing ? t('templates.replacing', { title: replacing.title }) : t('templates.addTitle')}
        </h3>
        {replacing ? null : (
          <div className="documents-choice">
            <div className="field">
              <label className="field-label" htmlFor={`${titleId}-title`}>
                {t('templates.titleLabel')}
              </label>
              <input
                id={`${titleId}-title`}
                className="input"
                type="text"
                maxLength={300}
                value={title}
                onChange={(event) => setTitle(event.currentTarget.value)}
              />
            </div>
            <LanguageSelect
              id={`${titleId}-language`}
              label={t('templates.languageLabel')}
              value={templateLanguage}
              languages={languages}
              onChange={setTemplateLanguage}
            />
          </div>
        )}
        <label className="button button-outline attachments-add">
          <span>{t('templates.file')}</span>
          <input
            className="visually-hidden"
            type="file"
            accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            onChange={(event) => {
              const input = event.currentTarget;
              const file = input.files?.[0];
              input.value = '';
              void choose(file);
            }}
          />
        </label>
        {inspection ? <InspectionReport inspection={inspection} /> : null}
        {note?.tone === 'error' ? <FormAlert message={note.text} /> : null}
        {note && note.tone !== 'error' ? (
          <p className={note.tone === 'success' ? 'success' : 'documents-progress'} role="status">
            {note.text}
          </p>
        ) : null}
        <div className="form-actions">
          {usable ? (
            <button
              type="button"
              className="button button-primary"
              aria-disabled={(!replacing && !title.trim()) || undefined}
              onClick={() => void (replacing || title.trim() ? accept() : undefined)}
            >
              {replacing ? t('templates.replaceAccept') : t('templates.accept')}
            </button>
          ) : null}
          {replacing || candidate ? (
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                setReplacing(undefined);
                setCandidate(undefined);
              }}
            >
              {t('templates.cancel')}
            </button>
          ) : null}
          <button type="button" className="button button-outline" onClick={() => setFieldsOpen(true)}>
            {t('templates.fields')}
          </button>
        </div>
      </div>
      {fieldsOpen ? <FieldReferenceDialog language={language} onClose={() => setFieldsOpen(false)} /> : null}
    </TitledSection>
  );
}

function InspectionReport({ inspection }: { inspection: TemplateInspection }) {
  const { t } = useI18n();
  if (inspection.problem) {
    return <FormAlert message={t(`error.${inspection.problem.kind}`, { tag: inspection.problem.tag ?? '' })} />;
  }
  if (inspection.unknown.length > 0) {
    return (
      <div className="alert alert-error" role="alert">
        <p>
          <strong>{t('templates.unknownTitle')}</strong>
        </p>
        <ul className="documents-list">
          {inspection.unknown.map((item) => (
            <li key={item.tag}>
              {item.suggestion
                ? t('templates.suggestion', { tag: `{${item.tag}}`, suggestion: `{${item.suggestion}}` })
                : `{${item.tag}}`}
            </li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <div role="status">
      <p className="success">{t('templates.fine', { count: inspection.placeholders.length })}</p>
      {inspection.attachedTemplate ? (
        <p className="field-hint">{t('templates.attachedTemplate', { target: inspection.attachedTemplate })}</p>
      ) : null}
      {inspection.placeholders.length > 0 ? (
        <>
          <p className="field-hint">{t('templates.reads')}</p>
          <ul className="documents-list" aria-label={t('templates.reads')}>
            {inspection.placeholders.map((path) => (
              <li key={path}>
                <code>{`{${path}}`}</code> — {describePath(t, path)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
