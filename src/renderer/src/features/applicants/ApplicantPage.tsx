import { type RefObject, useEffect, useId, useRef } from 'react';
import { isMessageKey } from '../../../../shared/i18n';
import type { TimelineEvent } from '../../../../shared/records/events';
import { describeEvent } from '../../../../shared/records/eventText';
import { call } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';
import { AttachmentsPanel } from '../attachments/AttachmentsPanel';
import { useNavigation } from '../shell/navigation';
import { ApplicantFacts } from './ApplicantFacts';
import { CaseTimeline } from './CaseTimeline';
import { countryLabel, languageLabel } from './codeOptions';
import { fullName, showDate, showDay } from './format';
import { StatusBadge } from './StatusBadge';
import { useAltShortcut } from './useAltShortcut';
import type { ApplicantRecord } from './useApplicantRecord';
import { useConfirm } from './useConfirm';

export type PageFocus = 'heading' | 'addEvent' | 'edit';

/**
 * One person's file: who they are, the case in date order, incidents, attachments, and the way
 * to their audit trail. Alt+N adds an event.
 */
export function ApplicantPage({
  record,
  headingRef,
  focus,
  onEdit,
  onAddEvent,
  onEditEvent,
  onChanged,
  onBack,
}: {
  record: ApplicantRecord;
  headingRef: RefObject<HTMLHeadingElement | null>;
  /** Where the focus goes when the page opens (back from a form: the button that opened it). */
  focus: PageFocus | undefined;
  onEdit(): void;
  onAddEvent(): void;
  onEditEvent(entry: TimelineEvent): void;
  onChanged(): void;
  onBack(): void;
}) {
  const { t, language } = useI18n();
  const { navigate } = useNavigation();
  const { confirm, dialog } = useConfirm();
  const ids = { timeline: useId(), incidents: useId(), facts: useId() };
  const addEventRef = useRef<HTMLButtonElement>(null);
  const editRef = useRef<HTMLButtonElement>(null);
  const { applicant, events, incidents } = record;
  const name = fullName(applicant);

  useEffect(() => {
    if (focus === 'addEvent') addEventRef.current?.focus();
    else if (focus === 'edit') editRef.current?.focus();
    else if (focus === 'heading') headingRef.current?.focus();
  }, [focus, headingRef]);

  useAltShortcut('KeyN', onAddEvent);

  const deleteApplicant = async () => {
    const yes = await confirm({
      title: t('applicants.delete.title', { name }),
      message: t('applicants.delete.message'),
      confirmLabel: t('applicants.delete.confirm'),
      cancelLabel: t('common.cancel'),
      tone: 'danger',
    });
    if (!yes) return;
    await call('applicants.delete', { id: applicant.id }).catch(() => {});
    onBack();
  };

  const deleteEvent = async (entry: TimelineEvent) => {
    const text = describeEvent(t, language, entry, events);
    const yes = await confirm({
      title: t('applicants.deleteEvent.title', { title: text.title, date: text.date }),
      message: t('applicants.deleteEvent.message'),
      confirmLabel: t('applicants.delete.confirm'),
      cancelLabel: t('common.cancel'),
      tone: 'danger',
    });
    if (!yes) return;
    await call('events.delete', { id: entry.id }).catch(() => {});
    onChanged();
  };

  const born = applicant.birthDate ? t('applicants.page.born', { date: showDate(applicant.birthDate) }) : undefined;
  const citizenship = applicant.citizenship.map((code) => countryLabel(code, language)).join(', ');
  const languages = applicant.languages.map((code) => languageLabel(code, language)).join(', ');

  return (
    <div className="page applicants applicant-page">
      <button type="button" className="link-button back-link" onClick={onBack}>
        {t('applicants.page.back')}
      </button>
      <header className="applicant-header">
        <div className="applicant-title">
          <h1 className="page-title" tabIndex={-1} ref={headingRef}>
            {name}
          </h1>
          <StatusBadge status={applicant.caseStatus} />
        </div>
        <p className="applicant-meta">
          {[born, citizenship, languages, t('applicants.page.updated', { date: showDay(applicant.updatedAt) })]
            .filter(Boolean)
            .join(' · ')}
        </p>
        <div className="applicant-actions">
          <button
            ref={addEventRef}
            type="button"
            className="button button-primary"
            onClick={onAddEvent}
            aria-keyshortcuts="Alt+N"
          >
            {t('applicants.page.addEvent')}
            <kbd className="shortcut">{t('applicants.altNShortcut')}</kbd>
          </button>
          <button ref={editRef} type="button" className="button button-secondary" onClick={onEdit}>
            {t('applicants.page.edit')}
          </button>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => void navigate({ area: 'audit', applicantId: applicant.id })}
          >
            {t('applicants.page.audit')}
          </button>
          <button type="button" className="button button-danger-quiet" onClick={() => void deleteApplicant()}>
            {t('applicants.page.delete')}
          </button>
        </div>
      </header>

      <div className="applicant-columns">
        <div className="applicant-main">
          <section className="card" aria-labelledby={ids.timeline}>
            <h2 className="card-title" id={ids.timeline}>
              {t('applicants.page.timeline')}
            </h2>
            <CaseTimeline events={events} onEdit={onEditEvent} onDelete={(entry) => void deleteEvent(entry)} />
          </section>

          <section className="card" aria-labelledby={ids.incidents}>
            <h2 className="card-title" id={ids.incidents}>
              {t('applicants.page.incidents')}
            </h2>
            {incidents.length === 0 ? (
              <p className="empty-note">{t('applicants.page.noIncidents')}</p>
            ) : (
              <ul className="incident-links">
                {incidents.map((incident) => {
                  const kindKey = `incident.kind.${incident.kind}`;
                  const kind = isMessageKey(kindKey) ? t(kindKey) : incident.kind;
                  return (
                    <li key={incident.id}>
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => void navigate({ area: 'incidents', incidentId: incident.id })}
                      >
                        {[showDate(incident.occurredOn), kind, incident.place].filter(Boolean).join(' — ')}
                      </button>
                      <p className="incident-excerpt">{incident.description}</p>
                    </li>
                  );
                })}
              </ul>
            )}
          </section>

          <AttachmentsPanel ownerKind="applicant" ownerId={applicant.id} />
        </div>

        <ApplicantFacts record={record} titleId={ids.facts} />
      </div>
      {dialog}
    </div>
  );
}
