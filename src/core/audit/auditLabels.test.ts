import { describe, expect, it } from 'vitest';
import { taskFieldsSchema } from '../../shared/deadlines/task';
import { catalogs, isMessageKey, languages } from '../../shared/i18n';
import { applicantFieldNames } from '../../shared/records/applicant';
import { auditActions, auditTargetKinds } from '../../shared/records/audit';
import { eventFieldNames } from '../../shared/records/events';
import { incidentFieldNames } from '../../shared/records/incident';
import { DELETED_FIELD } from '../records/recordStore';
import { attachmentDocSchema } from '../records/specs';

/** Every field name the audit log can list for each kind of record (a record's own fields, and its tombstone). */
const FIELDS: Record<string, readonly string[]> = {
  applicant: applicantFieldNames,
  event: [...eventFieldNames, 'applicantId'],
  incident: incidentFieldNames,
  task: Object.keys(taskFieldsSchema.shape),
  attachment: Object.keys(attachmentDocSchema.shape),
};

describe('the audit log in the user’s language', () => {
  it('has a label for every field of every record, so it never shows applicantId or dueOn', () => {
    const missing = Object.entries(FIELDS).flatMap(([kind, fields]) =>
      [...fields, DELETED_FIELD].filter((field) => !isMessageKey(`${kind}.field.${field}`)).map((f) => `${kind}.${f}`),
    );
    expect(missing).toEqual([]);
  });

  it('names every action, target and reason in ru, kk and en, each in its own words', () => {
    const keys = [
      ...auditActions.map((a) => `audit.action.${a}`),
      ...auditTargetKinds.map((k) => `audit.target.${k}`),
      ...['deadlineDone', 'deadlineReopened', 'conflictResolved', 'ruleConfirmed'].map((r) => `audit.reason.${r}`),
    ];
    for (const key of keys) expect(isMessageKey(key), key).toBe(true);
    for (const language of languages) {
      const catalog = catalogs[language] as Record<string, string>;
      for (const key of keys) expect(catalog[key]?.trim(), `${language} ${key}`).toBeTruthy();
    }
    // A Kazakh or Russian catalog that copied the English words would pass the first check.
    expect(catalogs.ru['audit.reason.deadlineDone']).not.toBe(catalogs.en['audit.reason.deadlineDone']);
    expect(catalogs.kk['audit.reason.deadlineDone']).not.toBe(catalogs.en['audit.reason.deadlineDone']);
  });
});
