import { describe, expect, it } from 'vitest';
import { translate } from '../i18n';
import { identityDocumentSchema } from './applicant';
import { documentNumber, withoutNumberSign } from './documentNumber';
import { type EventFields, eventFieldsSchema, type TimelineEvent } from './events';
import { describeEvent } from './eventText';

describe('a number sign typed before a number', () => {
  it.each([
    ['№12', '12'],
    ['№ 12', '12'],
    ['№\u00a02675-00-31-2026', '2675-00-31-2026'],
    ['  № 2675-00-31-2026 ', '2675-00-31-2026'],
    ['#12', '12'],
    ['# 12', '12'],
    ['No. 12', '12'],
    ['No.12', '12'],
    ['no 12', '12'],
    ['NO. 17-05/2231', '17-05/2231'],
    ['Nº 12', '12'],
    ['Nº12', '12'],
    ['N° 12', '12'],
    ['№. 12', '12'],
    // A sign symbol is never part of a number: it goes before a passport's letters too.
    ['№ AA1234567', 'AA1234567'],
    ['№ МР-88431', 'МР-88431'],
    // What an older version doubled, and what was typed twice.
    ['№ № 12', '12'],
  ])('«%s» is stored as «%s»', (typed, stored) => {
    expect(documentNumber.parse(typed)).toBe(stored);
  });

  it.each([
    // Letters glued to digits, or parted by a space only, may be the number's series.
    'N12',
    'N 09876543',
    'N.09876543',
    'N. 12',
    'No12',
    'AB123',
    'AB 123',
    'UNHCR-KAZ-25-0931',
    '2675-00-31-2026',
    '17-05/2231',
    // A word, not a sign: no digit follows.
    'No comment',
    // A sign that is not at the start stays where it is.
    '12 №',
    'дело № 12',
    // A sign alone is left for the lawyer to see, not turned into an empty number.
    '№',
  ])('«%s» is kept as typed', (typed) => {
    expect(documentNumber.parse(typed)).toBe(typed);
  });

  it('is the same once more: a stored number never loses anything on the next save', () => {
    for (const typed of ['№ 12', 'No. AB 12', 'N12', '# № 2/3-11744', 'AB 123']) {
      const once = withoutNumberSign(typed);
      expect(withoutNumberSign(once)).toBe(once);
    }
  });

  it('keeps the text rules of a short field: control characters and length are still refused', () => {
    expect(documentNumber.safeParse('№ 12\u0000').success).toBe(false);
    expect(documentNumber.safeParse(`№ ${'1'.repeat(400)}`).success).toBe(false);
  });

  it('is the rule of every case, decision, request, notice, certificate and document number', () => {
    const sign = '№ 2675-00-31-2026';
    const clean = '2675-00-31-2026';
    const parsed = (fields: Record<string, unknown>) => eventFieldsSchema.parse(fields) as Record<string, unknown>;
    expect(parsed({ type: 'detention', date: '2026-01', caseNumber: sign }).caseNumber).toBe(clean);
    expect(
      parsed({ type: 'asylumApplication', filedOn: '2026', registrationNumber: sign, certificateNumber: sign }),
    ).toMatchObject({ registrationNumber: clean, certificateNumber: clean });
    expect(parsed({ type: 'decision', decidedOn: '2026', outcome: 'refused', number: sign }).number).toBe(clean);
    expect(parsed({ type: 'appeal', filedOn: '2026', instance: 'first', caseNumber: sign }).caseNumber).toBe(clean);
    expect(
      parsed({
        type: 'extradition',
        requestingState: 'UZ',
        receivedOn: '2026',
        requestNumber: sign,
        noticeNumber: sign,
        prosecutorDecisionNumber: sign,
      }),
    ).toMatchObject({ requestNumber: clean, noticeNumber: clean, prosecutorDecisionNumber: clean });
    expect(parsed({ type: 'unhcr', recognizedOn: '2026', certificateNumber: sign }).certificateNumber).toBe(clean);
    expect(parsed({ type: 'intervention', kind: 'ombudsman', submittedOn: '2026', reference: sign }).reference).toBe(
      clean,
    );
    expect(identityDocumentSchema.parse({ kind: 'passport', number: '№ AA1234567' }).number).toBe('AA1234567');
    // An empty field from a form still means "not given".
    expect(identityDocumentSchema.parse({ kind: 'passport', number: '' }).number).toBeUndefined();
  });
});

describe('a number an older version stored with its sign', () => {
  const entry = (event: EventFields): TimelineEvent => ({
    id: '00000000-0000-4000-8000-000000000001',
    applicantId: '00000000-0000-4000-8000-000000000002',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    event,
  });
  const details = (language: 'ru' | 'en', event: EventFields) => {
    const one = entry(event);
    return describeEvent((key, params) => translate(language, key, params), language, one, [one]).details.join(' — ');
  };

  it('is shown on the timeline and in the case summary with one sign', () => {
    // As read from a vault row: the schema's rule never ran on it.
    const detention = { type: 'detention', date: '2026-01-10', caseNumber: '№ 2675-00-31-2026' } as EventFields;
    const ru = details('ru', detention);
    expect(ru).toContain('дело № 2675-00-31-2026');
    expect(ru.match(/№/g)).toHaveLength(1);
    const decision = {
      type: 'decision',
      decidedOn: '2026',
      outcome: 'refused',
      number: 'No. 17-05/2231',
    } as EventFields;
    expect(details('en', decision)).toContain('No. 17-05/2231');
    expect(details('en', decision)).not.toContain('No. No.');
    const request = {
      type: 'extradition',
      requestingState: 'UZ',
      receivedOn: '2026',
      outcome: 'pending',
      requestNumber: '#2/3-11744',
      prosecutorDecisionNumber: '№ 5',
    } as EventFields;
    expect(details('ru', request)).toContain('запрос № 2/3-11744');
    expect(details('ru', request)).not.toMatch(/№\s*[#№]/);
  });
});
