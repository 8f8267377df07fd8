import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { translate } from '../../shared/i18n';
import { importRecords, parseImport } from '../import/importRecords';
import { openTestWorkspace } from '../testing/openWorkspace';
import { makeReadOnlyFolder } from '../testing/tempVault';
import { exportCaseSummary, exportStatistics } from './reportService';

let env: Awaited<ReturnType<typeof openTestWorkspace>>;
let ids: Record<string, string>;
const FIXED = new Date(2026, 10, 27, 10, 30);
const ALL = ['identity', 'contact', 'status', 'timeline', 'deadlines', 'incidents'] as const;

beforeEach(async () => {
  env = await openTestWorkspace();
  ids = importRecords(
    env.workspace,
    parseImport('json', readFileSync(join(__dirname, '../../../fixtures/demo-import.json'), 'utf8')),
    'json',
  ).ids;
});
afterEach(() => env.close());

function pdfText(path: string, ...args: string[]): string {
  return execFileSync('pdftotext', ['-layout', ...args, path, '-'], { encoding: 'utf8' });
}

function pages(path: string): number {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
}

describe('PDF case summary', () => {
  it('round-trips Kazakh, Tajik and Uzbek letters through the embedded font', async () => {
    const id = env.workspace.applicants.create({
      familyName: 'Қайратқызы',
      givenName: 'Әйгерім',
      patronymic: 'ҳӯҷӣ',
      aliases: ['Gʻofurova Oʻgʻiloy', 'ңөұүһі'],
      citizenship: ['KZ'],
    });
    const { path } = await exportCaseSummary(
      env.workspace,
      { applicantId: id, language: 'kk', sections: [...ALL] },
      { exportsDir: env.dir },
    );
    const text = pdfText(path);
    for (const word of [
      'ҚАЙРАТҚЫЗЫ',
      'Әйгерім',
      'ҳӯҷӣ',
      'Gʻofurova Oʻgʻiloy',
      'ңөұүһі',
      'Іс бойынша қорытынды',
      'ҚҰПИЯ',
    ])
      expect(text, word).toContain(word);
    expect(execFileSync('pdffonts', [path], { encoding: 'utf8' })).toMatch(/NotoSans.*yes\s+yes/);
    expect(path).not.toContain('Қайрат');
  });

  it('lists the timeline, deadlines and incidents in the chosen language, and leaves out what is asked', async () => {
    const target = { exportsDir: env.dir, generatedAt: FIXED };
    const full = await exportCaseSummary(
      env.workspace,
      { applicantId: ids.yusupova ?? '', language: 'ru', sections: [...ALL] },
      target,
    );
    const text = pdfText(full.path);
    expect(text).toContain('YUSUPOVA Dilnoza Akmalovna');
    expect(text).toContain('Юсупова Дилноза');
    expect(text).toContain('+7 700 000 00 01');
    expect(text).toContain('Хронология дела');
    expect(text).toContain('угроза национальной безопасности');
    expect(text).toContain('Сформировано 27.11.2026 10:30');
    expect(text).toMatch(/Страница 1 из \d/);
    const court = await exportCaseSummary(
      env.workspace,
      { applicantId: ids.yusupova ?? '', language: 'en', sections: ['identity', 'timeline'] },
      { outPath: join(env.dir, 'court.pdf'), generatedAt: FIXED },
    );
    const courtText = pdfText(court.path);
    expect(courtText).not.toContain('+7 700');
    expect(courtText).not.toContain('Almaty');
    expect(courtText).toContain('Case timeline');
  });

  it('runs to several pages for 200 events, repeating the header and the table header on each page', async () => {
    const id = env.workspace.applicants.create({ familyName: 'Назаров', givenName: 'Шерали' });
    for (let i = 0; i < 200; i++) {
      env.workspace.events.create(id, {
        type: 'note',
        date: `2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
        text: `Запись ${i}: адвокат встретился с заявителем; обсуждали ходатайство, свидетельство и угрозы со стороны арендодателя.`,
      });
    }
    const { path } = await exportCaseSummary(
      env.workspace,
      { applicantId: id, language: 'ru', sections: ['identity', 'timeline'] },
      { exportsDir: env.dir },
    );
    const count = pages(path);
    expect(count).toBeGreaterThan(4);
    for (let page = 2; page <= count; page++) {
      const text = pdfText(path, '-f', String(page), '-l', String(page));
      expect(text, `page ${page}`).toContain('КОНФИДЕНЦИАЛЬНО');
      expect(text, `page ${page}`).toMatch(/Дата\s+Событие\s+Подробности/);
      expect(text, `page ${page}`).toContain(`Страница ${page} из ${count}`);
    }
  });

  it('is identical byte for byte with a fixed creation time', async () => {
    const request = { applicantId: ids.nazarov ?? '', language: 'en' as const, sections: [...ALL] };
    const a = await exportCaseSummary(env.workspace, request, { outPath: join(env.dir, 'a.pdf'), generatedAt: FIXED });
    const b = await exportCaseSummary(env.workspace, request, { outPath: join(env.dir, 'b.pdf'), generatedAt: FIXED });
    expect(readFileSync(a.path).equals(readFileSync(b.path))).toBe(true);
  });

  it('with a password, does not open without it (AES-256) and opens with it', async () => {
    const { path } = await exportCaseSummary(
      env.workspace,
      { applicantId: ids.nazarov ?? '', language: 'ru', sections: [...ALL], password: 'суд-копия-2026' },
      { exportsDir: env.dir },
    );
    const without = spawnSync('pdftotext', [path, '-'], { encoding: 'utf8' });
    expect(without.status).not.toBe(0);
    expect(without.stdout).not.toContain('НАЗАРОВ');
    expect(readFileSync(path).includes(Buffer.from('/AESV3'))).toBe(true);
    expect(pdfText(path, '-upw', 'суд-копия-2026')).toContain('НАЗАРОВ');
  });

  it('writes an audit entry naming what was exported, never the content', async () => {
    await exportCaseSummary(
      env.workspace,
      { applicantId: ids.nazarov ?? '', language: 'ru', sections: ['identity'] },
      { exportsDir: env.dir },
    );
    const [entry] = env.workspace.audit.list({ limit: 1 });
    expect(entry).toMatchObject({
      action: 'export',
      applicantId: ids.nazarov,
      fields: ['identity'],
      detail: { report: 'caseSummary', format: 'pdf', language: 'ru', encrypted: 0 },
    });
    expect(JSON.stringify(entry)).not.toContain('Назаров');
  });
});

describe('statistics exports', () => {
  it('write a PDF and a CSV with suppressed small counts and no names', async () => {
    const pdf = await exportStatistics(
      env.workspace,
      { from: '2026-01-01', to: '2026-12-31', format: 'pdf', language: 'ru' },
      { exportsDir: env.dir },
    );
    const text = pdfText(pdf.path);
    expect(text).toContain('Решения о статусе беженца');
    expect(text).toContain('<5');
    for (const name of ['Назаров', 'Yusupova', 'ЖМБ-2026-0114', 'UNHCR-KAZ']) expect(text).not.toContain(name);
    const csv = await exportStatistics(
      env.workspace,
      { from: '2026-01-01', to: '2026-12-31', format: 'csv', language: 'kk', threshold: 2 },
      { exportsDir: env.dir },
    );
    expect(readFileSync(csv.path, 'utf8')).toContain('"Өзбекстан","3"');
    expect(env.workspace.audit.list({ limit: 1 })[0]).toMatchObject({
      action: 'export',
      detail: { report: 'statistics', format: 'csv', threshold: 2 },
    });
  });
});

describe('the exports folder', () => {
  it('is made on the first export, private to this user', async () => {
    const folder = join(env.dir, 'Documents', 'Panoh exports');
    expect(existsSync(folder)).toBe(false);
    const { path } = await exportCaseSummary(
      env.workspace,
      { applicantId: ids.nazarov ?? '', language: 'ru', sections: ['identity'] },
      { exportsDir: folder },
    );
    expect(path.startsWith(folder)).toBe(true);
    if (process.platform !== 'win32') expect(statSync(folder).mode & 0o777).toBe(0o700);
  });

  it('that the system refuses fails the export with its own sentence, and writes nothing', async () => {
    const documents = join(env.dir, 'Documents');
    mkdirSync(documents);
    const undo = makeReadOnlyFolder(documents);
    try {
      await expect(
        exportStatistics(
          env.workspace,
          { from: '2026-01-01', to: '2026-12-31', format: 'csv', language: 'ru' },
          { exportsDir: join(documents, 'Panoh exports') },
        ),
      ).rejects.toMatchObject({ code: 'EXPORT_FOLDER_DENIED' });
    } finally {
      undo();
    }
    expect(readdirSync(documents)).toEqual([]);
    expect(translate('ru', 'error.EXPORT_FOLDER_DENIED')).toContain('Ничего не экспортировано');
  });
});
