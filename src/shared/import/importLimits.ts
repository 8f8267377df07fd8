/**
 * Bounds on what a spreadsheet may ask of the core. A file is hostile until read: an .xlsx is a zip
 * that can inflate a thousandfold, and a CSV can hold a single endless cell. Every bound is checked
 * while the file is read, before the core builds anything that grows with it.
 */
export const SPREADSHEET_LIMITS = {
  /** The file as it is on disk. */
  fileBytes: 64 * 1024 * 1024,
  /**
   * All the parts of an .xlsx once inflated. Excel writes about 45 bytes a cell, so a list of
   * 100,000 rows by 20 columns is some 90 MB of sheet XML.
   */
  inflatedBytes: 128 * 1024 * 1024,
  rows: 100_000,
  columns: 200,
  /** Filled cells in the whole file (for an .xlsx, every cell of every sheet: the reader models them all). */
  cells: 2_000_000,
  /** One cell, in characters (an applicant's notes may hold as much). */
  cellChars: 20_000,
  /** One header (the mapping names columns by their headers). */
  headerChars: 300,
  /**
   * Merged cells, data validations and named ranges of an .xlsx, counted in the cells they cover:
   * the reader expands each into one entry per cell, so a single "A1:XFD1048576" would never end.
   */
  rangeCells: 2_000_000,
  /** Merged ranges in a workbook (each is checked against all the others as it is read). */
  merges: 10_000,
} as const;

/** How many rows the mapping screen shows as Panoh will store them. */
export const PREVIEW_ROWS = 5;
/** How many refused rows and duplicates a dry run lists (it counts them all). */
export const REPORT_LIST_MAX = 500;
/** Distinct values a value table offers per column. */
export const VALUE_TABLE_MAX = 60;
