import { PanohError } from '../../shared/errors';
import type { ApplicantFields } from '../../shared/records/applicant';
import { eventPeople } from '../../shared/records/events';
import type { IncidentFields } from '../../shared/records/incident';
import type { NameParts } from '../../shared/records/personName';
import type { Db } from '../vault/openDatabase';
import { prepared } from '../vault/prepared';
import type { RecordStore } from './recordStore';
import { type AttachmentDoc, applicantSpec, attachmentSpec, type EventDoc, eventSpec, incidentSpec } from './specs';

function unique<T>(items: T[], key: (item: T) => string = (item) => JSON.stringify(item)): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function fullName(doc: NameParts): string {
  return [doc.familyName, doc.givenName, doc.patronymic].filter(Boolean).join(' ');
}

/** The kept record, completed by the other: its empty fields filled, its lists joined, its names kept as aliases. */
export function mergedFields(keep: ApplicantFields, other: ApplicantFields): ApplicantFields {
  const filled = { ...keep } as Record<string, unknown>;
  for (const [key, value] of Object.entries(other)) {
    if (filled[key] === undefined && value !== undefined) filled[key] = value;
  }
  const ownName = fullName(keep).toLocaleLowerCase();
  return {
    ...(filled as ApplicantFields),
    aliases: unique([...keep.aliases, fullName(other), ...other.aliases], (a) => a.toLocaleLowerCase()).filter(
      (alias) => alias.toLocaleLowerCase() !== ownName,
    ),
    citizenship: unique([...keep.citizenship, ...other.citizenship]),
    languages: unique([...keep.languages, ...other.languages]),
    documents: unique([...keep.documents, ...other.documents]),
    vulnerabilities: unique([...keep.vulnerabilities, ...other.vulnerabilities]),
    familyLinks: unique([...keep.familyLinks, ...other.familyLinks], (l) => l.applicantId),
  };
}

/**
 * Two records turned out to be one person: every event, incident, attachment and family link of
 * `mergeId` moves to `keepId` (each move a logged change), the kept record is completed, the other
 * becomes a tombstone (restorable), and one audit entry names both.
 */
export function mergeApplicants(db: Db, store: RecordStore, keepId: string, mergeId: string): void {
  if (keepId === mergeId) throw new PanohError('INVALID_INPUT', undefined, [{ path: 'mergeId', issue: 'invalid' }]);
  store.transaction(() => {
    const keep = store.require(applicantSpec, keepId);
    const other = store.require(applicantSpec, mergeId);
    const ids = (sql: string) => (prepared(db, sql).all(mergeId) as { id: string }[]).map((row) => row.id);

    // Every event of the merged person, their groups' included: the kept person takes their place.
    for (const id of ids('SELECT event_id AS id FROM event_people WHERE applicant_id = ?')) {
      const { doc } = store.require(eventSpec, id);
      const people = unique(eventPeople(doc).map((person) => (person === mergeId ? keepId : person)));
      const [primary = keepId, ...others] = people;
      const { otherApplicantIds: _before, ...fields } = doc;
      store.update<EventDoc>(eventSpec, id, {
        ...fields,
        applicantId: primary,
        ...(others.length > 0 ? { otherApplicantIds: others } : {}),
      } as EventDoc);
    }
    for (const id of ids('SELECT incident_id AS id FROM incident_victims WHERE applicant_id = ?')) {
      const incident = store.require(incidentSpec, id);
      const victimIds = unique(incident.doc.victimIds.map((v) => (v === mergeId ? keepId : v)));
      store.update<IncidentFields>(incidentSpec, id, { ...incident.doc, victimIds });
    }
    for (const id of ids('SELECT id FROM attachments WHERE owner_id = ? AND deleted_at IS NULL')) {
      const attachment = store.require(attachmentSpec, id);
      store.update<AttachmentDoc>(attachmentSpec, id, { ...attachment.doc, ownerId: keepId });
    }
    const linked = prepared(
      db,
      `SELECT a.id FROM applicants a, json_each(a.doc, '$.familyLinks') l
         WHERE a.deleted_at IS NULL AND json_extract(l.value, '$.applicantId') = ?`,
    ).all(mergeId) as { id: string }[];
    for (const { id } of linked) {
      if (id === keepId) continue;
      const person = store.require(applicantSpec, id);
      const familyLinks = unique(
        person.doc.familyLinks.map((l) => (l.applicantId === mergeId ? { ...l, applicantId: keepId } : l)),
        (l) => l.applicantId,
      );
      store.update(applicantSpec, id, { ...person.doc, familyLinks });
    }
    const completed = mergedFields(keep.doc, other.doc);
    completed.familyLinks = completed.familyLinks.filter((l) => l.applicantId !== mergeId && l.applicantId !== keepId);
    store.update(applicantSpec, keepId, completed);
    store.setDeleted(applicantSpec, mergeId, true);
    store.audit.append({
      action: 'merge',
      targetKind: 'applicant',
      targetId: keepId,
      applicantId: keepId,
      detail: { mergedId: mergeId },
    });
  });
}
