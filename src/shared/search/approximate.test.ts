import { describe, expect, it } from 'vitest';
import {
  approximatelyEqual,
  deletions,
  genderedForms,
  typoIndexTokens,
  typoQueryTokens,
  withinOneEdit,
} from './approximate';

describe('one edit apart', () => {
  it('takes one letter changed, left out, added, or two neighbours swapped', () => {
    expect(withinOneEdit('nazarav', 'nazirav')).toBe(true);
    expect(withinOneEdit('nazarav', 'nazrav')).toBe(true);
    expect(withinOneEdit('nazrav', 'nazarav')).toBe(true);
    expect(withinOneEdit('iusupava', 'iusuapva')).toBe(true);
    expect(withinOneEdit('nazarav', 'nazarav')).toBe(true);
  });

  it('refuses two edits, even when the deletion neighbourhoods meet', () => {
    expect(withinOneEdit('karimav', 'arimavk')).toBe(false);
    expect(deletions('karimav').filter((d) => deletions('arimavk').includes(d))).toEqual(['arimav']);
    expect(withinOneEdit('nazarav', 'nizirav')).toBe(false);
    expect(withinOneEdit('abdurahmanav', 'abdurhmnav')).toBe(false);
  });
});

describe('approximate matches', () => {
  it('need five letters on record, and four typed', () => {
    expect(approximatelyEqual('utkr', 'utkir')).toBe(true);
    expect(approximatelyEqual('alm', 'alim')).toBe(false);
    expect(approximatelyEqual('alum', 'alim')).toBe(false);
    expect(typoIndexTokens('alim')).toEqual([]);
    expect(typoIndexTokens('utkir')).toEqual(['tkir', 'ukir', 'utir', 'utkr', 'utki']);
    // A missing letter: the typed key is one of the stored deletions.
    expect(typoIndexTokens('utkir')).toContain(typoQueryTokens('utkr')[0]);
    expect(typoQueryTokens('ali')).toEqual([]);
  });

  it('leave a surname and its feminine form apart, but not other names one letter off', () => {
    expect(genderedForms('nazarav', 'nazarava')).toBe(true);
    expect(genderedForms('aliev', 'alieva')).toBe(true);
    expect(genderedForms('ilin', 'ilina')).toBe(true);
    expect(approximatelyEqual('nazarava', 'nazarav')).toBe(false);
    expect(approximatelyEqual('karima', 'karim')).toBe(true);
  });
});
