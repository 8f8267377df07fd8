import { publish, type Statistics, type StatisticsTable } from '../../shared/reports/statistics';
import type { Db } from '../vault/openDatabase';
import { prepared } from '../vault/prepared';

type Counted = { label: string; column?: string; n: number }[];

/**
 * Anonymous statistics for a period. Only counts leave this module: no names, no numbers, no
 * free text; counts under the threshold are suppressed so a small group cannot be singled out.
 * Events count by the day they happened (partial dates by their first day: "2026-05" is in May).
 */
export function computeStatistics(db: Db, from: string, to: string, threshold: number): Statistics {
  const period = { from, to };
  // A partial date counts from its first day: '2026' as 2026-01-01, '2026-05' as 2026-05-01.
  const within = (column: string) => `substr(${column} || '-01-01', 1, 10) BETWEEN @from AND @to`;
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

  const liveEvents = `FROM events e JOIN applicants a ON a.id = e.applicant_id
    WHERE e.deleted_at IS NULL AND a.deleted_at IS NULL`;
  const activeApplicants = `SELECT DISTINCT e.applicant_id ${liveEvents} AND ${within('e.sort_date')}`;

  const byCitizenship = rows(
    `SELECT COALESCE(c.value, 'unknown') AS label, count(*) AS n
     FROM applicants a LEFT JOIN json_each(a.doc, '$.citizenship') c
     WHERE a.deleted_at IS NULL AND (a.id IN (${activeApplicants}) OR ${within("COALESCE(json_extract(a.doc, '$.arrivalDate'), '')")})
     GROUP BY label`,
  );
  const applications = rows(
    `SELECT 'filed' AS label, count(*) AS n ${liveEvents} AND e.type = 'asylumApplication' AND ${within('e.sort_date')}`,
  );
  const decisions = rows(
    `SELECT json_extract(e.doc, '$.outcome') AS label,
            CASE WHEN json_extract(e.doc, '$.reasons') IS NULL THEN 'noReasonGiven' ELSE 'reasonsGiven' END AS column,
            count(*) AS n
     ${liveEvents} AND e.type = 'decision' AND ${within('e.sort_date')} GROUP BY label, column`,
  );
  const appeals = rows(
    `SELECT json_extract(e.doc, '$.outcome') AS label, count(*) AS n
     ${liveEvents} AND e.type = 'appeal' AND ${within('e.sort_date')} GROUP BY label`,
  );
  const extraditions = rows(
    `SELECT json_extract(e.doc, '$.requestingState') AS label, json_extract(e.doc, '$.outcome') AS column, count(*) AS n
     ${liveEvents} AND e.type = 'extradition' AND ${within('e.sort_date')} GROUP BY label, column`,
  );
  const unhcrRefused = rows(
    `SELECT 'applicants' AS label, count(DISTINCT e.applicant_id) AS n ${liveEvents}
       AND e.type = 'decision' AND json_extract(e.doc, '$.outcome') = 'refused' AND ${within('e.sort_date')}
       AND EXISTS (SELECT 1 FROM events u WHERE u.applicant_id = e.applicant_id AND u.type = 'unhcr' AND u.deleted_at IS NULL)`,
  );
  const incidents = `FROM incidents i WHERE i.deleted_at IS NULL AND ${within('i.occurred_on')}`;
  const incidentsByKind = rows(`SELECT i.kind AS label, count(*) AS n ${incidents} GROUP BY label`);
  const incidentsByPerpetrator = rows(
    `SELECT json_extract(i.doc, '$.perpetrator') AS label, count(*) AS n ${incidents} GROUP BY label`,
  );
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
