import Database from 'better-sqlite3-multiple-ciphers';
import { applicantSearchDocument, eventNumbers, eventTexts, numbers } from '../src/core/search/searchDocuments';
import type { Db } from '../src/core/vault/openDatabase';
import type { ApplicantFields } from '../src/shared/records/applicant';
import type { EventFields } from '../src/shared/records/events';
import type { ImportDocument } from '../src/shared/records/importFile';
import { foldWordKeys, words } from '../src/shared/search/fold';
import { foldText as legacyFoldText, foldWord as legacyFoldWord } from './legacyFold';

type People = ImportDocument['applicants'];

function ms(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** The fastest of a few runs: the machine is shared, and the slow runs measure the neighbours. */
function best(runs: number, work: () => void): number {
  let fastest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    work();
    fastest = Math.min(fastest, ms(start));
  }
  return fastest;
}

const asFields = (person: People[number]) => person as unknown as ApplicantFields;
const eventsOf = (person: People[number]) => (person.events ?? []) as unknown as EventFields[];

const legacyFold = (texts: (string | undefined)[]) => texts.flatMap((t) => (t ? legacyFoldText(t) : [])).join(' ');

/** One applicant's search row as it was written before issue 15: the old folding, no typo index. */
function legacyDocument(person: People[number]): { names: string; numbers: string; text: string } {
  const doc = asFields(person);
  const events = eventsOf(person);
  return {
    names: legacyFold([doc.familyName, doc.givenName, doc.patronymic, ...doc.aliases]),
    numbers: numbers(...doc.documents.map((d) => d.number), doc.phone, ...events.flatMap(eventNumbers)),
    text: legacyFold([doc.birthPlace, doc.address, doc.notes, ...events.flatMap(eventTexts)]),
  };
}

export interface FoldingFigures {
  words: number;
  legacyNsPerWord: number;
  newNsPerWord: number;
  legacyUsPerApplicant: number;
  newUsPerApplicant: number;
}

/**
 * Folding, old against new, on the words of the benchmark's applicants (names, notes, places):
 * per word, and per applicant's whole search document (the new one also writes the typo index).
 */
export function foldingFigures(people: People): FoldingFigures {
  const texts = people.flatMap((p) => {
    const doc = asFields(p);
    return [doc.familyName, doc.givenName, doc.notes, ...eventsOf(p).flatMap(eventTexts)].flatMap((t) => t ?? []);
  });
  const all = texts.flatMap(words);
  let sink = 0;
  const legacy = best(5, () => {
    for (const word of all) sink += legacyFoldWord(word).length;
  });
  const current = best(5, () => {
    for (const word of all) sink += foldWordKeys(word).length;
  });
  const legacyDocs = best(3, () => {
    for (const person of people) sink += legacyDocument(person).names.length;
  });
  const currentDocs = best(3, () => {
    for (const person of people) sink += applicantSearchDocument(asFields(person), eventsOf(person)).names.length;
  });
  if (sink < 0) throw new Error('unreachable');
  return {
    words: all.length,
    legacyNsPerWord: (legacy * 1e6) / all.length,
    newNsPerWord: (current * 1e6) / all.length,
    legacyUsPerApplicant: (legacyDocs * 1e3) / people.length,
    newUsPerApplicant: (currentDocs * 1e3) / people.length,
  };
}

/** Bytes of the tables whose names start with `prefix` (FTS5 keeps its index in shadow tables). */
export function tableBytes(db: Db | Database.Database, prefix: string): number {
  const row = db
    .prepare("SELECT COALESCE(SUM(pgsize), 0) AS bytes FROM dbstat WHERE name LIKE ? || '%'")
    .get(prefix) as {
    bytes: number;
  };
  return row.bytes;
}

export interface IndexSizes {
  sample: number;
  legacyBytes: number;
  currentBytes: number;
  contentlessBytes: number;
  typoIndexBytes: number;
}

/**
 * The applicant search index for the same people, in a scratch database: as before issue 15 (old
 * folding), as now (new folding) with its typo index beside it, whose size is what typo tolerance
 * costs, and contentless (what a contentless table would have saved).
 */
export function indexSizes(people: People): IndexSizes {
  const db = new Database(':memory:');
  db.exec(`
    CREATE VIRTUAL TABLE legacy USING fts5(names, numbers, text, tokenize = 'unicode61 remove_diacritics 0');
    CREATE VIRTUAL TABLE current USING fts5(names, numbers, text, tokenize = 'unicode61 remove_diacritics 0');
    CREATE VIRTUAL TABLE contentless USING fts5(names, numbers, text,
      content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0');
    CREATE VIRTUAL TABLE typo USING fts5(near,
      content = '', contentless_delete = 1, detail = none, tokenize = 'unicode61 remove_diacritics 0');
  `);
  const legacy = db.prepare('INSERT INTO legacy (names, numbers, text) VALUES (?, ?, ?)');
  const current = db.prepare('INSERT INTO current (names, numbers, text) VALUES (?, ?, ?)');
  const contentless = db.prepare('INSERT INTO contentless (names, numbers, text) VALUES (?, ?, ?)');
  const typo = db.prepare('INSERT INTO typo (near) VALUES (?)');
  db.transaction(() => {
    for (const person of people) {
      const doc = applicantSearchDocument(asFields(person), eventsOf(person));
      const old = legacyDocument(person);
      legacy.run(old.names, old.numbers, old.text);
      current.run(doc.names, doc.numbers, doc.text);
      contentless.run(doc.names, doc.numbers, doc.text);
      typo.run(doc.near);
    }
  })();
  for (const table of ['legacy', 'current', 'contentless', 'typo'])
    db.exec(`INSERT INTO ${table} (${table}) VALUES ('optimize')`);
  const sizes = {
    sample: people.length,
    legacyBytes: tableBytes(db, 'legacy'),
    currentBytes: tableBytes(db, 'current'),
    contentlessBytes: tableBytes(db, 'contentless'),
    typoIndexBytes: tableBytes(db, 'typo'),
  };
  db.close();
  return sizes;
}
