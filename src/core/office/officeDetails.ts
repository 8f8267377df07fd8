import { type OfficeDetails, type OfficeDetailsInput, officeDetailsSchema } from '../../shared/documents/officeDetails';
import { parseOrThrow } from '../records/parseOrThrow';
import { OFFICE_DETAILS_ID, officeDetailsSpec } from '../records/specs';
import type { Workspace } from '../records/workspace';
import { prepared } from '../vault/prepared';

const DEFAULT_OFFICE_NAME = 'Panoh';

/**
 * The office's details live in one synced record. Before it exists (a vault from before issue 14,
 * or a new one), the name set by `office.set` in earlier versions is in the settings table, and
 * is read from there, so upgrading changes nothing a report prints.
 */
export function readOfficeDetails(workspace: Workspace): OfficeDetails {
  const record = workspace.store.get(officeDetailsSpec, OFFICE_DETAILS_ID);
  if (record && !record.deletedAt) return record.doc;
  const legacy = prepared(workspace.db, "SELECT value FROM settings WHERE key = 'office_name'").get() as
    | { value: string }
    | undefined;
  return { name: legacy?.value ?? DEFAULT_OFFICE_NAME, lawyers: [] };
}

/**
 * Whether anyone has named the office (in its details, or by the older name setting). Until then
 * reports say «Panoh», but a filing leaves a line to fill in: it must not be signed by a tool.
 */
export function isOfficeNamed(workspace: Workspace): boolean {
  const record = workspace.store.get(officeDetailsSpec, OFFICE_DETAILS_ID);
  if (record && !record.deletedAt) return true;
  return prepared(workspace.db, "SELECT 1 FROM settings WHERE key = 'office_name'").get() !== undefined;
}

/** Validated whole, then written through the record store (change log, audit) like any record. */
export function writeOfficeDetails(workspace: Workspace, input: OfficeDetailsInput): OfficeDetails {
  const next = parseOrThrow(officeDetailsSchema, input);
  workspace.store.transaction(() => {
    const current = workspace.store.get(officeDetailsSpec, OFFICE_DETAILS_ID);
    if (current) {
      if (current.deletedAt) workspace.store.setDeleted(officeDetailsSpec, OFFICE_DETAILS_ID, false);
      workspace.store.update(officeDetailsSpec, OFFICE_DETAILS_ID, next);
    } else {
      workspace.store.create(officeDetailsSpec, next, { id: OFFICE_DETAILS_ID });
    }
    // Kept in step for any reader of the old setting.
    prepared(
      workspace.db,
      "INSERT INTO settings (key, value) VALUES ('office_name', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
    ).run(next.name);
  });
  return readOfficeDetails(workspace);
}

/** `office.set { name }`: changes the name only, keeping the other details. */
export function writeOfficeName(workspace: Workspace, name: string): OfficeDetails {
  return writeOfficeDetails(workspace, { ...readOfficeDetails(workspace), name });
}
