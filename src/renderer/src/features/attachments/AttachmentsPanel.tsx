/** Being built in this change (issue 3): attachments of an applicant or an incident. */
export function AttachmentsPanel(_props: { ownerKind: 'applicant' | 'incident'; ownerId: string }) {
  return null;
}
