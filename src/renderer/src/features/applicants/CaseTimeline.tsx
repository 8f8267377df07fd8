import type { Applicant } from '../../../../shared/records/applicant';
import type { ApplicantSummary } from '../../../../shared/records/applicantSummary';
import type { TimelineEvent } from '../../../../shared/records/events';
import { describeEvent } from '../../../../shared/records/eventText';
import { useI18n } from '../../i18n/I18nProvider';
import { validityOf } from './format';
import { PersonLink } from './PersonLink';

/** The others an event concerns, by name, each a way to their file. */
function GroupMembers({
  entry,
  self,
  members,
}: {
  entry: TimelineEvent;
  self: string;
  members: ReadonlyMap<string, ApplicantSummary>;
}) {
  const { t } = useI18n();
  const others = [entry.applicantId, ...(entry.event.otherApplicantIds ?? [])].filter((id) => id !== self);
  const known = others.flatMap((id) => {
    const person = members.get(id);
    return person ? [person] : [];
  });
  if (known.length === 0) return null;
  return (
    <p className="timeline-group">
      <span className="timeline-group-label">{t('caseFile.group.alsoOnFiles')}</span>{' '}
      {known.map((person, index) => (
        <span key={person.id}>
          {index > 0 ? ', ' : ''}
          <PersonLink person={person} />
        </span>
      ))}
    </p>
  );
}

/**
 * The case in date order (the core sorts it: partial dates before full dates of the same period),
 * each event in words, with its own Edit and Delete. An event of a group names the others it is
 * on the file of; a handover to a state that is not the person's own is flagged.
 */
export function CaseTimeline({
  applicant,
  events,
  members,
  onEdit,
  onDelete,
}: {
  applicant: Applicant;
  events: TimelineEvent[];
  /** The other people of this person's group events, by id. */
  members: ReadonlyMap<string, ApplicantSummary>;
  onEdit(entry: TimelineEvent): void;
  onDelete(entry: TimelineEvent): void;
}) {
  const { t, language } = useI18n();
  if (events.length === 0) return <p className="empty-note">{t('applicants.timeline.empty')}</p>;
  return (
    <ol className="timeline">
      {events.map((entry) => {
        const text = describeEvent(t, language, entry, events, applicant);
        const expiry =
          entry.event.type === 'asylumApplication' || entry.event.type === 'unhcr'
            ? entry.event.certificateExpiresOn
            : undefined;
        const certificate = validityOf(expiry);
        return (
          <li key={entry.id} className={`timeline-entry tone-${text.tone}`}>
            <span className="timeline-marker" aria-hidden="true" />
            <p className="timeline-date">{text.date}</p>
            <div className="timeline-body">
              <p className="timeline-text">
                <strong className="timeline-title">{text.title}</strong>
                {text.details.map((detail) => (
                  <span key={detail}>{` — ${detail}`}</span>
                ))}
              </p>
              {text.warnings.map((warning) => (
                <p key={warning} className="validity validity-expired timeline-warning">
                  {warning}
                </p>
              ))}
              <GroupMembers entry={entry} self={applicant.id} members={members} />
              {certificate === 'expired' || certificate === 'soon' ? (
                <p className={certificate === 'expired' ? 'validity validity-expired' : 'validity validity-soon'}>
                  {t(
                    certificate === 'expired'
                      ? 'applicants.documents.certificateExpired'
                      : 'applicants.documents.expiresSoon',
                  )}
                </p>
              ) : null}
              <div className="timeline-actions">
                <button
                  type="button"
                  className="button button-quiet button-small"
                  aria-label={t('applicants.timeline.editEntry', { title: text.title, date: text.date })}
                  onClick={() => onEdit(entry)}
                >
                  {t('applicants.action.edit')}
                </button>
                <button
                  type="button"
                  className="button button-quiet button-small"
                  aria-label={t('applicants.timeline.deleteEntry', { title: text.title, date: text.date })}
                  onClick={() => onDelete(entry)}
                >
                  {t('applicants.action.delete')}
                </button>
              </div>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
