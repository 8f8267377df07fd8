import { describe, expect, it } from 'vitest';
import { officeDetailsSchema } from '../../shared/documents/officeDetails';
import { type ApplicantFields, applicantFieldsSchema } from '../../shared/records/applicant';
import type { EventFields, TimelineEvent } from '../../shared/records/events';
import { templateData } from './templateData';

const APPLICANT = '00000000-0000-4000-8000-000000000002';
const entry = (n: number, event: EventFields): TimelineEvent => ({
  id: `00000000-0000-4000-8000-00000000001${n}`,
  applicantId: APPLICANT,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  event,
});

describe('numbers in filings', () => {
  it('print once under the template’s own «№» when an older version stored them with the sign', () => {
    // As read from a vault an older version wrote: the schema's rule never ran on these values.
    const applicant = {
      ...applicantFieldsSchema.parse({ familyName: 'Назаров', givenName: 'Шерали' }),
      documents: [{ kind: 'passport', number: '№ AA1234567' }],
    } as ApplicantFields;
    const events = [
      entry(1, {
        type: 'asylumApplication',
        filedOn: '2026-05-20',
        certificateNumber: '№ ЖМБ-2026-0114',
      } as EventFields),
      entry(2, { type: 'unhcr', recognizedOn: '2025-10-01', certificateNumber: 'No. 25-0931' } as EventFields),
      entry(3, { type: 'detention', date: '2026-05-12', caseNumber: '№ 2675-00-31-2026' } as EventFields),
    ];
    const { data } = templateData(
      {
        applicant,
        events,
        incidents: [],
        office: officeDetailsSchema.parse({ name: 'Бюро' }),
        officeNamed: true,
        profileName: 'Нурланова Айгуль',
        rules: [],
        today: '2026-11-27',
      },
      'ru',
      {},
    );
    expect(data).toMatchObject({
      applicant: {
        passport: { number: 'AA1234567' },
        asylumCertificate: { number: 'ЖМБ-2026-0114' },
        unhcrCertificate: { number: '25-0931' },
        documents: [{ number: 'AA1234567' }],
      },
      asylumApplication: { certificateNumber: 'ЖМБ-2026-0114' },
      unhcr: { certificateNumber: '25-0931' },
    });
    // The timeline in words, which filings list, prints its «№» once too.
    const listed = JSON.stringify(data.events);
    expect(listed).toContain('дело № 2675-00-31-2026');
    expect(listed).not.toMatch(/№\s*№/);
  });
});
