import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTemplateFiles } from '../../../scripts/templates/buildTemplates';
import type { Language } from '../../shared/i18n';
import { importRecords, parseImport } from '../import/importRecords';
import { writeOfficeDetails } from '../office/officeDetails';
import { openTestWorkspace } from '../testing/openWorkspace';
import { fileContainsText, makeTempDir } from '../testing/tempVault';
import { checkDocument, generateDocument, listTemplates } from './documentService';
import { docxParagraphs, openDocx } from './docxFile';
import { shippedTemplates } from './shippedTemplates';

const ROOT = join(__dirname, '../../..');

/** How each fixture person's name must read: the genitive in Russian, the nominative elsewhere. */
const NAMES: Record<string, { ru: string; genitive: string; kk: string; en: string }> = {
  nazarov: {
    ru: 'Назаров Шерали Ҷамшедович',
    genitive: 'Назарова Шерали Ҷамшедовича',
    kk: 'Назаров Шерали Ҷамшедович',
    en: 'Nazarov Sherali',
  },
  toktogulov: {
    ru: 'Токтогулов Бакыт',
    genitive: 'Токтогулова Бакыта',
    kk: 'Токтогулов Бакыт',
    en: 'Toktogulov Bakyt',
  },
  yusupova: {
    ru: 'Юсупова Дилноза',
    genitive: 'Юсуповой Дилнозы',
    kk: 'Юсупова Дилноза',
    en: 'Yusupova Dilnoza Akmalovna',
  },
  gofurov: { ru: 'Гафуров Уткир', genitive: 'Гафурова Уткира', kk: 'Гафуров Уткир', en: 'Gʻofurov Oʻtkir' },
  rahimova: { ru: 'Рахимова Хадича', genitive: 'Рахимовой Хадичи', kk: 'Рахимова Хадича', en: 'Rahimova Xadicha' },
  asanova: {
    ru: 'Асанова Әйгерім Қайратқызы',
    genitive: 'Асановой Әйгерім Қайратқызы',
    kk: 'Асанова Әйгерім Қайратқызы',
    en: 'Асанова Әйгерім Қайратқызы',
  },
};

/** The decision each template prints: the latest refusal, or the latest decision of any outcome. */
const DECISION_PRINTED: Record<string, 'refusal' | 'decision' | undefined> = {
  'refusal-appeal': 'refusal',
  'extradition-appeal': 'refusal',
  'cat-interim-measures': 'refusal',
  'case-file-request': 'decision',
  'unhcr-alert': 'refusal',
  'power-of-attorney': undefined,
};
const DATES: Record<string, { refusal?: Record<Language, string>; decision?: Record<Language, string> }> = {
  nazarov: { refusal: { ru: '15 августа 2026 г.', kk: '2026 жылғы 15 тамыз', en: '15 August 2026' } },
  yusupova: { refusal: { ru: '1 сентября 2026 г.', kk: '2026 жылғы 1 қыркүйек', en: '1 September 2026' } },
  gofurov: { refusal: { ru: '1 сентября 2026 г.', kk: '2026 жылғы 1 қыркүйек', en: '1 September 2026' } },
  asanova: { decision: { ru: '1 июня 2026 г.', kk: '2026 жылғы 1 маусым', en: '1 June 2026' } },
};
for (const dates of Object.values(DATES)) dates.decision ??= dates.refusal;

function expectedName(ref: string, templateId: string, language: Language): string {
  const names = NAMES[ref];
  if (!names) throw new Error(ref);
  if (language !== 'ru') return names[language];
  return templateId === 'power-of-attorney' ? names.ru : names.genitive;
}

const flat = (text: string) => text.replace(/\s+/g, ' ');

let env: Awaited<ReturnType<typeof openTestWorkspace>>;
let ids: Record<string, string>;
const out = makeTempDir('panoh-docx-');
const written: { file: string; ref: string; templateId: string; language: Language; expected: string[] }[] = [];
const refused: { ref: string; templateId: string; field: string }[] = [];
/** Every document's text and its check, by `templateId.language.ref`. */
const texts = new Map<string, string>();
const checks = new Map<string, ReturnType<typeof checkDocument>>();
const fixture = JSON.parse(readFileSync(join(ROOT, 'fixtures/demo-import.json'), 'utf8')) as {
  applicants: { ref: string; notes?: string; events: { type: string; text?: string }[] }[];
};

beforeAll(async () => {
  env = await openTestWorkspace();
  ids = importRecords(
    env.workspace,
    parseImport('json', readFileSync(join(ROOT, 'fixtures/demo-import.json'), 'utf8')),
    'json',
  ).ids;
  writeOfficeDetails(env.workspace, {
    name: 'Бюро «Пана»',
    city: 'Алматы',
    address: 'ул. Абая, 1',
    lawyers: [{ name: 'Нурланова Айгуль Кайратовна', licence: '№ 0000123 от 01.02.2015' }],
  });
  env.workspace.setProfileName('Нурланова Айгуль Кайратовна');
});
afterAll(() => {
  env.close();
  out.cleanup();
});

describe('every shipped template, in every language, for every fixture person', () => {
  it('writes a Word document with the names declined, the decision date, and nothing left unfilled', () => {
    const now = new Date(2026, 10, 27);
    for (const template of listTemplates(env.workspace, 'en').filter((t) => t.source === 'shipped')) {
      for (const language of template.languages) {
        for (const [ref, applicantId] of Object.entries(ids)) {
          const blanks = Object.fromEntries(
            template.blanks.filter((b) => b.required).map((b) => [b.name, 'СМАС г. Алматы']),
          );
          const request = { applicantId, templateId: template.id, language, blanks };
          const check = checkDocument(env.workspace, request, now);
          checks.set(`${template.id}.${language}.${ref}`, check);
          if (check.missing.length > 0) {
            refused.push({ ref, templateId: template.id, field: check.missing[0] ?? '' });
            expect(() => generateDocument(env.workspace, request, now)).toThrow('DOCUMENT_DATA_MISSING');
            continue;
          }
          const { attachmentId } = generateDocument(env.workspace, request, now);
          const bytes = Buffer.from(env.workspace.attachments.content(attachmentId).contentBase64, 'base64');
          const text = flat(docxParagraphs(openDocx(bytes)).join('\n'));
          const label = `${template.id}.${language} for ${ref}`;
          texts.set(`${template.id}.${language}.${ref}`, text);
          const name = expectedName(ref, template.id, language);
          const printed = DECISION_PRINTED[template.id];
          const date = printed ? DATES[ref]?.[printed]?.[language] : undefined;
          const expected = [name, ...(date ? [date] : [])];
          for (const part of expected) expect(text, label).toContain(part);
          expect(text, `${label}: a placeholder left`).not.toMatch(/[{}]/);
          const file = join(out.dir, `${template.id}.${language}.${ref}.docx`);
          writeFileSync(file, bytes);
          written.push({ file, ref, templateId: template.id, language, expected });
        }
      }
    }
    // Each template generated for someone, and refused, naming the need, for whoever lacks it.
    expect(new Set(written.map((w) => `${w.templateId}.${w.language}`)).size).toBe(10);
    expect(refused).toContainEqual({ ref: 'asanova', templateId: 'refusal-appeal', field: 'refusal.decidedOn' });
    expect(refused).toContainEqual({
      ref: 'yusupova',
      templateId: 'extradition-appeal',
      field: 'extradition.receivedOn',
    });
    expect(refused.every((r) => ['refusal-appeal', 'extradition-appeal'].includes(r.templateId))).toBe(true);
    // The filled documents are inside the vault's encryption, not in its file in clear.
    expect(fileContainsText(env.vaultPath, 'Назарова Шерали')).toBe(false);
  });

  it('reads the same after LibreOffice turns them into PDF', () => {
    expect(written.length).toBeGreaterThan(30);
    const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((path) => existsSync(path));
    if (!soffice)
      throw new Error('LibreOffice (libreoffice-writer) is needed for this test: apt-get install libreoffice-writer');
    execFileSync(
      soffice,
      [
        `-env:UserInstallation=file://${join(out.dir, 'profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        join(out.dir, 'pdf'),
        ...written.map((w) => w.file),
      ],
      { stdio: 'ignore', timeout: 240_000 },
    );
    for (const w of written) {
      const pdf = join(out.dir, 'pdf', `${w.templateId}.${w.language}.${w.ref}.pdf`);
      const text = flat(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }));
      for (const part of w.expected) expect(text, `${w.templateId}.${w.language} for ${w.ref}`).toContain(part);
      expect(text).not.toMatch(/[{}]/);
    }
  }, 300_000);
});

const MONTHS = 'январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь';

describe('what the written documents say', () => {
  it("carry none of the lawyer's notes, on the person or in the timeline", () => {
    const notes = fixture.applicants.flatMap((a) => [
      ...(a.notes ? [a.notes] : []),
      ...a.events.flatMap((e) => (e.type === 'note' && e.text ? [e.text] : [])),
    ]);
    expect(notes.length).toBeGreaterThan(1);
    expect(texts.size).toBeGreaterThan(30);
    for (const [label, text] of texts) {
      for (const note of notes) expect(text, label).not.toContain(note.slice(0, 40));
      expect(text, label).not.toMatch(/Заметка|Note:|Ескертпе/);
    }
  });

  it('write Russian dates as a sentence needs them: no «г. г. р.», no nominative month after a word', () => {
    for (const [label, text] of texts) {
      if (!label.includes('.ru.')) continue;
      expect(text, label).not.toMatch(/г\. г\./);
      expect(text, label).not.toMatch(new RegExp(`[а-яё,] (${MONTHS}) \\d{4}`, 'i'));
      expect(text, label).not.toMatch(/ {2}/);
    }
    // Назаров arrived in May 2026 (the month only): «прибыл в мае 2026 г.».
    expect(texts.get('refusal-appeal.ru.nazarov')).toContain('прибыл в мае 2026 г.');
    expect(texts.get('extradition-appeal.ru.nazarov')).not.toContain('с 2004.');
  });

  it('say nothing the file does not bear out about custody, a pending extradition or a refusal', () => {
    // Назаров was extradited (transferred 03.11.2026): no «грозит выдача», no «остаётся под стражей».
    for (const id of ['cat-interim-measures.ru.nazarov', 'unhcr-alert.ru.nazarov']) {
      expect(texts.get(id), id).not.toMatch(/грозит выдача|Остаётся под стражей/);
    }
    for (const id of ['cat-interim-measures.en.nazarov', 'unhcr-alert.en.nazarov']) {
      expect(texts.get(id), id).not.toMatch(/faces extradition|remains in custody/);
    }
    expect(texts.get('cat-interim-measures.ru.nazarov')).toContain('передан запрашивающему государству');
    // Асанова was granted status: no «после отказа», and the check says the ground is missing.
    expect(texts.get('cat-interim-measures.ru.asanova')).not.toContain('после отказа');
    expect(texts.get('cat-interim-measures.en.asanova')).not.toContain('following the refusal');
    expect(checks.get('cat-interim-measures.ru.asanova')?.warnings).toContainEqual({ code: 'noRemovalGround' });
    expect(checks.get('cat-interim-measures.ru.nazarov')?.warnings).toContainEqual({ code: 'extraditionNotOpen' });
    expect(checks.get('unhcr-alert.en.nazarov')?.warnings).toContainEqual({ code: 'extraditionNotOpen' });
    // No prosecutor's decision notified: the period cannot be counted, and no filing claims it is met.
    expect(checks.get('extradition-appeal.ru.nazarov')?.warnings).toContainEqual({ code: 'termUnknown' });
    for (const [label, text] of texts) expect(text, label).not.toMatch(/подан[а]? в (установленный )?срок/);
  });

  it('decline the requesting State and say where the person must not be returned', () => {
    const nazarov = texts.get('cat-interim-measures.ru.nazarov');
    expect(nazarov).toContain('не возвращать Назарова Шерали Ҷамшедовича в Узбекистан до рассмотрения');
    // Without an extradition request nothing is left between the name and what follows.
    expect(texts.get('cat-interim-measures.ru.yusupova')).toContain(
      'не возвращать Юсупову Дилнозу в страну гражданства',
    );
  });

  it('warn when an English filing prints names or places in Cyrillic', () => {
    const warning = checks.get('cat-interim-measures.en.nazarov')?.warnings.find((w) => w.code === 'cyrillicInEnglish');
    expect(warning?.fields).toEqual(expect.arrayContaining(['lawyer.fullName', 'office.name']));
    expect(checks.get('cat-interim-measures.ru.nazarov')?.warnings.map((w) => w.code)).not.toContain(
      'cyrillicInEnglish',
    );
  });
});

describe('the templates as the lawyer sees them', () => {
  it('name their legal sources in the language of the screen', () => {
    for (const language of ['ru', 'kk'] as const) {
      for (const template of listTemplates(env.workspace, language).filter((t) => t.source === 'shipped')) {
        for (const source of template.sources ?? []) expect(source.text, template.id).toMatch(/[А-Яа-яӘәҚқҢңӨөҰұҮүІі]/);
      }
    }
  });
});

describe('the shipped files', () => {
  it('are what scripts/build-templates.ts writes from its sources', () => {
    for (const [path, content] of buildTemplateFiles()) {
      const committed = readFileSync(join(ROOT, path));
      expect(committed.equals(Buffer.from(content)), `${path} is stale: run npx tsx scripts/build-templates.ts`).toBe(
        true,
      );
    }
  });

  it('each has a title, a note of what to check, sources, and says «проверьте» where a source is unconfirmed', () => {
    for (const template of shippedTemplates()) {
      expect(template.sources.length, template.id).toBeGreaterThan(0);
      for (const language of template.languages) {
        const text = docxParagraphs(
          openDocx(readFileSync(join(ROOT, `resources/templates/${template.id}.${language}.docx`))),
        ).join(' ');
        // «проверьте» at least once for every unconfirmed source, not once per document.
        const unconfirmed = template.sources.filter((s) => !s.confirmed).length;
        const check = language === 'en' ? /\(check/g : language === 'kk' ? /тексеріңіз/gi : /проверьте/gi;
        expect((text.match(check) ?? []).length, `${template.id}.${language}`).toBeGreaterThanOrEqual(unconfirmed);
        // No article number is invented for a source not confirmed, however the citation is written
        // («статья 12 Закона», «статьи 12 Закона», «ст. 12 Закона … «О беженцах»», «12-бабы»).
        expect(text).not.toMatch(/(стать[яиеюё]|ст\.)\s*\d+[^.;]{0,40}«О беженцах»/i);
        expect(text).not.toMatch(/«О беженцах»[^.;(]{0,20}(стать[яиеюё]|ст\.)\s*\d+/i);
        expect(text).not.toMatch(/«Босқындар туралы»[^.;(]{0,60}\d+-ба/);
      }
    }
  });
});
