import { PanohError } from '../../shared/errors';
import { type ColumnMapping, columnMappingSchema, type SavedMapping } from '../../shared/import/spreadsheetImport';
import type { Workspace } from '../records/workspace';
import { prepared } from '../vault/prepared';

export function listMappings(workspace: Workspace): SavedMapping[] {
  const rows = prepared(workspace.db, 'SELECT name, doc, updated_at FROM import_mappings ORDER BY name').all() as {
    name: string;
    doc: string;
    updated_at: string;
  }[];
  // A mapping saved by an older build with a target since renamed is left out, not an error.
  return rows.flatMap((row) => {
    const mapping = columnMappingSchema.safeParse(JSON.parse(row.doc));
    return mapping.success ? [{ name: row.name, mapping: mapping.data, updatedAt: row.updated_at }] : [];
  });
}

/** Saves (or replaces) a mapping by name; audited like any change, naming no column. */
export function saveMapping(workspace: Workspace, name: string, mapping: ColumnMapping): void {
  const db = workspace.db;
  db.transaction(() => {
    const existed = prepared(db, 'SELECT 1 FROM import_mappings WHERE name = ?').get(name) !== undefined;
    prepared(
      db,
      `INSERT INTO import_mappings (name, doc, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (name) DO UPDATE SET doc = excluded.doc, updated_at = excluded.updated_at`,
    ).run(name, JSON.stringify(mapping), new Date().toISOString());
    workspace.audit.append({
      action: existed ? 'update' : 'create',
      targetKind: 'file',
      detail: { setting: 'importMapping', columns: mapping.columns.length },
    });
  })();
}

export function deleteMapping(workspace: Workspace, name: string): void {
  const db = workspace.db;
  db.transaction(() => {
    const removed = prepared(db, 'DELETE FROM import_mappings WHERE name = ?').run(name).changes;
    if (removed === 0) throw new PanohError('RECORD_NOT_FOUND', { kind: 'file' });
    workspace.audit.append({ action: 'delete', targetKind: 'file', detail: { setting: 'importMapping' } });
  })();
}
