import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Core, createCore } from '../api/createCore';
import { makeTempDir, TEST_SCRYPT } from './tempVault';

let temp: ReturnType<typeof makeTempDir>;
let core: Core;

beforeEach(async () => {
  temp = makeTempDir();
  core = createCore({ vaultPath: join(temp.dir, 'office.panoh'), scrypt: TEST_SCRYPT });
  await core.invoke('vault.create', { passphrase: 'диск переполнен проверка' });
  await core.invoke('applicants.create', { fields: { familyName: 'Назаров' } });
});
afterEach(() => {
  core.close();
  temp.cleanup();
});

describe('a full disk', () => {
  it('refuses the write with DISK_FULL, loses nothing already saved, and leaves a healthy vault', async () => {
    const db = core.workspace().db;
    // SQLite reports SQLITE_FULL when the file may not grow: exactly what a full disk looks like to it.
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${pages + 2}`);
    const demo = readFileSync(join(__dirname, '../../../fixtures/demo-import.json'), 'utf8');
    const big = JSON.stringify({
      applicants: Array.from({ length: 300 }, (_, i) => ({ familyName: `Заявитель ${i}`, notes: 'ж'.repeat(5000) })),
    });
    await expect(core.invoke('import.run', { format: 'json', content: big })).rejects.toMatchObject({
      code: 'DISK_FULL',
    });
    await expect(
      core.invoke('applicants.create', { fields: { familyName: 'Юсупова', notes: 'ж'.repeat(19_000) } }),
    ).rejects.toMatchObject({ code: 'DISK_FULL' });
    db.pragma('max_page_count = 1073741823');
    const list = await core.invoke('applicants.list', {});
    expect(list.rows.map((r) => r.familyName)).toEqual(['Назаров']);
    expect(await core.invoke('vault.check', {})).toMatchObject({ integrity: 'ok', auditChain: 'ok' });
    // Once there is room again, work goes on.
    expect((await core.invoke('import.run', { format: 'json', content: demo })).imported.applicants).toBe(6);
  });
});
