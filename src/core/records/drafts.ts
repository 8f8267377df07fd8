import type { Db } from '../vault/openDatabase';
import { prepared } from '../vault/prepared';

/**
 * Unsaved forms, so an interview cut short by a lock or a crash loses nothing. They live in the
 * vault, encrypted like everything else, never in the renderer's storage.
 */
export class DraftRepository {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {}

  save(formKey: string, doc: unknown): void {
    prepared(
      this.db,
      `INSERT INTO drafts (form_key, doc, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (form_key) DO UPDATE SET doc = excluded.doc, updated_at = excluded.updated_at`,
    ).run(formKey, JSON.stringify(doc), this.now().toISOString());
  }

  get(formKey: string): { doc: unknown; updatedAt: string } | undefined {
    const row = prepared(this.db, 'SELECT doc, updated_at FROM drafts WHERE form_key = ?').get(formKey) as
      | { doc: string; updated_at: string }
      | undefined;
    return row && { doc: JSON.parse(row.doc) as unknown, updatedAt: row.updated_at };
  }

  list(): { formKey: string; updatedAt: string }[] {
    return (
      prepared(this.db, 'SELECT form_key, updated_at FROM drafts ORDER BY updated_at DESC').all() as {
        form_key: string;
        updated_at: string;
      }[]
    ).map((row) => ({ formKey: row.form_key, updatedAt: row.updated_at }));
  }

  discard(formKey: string): void {
    prepared(this.db, 'DELETE FROM drafts WHERE form_key = ?').run(formKey);
  }
}
