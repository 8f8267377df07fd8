import { useEffect, useId, useRef, useState } from 'react';
import { type AttachmentMeta, DOCX_MIME_TYPE } from '../../../../shared/records/attachment';
import { call } from '../../api/client';
import { ModalDialog } from '../../components/ModalDialog';
import { useT } from '../../i18n/I18nProvider';
import { activeContentReason } from './activeContentText';
import { base64ToBytes } from './bytes';
import { openPdf } from './pdfRender';

type State =
  | { kind: 'loading' }
  | { kind: 'image'; url: string }
  | { kind: 'pdf'; pages: number }
  | { kind: 'text'; paragraphs: string[]; warning?: string }
  | { kind: 'failed' };

/**
 * Shows an attachment inside the app, from memory: an image through a blob: URL (revoked when the
 * dialog closes), a PDF drawn page by page onto canvases. No copy is written anywhere.
 */
export function AttachmentPreview({ attachment, onClose }: { attachment: AttachmentMeta; onClose(): void }) {
  const t = useT();
  const pagesRef = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const [state, setState] = useState<State>({ kind: 'loading' });

  useEffect(() => {
    let cancelled = false;
    let objectUrl: string | undefined;
    let destroyPdf: (() => void) | undefined;
    const canvases: HTMLCanvasElement[] = [];

    (async () => {
      if (attachment.mimeType === DOCX_MIME_TYPE) {
        // Read in the core, within its bounds: a .docx that came by sync was never checked here.
        const { paragraphs, activeContent } = await call('attachments.docxText', { id: attachment.id });
        if (cancelled) return;
        const warning = activeContent
          ? t('attachments.preview.activeContent', { reason: activeContentReason(t, activeContent) })
          : undefined;
        setState({ kind: 'text', paragraphs, ...(warning ? { warning } : {}) });
        return;
      }
      const { contentBase64, meta } = await call('attachments.content', { id: attachment.id });
      if (cancelled) return;
      const bytes = base64ToBytes(contentBase64);
      if (meta.mimeType !== 'application/pdf') {
        objectUrl = URL.createObjectURL(new Blob([bytes], { type: meta.mimeType }));
        setState({ kind: 'image', url: objectUrl });
        return;
      }
      const pdf = await openPdf(bytes);
      destroyPdf = () => pdf.destroy();
      if (cancelled) return pdf.destroy();
      setState({ kind: 'pdf', pages: pdf.pages });
      // One page after the other, each into its own canvas, so the first shows at once.
      for (let number = 1; number <= pdf.pages && !cancelled; number += 1) {
        const holder = pagesRef.current;
        if (!holder) return;
        const width = Math.max(320, Math.min(holder.clientWidth - 32, 1200));
        const canvas = await pdf.renderPage(number, width);
        if (cancelled) return;
        canvas.className = 'preview-page';
        canvas.setAttribute('role', 'img');
        canvas.setAttribute('aria-label', t('attachments.preview.page', { page: number, pages: pdf.pages }));
        canvases.push(canvas);
        holder.append(canvas);
      }
    })().catch(() => {
      if (!cancelled) setState({ kind: 'failed' });
    });

    return () => {
      cancelled = true;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
      destroyPdf?.();
      // Drop the pixels now rather than whenever the garbage collector gets to them.
      for (const canvas of canvases) {
        canvas.width = 0;
        canvas.height = 0;
        canvas.remove();
      }
    };
  }, [attachment.id, attachment.mimeType, t]);

  return (
    <ModalDialog
      titleId={titleId}
      className="modal modal-wide preview"
      initialFocus="[data-autofocus]"
      onClose={onClose}
    >
      <header className="preview-header">
        <h2 className="preview-title" id={titleId}>
          {attachment.fileName}
        </h2>
        <button data-autofocus type="button" className="button button-outline button-small" onClick={onClose}>
          {t('attachments.preview.close')}
        </button>
      </header>
      <div className="preview-body" aria-busy={state.kind === 'loading'}>
        {state.kind === 'loading' ? <p className="preview-note">{t('attachments.preview.loading')}</p> : null}
        {state.kind === 'failed' ? (
          <div className="alert alert-error" role="alert">
            <p>{t('attachments.preview.failed')}</p>
          </div>
        ) : null}
        {state.kind === 'image' ? <img className="preview-image" src={state.url} alt={attachment.fileName} /> : null}
        {state.kind === 'text' ? (
          <div className="preview-text">
            <p className="preview-note">{t('attachments.preview.docx')}</p>
            {state.warning ? (
              <div className="alert alert-error" role="alert">
                <p>{state.warning}</p>
              </div>
            ) : null}
            {state.paragraphs.map((paragraph, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs have no identity but their place
              <p key={index}>{paragraph}</p>
            ))}
          </div>
        ) : null}
        <div className="preview-pages" ref={pagesRef} />
      </div>
    </ModalDialog>
  );
}
