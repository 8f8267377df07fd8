/**
 * npm run bench [-- --applicants N]: builds a vault of N applicants (default 100,000, about five
 * events each) and prints Panoh's figures beside a raw baseline measured in the same run (raw
 * SQLCipher inserts with FTS5, a raw FTS5 prefix query), as ratios. It prints; it asserts nothing.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3-multiple-ciphers';
import { createCore } from '../src/core';
import { generateApplicants, seeded } from './generate';
import { familyNames } from './names';
import { rawVaultRecords } from './rawVaultRecords';
import { runSyncPhase } from './runSyncPhase';
import { type FoldingFigures, type IndexSizes, tableBytes } from './searchFigures';
import type { SyncPhaseFigures } from './syncPhase';

const { values } = parseArgs({ options: { applicants: { type: 'string', default: '100000' } } });
const COUNT = Number(values.applicants);
/** The benchmark's output is its purpose: figures on stdout. */
const print = (line: string) => process.stdout.write(`${line}\n`);
const CHUNK = 5_000;
const SAMPLES = 200;
const dir = mkdtempSync(join(tmpdir(), 'panoh-bench-'));
const rows: [string, string, string, string][] = [];
let peakRss = 0;
let peakPhase = '';
/** Resident memory is a high-water mark: the phase that set it says where to look. */
const sampleMemory = (phase: string) => {
  const rss = process.memoryUsage().rss;
  if (rss <= peakRss) return;
  peakRss = rss;
  peakPhase = phase;
};

function ms(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function timeMany(run: (i: number) => void, n = SAMPLES): { p50: number; p95: number } {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = process.hrtime.bigint();
    run(i);
    samples.push(ms(start));
  }
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

async function timeManyAsync(run: (i: number) => Promise<unknown>, n = SAMPLES): Promise<{ p50: number; p95: number }> {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = process.hrtime.bigint();
    await run(i);
    samples.push(ms(start));
  }
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

const fmt = (n: number, unit: string) => `${n < 10 ? n.toFixed(2) : Math.round(n).toLocaleString('en')} ${unit}`;
function row(metric: string, value: string, baseline = '', ratio = '') {
  rows.push([metric, value, baseline, ratio]);
  process.stderr.write(`  ${metric}: ${value}\n`);
}

function rawBaseline() {
  const db = new Database(join(dir, 'raw.db'));
  db.pragma("cipher='sqlcipher'");
  db.pragma('legacy=4');
  db.pragma(`key="x'${randomBytes(32).toString('hex')}'"`);
  db.pragma('journal_mode = WAL');
  db.exec(
    'CREATE TABLE people (id INTEGER PRIMARY KEY, family TEXT, given TEXT); CREATE VIRTUAL TABLE people_fts USING fts5(names)',
  );
  const people = generateApplicants(COUNT, 7);
  const insert = db.prepare('INSERT INTO people (family, given) VALUES (?, ?)');
  const index = db.prepare('INSERT INTO people_fts (rowid, names) VALUES (?, ?)');
  const start = process.hrtime.bigint();
  db.transaction(() => {
    for (const p of people) {
      const { lastInsertRowid } = insert.run(p.familyName, p.givenName ?? '');
      index.run(lastInsertRowid, `${p.familyName} ${p.givenName ?? ''}`);
    }
  })();
  const insertRate = COUNT / (ms(start) / 1000);
  const documentRate = rawDocuments(db, people);
  const vaultRecordRate = rawVaultRecords(dir, COUNT, CHUNK);
  const random = seeded(3);
  const query = db.prepare('SELECT rowid FROM people_fts WHERE people_fts MATCH ? LIMIT 20');
  const search = timeMany(() => {
    const name = familyNames[Math.floor(random() * familyNames.length)] ?? 'A';
    query.all(`"${name.slice(0, 4)}"*`);
  });
  db.close();
  return { insertRate, documentRate, vaultRecordRate, search };
}

/**
 * The same records the import writes (each applicant and each event as its JSON document, names
 * in FTS5), stored raw in one transaction in a bare table with integer keys (the cheapest keys
 * SQLite has): no validation, change log, clocks, audit, deadlines or list indexes.
 * Records per second, comparable with the import's; the one-row baseline above stores 20 bytes a row.
 */
function rawDocuments(db: Database.Database, people: ReturnType<typeof generateApplicants>): number {
  db.exec(
    'CREATE TABLE docs (id INTEGER PRIMARY KEY, owner INTEGER, doc TEXT); CREATE VIRTUAL TABLE docs_fts USING fts5(names)',
  );
  const insert = db.prepare('INSERT INTO docs (owner, doc) VALUES (?, ?)');
  const index = db.prepare('INSERT INTO docs_fts (rowid, names) VALUES (?, ?)');
  let records = 0;
  const start = process.hrtime.bigint();
  db.transaction(() => {
    for (const { events, ...person } of people) {
      const { lastInsertRowid } = insert.run(null, JSON.stringify(person));
      index.run(lastInsertRowid, `${person.familyName} ${person.givenName ?? ''}`);
      records += 1;
      for (const event of events ?? []) {
        insert.run(lastInsertRowid, JSON.stringify(event));
        records += 1;
      }
    }
  })();
  return records / (ms(start) / 1000);
}

/** Folding and index sizes, measured in a process of their own (bench/searchFiguresChild.ts). */
function searchFigures(): { folding: FoldingFigures; sizes: IndexSizes } {
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, join(__dirname, 'searchFiguresChild.ts'), '--applicants', String(Math.min(COUNT, 20_000))],
    { encoding: 'utf8', maxBuffer: 1024 * 1024 },
  );
  if (child.status !== 0) throw new Error(`search figures failed: ${child.stderr}`);
  return JSON.parse(child.stdout) as { folding: FoldingFigures; sizes: IndexSizes };
}

/**
 * A bundle of everything exported from the benchmark's vault and imported into a colleague's empty
 * vault (the first sync of a new laptop: the largest bundle an office makes), each phase in a core
 * process of its own so its peak resident memory is that phase's (key derivation included: the
 * process unlocks or creates its vault first). Rates are changes per second, one creation change
 * per record, read against the same raw baseline as the import.
 */
async function syncFigures(
  core: ReturnType<typeof createCore>,
  vaultPath: string,
  passphrase: string,
  rawRate: number,
) {
  // The child opens the vault itself: this process lets go of it first.
  await core.invoke('vault.lock', {});
  core.close();
  const exported = runSyncPhase({ phase: 'export', dir, passphrase, vaultPath });
  const imported = runSyncPhase({
    phase: 'import',
    dir,
    passphrase,
    bundlePath: exported.bundlePath ?? '',
    words: exported.words ?? '',
    fingerprint: exported.fingerprint ?? '',
  });
  const mib = (bytes: number) => fmt(bytes / 1024 / 1024, 'MiB');
  const phaseRow = (metric: string, figures: SyncPhaseFigures) => {
    const rate = figures.changes / (figures.ms / 1000);
    row(
      metric,
      `${fmt(figures.ms, 'ms')} (${fmt(rate, 'changes/s')}; CPU ${fmt(figures.cpuMs, 'ms')})`,
      fmt(rawRate, 'records/s raw rows+FTS5'),
      `${(rate / rawRate).toFixed(3)}x`,
    );
  };
  phaseRow(
    `sync bundle export, everything (${exported.changes.toLocaleString('en')} changes, ${mib(exported.bytes ?? 0)})`,
    exported,
  );
  phaseRow('sync bundle import into an empty vault', imported);
  row('peak resident memory, core exporting the bundle', mib(exported.maxRssBytes));
  row('peak resident memory, core importing the bundle', mib(imported.maxRssBytes));
}

async function main() {
  print(`Panoh benchmark: ${COUNT.toLocaleString('en')} applicants, about 5 events each (${dir})`);
  const { folding, sizes } = searchFigures();
  const raw = rawBaseline();
  sampleMemory('raw baselines');

  const vaultPath = join(dir, 'office.panoh');
  const passphrase = 'benchmark passphrase for the office';
  const core = createCore({ vaultPath });
  let start = process.hrtime.bigint();
  await core.invoke('vault.create', { passphrase });
  row('create vault (scrypt N=2^17)', fmt(ms(start), 'ms'));

  let importSeconds = 0;
  let imported = 0;
  let events = 0;
  for (let offset = 0; offset < COUNT; offset += CHUNK) {
    // The file's text is made before the clock starts, as the raw side's rows are: reading and
    // parsing it is the import's work, inventing it is not.
    const content = JSON.stringify({ applicants: generateApplicants(Math.min(CHUNK, COUNT - offset), offset + 11) });
    start = process.hrtime.bigint();
    const result = await core.invoke('import.run', { format: 'json', content });
    importSeconds += ms(start) / 1000;
    imported += result.imported.applicants;
    events += result.imported.events;
    sampleMemory('import');
    process.stdout.write(`\r  importing… ${imported.toLocaleString('en')}`);
  }
  process.stdout.write('\n');
  const importRate = imported / importSeconds;
  // An imported record is an applicant or an event: its row, a creation change, an audit entry, and
  // its share of the search and deadline rows. Three raw baselines, from the most to the least alike.
  const recordRate = (imported + events) / importSeconds;
  const importRow = (metric: string, baseline: number, unit: string) =>
    row(metric, fmt(recordRate, 'records/s'), fmt(baseline, unit), `${(recordRate / baseline).toFixed(3)}x`);
  row(
    'import (parse, validate, write, change log, audit, search, deadlines)',
    `${fmt(recordRate, 'records/s')} (${fmt(importRate, 'applicants/s')})`,
  );
  importRow(
    'import vs the same records stored raw in the vault schema',
    raw.vaultRecordRate,
    'records/s raw rows+FTS5',
  );
  importRow('import vs the same documents stored raw in one bare table', raw.documentRate, 'records/s raw docs+FTS5');
  importRow('import vs raw one-row inserts (two names a row)', raw.insertRate, 'rows/s raw insert+FTS5');

  await core.invoke('vault.lock', {});
  row('vault file after import', fmt(statSync(vaultPath).size / 1024 / 1024, 'MiB'));
  start = process.hrtime.bigint();
  await core.invoke('vault.unlock', { passphrase });
  row('unlock (key derivation + open + migrations check)', fmt(ms(start), 'ms'));
  const mib = (bytes: number) => fmt(bytes / 1024 / 1024, 'MiB');
  const { db } = core.workspace();
  row(
    'applicant search index in the vault + its typo index',
    `${mib(tableBytes(db, 'applicant_search'))} + ${mib(tableBytes(db, 'applicant_near'))}`,
  );

  const random = seeded(5);
  const latin = ['Abdurahmonov', 'Gafurov', 'Xadicha', 'Nazarov', 'Yusupova', 'Rakhimova', 'Utkir', 'Jamshedov'];
  const prefixes = ['Наз', 'Yus', 'Абду', 'Kar', 'Хас', 'Sult'];
  const searchLatin = await timeManyAsync((i) => core.invoke('search.query', { text: latin[i % latin.length] ?? '' }));
  const searchPrefix = await timeManyAsync((i) =>
    core.invoke('search.query', { text: prefixes[i % prefixes.length] ?? '' }),
  );
  const searchNumber = await timeManyAsync(() =>
    core.invoke('search.query', { text: `FA${String(1_000_000 + Math.floor(random() * COUNT)).padStart(7, '0')}` }),
  );
  const vsRaw = (p95: number) => `${(p95 / raw.search.p95).toFixed(1)}x`;
  const rawSearch = `p95 ${fmt(raw.search.p95, 'ms')} raw FTS5 prefix`;
  row(
    'search Latin → Cyrillic (p50 / p95)',
    `${fmt(searchLatin.p50, 'ms')} / ${fmt(searchLatin.p95, 'ms')}`,
    rawSearch,
    vsRaw(searchLatin.p95),
  );
  row(
    'search by prefix (p50 / p95)',
    `${fmt(searchPrefix.p50, 'ms')} / ${fmt(searchPrefix.p95, 'ms')}`,
    rawSearch,
    vsRaw(searchPrefix.p95),
  );
  row(
    'search by document number (p50 / p95)',
    `${fmt(searchNumber.p50, 'ms')} / ${fmt(searchNumber.p95, 'ms')}`,
    rawSearch,
    vsRaw(searchNumber.p95),
  );

  const typos = ['Abdurahmnov', 'Nazrov', 'Yusupvoa', 'Toshmtov', 'Kholmatv', 'Sultnova', 'Gafurv', 'Karimpv'];
  const searchTypo = await timeManyAsync((i) => core.invoke('search.query', { text: typos[i % typos.length] ?? '' }));
  row(
    'search with a typo, approximate hits (p50 / p95)',
    `${fmt(searchTypo.p50, 'ms')} / ${fmt(searchTypo.p95, 'ms')}`,
    rawSearch,
    vsRaw(searchTypo.p95),
  );
  const lookups = [
    { familyName: 'Назаров', givenName: 'Шерали' },
    { familyName: 'Yusupova', givenName: 'Dilnoza', birthDate: '1994' },
    { familyName: 'Назров', givenName: 'Шерали' },
    { familyName: 'Yusupvoa', givenName: 'Dilnoza' },
  ];
  const duplicates = await timeManyAsync((i) =>
    core.invoke('applicants.possibleDuplicates', lookups[i % lookups.length] ?? { familyName: '' }),
  );
  row(
    'duplicate check at intake, exact and one letter off (p50 / p95)',
    `${fmt(duplicates.p50, 'ms')} / ${fmt(duplicates.p95, 'ms')}`,
  );

  const list = await timeManyAsync(() =>
    core.invoke('applicants.list', { offset: Math.floor(random() * Math.max(1, COUNT - 100)), limit: 100 }),
  );
  row('applicant list, one page of 100 (p50 / p95)', `${fmt(list.p50, 'ms')} / ${fmt(list.p95, 'ms')}`);
  const dashboard = await timeManyAsync(() => core.invoke('deadlines.dashboard', {}), 20);
  row('deadline dashboard (p50 / p95)', `${fmt(dashboard.p50, 'ms')} / ${fmt(dashboard.p95, 'ms')}`);
  const { id } = (await core.invoke('applicants.list', { limit: 1 })).rows[0] ?? { id: '' };
  const save = await timeManyAsync(
    (i) => core.invoke('applicants.update', { id, fields: { notes: `edit ${i}` } }),
    100,
  );
  row('save a form (one applicant edit) (p50 / p95)', `${fmt(save.p50, 'ms')} / ${fmt(save.p95, 'ms')}`);
  core.setExportTarget({ exportsDir: dir });
  const summary = await timeManyAsync(
    () =>
      core.invoke('reports.caseSummary', {
        applicantId: id,
        language: 'ru',
        sections: ['identity', 'status', 'timeline', 'deadlines', 'incidents'],
      }),
    20,
  );
  row('PDF case summary (p50 / p95)', `${fmt(summary.p50, 'ms')} / ${fmt(summary.p95, 'ms')}`);
  const stats = await timeManyAsync(
    () => core.invoke('reports.statistics', { from: '2024-01-01', to: '2026-12-31', format: 'pdf', language: 'ru' }),
    3,
  );
  row('statistics PDF over all applicants (p50)', fmt(stats.p50, 'ms'));
  await syncFigures(core, vaultPath, passphrase, raw.vaultRecordRate);
  row(
    `folding, per word (${folding.words.toLocaleString('en')} words of names, notes, places)`,
    `${fmt(folding.newNsPerWord, 'ns')}`,
    `${fmt(folding.legacyNsPerWord, 'ns')} before issue 15`,
    `${(folding.newNsPerWord / folding.legacyNsPerWord).toFixed(2)}x`,
  );
  row(
    'search row of one applicant (fold names, notes, events; typo index)',
    `${fmt(folding.newUsPerApplicant, 'µs')}`,
    `${fmt(folding.legacyUsPerApplicant, 'µs')} before issue 15`,
    `${(folding.newUsPerApplicant / folding.legacyUsPerApplicant).toFixed(2)}x`,
  );
  row(
    `search index of ${sizes.sample.toLocaleString('en')} applicants + its typo index`,
    `${mib(sizes.currentBytes)} + ${mib(sizes.typoIndexBytes)}`,
    `${mib(sizes.legacyBytes)} before issue 15 (contentless: ${mib(sizes.contentlessBytes)})`,
    `${((sizes.currentBytes + sizes.typoIndexBytes) / sizes.legacyBytes).toFixed(2)}x`,
  );
  sampleMemory('the end');
  row('peak resident memory of this process', `${fmt(peakRss / 1024 / 1024, 'MiB')} (during ${peakPhase})`);

  const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => r[c]?.length ?? 0), 6));
  const line = (r: string[]) => r.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  ');
  print(`\n${line(['metric', 'Panoh', 'baseline (same run)', 'ratio'])}`);
  for (const r of rows) print(line(r));
  print(
    '\nTargets (DESIGN.md section 8, issues 4 and 5): unlock < 1 s; search p95 < 30 ms; list page < 100 ms; dashboard < 100 ms; save < 10 ms; case summary < 300 ms; statistics < 2 s; import, sync export and sync import ≥ 1/3 of the raw vault-schema rate; a core under 400 MiB resident while it exports or imports a 100,000-applicant bundle.',
  );
  rmSync(dir, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(error);
  rmSync(dir, { recursive: true, force: true });
  process.exitCode = 1;
});
