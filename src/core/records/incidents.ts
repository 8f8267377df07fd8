import { PanohError } from '../../shared/errors';
import {
  type Incident,
  type IncidentFields,
  type IncidentInput,
  incidentFieldsSchema,
} from '../../shared/records/incident';
import type { Db } from '../vault/openDatabase';
import { prepared } from '../vault/prepared';
import { knownApplicant } from './knownApplicant';
import { parseOrThrow } from './parseOrThrow';
import type { RecordStore, StoredRecord } from './recordStore';
import { incidentSpec } from './specs';

function toIncident(record: StoredRecord<IncidentFields>): Incident {
  return { ...record.doc, id: record.id, createdAt: record.createdAt, updatedAt: record.updatedAt };
}

export class IncidentRepository {
  constructor(
    private readonly db: Db,
    private readonly store: RecordStore,
  ) {}

  create(input: IncidentInput): string {
    return this.store.transaction(() => this.store.create(incidentSpec, this.validated(input)));
  }

  update(id: string, input: IncidentInput): string[] {
    return this.store.transaction(() => this.store.update(incidentSpec, id, this.validated(input)));
  }

  setDeleted(id: string, deleted: boolean): void {
    this.store.setDeleted(incidentSpec, id, deleted);
  }

  get(id: string): Incident {
    return toIncident(this.store.require(incidentSpec, id));
  }

  list(filter: { applicantId?: string; offset: number; limit: number }): {
    total: number;
    rows: (Incident & { liveVictimCount: number })[];
  } {
    const join = filter.applicantId
      ? 'JOIN incident_victims v ON v.incident_id = i.id AND v.applicant_id = @applicantId'
      : '';
    const params = { applicantId: filter.applicantId ?? null };
    const { total } = prepared(
      this.db,
      `SELECT count(*) AS total FROM incidents i ${join} WHERE i.deleted_at IS NULL`,
    ).get(params) as { total: number };
    const rows = prepared(
      this.db,
      `SELECT i.id, i.doc, i.created_at, i.updated_at, i.deleted_at,
         (SELECT count(*) FROM incident_victims w JOIN applicants a ON a.id = w.applicant_id
            WHERE w.incident_id = i.id AND a.deleted_at IS NULL) AS live_victims
       FROM incidents i ${join}
         WHERE i.deleted_at IS NULL ORDER BY i.occurred_on DESC, i.id LIMIT @limit OFFSET @offset`,
    ).all({ ...params, limit: filter.limit, offset: filter.offset }) as {
      id: string;
      doc: string;
      created_at: string;
      updated_at: string;
      deleted_at: string | null;
      live_victims: number;
    }[];
    return {
      total,
      rows: rows.map((row) => ({
        ...toIncident({
          id: row.id,
          doc: JSON.parse(row.doc) as IncidentFields,
          createdAt: row.created_at,
          updatedAt: row.updated_at,
          deletedAt: row.deleted_at,
        }),
        liveVictimCount: row.live_victims,
      })),
    };
  }

  /** Victims must be applicants of this vault; an unknown id is a field error, not a dangling link. */
  private validated(input: IncidentInput): IncidentFields {
    const fields = parseOrThrow(incidentFieldsSchema, input);
    const exists = knownApplicant(this.db, { live: true });
    const unknown = fields.victimIds.findIndex((id) => !exists(id));
    if (unknown >= 0) {
      throw new PanohError('INVALID_INPUT', undefined, [{ path: `victimIds.${unknown}`, issue: 'unknownReference' }]);
    }
    const otherKinds = fields.otherKinds?.filter((kind) => kind !== fields.kind);
    const otherPerpetrators = fields.otherPerpetrators?.filter((who) => who !== fields.perpetrator);
    const { otherKinds: _kinds, otherPerpetrators: _perpetrators, thirdParties, ...rest } = fields;
    return {
      ...rest,
      victimIds: [...new Set(fields.victimIds)],
      // Empty lists are left unset, as a record made before these lists existed has them.
      ...(otherKinds?.length ? { otherKinds: [...new Set(otherKinds)] } : {}),
      ...(otherPerpetrators?.length ? { otherPerpetrators: [...new Set(otherPerpetrators)] } : {}),
      ...(thirdParties?.length ? { thirdParties } : {}),
    };
  }
}
