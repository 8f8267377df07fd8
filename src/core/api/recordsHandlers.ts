import type { z } from 'zod';
import type {
  attachmentMainOnlyMethods,
  attachmentShellMethods,
  recordsMethods,
} from '../../shared/api/recordsMethods';
import { eventPeople } from '../../shared/records/events';
import { importRecords, parseImport } from '../import/importRecords';
import { toSummary } from '../records/applicants';
import { applicantSpec } from '../records/specs';
import { listTrash, restoreFromTrash } from '../records/trash';
import type { Workspace } from '../records/workspace';

type RecordsMethods = typeof recordsMethods;
type AttachmentMainOnlyMethods = typeof attachmentMainOnlyMethods;
export type RecordsHandlers = {
  [M in Exclude<keyof RecordsMethods, (typeof attachmentShellMethods)[number]>]: (
    input: z.output<RecordsMethods[M]['input']>,
  ) => z.output<RecordsMethods[M]['output']> | Promise<z.output<RecordsMethods[M]['output']>>;
};

/** Case-record methods; each runs against the unlocked vault's workspace. */
export function recordsHandlers(ws: () => Workspace): RecordsHandlers {
  return {
    'applicants.list': (query) => ws().applicants.list(query),
    'applicants.lawyers': () => ws().applicants.lawyers(),
    'applicants.get': ({ id }) => {
      const w = ws();
      const record = w.applicants.get(id);
      const events = w.events.forApplicant(id);
      const others = new Set(events.flatMap((e) => eventPeople({ ...e.event, applicantId: e.applicantId })));
      others.delete(id);
      const groupMembers = [...others].flatMap((person) => {
        const member = w.store.get(applicantSpec, person);
        return member && !member.deletedAt ? [toSummary(member)] : [];
      });
      return {
        applicant: { ...record.doc, id, createdAt: record.createdAt, updatedAt: record.updatedAt },
        events,
        groupMembers,
        incidents: w.incidents.list({ applicantId: id, offset: 0, limit: 500 }).rows,
        attachments: w.attachments.forOwner(id),
      };
    },
    'applicants.create': ({ fields }) => ({ id: ws().applicants.create(fields) }),
    'applicants.update': ({ id, fields }) => ({ changed: ws().applicants.update(id, fields) }),
    'applicants.delete': ({ id }) => {
      ws().applicants.setDeleted(id, true);
      return {};
    },
    'events.create': ({ applicantId, event }) => ({ id: ws().events.create(applicantId, event) }),
    'events.update': ({ id, event, fromApplicantId }) => ({ changed: ws().events.update(id, event, fromApplicantId) }),
    'events.removePerson': ({ id, applicantId }) => {
      ws().events.removePerson(id, applicantId);
      return {};
    },
    'events.delete': ({ id }) => {
      ws().events.setDeleted(id, true);
      return {};
    },
    'incidents.list': (query) => ws().incidents.list(query),
    'incidents.get': ({ id }) => {
      const w = ws();
      const incident = w.incidents.get(id);
      const victims = incident.victimIds.flatMap((victimId) => {
        const record = w.store.get(applicantSpec, victimId);
        return record && !record.deletedAt ? [toSummary(record)] : [];
      });
      return { incident, victims, attachments: w.attachments.forOwner(id) };
    },
    'incidents.create': ({ fields }) => ({ id: ws().incidents.create(fields) }),
    'incidents.update': ({ id, fields }) => ({ changed: ws().incidents.update(id, fields) }),
    'incidents.delete': ({ id }) => {
      ws().incidents.setDeleted(id, true);
      return {};
    },
    'attachments.add': (upload) => ({ id: ws().attachments.add(upload) }),
    'attachments.content': ({ id }) => ws().attachments.content(id),
    'attachments.docxText': ({ id }) => ws().attachments.docxText(id),
    'attachments.delete': ({ id }) => {
      ws().attachments.setDeleted(id, true);
      return {};
    },
    'trash.list': () => listTrash(ws().db, 200),
    'trash.restore': ({ kind, id }) => {
      restoreFromTrash(ws().store, kind, id);
      return {};
    },
    'audit.list': (filter) => ws().audit.list(filter),
    'drafts.get': ({ formKey }) => ({ draft: ws().drafts.get(formKey) ?? null }),
    'drafts.save': ({ formKey, doc }) => {
      ws().drafts.save(formKey, doc);
      return {};
    },
    'drafts.discard': ({ formKey }) => {
      ws().drafts.discard(formKey);
      return {};
    },
    'drafts.list': () => ws().drafts.list(),
    'import.run': ({ format, content }) => importRecords(ws(), parseImport(format, content), format),
    'profile.get': () => ({ name: ws().profileName() }),
    'profile.set': ({ name }) => {
      ws().setProfileName(name);
      return { name: ws().profileName() };
    },
  };
}

export type AttachmentMainOnlyHandlers = {
  [M in keyof AttachmentMainOnlyMethods]: (
    input: z.output<AttachmentMainOnlyMethods[M]['input']>,
  ) => z.output<AttachmentMainOnlyMethods[M]['output']>;
};

/**
 * A copy of an attachment saved out of the vault, at the path the main process got from a native
 * save dialog (never from the page). `attachments.saveCopy` itself is the shell's, not the core's.
 */
export function attachmentMainOnlyHandlers(ws: () => Workspace): AttachmentMainOnlyHandlers {
  return {
    'attachments.copyName': ({ id }) => ws().attachments.copyName(id),
    'attachments.writeCopy': ({ id, path }) => {
      ws().attachments.writeCopy(id, path);
      return { path };
    },
  };
}
