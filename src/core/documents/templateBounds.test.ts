import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { docxWithLines, toBase64 } from '../testing/docxFixtures';
import { hostileDocx, paragraph, refusalOf, storedCounts } from '../testing/hostileDocx';
import { openTestWorkspace } from '../testing/openWorkspace';
import { officeTemplates } from './documentService';
import { openDocx } from './docxFile';
import { MAX_SECTION_DEPTH, render } from './templateEngine';
import { TEMPLATE_MAX_PART_BYTES } from './templateFile';

let env: Awaited<ReturnType<typeof openTestWorkspace>>;
beforeEach(async () => {
  env = await openTestWorkspace();
});
afterEach(() => env.close());

function expectRefused(bytes: Buffer, code: string) {
  const before = storedCounts(env.workspace.db);
  const add = () =>
    officeTemplates(env.workspace).add({
      title: 't',
      language: 'ru',
      fileName: 't.docx',
      contentBase64: toBase64(bytes),
    });
  expect(refusalOf(add).code).toBe(code);
  expect(storedCounts(env.workspace.db)).toEqual(before);
}

const event = (n: number) => ({
  date: '01.01.2026',
  dateLong: '1 января 2026 г.',
  title: `Событие ${n}`,
  details: 'x',
});

describe('filling a template is bounded', () => {
  it('refuses a list looped over inside a list (the output would grow as a power)', () => {
    expectRefused(
      docxWithLines(['{#events}{#events}{#events}{title}{/events}{/events}{/events}']),
      'TEMPLATE_NESTED_LIST',
    );
    expectRefused(docxWithLines(['{#events}{#incidents}{date}{/incidents}{/events}']), 'TEMPLATE_NESTED_LIST');
  });

  it('refuses sections nested deeper than any filing needs', () => {
    const open = Array.from({ length: MAX_SECTION_DEPTH + 1 }, () => '{#applicant.female}').join('');
    const close = Array.from({ length: MAX_SECTION_DEPTH + 1 }, () => '{/applicant.female}').join('');
    expectRefused(docxWithLines([`${open}x${close}`]), 'TEMPLATE_TOO_DEEP');
  });

  it('refuses a template whose text part is larger than a filing needs', () => {
    const filler = paragraph('x'.repeat(1024));
    const body = filler.repeat(Math.ceil(TEMPLATE_MAX_PART_BYTES / filler.length) + 1);
    expectRefused(hostileDocx({ body }), 'TEMPLATE_TOO_LARGE');
  });

  it('refuses, before building it, a document larger than a file in the vault may be', () => {
    // Never inspected (as if it slipped past): the estimate alone stops it.
    const zip = openDocx(
      docxWithLines([
        '{#events}{#events}{#events}{#events}{#events}{title}{/events}{/events}{/events}{/events}{/events}',
      ]),
    );
    const events = Array.from({ length: 40 }, (_, n) => event(n));
    expect(refusalOf(() => render(zip, { events })).code).toBe('DOCUMENT_TOO_LARGE');
    const wide = openDocx(docxWithLines([`{#events}${'{details}'.repeat(50)}{/events}`]));
    const long = Array.from({ length: 500 }, (_, n) => ({ ...event(n), details: 'д'.repeat(2000) }));
    expect(refusalOf(() => render(wide, { events: long })).code).toBe('DOCUMENT_TOO_LARGE');
  });

  it('still fills an ordinary list', () => {
    const zip = openDocx(docxWithLines(['{#events}{dateLong}: {title}{/events}']));
    expect(render(zip, { events: Array.from({ length: 200 }, (_, n) => event(n)) }).bytes.length).toBeGreaterThan(0);
  });
});
