import type { ImportDocument } from '../src/shared/records/importFile';
import { familyNames, givenNames } from './names';

/** A deterministic pseudo-random sequence, so every run measures the same data. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

export function generateApplicants(count: number, seed = 1): ImportDocument['applicants'] {
  const random = seeded(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const day = (year: number) => `${year}-${pad(1 + Math.floor(random() * 12))}-${pad(1 + Math.floor(random() * 28))}`;
  const applicants: ImportDocument['applicants'] = [];
  for (let i = 0; i < count; i++) {
    const arrival = day(2024 + Math.floor(random() * 3));
    applicants.push({
      familyName: pick(familyNames),
      givenName: pick(givenNames),
      aliases: [],
      sex: random() < 0.5 ? 'male' : 'female',
      birthDate: random() < 0.5 ? String(1960 + Math.floor(random() * 45)) : day(1960 + Math.floor(random() * 45)),
      citizenship: [pick(['UZ', 'TJ', 'KG', 'AF', 'CN'] as const)],
      languages: ['ru'],
      documents: [{ kind: 'passport', number: `FA${String(1_000_000 + i).padStart(7, '0')}` }],
      familyLinks: [],
      vulnerabilities: [],
      caseStatus: 'asylum_pending',
      assignedLawyer: pick(['Айгуль', 'Ербол', 'Dilfuza', 'Марат']),
      arrivalDate: arrival,
      events: [
        { type: 'detention', date: arrival, place: 'Тараз', authority: 'Полиция' },
        { type: 'asylumApplication', filedOn: arrival, authority: 'Комиссия', certificateNumber: `ЖМБ-${i}` },
        { type: 'decision', decidedOn: day(2026), outcome: 'refused', notifiedOn: day(2026) },
        { type: 'appeal', filedOn: day(2026), instance: 'first', hearings: [], outcome: 'pending' },
        { type: 'note', date: day(2026), text: 'Консультация в бюро, документы переданы адвокату.' },
      ],
    });
  }
  return applicants;
}
