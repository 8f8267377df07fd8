import { PanohError } from '../../shared/errors';
import {
  type ApplicantFields,
  type ApplicantInput,
  applicantFieldsSchema,
  type FamilyLink,
} from '../../shared/records/applicant';
import type { ApplicantListQuery, ApplicantSummary } from '../../shared/records/applicantSummary';
import type { Db } from '../vault/openDatabase';
import { prepared } from '../vault/prepared';
import { knownApplicant } from './knownApplicant';
import { parseOrThrow } from './parseOrThrow';
import type { RecordStore, StoredRecord } from './recordStore';
import { applicantSpec } from './specs';

/** Sort keys end with the id, so pages are stable and the name index serves the order directly. */
const SORT_COLUMNS: Record<ApplicantListQuery['sort'], string[]> = {
  // A person known by one name only sorts by it (sort_name, migration 0007).
  familyName: ['sort_name COLLATE NOCASE', 'given_name COLLATE NOCASE'],
  updatedAt: ['updated_at'],
  birthDate: ['birth_date'],
  caseStatus: ['case_status'],
};

export function toSummary(record: StoredRecord<ApplicantFields>): ApplicantSummary {
  const { doc } = record;
  return {
    id: record.id,
    familyName: doc.familyName,
    givenName: doc.givenName,
    patronymic: doc.patronymic,
    sex: doc.sex,
    birthDate: doc.birthDate,
    citizenship: doc.citizenship,
    caseStatus: doc.caseStatus,
    assignedLawyer: doc.assignedLawyer,
    updatedAt: record.updatedAt,
  };
}

/**
 * A family link must name a person this vault holds (not the person themself): a link to nobody
 * would show as a relative that cannot be opened. Links the record already had are left alone, so
 * an old dangling link never blocks an unrelated edit.
 */
export function refuseUnknownRelatives(
  db: Db,
  links: readonly FamilyLink[],
  before: readonly FamilyLink[],
  selfId: string | undefined,
  pathOf: (index: number) => string = (index) => `familyLinks.${index}.applicantId`,
): void {
  const kept = new Set(before.map((link) => link.applicantId));
  const exists = knownApplicant(db, { live: false });
  const fields = links.flatMap((link, index) =>
    kept.has(link.applicantId) || (link.applicantId !== selfId && exists(link.applicantId))
      ? []
      : [{ path: pathOf(index), issue: 'unknownReference' }],
  );
  if (fields.length > 0) throw new PanohError('INVALID_INPUT', undefined, fields);
}

export class ApplicantRepository {
  constructor(
    private readonly db: Db,
    private readonly store: RecordStore,
  ) {}

  create(input: ApplicantInput, options: { id?: string } = {}): string {
    return this.store.transaction(() => {
      const doc = parseOrThrow(applicantFieldsSchema, input);
      refuseUnknownRelatives(this.db, doc.familyLinks, [], options.id);
      return this.store.create(applicantSpec, doc, options);
    });
  }

  /** Applies a partial edit; the merged record is validated whole, as the form would. */
  update(id: string, patch: Partial<ApplicantInput>): string[] {
    return this.store.transaction(() => {
      const current = this.store.require(applicantSpec, id);
      const parsed = parseOrThrow(applicantFieldsSchema, { ...current.doc, ...patch });
      // An edit changes what it edits. A field it leaves alone stays as stored, not as this
      // version's schema would write it today (an older version's «№ 12» stays until the lawyer
      // edits that field): otherwise saving a note would log, audit and sync a change of the
      // documents nobody made, and could win over a colleague's real edit of them.
      const untouched = Object.entries(current.doc).filter(([field]) => !(field in patch) && field in parsed);
      const next: ApplicantFields = { ...parsed, ...Object.fromEntries(untouched) };
      refuseUnknownRelatives(this.db, next.familyLinks, current.doc.familyLinks, id);
      return this.store.update(applicantSpec, id, next);
    });
  }

  get(id: string, options: { allowDeleted?: boolean } = {}): StoredRecord<ApplicantFields> {
    return this.store.require(applicantSpec, id, options);
  }

  setDeleted(id: string, deleted: boolean): void {
    this.store.setDeleted(applicantSpec, id, deleted);
  }

  list(query: ApplicantListQuery): { total: number; rows: ApplicantSummary[] } {
    const where = `deleted_at IS NULL
      AND (@status IS NULL OR case_status = @status)
      AND (@citizenship IS NULL OR citizenship LIKE '%,' || @citizenship || ',%')
      AND (@lawyer IS NULL OR assigned_lawyer = @lawyer)
      AND (@prefix IS NULL OR family_fold LIKE @prefix ESCAPE '\\' OR given_fold LIKE @prefix ESCAPE '\\')`;
    const params = {
      status: query.status ?? null,
      citizenship: query.citizenship?.toUpperCase() ?? null,
      lawyer: query.lawyer ?? null,
      prefix: query.namePrefix ? `${query.namePrefix.toLocaleLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null,
    };
    const { total } = prepared(this.db, `SELECT count(*) AS total FROM applicants WHERE ${where}`).get(params) as {
      total: number;
    };
    const direction = query.direction === 'desc' ? 'DESC' : 'ASC';
    const rows = prepared(
      this.db,
      `SELECT id, doc, created_at, updated_at, deleted_at FROM applicants WHERE ${where}
         ORDER BY ${[...SORT_COLUMNS[query.sort], 'id'].map((c) => `${c} ${direction}`).join(', ')}
         LIMIT @limit OFFSET @offset`,
    ).all({ ...params, limit: query.limit, offset: query.offset }) as {
      id: string;
      doc: string;
      created_at: string;
      updated_at: string;
      deleted_at: string | null;
    }[];
    return {
      total,
      rows: rows.map((row) =>
        toSummary({
          id: row.id,
          doc: JSON.parse(row.doc) as ApplicantFields,
          createdAt: row.created_at,
          updatedAt: row.updated_at,
          deletedAt: row.deleted_at,
        }),
      ),
    };
  }

  lawyers(): string[] {
    return (
      prepared(
        this.db,
        "SELECT DISTINCT assigned_lawyer AS lawyer FROM applicants WHERE deleted_at IS NULL AND assigned_lawyer <> '' ORDER BY 1",
      ).all() as { lawyer: string }[]
    ).map((row) => row.lawyer);
  }
}
