import type { z } from 'zod';
import type { documentMethods } from '../../shared/api/documentMethods';
import type { reportMethods } from '../../shared/api/reportMethods';
import { nameKey } from '../../shared/records/nameForms';
import {
  checkDocument,
  fieldReference,
  generateDocument,
  listTemplates,
  officeTemplates,
} from '../documents/documentService';
import { filingName } from '../documents/names';
import { readOfficeDetails, writeOfficeDetails, writeOfficeName } from '../office/officeDetails';
import type { Workspace } from '../records/workspace';

type Methods = typeof documentMethods & Pick<typeof reportMethods, 'office.get' | 'office.set'>;
export type DocumentHandlers = {
  [M in keyof Methods]: (input: z.output<Methods[M]['input']>) => z.output<Methods[M]['output']>;
};

/** Documents from templates, the office's templates, and the office's details. */
export function documentHandlers(ws: () => Workspace): DocumentHandlers {
  return {
    'documents.templates': ({ language }) => listTemplates(ws(), language),
    'documents.check': (request) => checkDocument(ws(), request),
    'documents.generate': (request) => generateDocument(ws(), request),
    'documents.fields': ({ applicantId, language }) => fieldReference(ws(), applicantId, language),
    'documents.nameForms': ({ applicantId }) => {
      const { cases, source } = filingName(ws().applicants.get(applicantId).doc, 'ru');
      return { forms: cases, source };
    },
    'documents.setNameForms': ({ applicantId, forms }) => {
      const w = ws();
      const applicant = w.applicants.get(applicantId).doc;
      w.applicants.update(applicantId, { nameForms: forms ? { madeFor: nameKey(applicant), ...forms } : undefined });
      return {};
    },
    'templates.inspect': (upload) => officeTemplates(ws()).inspect(upload),
    'templates.add': (upload) => ({ id: officeTemplates(ws()).add(upload) }),
    'templates.retire': ({ id, retired }) => {
      officeTemplates(ws()).setRetired(id, retired);
      return {};
    },
    'office.get': () => readOfficeDetails(ws()),
    'office.set': ({ name }) => ({ name: writeOfficeName(ws(), name).name }),
    'office.setDetails': (details) => writeOfficeDetails(ws(), details),
  };
}
