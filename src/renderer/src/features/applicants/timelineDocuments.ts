import type { documentKinds } from '../../../../shared/records/applicant';
import type { TimelineEvent } from '../../../../shared/records/events';

export interface ShownDocument {
  kind: (typeof documentKinds)[number];
  number?: string | undefined;
  issuedBy?: string | undefined;
  issuedOn?: string | undefined;
  expiresOn?: string | undefined;
  /** Entered on the timeline (the UNHCR recognition, the petition) and shown among the documents too. */
  fromTimeline: boolean;
}

/**
 * The certificates the timeline holds: the UNHCR certificate of a recognition, the asylum-seeker
 * certificate of a petition. Entered once there, each is listed with the person's documents.
 */
export function timelineDocuments(events: readonly TimelineEvent[]): ShownDocument[] {
  return events.flatMap(({ event }): ShownDocument[] => {
    if (event.type === 'unhcr' && (event.certificateNumber || event.certificateExpiresOn)) {
      return [
        {
          kind: 'unhcr_certificate',
          number: event.certificateNumber,
          issuedOn: event.recognizedOn,
          expiresOn: event.certificateExpiresOn,
          fromTimeline: true,
        },
      ];
    }
    if (event.type === 'asylumApplication' && (event.certificateNumber || event.certificateExpiresOn)) {
      return [
        {
          kind: 'asylum_certificate',
          number: event.certificateNumber,
          issuedBy: event.authority,
          issuedOn: event.filedOn,
          expiresOn: event.certificateExpiresOn,
          fromTimeline: true,
        },
      ];
    }
    return [];
  });
}
