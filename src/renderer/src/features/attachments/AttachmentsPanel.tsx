import { type DragEvent, useCallback, useEffect, useId, useState } from 'react';
import { ATTACHMENT_MAX_BYTES, type AttachmentMeta, attachmentMimeTypes } from '../../../../shared/records/attachment';
import { asPanohError, call } from '../../api/client';
import { useConfirm } from '../../components/ConfirmDialog';
import { FormAlert } from '../../components/FormAlert';
import { errorMessage } from '../../forms/formMessages';
import { type Translate, useI18n } from '../../i18n/I18nProvider';
import { formatDay } from '../../i18n/recordText';
import { AttachmentPreview } from './AttachmentPreview';
import { bytesToBase64 } from './bytes';
import { askAndSaveCopy } from './saveCopyFlow';
import '../incidents/ledger.css';
import '../../components/modal.css';
import './attachments.css';

const MAX_MEGABYTES = ATTACHMENT_MAX_BYTES / 1024 / 1024;
const ACCEPT = `.pdf,.jpg,.jpeg,.png,.docx,${attachmentMimeTypes.join(',')}`;
const EXTENSIONS = /\.(pdf|jpe?g|png|docx)$/i;

type Note = { id: number; tone: 'error' | 'success' | 'progress' | 'info'; text: string };

const NOTE_CLASS: Record<Exclude<Note['tone'], 'error'>, string> = {
  success: 'success',
  progress: 'attachments-progress',
  info: 'attachments-info',
};

let noteCounter = 0;
const note = (tone: Note['tone'], text: string): Note => ({ id: ++noteCounter, tone, text });

export function formatSize(t: Translate, bytes: number, language: string): string {
  const number = (value: number) => new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value);
  if (bytes < 1024 * 1024) return t('attachments.sizeKb', { size: number(Math.max(0.1, bytes / 1024)) });
  return t('attachments.sizeMb', { size: number(bytes / 1024 / 1024) });
}

/** The renderer's quick check, before reading a byte; the core checks the content again. */
function refusal(t: Translate, file: File): string | undefined {
  const typeKnown = (attachmentMimeTypes as readonly string[]).includes(file.type) || EXTENSIONS.test(file.name);
  if (!typeKnown) return t('attachments.unsupported', { name: file.name });
  if (file.size > ATTACHMENT_MAX_BYTES)
    return t('attachments.tooLarge', { name: file.name, maxMegabytes: MAX_MEGABYTES });
  return undefined;
}

/**
 * The files of an applicant or an incident: scans of decisions, certificates, photos. They are
 * kept encrypted in the vault; adding reads the file into memory and hands it to the core, and
 * the preview shows it from memory. "Save a copy…" is the one way out in clear: the lawyer is
 * warned first, then the main process asks where in a native save dialog (the page never learns
 * the folder) and the core writes and audits the copy.
 */
export function AttachmentsPanel({
  ownerKind,
  ownerId,
  version = 0,
}: {
  ownerKind: 'applicant' | 'incident';
  ownerId: string;
  /** Changes when something else added a file here (a document written from a template). */
  version?: number;
}) {
  const { t, language } = useI18n();
  const titleId = useId();
  const noteId = useId();
  const { ask, dialog } = useConfirm();
  const [files, setFiles] = useState<AttachmentMeta[] | undefined>(undefined);
  const [loadFailure, setLoadFailure] = useState<string | undefined>(undefined);
  const [notes, setNotes] = useState<Note[]>([]);
  const [adding, setAdding] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [preview, setPreview] = useState<AttachmentMeta | undefined>(undefined);
  const [saving, setSaving] = useState(false);

  const load = useCallback(async () => {
    try {
      const result =
        ownerKind === 'incident'
          ? await call('incidents.get', { id: ownerId })
          : await call('applicants.get', { id: ownerId });
      setFiles(result.attachments);
      setLoadFailure(undefined);
    } catch (error) {
      setLoadFailure(errorMessage(t, asPanohError(error)));
    }
  }, [ownerKind, ownerId, t]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` is the signal to load again
  useEffect(() => {
    void load();
  }, [load, version]);

  const addFiles = async (list: FileList | File[]) => {
    const chosen = [...list];
    if (chosen.length === 0 || adding) return;
    setAdding(true);
    const done: Note[] = [];
    for (const file of chosen) {
      const refused = refusal(t, file);
      if (refused) {
        done.push(note('error', refused));
        continue;
      }
      setNotes([...done, note('progress', t('attachments.adding', { name: file.name }))]);
      try {
        const contentBase64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
        await call('attachments.add', { ownerKind, ownerId, fileName: file.name, contentBase64 });
        done.push(note('success', t('attachments.added', { name: file.name })));
      } catch (error) {
        const reason = errorMessage(t, asPanohError(error));
        done.push(note('error', t('attachments.failed', { name: file.name, reason })));
      }
    }
    setNotes(done);
    setAdding(false);
    await load();
  };

  const remove = async (file: AttachmentMeta) => {
    const yes = await ask({
      title: t('attachments.delete.title'),
      body: t('attachments.delete.body', { name: file.fileName }),
      confirmLabel: t('attachments.delete.confirm'),
      cancelLabel: t('common.cancel'),
      danger: true,
    });
    if (!yes) return;
    try {
      await call('attachments.delete', { id: file.id });
      setNotes([note('success', t('attachments.deleted', { name: file.fileName }))]);
    } catch (error) {
      setNotes([note('error', errorMessage(t, asPanohError(error)))]);
    }
    await load();
  };

  const saveCopy = async (file: AttachmentMeta) => {
    if (saving) return;
    setSaving(true);
    try {
      const outcome = await askAndSaveCopy(t, ask, file, (text) => setNotes([note('progress', text)]));
      if (!outcome) return;
      setNotes([note(outcome.tone, outcome.text)]);
      // Deleted meanwhile (here or by a colleague's bundle): show the list as it is now.
      if (outcome.failure === 'RECORD_NOT_FOUND') await load();
    } finally {
      setSaving(false);
    }
  };

  const onDrop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    setDragging(false);
    void addFiles(event.dataTransfer.files);
  };

  return (
    <section className="record-card attachments" aria-labelledby={titleId}>
      <div className="attachments-heading">
        <h2 className="section-title" id={titleId}>
          {t('attachments.title')}
        </h2>
        <p className="attachments-vault-note" id={noteId}>
          <svg className="attachments-lock" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
            <rect x="4" y="9" width="12" height="8.5" rx="1.5" />
            <path d="M6.5 9V6.5a3.5 3.5 0 0 1 7 0V9" />
          </svg>
          <span>{t('attachments.encrypted')}</span>
        </p>
      </div>

      <section
        className={dragging ? 'attachments-drop attachments-drop-active' : 'attachments-drop'}
        aria-label={t('attachments.dropZone')}
        onDragEnter={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragOver={(event) => {
          event.preventDefault();
          event.dataTransfer.dropEffect = 'copy';
        }}
        onDragLeave={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
        }}
        onDrop={onDrop}
      >
        <label className="button button-outline attachments-add" aria-disabled={adding || undefined}>
          <svg className="attachments-add-icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
            <path d="M10 13V3.5M6 7.5l4-4 4 4M4 13.5v3h12v-3" />
          </svg>
          <span>{t('attachments.add')}</span>
          <input
            className="visually-hidden"
            type="file"
            accept={ACCEPT}
            multiple
            disabled={adding}
            aria-describedby={noteId}
            onChange={(event) => {
              const input = event.currentTarget;
              const list = input.files ? [...input.files] : [];
              input.value = '';
              void addFiles(list);
            }}
          />
        </label>
        <p className="attachments-drop-hint">{t('attachments.dropHint', { maxMegabytes: MAX_MEGABYTES })}</p>
      </section>

      <div className="attachments-notes">
        {notes.map((item) =>
          item.tone === 'error' ? (
            <FormAlert key={item.id} message={item.text} />
          ) : (
            <p key={item.id} className={NOTE_CLASS[item.tone]} role="status">
              {item.tone === 'progress' ? <span className="attachments-spinner" aria-hidden="true" /> : null}
              {item.text}
            </p>
          ),
        )}
      </div>

      <FormAlert message={loadFailure} />
      {files && files.length === 0 ? <p className="attachments-empty">{t('attachments.empty')}</p> : null}
      {files && files.length > 0 ? (
        <div className="ledger-frame">
          <table className="ledger attachments-table">
            <caption className="visually-hidden">{t('attachments.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('attachments.column.name')}</th>
                <th scope="col" className="attachments-col-type">
                  {t('attachments.column.type')}
                </th>
                <th scope="col" className="ledger-number">
                  {t('attachments.column.size')}
                </th>
                <th scope="col" className="attachments-col-added">
                  {t('attachments.column.added')}
                </th>
                <th scope="col">
                  <span className="visually-hidden">{t('attachments.column.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {files.map((file) => (
                <tr key={file.id}>
                  <td>
                    <span className="attachments-name">
                      <FileIcon mimeType={file.mimeType} />
                      <button type="button" className="link-button attachments-open" onClick={() => setPreview(file)}>
                        {file.fileName}
                      </button>
                    </span>
                    {file.templateId ? (
                      <span className="attachments-origin">{t('attachments.fromTemplate')}</span>
                    ) : null}
                  </td>
                  <td className="attachments-col-type">{t(`attachments.type.${file.mimeType}`)}</td>
                  <td className="ledger-number">{formatSize(t, file.size, language)}</td>
                  <td className="ledger-date attachments-col-added">{formatDay(file.createdAt)}</td>
                  <td>
                    <div className="ledger-actions">
                      <button
                        type="button"
                        className="button button-outline button-small"
                        aria-label={t('attachments.openNamed', { name: file.fileName })}
                        onClick={() => setPreview(file)}
                      >
                        {t('attachments.open')}
                      </button>
                      <button
                        type="button"
                        className="button button-outline button-small"
                        aria-label={t('attachments.saveCopyNamed', { name: file.fileName })}
                        aria-disabled={saving || undefined}
                        onClick={() => void saveCopy(file)}
                      >
                        {t('attachments.saveCopy')}
                      </button>
                      <button
                        type="button"
                        className="button button-danger-quiet button-small"
                        aria-label={t('attachments.deleteNamed', { name: file.fileName })}
                        onClick={() => void remove(file)}
                      >
                        {t('attachments.delete')}
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <p className="attachments-save-note">{t('attachments.saveOutNote')}</p>
      {preview ? <AttachmentPreview attachment={preview} onClose={() => setPreview(undefined)} /> : null}
      {dialog}
    </section>
  );
}

function FileIcon({ mimeType }: { mimeType: string }) {
  return (
    <svg className="attachments-file-icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <path d="M5 2.5h6.5L15 6v11.5H5z" />
      <path d="M11.5 2.5V6H15" />
      {mimeType === 'application/pdf' ? <path d="M7.5 11h5M7.5 14h5" /> : <path d="M7 15l2.5-3 2 2 1-1.2L14 15" />}
    </svg>
  );
}
