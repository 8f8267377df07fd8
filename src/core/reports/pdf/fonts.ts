import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import { resourcePath } from '../../resources';

type Font = ReturnType<typeof fontkit.create>;

let files: { regular: Buffer; bold: Buffer } | undefined;

/**
 * Noto Sans (OFL, resources/fonts), read from disk once per process and parsed once per report.
 * Handing pdfkit a parsed font saves it re-parsing the file at every font switch (every table
 * cell: four times slower). A parsed font is not shared between reports: fontkit caches glyphs
 * inside it, and a second document then lost letters from its text layer (seen: "Д лноза").
 * It covers Russian, Kazakh (ә ғ қ ң ө ұ ү һ і), Tajik (ҷ ӣ ӯ ҳ) and Uzbek Latin (oʻ gʻ).
 */
export function reportFonts(): { regular: Font; bold: Font } {
  files ??= {
    regular: readFileSync(resourcePath('fonts/NotoSans-Regular.ttf')),
    bold: readFileSync(resourcePath('fonts/NotoSans-Bold.ttf')),
  };
  return { regular: fontkit.create(files.regular), bold: fontkit.create(files.bold) };
}
