import { randomBytes } from 'node:crypto';
import PDFDocument from 'pdfkit';
import { type Language, translate } from '../../../shared/i18n';
import { barExtent, countText, type PublishedCount } from '../../../shared/reports/statistics';
import { reportFonts } from './fonts';
import { r6Entries } from './pdfPasswordR6';

export interface ReportOptions {
  language: Language;
  /**
   * The document title that viewers, file managers and desktop search show: the kind of report
   * only. It is also written, unencrypted when there is no password, into the XMP metadata; a
   * client's name never goes here.
   */
  title: string;
  officeName: string;
  /** Fixed in tests so two runs give the same bytes; now otherwise. */
  generatedAt: Date;
  /** AES-256, security revision 6: the PDF does not open without it. */
  password?: string | undefined;
  /** The line under the header: a client's file is confidential; anonymous statistics say they are. */
  mark: 'confidential' | 'anonymous';
}

/** pdfkit's own security handler, reached to replace its revision-5 password entries. */
interface PdfkitSecurity {
  encryptionKey: Uint8Array;
  dictionary: { data: Record<string, unknown> };
}

export interface Column {
  header: string;
  /** Share of the text width. */
  width: number;
}

/**
 * What whoever has the password may do: the password keeps strangers out, it is not DRM. A court
 * copy must print, and a screen reader must read it.
 */
const OPEN_USE = {
  printing: 'highResolution',
  copying: true,
  annotating: true,
  fillingForms: true,
  contentAccessibility: true,
  documentAssembly: true,
} as const;

const MARGIN = 50;
const HEADER_SPACE = 46;
const COLORS = { ink: '#1b2733', muted: '#5b6875', line: '#c9d1d9', mark: '#9b1c1c', band: '#eef2f6', bar: '#1e3a5f' };

function dateTime(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getDate())}.${pad(date.getMonth() + 1)}.${date.getFullYear()} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * A4 report with the bureau's header on every page (office, generation time, confidentiality
 * mark) and "page N of M" in the footer, Noto Sans embedded, tables whose header repeats on
 * every page and whose cells wrap long text.
 */
export class ReportDocument {
  private readonly doc: PDFKit.PDFDocument;
  private readonly chunks: Buffer[] = [];
  private readonly done: Promise<Buffer>;

  constructor(private readonly options: ReportOptions) {
    this.doc = new PDFDocument({
      size: 'A4',
      margins: { top: MARGIN + HEADER_SPACE, bottom: MARGIN + 20, left: MARGIN, right: MARGIN },
      bufferPages: true,
      lang: options.language,
      displayTitle: true,
      info: {
        Title: options.title,
        Creator: 'Panoh',
        Producer: 'Panoh',
        CreationDate: options.generatedAt,
        ModDate: options.generatedAt,
      },
      // pdfkit sets up AES-256 (revision 5) with a throwaway password; encryptAtRevision6 then
      // derives the real entries. pdfkit never sees the lawyer's password.
      ...(options.password
        ? { userPassword: randomBytes(16).toString('hex'), pdfVersion: '1.7ext3' as const, permissions: OPEN_USE }
        : {}),
    });
    if (options.password) this.encryptAtRevision6(options.password);
    const fonts = reportFonts();
    // pdfkit accepts a parsed fontkit font where its types only list paths and bytes.
    this.doc.registerFont('regular', fonts.regular as unknown as Buffer);
    this.doc.registerFont('bold', fonts.bold as unknown as Buffer);
    this.doc.font('regular').fontSize(10).fillColor(COLORS.ink);
    this.done = new Promise((resolve, reject) => {
      this.doc.on('data', (chunk: Buffer) => this.chunks.push(chunk));
      this.doc.on('end', () => resolve(Buffer.concat(this.chunks)));
      this.doc.on('error', reject);
    });
  }

  /**
   * Same file key, same AESV3 encryption of every object; U, UE, O and OE from the hardened hash of
   * revision 6. The owner password is the user password: whoever may open the file may print it.
   * The extension level tells PDF 1.7 readers that revision 6 is used (as qpdf writes it).
   */
  private encryptAtRevision6(password: string): void {
    const security = (this.doc as unknown as { _security?: PdfkitSecurity })._security;
    if (security?.encryptionKey.length !== 32) throw new Error('pdfkit did not set up AES-256');
    Object.assign(security.dictionary.data, r6Entries(password, security.encryptionKey), { R: 6 });
    const root = (this.doc as unknown as { _root: { data: Record<string, unknown> } })._root;
    root.data.Extensions = { ADBE: { BaseVersion: '1.7', ExtensionLevel: 8 } };
  }

  private get width(): number {
    return this.doc.page.width - MARGIN * 2;
  }

  private get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  private ensureSpace(height: number): void {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  title(text: string, subtitle?: string): void {
    this.doc.font('bold').fontSize(18).fillColor(COLORS.ink).text(text, MARGIN, this.doc.y, { width: this.width });
    if (subtitle) this.doc.font('regular').fontSize(10).fillColor(COLORS.muted).text(subtitle, { width: this.width });
    this.doc.moveDown(0.8);
  }

  heading(text: string): void {
    // Room for the heading, a table header and a first row: a heading never ends a page alone.
    this.ensureSpace(110);
    this.doc.moveDown(0.6);
    this.doc.font('bold').fontSize(13).fillColor(COLORS.ink).text(text, MARGIN, this.doc.y, { width: this.width });
    const y = this.doc.y + 2;
    this.doc
      .moveTo(MARGIN, y)
      .lineTo(MARGIN + this.width, y)
      .lineWidth(0.6)
      .strokeColor(COLORS.line)
      .stroke();
    this.doc.moveDown(0.5);
  }

  paragraph(text: string, muted = false): void {
    this.doc
      .font('regular')
      .fontSize(9.5)
      .fillColor(muted ? COLORS.muted : COLORS.ink)
      .text(text, MARGIN, this.doc.y, { width: this.width });
    this.doc.moveDown(0.4);
  }

  /** Label / value pairs, two columns, values wrapping. */
  facts(pairs: [string, string][]): void {
    this.table(
      [
        { header: '', width: 0.32 },
        { header: '', width: 0.68 },
      ],
      pairs,
      { header: false, labelColumn: true },
    );
  }

  /** A table; the header row is drawn again at the top of every page the table continues on. */
  table(
    columns: Column[],
    rows: string[][],
    options: { header?: boolean; labelColumn?: boolean; totals?: string[] } = {},
  ): void {
    const showHeader = options.header !== false;
    const widths = columns.map((c) => c.width * this.width);
    const padding = 4;
    const heightOf = (cells: string[], font: string) => {
      this.doc.font(font).fontSize(9);
      return (
        Math.max(
          ...cells.map((text, i) => this.doc.heightOfString(text || ' ', { width: (widths[i] ?? 0) - padding * 2 })),
        ) +
        padding * 2
      );
    };
    const drawRow = (cells: string[], font: string, fill?: string) => {
      const height = heightOf(cells, font);
      const y = this.doc.y;
      if (fill) this.doc.rect(MARGIN, y, this.width, height).fill(fill);
      let x = MARGIN;
      cells.forEach((text, i) => {
        const bold = font === 'bold' || (options.labelColumn && i === 0);
        this.doc
          .font(bold ? 'bold' : 'regular')
          .fontSize(9)
          .fillColor(options.labelColumn && i === 0 ? COLORS.muted : COLORS.ink)
          .text(text, x + padding, y + padding, { width: (widths[i] ?? 0) - padding * 2 });
        x += widths[i] ?? 0;
      });
      this.doc
        .moveTo(MARGIN, y + height)
        .lineTo(MARGIN + this.width, y + height)
        .lineWidth(0.4)
        .strokeColor(COLORS.line)
        .stroke();
      this.doc.y = y + height;
    };
    const header = columns.map((c) => c.header);
    const drawHeader = () => showHeader && drawRow(header, 'bold', COLORS.band);
    this.ensureSpace(heightOf(header, 'bold') + (rows[0] ? heightOf(rows[0], 'regular') : 0));
    drawHeader();
    for (const row of rows) {
      if (this.doc.y + heightOf(row, 'regular') > this.bottom) {
        this.doc.addPage();
        drawHeader();
      }
      drawRow(row, 'regular');
    }
    if (options.totals) {
      if (this.doc.y + heightOf(options.totals, 'bold') > this.bottom) {
        this.doc.addPage();
        drawHeader();
      }
      drawRow(options.totals, 'bold', COLORS.band);
    }
    this.doc.x = MARGIN;
    this.doc.moveDown(0.6);
  }

  /**
   * A bar chart with labels under each bar. A small count is drawn as it is printed in the tables:
   * an outlined bar up to threshold-1, labelled "<t"; a count hidden to protect it has no bar, "…".
   */
  barChart(caption: string, bars: { label: string; value: PublishedCount }[], threshold: number): void {
    const height = 150;
    this.ensureSpace(height + 60);
    this.paragraph(caption, true);
    const top = this.doc.y + 6;
    const extent = (value: PublishedCount) => barExtent(value, threshold);
    const max = Math.max(1, ...bars.map((b) => extent(b.value)));
    const slot = this.width / Math.max(1, bars.length);
    const barWidth = Math.min(28, slot * 0.6);
    bars.forEach((bar, i) => {
      const h = (extent(bar.value) / max) * height;
      const x = MARGIN + i * slot + (slot - barWidth) / 2;
      if (bar.value === 'suppressed') {
        this.doc
          .rect(x, top + height - h, barWidth, h)
          .dash(2, { space: 2 })
          .lineWidth(0.8)
          .stroke(COLORS.bar);
        this.doc.undash();
      } else if (h > 0) this.doc.rect(x, top + height - h, barWidth, h).fill(COLORS.bar);
      this.doc.font('regular').fontSize(7).fillColor(COLORS.ink);
      this.doc.text(countText(bar.value, threshold), x - 6, top + height - h - 10, {
        width: barWidth + 12,
        align: 'center',
      });
      this.doc.text(bar.label, MARGIN + i * slot, top + height + 3, { width: slot, align: 'center' });
    });
    this.doc
      .moveTo(MARGIN, top + height)
      .lineTo(MARGIN + this.width, top + height)
      .lineWidth(0.6)
      .strokeColor(COLORS.line)
      .stroke();
    this.doc.x = MARGIN;
    this.doc.y = top + height + 22;
  }

  private drawPageFurniture(): void {
    const { language, officeName, generatedAt } = this.options;
    const range = this.doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      this.doc.switchToPage(i);
      const { width, height, margins } = this.doc.page;
      // Header and footer sit inside the page margins; the cursor must not trigger new pages.
      this.doc.page.margins = { ...margins, top: 0, bottom: 0 };
      this.doc
        .font('bold')
        .fontSize(9)
        .fillColor(COLORS.ink)
        .text(officeName, MARGIN, MARGIN - 16, {
          width: (width - MARGIN * 2) / 2,
          lineBreak: false,
        });
      this.doc
        .font('regular')
        .fontSize(8)
        .fillColor(COLORS.muted)
        .text(translate(language, 'report.generated', { date: dateTime(generatedAt) }), width / 2, MARGIN - 16, {
          width: width / 2 - MARGIN,
          align: 'right',
          lineBreak: false,
        });
      const anonymous = this.options.mark === 'anonymous';
      this.doc
        .font('bold')
        .fontSize(8)
        .fillColor(anonymous ? COLORS.muted : COLORS.mark)
        .text(translate(language, anonymous ? 'report.anonymous' : 'report.confidential'), MARGIN, MARGIN - 2, {
          width: width - MARGIN * 2,
          lineBreak: false,
        });
      this.doc
        .font('regular')
        .fontSize(8)
        .fillColor(COLORS.muted)
        .text(
          translate(language, 'report.page', { page: i - range.start + 1, pages: range.count }),
          MARGIN,
          height - MARGIN,
          { width: width - MARGIN * 2, align: 'center', lineBreak: false },
        );
      this.doc.page.margins = margins;
    }
  }

  finish(): Promise<Buffer> {
    this.drawPageFurniture();
    this.doc.end();
    return this.done;
  }
}
