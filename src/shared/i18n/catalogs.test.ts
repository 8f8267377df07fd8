import { describe, expect, it } from 'vitest';
import { errorCodes } from '../errors';
import { catalogs, errorMessageKey, languages, translate } from './index';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogs', () => {
  it('have a non-empty text for every key in every language, with the same placeholders', () => {
    for (const key of Object.keys(catalogs.en) as (keyof typeof catalogs.en)[]) {
      for (const language of languages) {
        const text = catalogs[language][key];
        expect(text.trim(), `${language}:${key}`).not.toBe('');
        expect(placeholders(text), `${language}:${key}`).toEqual(placeholders(catalogs.en[key]));
      }
    }
  });

  it('explain every error code in every language', () => {
    for (const code of errorCodes) {
      for (const language of languages) expect(catalogs[language][`error.${code}`]).toBeTruthy();
    }
  });

  it('say which bound a file passed, and where, for each case the import names', () => {
    const cases = {
      IMPORT_TOO_LARGE: ['file', 'inflated', 'rows', 'columns', 'cells', 'cell', 'header', 'ranges', 'merges'],
      IMPORT_UNREADABLE: ['quote', 'header', 'sheet'],
    };
    for (const [code, whats] of Object.entries(cases)) {
      for (const what of whats) expect(errorMessageKey(code, { what })).toBe(`error.${code}.${what}`);
    }
    expect(errorMessageKey('IMPORT_TOO_LARGE', { what: 'unheard-of' })).toBe('error.IMPORT_TOO_LARGE');
    const params = { what: 'header', column: 'B', max: 300 };
    expect(translate('ru', errorMessageKey('IMPORT_TOO_LARGE', params) ?? 'error.INTERNAL', params)).toContain(
      'Заголовок столбца B',
    );
  });

  it('are really translated: Russian and Kazakh differ from English and from each other', () => {
    expect(translate('kk', 'unlock.submit')).toBe('Құлпын ашу');
    const same = (Object.keys(catalogs.en) as (keyof typeof catalogs.en)[]).filter(
      (key) => !key.startsWith('lang.') && key !== 'app.name' && catalogs.kk[key] === catalogs.ru[key],
    );
    // Words Kazakh borrowed whole from Russian are the only exceptions, and they are listed.
    const loanwords = [
      'shell.nav.import',
      'report.stats.title',
      'applicants.timeline.by',
      'event.field.authority',
      // Телефон, лицензия, орган, бюро, «Адвокат 2».
      'office.details.phone',
      'office.lawyer.licence',
      'office.lawyer.phone',
      'office.lawyer.legend',
      'documents.leaf.phone',
      'documents.leaf.body',
      'documents.leaf.authority',
      'documents.group.office',
    ];
    expect(same.filter((key) => !key.endsWith('Shortcut') && !loanwords.includes(key))).toEqual([]);
  });

  it('fills placeholders', () => {
    expect(translate('ru', 'error.VAULT_TOO_NEW', { version: 9, supported: 1 })).toContain('версия данных 9');
  });
});
