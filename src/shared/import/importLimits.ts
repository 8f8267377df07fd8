/**
 * Bounds on what a spreadsheet may ask of the core. A file is hostile until read: an .xlsx is a zip
 * that can inflate a thousandfold, and a CSV can hold a single endless cell.
 */
export const SPREADSHEET_LIMITS = {
  /** The file as it is on disk. */
  fileBytes: 64 * 1024 * 1024,
  /** All the parts of an .xlsx once inflated. */
  inflatedBytes: 256 * 1024 * 1024,
  rows: 100_000,
  columns: 200,
  /** One cell, in characters (an applicant's notes may hold as much). */
  cellChars: 20_000,
} as const;

/** How many rows the mapping screen shows as Panoh will store them. */
export const PREVIEW_ROWS = 5;
/** How many refused rows and duplicates a dry run lists (it counts them all). */
export const REPORT_LIST_MAX = 500;
/** Distinct values a value table offers per column. */
export const VALUE_TABLE_MAX = 60;
