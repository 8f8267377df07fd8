import { publish, type Statistics, type StatisticsTable } from '../../shared/reports/statistics';
import type { Db } from '../vault/openDatabase';
import { prepared } from '../vault/prepared';

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

/**
 * Anonymous statistics for a period. Only counts leave this module: no names, no numbers, no
 * free text; counts under the threshold are suppressed so a small group cannot be singled out.
 * Events count by the day they happened (partial dates by their first day: "2026-05" is in May).
 */
export function computeStatistics(db: Db, from: string, to: string, threshold: number): Statistics {
  const period = { from, to };
  const rows = (sql: string): Counted => prepared(db, sql).all(period) as Counted;

  const table = (id: StatisticsTable['id'], counted: Counted, columns = ['count']): StatisticsTable => {
    const labels = [...new Set(counted.map((c) => c.label))].sort();
    return {
      id,
      columns,
      rows: labels.map((label) => ({
        label,
        counts: columns.map((column) =>
          publish(
            counted
              .filter((c) => c.label === label && (columns.length === 1 || c.column === column))
              .reduce((sum, c) => sum + c.n, 0),
            threshold,
          ),
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
  const applications = rows(`SELECT 'filed' AS label, count(*) AS n ${eventsOf('asylumApplication')}`);
  const decisions = rows(
    `SELECT e.outcome AS label, CASE WHEN e.reasons_given THEN 'reasonsGiven' ELSE 'noReasonGiven' END AS column,
            count(*) AS n
     ${eventsOf('decision')} GROUP BY label, column`,
  );
  const appeals = rows(`SELECT e.outcome AS label, count(*) AS n ${eventsOf('appeal')} GROUP BY label`);
  const extraditions = rows(
    `SELECT e.requesting_state AS label, e.outcome AS column, count(*) AS n
     ${eventsOf('extradition')} GROUP BY label, column`,
  );
  const unhcrRefused = rows(
    `SELECT 'applicants' AS label, count(DISTINCT e.applicant_id) AS n ${eventsOf('decision')} AND e.outcome = 'refused'
       AND e.applicant_id IN (SELECT u.applicant_id FROM events u WHERE u.type = 'unhcr' AND u.deleted_at IS NULL)`,
  );
  const incidents = `FROM incidents i WHERE i.deleted_at IS NULL AND ${within('i.occurred_on')}`;
  const incidentsByKind = rows(`SELECT i.kind AS label, count(*) AS n ${incidents} GROUP BY label`);
  const incidentsByPerpetrator = rows(`SELECT i.perpetrator AS label, count(*) AS n ${incidents} GROUP BY label`);
  const byMonth = rows(
    `SELECT substr(e.sort_date, 1, 7) AS label, e.type AS column, count(*) AS n ${liveEvents}
       AND e.type IN ('asylumApplication', 'decision', 'appeal', 'extradition') AND length(e.sort_date) >= 7
       AND ${within('e.sort_date')} GROUP BY label, column
     UNION ALL
     SELECT substr(i.occurred_on, 1, 7), 'incident', count(*) ${incidents} AND length(i.occurred_on) >= 7 GROUP BY 1`,
  );

  return {
    from,
    to,
    threshold,
    tables: [
      table('applicantsByCitizenship', byCitizenship),
      table('asylumApplications', applications),
      table('decisions', decisions, ['reasonsGiven', 'noReasonGiven']),
      table('appeals', appeals),
      table('extraditionsByState', extraditions, ['pending', 'refused', 'approved', 'extradited']),
      table('unhcrButRefused', unhcrRefused),
      table('incidentsByKind', incidentsByKind),
      table('incidentsByPerpetrator', incidentsByPerpetrator),
      table('byMonth', byMonth, ['asylumApplication', 'decision', 'appeal', 'extradition', 'incident']),
    ],
  };
}
