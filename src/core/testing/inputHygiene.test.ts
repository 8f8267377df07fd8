import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ErrorCode, PanohError } from '../../shared/errors';
import { applicantFieldsSchema } from '../../shared/records/applicant';
import { type Core, createCore } from '../api/createCore';
import { parseImport } from '../import/importRecords';
import { makeTempDir, TEST_SCRYPT } from './tempVault';

function failure(work: () => unknown): PanohError {
  try {
    work();
  } catch (error) {
    if (error instanceof PanohError) return error;
    throw error;
  }
  throw new Error('nothing was refused');
}

async function refused(work: Promise<unknown>): Promise<PanohError> {
  return work.then(
    () => {
      throw new Error('nothing was refused');
    },
    (error: unknown) => {
      if (error instanceof PanohError) return error;
      throw error;
    },
  );
}

describe('names', () => {
  it('refuse invisible format characters that defeat search and the duplicate warning', () => {
    for (const name of ['Ива\u200Bнов', '\u202Eвонави', 'Иванов\u2066', 'Ива\uFEFFнов', 'Ива\u00ADнов']) {
      const parsed = applicantFieldsSchema.safeParse({ familyName: name });
      expect(parsed.success, JSON.stringify(name)).toBe(false);
      expect(parsed.error?.issues[0]?.message).toBe('invisibleCharacters');
    }
    expect(applicantFieldsSchema.safeParse({ familyName: 'Gʻofurov', givenName: 'Oʻtkir' }).success).toBe(true);
  });
});

describe('CSV files', () => {
  const code = (work: () => unknown): ErrorCode => failure(work).code;

  it('refuse a row wider than its header, and a header that names a column twice', () => {
    expect(code(() => parseImport('csv', 'familyName,givenName\nНазаров,Алишер,лишнее\n'))).toBe('IMPORT_ROW_TOO_WIDE');
    expect(code(() => parseImport('csv', 'familyName,notes,notes\nНазаров,первое,второе\n'))).toBe(
      'IMPORT_HEADER_TWICE',
    );
    // Trailing empty cells (spreadsheets write them) are not data.
    expect(parseImport('csv', 'familyName,givenName\nНазаров,Алишер,,\n').applicants).toHaveLength(1);
  });

  it('say that a UTF-16 file must be saved as UTF-8', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('familyName\nNazarov\n', 'utf16le')]);
    expect(code(() => parseImport('csv', utf16.toString('utf8')))).toBe('IMPORT_ENCODING');
    const withoutMark = Buffer.from('familyName\nNazarov\n', 'utf16le').toString('utf8');
    expect(code(() => parseImport('csv', withoutMark))).toBe('IMPORT_ENCODING');
  });
});

describe('records that point at other records', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let core: Core;

  beforeEach(async () => {
    temp = makeTempDir();
    core = createCore({ vaultPath: join(temp.dir, 'v.panoh'), scrypt: TEST_SCRYPT });
    await core.invoke('vault.create', { passphrase: 'ссылки на родственников' });
  });
  afterEach(() => {
    core.close();
    temp.cleanup();
  });

  it('refuse family links to applicants that do not exist, naming the link', async () => {
    const ghost = randomUUID();
    const error = await refused(
      core.invoke('applicants.create', {
        fields: { familyName: 'Сиротина', familyLinks: [{ applicantId: ghost, relation: 'parent' }] },
      }),
    );
    expect(error).toMatchObject({
      code: 'INVALID_INPUT',
      fields: [{ path: 'familyLinks.0.applicantId', issue: 'unknownReference' }],
    });
    const { id: mother } = await core.invoke('applicants.create', { fields: { familyName: 'Матерова' } });
    const { id } = await core.invoke('applicants.create', {
      fields: { familyName: 'Дочерова', familyLinks: [{ applicantId: mother, relation: 'parent' }] },
    });
    const edit = await refused(
      core.invoke('applicants.update', {
        id,
        fields: {
          familyLinks: [
            { applicantId: mother, relation: 'parent' },
            { applicantId: ghost, relation: 'sibling' },
          ],
        },
      }),
    );
    expect(edit.fields).toEqual([{ path: 'familyLinks.1.applicantId', issue: 'unknownReference' }]);
    const imported = await refused(
      core.invoke('import.run', {
        format: 'json',
        content: JSON.stringify({
          applicants: [{ familyName: 'Импортова', familyLinks: [{ applicantId: ghost, relation: 'child' }] }],
        }),
      }),
    );
    expect(imported).toMatchObject({ code: 'IMPORT_INVALID' });
  });

  it('refuse input that is not plain JSON through the core too (the CLI and tests call it directly)', async () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.loop = cyclic;
    const error = await refused(core.invoke('drafts.save', { formKey: 'applicant.new', doc: cyclic }));
    expect(error.code).toBe('INPUT_UNSUPPORTED');
  });
});
