import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import jpxDecoderUrl from 'pdfjs-dist/wasm/openjpeg_nowasm_fallback.js?url';

/**
 * PDF pages drawn onto canvases with pdf.js, inside the app's strict CSP: the worker is a file of
 * the app itself (no blob: or CDN), nothing is evaluated (isEvalSupported: false), WebAssembly is
 * not used (it would need 'wasm-unsafe-eval'; pdf.js then uses its JavaScript decoders), and no
 * URL is given for fonts, CMaps or ICC profiles, so pdf.js fetches nothing but its own files: it
 * works on the bytes it is handed.
 *
 * JPEG 2000 images (some scanners write them) need pdf.js's JavaScript OpenJPEG decoder, which it
 * imports from `${wasmUrl}openjpeg_nowasm_fallback.js`. The bundled copy has a hashed name, so
 * wasmUrl is that file's URL followed by '#/' (pdf.js wants a trailing slash): the name pdf.js
 * appends becomes a fragment, and the import loads the bundled file.
 */
const JPX_DECODER_BASE = `${jpxDecoderUrl}#/`;
export interface PdfHandle {
  pages: number;
  /** Draws page `number` (1-based) into a new canvas as wide as `cssWidth` CSS pixels. */
  renderPage(number: number, cssWidth: number): Promise<HTMLCanvasElement>;
  destroy(): void;
}

let configured = false;

export async function openPdf(bytes: Uint8Array<ArrayBuffer>): Promise<PdfHandle> {
  const pdfjs = await import('pdfjs-dist');
  if (!configured) {
    pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
    configured = true;
  }
  const task = pdfjs.getDocument({
    data: bytes,
    isEvalSupported: false,
    useWasm: false,
    useWorkerFetch: false,
    wasmUrl: JPX_DECODER_BASE,
    enableXfa: false,
    stopAtErrors: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  let document: Awaited<typeof task.promise>;
  try {
    document = await task.promise;
  } catch (error) {
    void task.destroy();
    throw error;
  }
  return {
    pages: document.numPages,
    async renderPage(number, cssWidth) {
      const page = await document.getPage(number);
      const unscaled = page.getViewport({ scale: 1 });
      const pixelRatio = Math.min(window.devicePixelRatio || 1, 2);
      const viewport = page.getViewport({ scale: (cssWidth / unscaled.width) * pixelRatio });
      const canvas = window.document.createElement('canvas');
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      await page.render({ canvas, viewport }).promise;
      page.cleanup();
      return canvas;
    },
    destroy() {
      void task.destroy();
    },
  };
}
