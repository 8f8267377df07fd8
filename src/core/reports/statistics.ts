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

/** The event types byMonth breaks down, each the population of one table of its own. */
const monthlyColumns = ['asylumApplication', 'decision', 'appeal', 'extradition', 'detention', 'incident'] as const;

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

  // Every figure comes from the covering indexes of migration 0006: no row and no document is read.
  const liveEvents = `FROM events e JOIN applicants a ON a.id = e.applicant_id
    WHERE e.deleted_at IS NULL AND a.deleted_at IS NULL`;
  const eventsOf = (type: string) => `${liveEvents} AND e.type = '${type}' AND ${within('e.sort_date')}`;

  const byCitizenship = citizenshipCounts(
    rows(
      `SELECT a.citizenship AS label, count(*) AS n FROM applicants a
       WHERE a.deleted_at IS NULL AND (${within('a.arrival_date')} OR a.id IN (
         SELECT e.applicant_id FROM events e WHERE e.deleted_at IS NULL AND ${within('e.sort_date')}))
       GROUP BY label`,
    ),
  );
  const applications = rows(`SELECT 'filed' AS label, count(*) AS n ${eventsOf('asylumApplication')} HAVING n > 0`);
  const decisions = rows(
    `SELECT e.outcome AS label, CASE WHEN e.reasons_given THEN 'reasonsGiven' ELSE 'noReasonGiven' END AS column,
            count(*) AS n
     ${eventsOf('decision')} GROUP BY label, column`,
  );
  const appeals = rows(`SELECT e.outcome AS label, count(*) AS n ${eventsOf('appeal')} GROUP BY label`);
  // Handed to a state whose citizen the person is not (a Tajik national to Uzbekistan): counted
  // apart, as the refoulement it may be. Unknown citizenship counts as plain 'extradited'.
  // Once events record the state the person was actually handed to ("передан в", issue 12), that
  // state, not the requesting one, is the one to compare.
  const extraditions = rows(
    `SELECT e.requesting_state AS label,
            CASE WHEN e.outcome = 'extradited' AND a.citizenship <> ',,'
                   AND instr(a.citizenship, ',' || e.requesting_state || ',') = 0
                 THEN 'extraditedThirdCountry' ELSE e.outcome END AS column,
            count(*) AS n
     ${eventsOf('extradition')} GROUP BY label, column`,
  );
  const detentions = rows(`SELECT 'detained' AS label, count(*) AS n ${eventsOf('detention')} HAVING n > 0`);
  const unhcrRefused = rows(
    `SELECT 'applicants' AS label, count(DISTINCT e.applicant_id) AS n ${eventsOf('decision')} AND e.outcome = 'refused'
       AND e.applicant_id IN (SELECT u.applicant_id FROM events u WHERE u.type = 'unhcr' AND u.deleted_at IS NULL)
     HAVING n > 0`,
  );
  const incidents = `FROM incidents i WHERE i.deleted_at IS NULL AND ${within('i.occurred_on')}`;
  const incidentsByKind = rows(`SELECT i.kind AS label, count(*) AS n ${incidents} GROUP BY label`);
  const incidentsByPerpetrator = rows(`SELECT i.perpetrator AS label, count(*) AS n ${incidents} GROUP BY label`);
  const month = (column: string) =>
    `CASE WHEN length(${column}) >= 7 THEN substr(${column}, 1, 7) ELSE '${UNDATED}' END`;
  const byMonth = rows(
    `SELECT ${month('e.sort_date')} AS label, e.type AS column, count(*) AS n ${liveEvents}
       AND e.type IN (${monthlyColumns.map((c) => `'${c}'`).join(', ')})
       AND ${within('e.sort_date')} GROUP BY label, column
     UNION ALL
     SELECT ${month('i.occurred_on')}, 'incident', count(*) ${incidents} GROUP BY 1`,
  );

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
