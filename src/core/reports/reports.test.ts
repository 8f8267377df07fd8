import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { translate } from '../../shared/i18n';
import { caseSummaryRequestSchema } from '../../shared/reports/caseSummary';
import { importRecords, parseImport } from '../import/importRecords';
import { openTestWorkspace } from '../testing/openWorkspace';
import { fileContainsText, makeReadOnlyFolder } from '../testing/tempVault';
import { exportCaseSummary, exportStatistics } from './reportService';

let env: Awaited<ReturnType<typeof openTestWorkspace>>;
let ids: Record<string, string>;
const FIXED = new Date(2026, 10, 27, 10, 30);
const ALL = ['identity', 'contact', 'status', 'timeline', 'deadlines', 'incidents', 'notes'] as const;

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

  it('runs to several pages for 200 notes, repeating the header and the table header on each page', async () => {
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
      { applicantId: id, language: 'ru', sections: ['identity', 'notes'] },
      { exportsDir: env.dir },
    );
    const count = pages(path);
    expect(count).toBeGreaterThan(4);
    for (let page = 2; page <= count; page++) {
      const text = pdfText(path, '-f', String(page), '-l', String(page));
      expect(text, `page ${page}`).toContain('КОНФИДЕНЦИАЛЬНО');
      expect(text, `page ${page}`).toMatch(/Дата\s+Заметка/);
      expect(text, `page ${page}`).toContain(`Страница ${page} из ${count}`);
    }
  });

  it('is identical byte for byte with a fixed creation time', async () => {
    const request = { applicantId: ids.nazarov ?? '', language: 'en' as const, sections: [...ALL] };
    const a = await exportCaseSummary(env.workspace, request, { outPath: join(env.dir, 'a.pdf'), generatedAt: FIXED });
    const b = await exportCaseSummary(env.workspace, request, { outPath: join(env.dir, 'b.pdf'), generatedAt: FIXED });
    expect(readFileSync(a.path).equals(readFileSync(b.path))).toBe(true);
  });

  it('with a password, is AES-256 at security revision 6: opens with it, not without, not with another', async () => {
    // At most 32 bytes: poppler's command-line tools cut a password there (qpdf and viewers do not).
    const password = 'суд-копия-2026';
    const { path } = await exportCaseSummary(
      env.workspace,
      { applicantId: ids.nazarov ?? '', language: 'ru', sections: [...ALL], password },
      { exportsDir: env.dir },
    );
    const without = spawnSync('pdftotext', [path, '-'], { encoding: 'utf8' });
    expect(without.status).not.toBe(0);
    expect(without.stdout).not.toContain('НАЗАРОВ');
    expect(readFileSync(path).includes(Buffer.from('/AESV3'))).toBe(true);
    expect(pdfText(path, '-upw', password)).toContain('НАЗАРОВ');
    // qpdf reads the security handler as the standard defines it (ISO 32000-2, algorithm 2.B).
    const shown = execFileSync('qpdf', [`--password=${password}`, '--show-encryption', path], { encoding: 'utf8' });
    expect(shown).toMatch(/^R = 6$/m);
    expect(shown).toContain('Supplied password is user password');
    expect(shown).toMatch(/file encryption method: AESv3/);
    expect(shown).toMatch(/print high resolution: allowed/);
    expect(spawnSync('qpdf', ['--requires-password', path]).status).toBe(0);
    expect(spawnSync('qpdf', ['--check', path]).status).not.toBe(0);
    expect(spawnSync('qpdf', ['--check', '--password=суд-копия-2027', path]).status).not.toBe(0);
    expect(spawnSync('qpdf', ['--check', `--password=${password}`, path]).status).toBe(0);
  });

  it('takes a long passphrase whole: 60 Cyrillic letters, 120 bytes, open the file and 59 of them do not', async () => {
    const password = 'дождь над таразом и река талас шумит у моста в старом городе'.slice(0, 60);
    const { path } = await exportCaseSummary(
      env.workspace,
      { applicantId: ids.nazarov ?? '', language: 'en', sections: ['identity'], password },
      { exportsDir: env.dir },
    );
    expect(Buffer.byteLength(password)).toBeGreaterThan(100);
    expect(spawnSync('qpdf', ['--check', `--password=${password}`, path]).status).toBe(0);
    expect(spawnSync('qpdf', ['--check', `--password=${password.slice(0, 59)}`, path]).status).not.toBe(0);
  });

  it('has a neutral title, and no name in its metadata or anywhere in its bytes', async () => {
    const request = { applicantId: ids.nazarov ?? '', language: 'ru' as const, sections: [...ALL] };
    const plain = await exportCaseSummary(env.workspace, request, { exportsDir: env.dir });
    const locked = await exportCaseSummary(
      env.workspace,
      { ...request, password: 'суд-копия-2026' },
      { exportsDir: env.dir },
    );
    const info = execFileSync('pdfinfo', [plain.path], { encoding: 'utf8' });
    // A PDF 1.7 file (the protected one) also carries XMP metadata, where viewers read the title too.
    const xmp = execFileSync('pdfinfo', ['-meta', '-upw', 'суд-копия-2026', locked.path], { encoding: 'utf8' });
    expect(info).toMatch(/^Title:\s+Сводка по делу$/m);
    expect(xmp).toMatch(/<dc:title>[\s\S]*Сводка по делу[\s\S]*<\/dc:title>/);
    expect(pdfText(plain.path)).toContain('НАЗАРОВ');
    for (const name of ['Назаров', 'НАЗАРОВ', 'Шерали', 'Nazarov']) {
      expect(info + xmp, name).not.toContain(name);
      // Text is drawn by glyph number, and streams are compressed: a name in the bytes is metadata.
      expect(fileContainsText(plain.path, name), name).toBe(false);
    }
  });

  it('leaves the working notes out of a summary asked for without sections (the API and the CLI default)', () => {
    const request = caseSummaryRequestSchema.parse({ applicantId: ids.nazarov, language: 'ru' });
    expect(request.sections).not.toContain('notes');
    expect(request.sections).toEqual(['identity', 'contact', 'status', 'timeline', 'deadlines', 'incidents']);
  });

  it('prints notes only when asked, and each document with its issuer, in words a Kazakh font draws', async () => {
    const id = env.workspace.applicants.create({
      familyName: 'Әлиева',
      notes: 'Клиентка боится звонков на домашний номер.',
      documents: [
        { kind: 'passport', number: 'FA1234567', issuedBy: 'МВД Республики Узбекистан', expiresOn: '2030-02-01' },
      ],
    });
    env.workspace.events.create(id, { type: 'note', date: '2026-03-04', text: 'Звонила сестра из Ташкента.' });
    const summary = async (sections: (typeof ALL)[number][]) =>
      pdfText(
        (await exportCaseSummary(env.workspace, { applicantId: id, language: 'kk', sections }, { exportsDir: env.dir }))
          .path,
      );
    const without = await summary(['identity', 'status', 'timeline']);
    expect(without).not.toContain('боится звонков');
    expect(without).not.toContain('Звонила сестра');
    expect(without).toContain('МВД Республики Узбекистан');
    expect(without).toContain('01.02.2030 дейін жарамды');
    expect(without).not.toContain('→');
    const withNotes = await summary(['identity', 'notes']);
    expect(withNotes).toContain(translate('kk', 'report.section.notes'));
    expect(withNotes).toContain('боится звонков');
    expect(withNotes).toContain('Звонила сестра из Ташкента.');
    expect(withNotes).toContain('04.03.2026');
  });

  it("prints a group detention on every member's summary, with its size, custody terms, numbers and the handed-to warning", async () => {
    const w = env.workspace;
    const nazarov = w.applicants.create({
      familyName: 'Назаров',
      givenName: 'Шерали',
      sex: 'male',
      citizenship: ['TJ'],
    });
    w.events.create(nazarov, {
      type: 'extradition',
      requestingState: 'UZ',
      receivedOn: '2026-07-01',
      requestNumber: '2/3-11744',
      noticeKind: 'cis_interstate',
      noticeIssuer: 'МВД Республики Узбекистан',
      noticeNumber: 'МР-88431',
      prosecutorDecisionNumber: '2-1344-26',
      outcome: 'extradited',
      handedTo: 'UZ',
      transferredOn: '2026-10-10',
    });
    const rakhimov = w.applicants.create({ familyName: 'Рахимов', sex: 'male', citizenship: ['UZ'] });
    const tashkentov = w.applicants.create({ familyName: 'Ташкентов', sex: 'male', citizenship: ['UZ'] });
    w.events.create(rakhimov, {
      type: 'detention',
      date: '2026-10-20',
      placeKind: 'sizo',
      caseNumber: '2675-00-31-2026',
      inCustody: true,
      custodyTerms: [
        { kind: 'sanction', orderedOn: '2026-10-22', court: 'Следственный суд г. Алматы', until: '2026-12-21' },
      ],
      otherApplicantIds: [tashkentov],
      groupSize: 29,
    });
    w.events.create(rakhimov, { type: 'decision', decidedOn: '2026-11-01', number: '04-12/877', outcome: 'refused' });
    // In the order the PDF draws its text (-raw): each table cell whole, its wrapped lines joined.
    const summary = async (applicantId: string, language: 'ru' | 'kk') => {
      const sections = ['identity', 'timeline'] as const;
      const { path } = await exportCaseSummary(
        w,
        { applicantId, language, sections: [...sections] },
        { exportsDir: env.dir },
      );
      return execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    };

    const extradited = await summary(nazarov, 'ru');
    expect(extradited).toContain(
      'Передача в Узбекистан — не в государство гражданства человека: выдача в третью страну.',
    );
    expect(extradited).toContain('итог: экстрадирован передан в Узбекистан');
    expect(extradited).not.toContain('(а)');
    for (const number of ['2/3-11744', 'МР-88431', '2-1344-26']) expect(extradited).toContain(number);
    expect(await summary(nazarov, 'kk')).toContain(
      translate('kk', 'caseFile.extradition.notCitizenship', { state: 'Өзбекстан' }).replace(/\s+/g, ' '),
    );

    // The group's detention is on the file it was recorded for and on the other member's alike.
    for (const id of [rakhimov, tashkentov]) {
      const ru = await summary(id, 'ru');
      expect(ru).toContain('один из 29 человек');
      expect(ru).toContain('санкция на арест до 21.12.2026 (Следственный суд г. Алматы, постановление от 22.10.2026)');
      expect(ru).toContain('под стражей до 21.12.2026');
      expect(ru).toContain('2675-00-31-2026');
      const kk = await summary(id, 'kk');
      expect(kk).toContain('29');
      expect(kk).toContain(translate('kk', 'applicants.timeline.groupOf', { count: '29' }));
      expect(kk).toContain('21.12.2026 дейін қамауға алуға санкция (Следственный суд г. Алматы, 22.10.2026 қаулысы)');
      // Never the other members' names: a summary goes to a court or UNHCR.
      expect(ru).not.toContain(id === rakhimov ? 'ТАШКЕНТОВ' : 'РАХИМОВ');
    }
    // A person known by one name, whose birth year is unknown: her name and the age she gave.
    const gulnora = w.applicants.create({
      givenName: 'Гульнора',
      sex: 'female',
      approximateAge: 35,
      approximateAgeOn: '2026-11-20',
    });
    const her = await summary(gulnora, 'ru');
    expect(her).toContain('Гульнора');
    expect(her).toContain('около 35 лет (со слов, на 20.11.2026)');
    // The decision was his alone.
    expect(await summary(rakhimov, 'ru')).toContain('04-12/877');
    expect(await summary(tashkentov, 'ru')).not.toContain('04-12/877');
  });

  it('never replaces an earlier export: two in one minute are two files, an existing --out is refused', async () => {
    const request = { applicantId: ids.nazarov ?? '', language: 'ru' as const, sections: [...ALL] };
    const target = { exportsDir: env.dir, generatedAt: FIXED };
    const locked = await exportCaseSummary(env.workspace, { ...request, password: 'суд-копия-2026' }, target);
    const plain = await exportCaseSummary(env.workspace, request, target);
    expect(plain.path).not.toBe(locked.path);
    expect(plain.path).toMatch(/-2\.pdf$/);
    expect(spawnSync('qpdf', ['--requires-password', locked.path]).status).toBe(0);
    expect(spawnSync('qpdf', ['--requires-password', plain.path]).status).not.toBe(0);
    const before = readFileSync(locked.path);
    await expect(exportCaseSummary(env.workspace, request, { outPath: locked.path })).rejects.toMatchObject({
      code: 'EXPORT_FILE_EXISTS',
    });
    expect(readFileSync(locked.path).equals(before)).toBe(true);
    expect(readdirSync(env.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(translate('kk', 'error.EXPORT_FILE_EXISTS')).toContain('Ештеңе экспортталмады');
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
    // Anonymous statistics are not marked "client data"; they say what they are, and what not to publish.
    expect(text).not.toContain(translate('ru', 'report.confidential'));
    expect(text).toContain(translate('ru', 'report.anonymous'));
    expect(text.replace(/\s+/g, ' ')).toContain(translate('ru', 'report.stats.overlapping'));
    const csv = await exportStatistics(
      env.workspace,
      { from: '2026-01-01', to: '2026-12-31', format: 'csv', language: 'kk', threshold: 3 },
      { exportsDir: env.dir },
    );
    expect(readFileSync(csv.path, 'utf8')).toContain('"Өзбекстан";"3"');
    expect(env.workspace.audit.list({ limit: 1 })[0]).toMatchObject({
      action: 'export',
      detail: { report: 'statistics', format: 'csv', threshold: 3 },
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

describe('the statistics chart', () => {
  it('shows "<5" where the tables do, and "…" where a count is hidden to protect it', async () => {
    const id = env.workspace.applicants.create({ familyName: 'Тестова' });
    const file = (filedOn: string, n: number) => {
      for (let i = 0; i < n; i++) env.workspace.events.create(id, { type: 'asylumApplication', filedOn });
    };
    file('2025-01-10', 9);
    file('2025-02-10', 1);
    file('2025-03-10', 12);
    const { path } = await exportStatistics(
      env.workspace,
      { from: '2025-01-01', to: '2025-12-31', format: 'pdf', language: 'en' },
      { exportsDir: env.dir },
    );
    const page = pdfText(path, '-f', '1', '-l', '1');
    const chart = page.slice(
      page.indexOf(translate('en', 'report.stats.chart').slice(0, 30)),
      page.indexOf(translate('en', 'report.table.applicantsByCitizenship')),
    );
    expect(chart).toMatch(/<5/);
    expect(chart).toContain('…');
    expect(chart).toContain('12');
    expect(chart).not.toMatch(/(^|\s)0(\s|$)/);
    expect(chart).toMatch(/01\.2025[\s\S]*02\.2025[\s\S]*03\.2025/);
  });
});
