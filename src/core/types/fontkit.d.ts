/** The part of fontkit's API Panoh uses (the package ships no types). */
declare module 'fontkit' {
  export interface Font {
    readonly postscriptName: string;
    layout(text: string): unknown;
    /** Whether the font's cmap maps this code point to a glyph (else it prints as an empty box). */
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  export function create(buffer: Buffer | Uint8Array, postscriptName?: string): Font;
}
