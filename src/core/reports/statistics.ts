import type { PublishedCount, Statistics, StatisticsTable, StatisticsTableId } from '../../shared/reports/statistics';
import type { Db } from '../vault/openDatabase';
import { prepared } from '../vault/prepared';
import { type CountTableInput, type PublishedTable, suppressTable } from './suppression';

type Counted = { label: string; column?: string; n: number }[];

/**
 * Whether a partial date column falls in @from..@to, counting a partial date from its first day
 * ('2026' as 2026-01-01, '2026-05' as 2026-05-01). The first range is implied by the second (a
 * partial date is a prefix of its first day, and starts with its year) and is there only so that
 * SQLite can seek an index on the column instead of testing every row.
 */
function within(column: string): string {
  return `(${column} BETWEEN substr(@from, 1, 4) AND @to AND substr(${column} || '-01-01', 1, 10) BETWEEN @from AND @to)`;
}

/**
 * Counts per citizenship from counts per stored citizenship list (',UZ,TJ,', see applicantSpec):
 * a person with two citizenships counts under both, one with none as 'unknown'.
 */
function citizenshipCounts(lists: Counted): Counted {
  return lists.flatMap(({ label, n }) => {
    const codes = label.split(',').filter(Boolean);
    return (codes.length > 0 ? codes : ['unknown']).map((code) => ({ label: code, n }));
  });
}

/** A table of exact counts, before anything is suppressed: only ever seen inside the core and its tests. */
export interface CountedTable {
  id: StatisticsTableId;
  columns: string[];
  rows: { label: string; counts: number[] }[];
  /** See CountTableInput: categories that overlap have no totals. */
  overlapping?: boolean;
  /** See CountTableInput: byMonth's column totals are the other tables' grand totals. */
  linked?: CountTableInput['linked'];
}

/** The row label of events whose date has a year only: counted, so that each column adds up to its table. */
export const UNDATED = 'undated';

/** The timeline events the tables count, each the population of one table of its own. */
const timelineTypes = ['asylumApplication', 'decision', 'appeal', 'extradition', 'detention'] as const;
type TimelineType = (typeof timelineTypes)[number];

/** The event types byMonth breaks down, the timeline's and incidents. */
const monthlyColumns = [...timelineTypes, 'incident'] as const;

/** People counted by one combination of what any timeline table breaks down by. */
interface TimelineCount {
  type: TimelineType;
  outcome: string;
  /** The decisions table's column. */
  reasons: string;
  /** The extraditions table's row and column. */
  state: string;
  extradition: string;
  month: string;
  n: number;
}

/**
 * Handed to a state whose citizen the person is not (a Tajik national handed to Uzbekistan): counted
 * apart, as the refoulement it may be. The state is the one the person was actually handed to
 * ("передан в"), the requesting one when that is not recorded. Unknown citizenship (and the rest of a
 * group, who have no file here) counts as plain 'extradited'.
 */
const extraditionColumn = `CASE WHEN x.outcome = 'extradited' AND x.citizenship <> ',,'
       AND instr(x.citizenship, ',' || COALESCE(x.handed_to, x.requesting_state) || ',') = 0
     THEN 'extraditedThirdCountry' ELSE x.outcome END`;

/**
 * Exact counts for a period. Only counts leave this module: no names, no numbers, no free text.
 * Events count by the day they happened (partial dates by their first day: "2026-05" is in May).
 */
export function countStatistics(
  db: Db,
  from: string,
  to: string,
): { from: string; to: string; tables: CountedTable[] } {
  const period = { from, to };
  const rows = (sql: string): Counted => prepared(db, sql).all(period) as Counted;

  const table = (id: StatisticsTableId, counted: Counted, columns = ['count']): CountedTable => {
    const labels = [...new Set(counted.map((c) => c.label))].sort();
    return {
      id,
      columns,
      rows: labels.map((label) => ({
        label,
        counts: columns.map((column) =>
          counted
            .filter((c) => c.label === label && (columns.length === 1 || c.column === column))
            .reduce((sum, c) => sum + c.n, 0),
        ),
      })),
    };
  };

  // Every figure comes from covering indexes (migrations 0006, 0007, 0015): no row and no document is read.
  const eventsOf = (types: readonly string[]) =>
    `e.deleted_at IS NULL AND e.type IN (${types.map((type) => `'${type}'`).join(', ')}) AND ${within('e.sort_date')}`;
  // Timeline events count the people they concern (a detention of 29 people: 29 detained): one row
  // per member with a live file, with their citizenship, and one for the rest of a group (its size
  // less every member listed, those without a file here) with none. An event none of whose members'
  // files is live counts no one, as an event of a deleted person never did.
  const peopleOf = (...types: string[]) => `(
      SELECT e.type, e.outcome, e.reasons_given, e.requesting_state, e.handed_to, e.sort_date,
             a.citizenship, p.applicant_id, 1 AS n
        FROM events e JOIN event_people p ON p.event_id = e.id JOIN applicants a ON a.id = p.applicant_id
        WHERE ${eventsOf(types)} AND a.deleted_at IS NULL
      UNION ALL
      SELECT e.type, e.outcome, e.reasons_given, e.requesting_state, e.handed_to, e.sort_date,
             ',,', NULL, max(0, e.group_size - (SELECT count(*) FROM event_people q WHERE q.event_id = e.id))
        FROM events e
        WHERE ${eventsOf(types)} AND e.group_size IS NOT NULL AND EXISTS (
          SELECT 1 FROM event_people q JOIN applicants a ON a.id = q.applicant_id
            WHERE q.event_id = e.id AND a.deleted_at IS NULL)
    ) AS x WHERE x.n > 0`;

  // People with a file here: their citizenship is known, the rest of a group's is not.
  const byCitizenship = citizenshipCounts(
    rows(
      `SELECT a.citizenship AS label, count(*) AS n FROM applicants a
       WHERE a.deleted_at IS NULL AND (${within('a.arrival_date')} OR a.id IN (
         SELECT p.applicant_id FROM events e JOIN event_people p ON p.event_id = e.id
           WHERE e.deleted_at IS NULL AND ${within('e.sort_date')}))
       GROUP BY label`,
    ),
  );
  // Every timeline table in one pass over the events (each pass joins every event to its people:
  // seconds at 100,000 people), grouped by whatever any of the tables breaks down by.
  const month = (column: string) =>
    `CASE WHEN length(${column}) >= 7 THEN substr(${column}, 1, 7) ELSE '${UNDATED}' END`;
  const timeline = prepared(
    db,
    `SELECT x.type, x.outcome,
            CASE WHEN x.reasons_given THEN 'reasonsGiven' ELSE 'noReasonGiven' END AS reasons,
            x.requesting_state AS state, ${extraditionColumn} AS extradition, ${month('x.sort_date')} AS month,
            sum(x.n) AS n
     FROM ${peopleOf(...timelineTypes)} GROUP BY 1, 2, 3, 4, 5, 6`,
  ).all(period) as TimelineCount[];
  const ofType = (type: TimelineType) => timeline.filter((row) => row.type === type);
  const total = (label: string, type: TimelineType): Counted => {
    const n = ofType(type).reduce((sum, row) => sum + row.n, 0);
    return n > 0 ? [{ label, n }] : [];
  };
  const applications = total('filed', 'asylumApplication');
  const decisions = ofType('decision').map(({ outcome, reasons, n }) => ({ label: outcome, column: reasons, n }));
  const appeals = ofType('appeal').map(({ outcome, n }) => ({ label: outcome, n }));
  const extraditions = ofType('extradition').map(({ state, extradition, n }) => ({
    label: state,
    column: extradition,
    n,
  }));
  const detentions = total('detained', 'detention');
  // People with a file here, refused in the period and recognised by UNHCR on any event of theirs.
  const unhcrRefused = rows(
    `SELECT 'applicants' AS label, count(DISTINCT x.applicant_id) AS n FROM ${peopleOf('decision')}
       AND x.outcome = 'refused' AND x.applicant_id IN (
         SELECT p.applicant_id FROM events u JOIN event_people p ON p.event_id = u.id
           WHERE u.type = 'unhcr' AND u.deleted_at IS NULL)
     HAVING n > 0`,
  );
  // Incidents count once each, whoever and however many they concern.
  const incidents = `FROM incidents i WHERE i.deleted_at IS NULL AND ${within('i.occurred_on')}`;
  const incidentsByKind = rows(`SELECT i.kind AS label, count(*) AS n ${incidents} GROUP BY label`);
  const incidentsByPerpetrator = rows(`SELECT i.perpetrator AS label, count(*) AS n ${incidents} GROUP BY label`);
  // In the same units as each population's own table, so that its column adds up to that table's total.
  const byMonth: Counted = [
    ...timeline.map(({ month: label, type, n }) => ({ label, column: type, n })),
    ...rows(`SELECT ${month('i.occurred_on')} AS label, 'incident' AS column, count(*) AS n ${incidents} GROUP BY 1`),
  ];

  return {
    from,
    to,
    tables: [
      { ...table('applicantsByCitizenship', byCitizenship), overlapping: true },
      table('asylumApplications', applications),
      table('decisions', decisions, ['reasonsGiven', 'noReasonGiven']),
      table('appeals', appeals),
      table('extraditionsByState', extraditions, [
        'pending',
        'refused',
        'approved',
        'extradited',
        'extraditedThirdCountry',
      ]),
      table('unhcrButRefused', unhcrRefused),
      table('detentions', detentions),
      table('incidentsByKind', incidentsByKind),
      table('incidentsByPerpetrator', incidentsByPerpetrator),
      { ...table('byMonth', byMonth, [...monthlyColumns]), linked: 'totalsRow' },
    ],
  };
}

function asPublished(counted: CountedTable, published: PublishedTable): StatisticsTable {
  return {
    id: counted.id,
    columns: counted.columns,
    rows: published.withheld
      ? []
      : counted.rows.map((row, r) => ({
          label: row.label,
          counts: published.cells[r] ?? [],
          ...(published.rowTotals ? { total: published.rowTotals[r] ?? 0 } : {}),
        })),
    ...(published.columnTotals || published.grandTotal !== undefined
      ? {
          totals: {
            // A withheld table of several columns prints its grand total only.
            counts: published.columnTotals ?? [],
            ...(published.grandTotal === undefined ? {} : { total: published.grandTotal }),
          },
        }
      : {}),
    withheld: published.withheld,
    overlapping: counted.overlapping === true,
  };
}

/**
 * byMonth: a population too small for its own table (fewer than the threshold in the period) is
 * withheld from the months too — its column shows only "<t" as its total, and the months' totals
 * and rows leave it out, so that nothing about it can be read from them.
 */
function publishByMonth(counted: CountedTable, threshold: number): StatisticsTable {
  const columnTotal = (c: number) => counted.rows.reduce((sum, row) => sum + (row.counts[c] ?? 0), 0);
  const small = counted.columns.map((_, c) => columnTotal(c) > 0 && columnTotal(c) < threshold);
  const kept = counted.columns.map((_, c) => c).filter((c) => !small[c]);
  const rows = counted.rows
    .map((row) => ({ label: row.label, counts: kept.map((c) => row.counts[c] ?? 0) }))
    .filter((row) => row.counts.some((n) => n > 0));
  const inner = suppressTable({ rows: rows.map((row) => row.counts), threshold, linked: 'totalsRow' });
  // The columns' totals are the populations' own tables' totals: never small here, always shown.
  const totals = counted.columns.map((_, c): PublishedCount => (small[c] ? 'suppressed' : columnTotal(c)));
  return {
    id: counted.id,
    columns: counted.columns,
    rows: inner.withheld
      ? []
      : rows.map((row, r) => {
          const cells = inner.cells[r] ?? [];
          return {
            label: row.label,
            counts: counted.columns.map(
              (_, c): PublishedCount => (small[c] ? 'hidden' : (cells[kept.indexOf(c)] ?? 0)),
            ),
            total: inner.rowTotals?.[r] ?? cells[0] ?? 0,
          };
        }),
    // With a group withheld, the sum of the others is no total of anything: "…", not a number.
    totals: {
      counts: totals,
      total: small.some(Boolean) ? 'hidden' : kept.reduce((sum, c) => sum + columnTotal(c), 0),
    },
    withheld: inner.withheld,
    overlapping: false,
  };
}

/** Publishes counted tables: small counts suppressed, with the complements that keep them so (suppression.ts). */
export function publishStatistics(counted: ReturnType<typeof countStatistics>, threshold: number): Statistics {
  return {
    from: counted.from,
    to: counted.to,
    threshold,
    tables: counted.tables.map((table) =>
      table.linked === 'totalsRow'
        ? publishByMonth(table, threshold)
        : asPublished(
            table,
            suppressTable({ rows: table.rows.map((row) => row.counts), threshold, overlapping: table.overlapping }),
          ),
    ),
  };
}

/** Anonymous statistics for a period, as they may leave the office. */
export function computeStatistics(db: Db, from: string, to: string, threshold: number): Statistics {
  return publishStatistics(countStatistics(db, from, to), threshold);
}
