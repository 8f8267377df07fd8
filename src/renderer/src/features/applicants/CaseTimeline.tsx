import type { TimelineEvent } from '../../../../shared/records/events';
import { describeEvent } from '../../../../shared/records/eventText';
import { useI18n } from '../../i18n/I18nProvider';
import { validityOf } from './format';

/**
 * The case in date order (the core sorts it: partial dates before full dates of the same period),
 * each event in words, with its own Edit and Delete.
 */
export function CaseTimeline({
  events,
  onEdit,
  onDelete,
}: {
  events: TimelineEvent[];
  onEdit(entry: TimelineEvent): void;
  onDelete(entry: TimelineEvent): void;
}) {
  const { t, language } = useI18n();
  if (events.length === 0) return <p className="empty-note">{t('applicants.timeline.empty')}</p>;
  return (
    <ol className="timeline">
      {events.map((entry) => {
        const text = describeEvent(t, language, entry, events);
        const certificate =
          entry.event.type === 'asylumApplication' ? validityOf(entry.event.certificateExpiresOn) : undefined;
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
