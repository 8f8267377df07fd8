import { type RefObject, useEffect, useId, useMemo, useRef, useState } from 'react';
import { isMessageKey } from '../../../../shared/i18n';
import type { ApplicantSummary } from '../../../../shared/records/applicantSummary';
import type { TimelineEvent } from '../../../../shared/records/events';
import { describeEvent } from '../../../../shared/records/eventText';
import { call } from '../../api/client';
import { useConfirm } from '../../components/ConfirmDialog';
import { useI18n } from '../../i18n/I18nProvider';
import { AttachmentsPanel } from '../attachments/AttachmentsPanel';
import { DocumentDialog } from '../documents/DocumentDialog';
import { useDeleteForever } from '../protection/useDeleteForever';
import { CaseSummaryDialog } from '../reports/CaseSummaryDialog';
import { useNavigation } from '../shell/navigation';
import { ApplicantDeadlines } from './ApplicantDeadlines';
import { ApplicantFacts } from './ApplicantFacts';
import { CaseTimeline } from './CaseTimeline';
import { countryLabel, languageLabel } from './codeOptions';
import { DeadlineBadge } from './DeadlineBadge';
import { approximateAgeText, fullName, showDate, showDay, todayIso } from './format';
import { MergeDialog } from './MergeDialog';
import { StatusBadge } from './StatusBadge';
import { useAltShortcut } from './useAltShortcut';
import { useApplicantDeadlines } from './useApplicantDeadlines';
import type { ApplicantRecord } from './useApplicantRecord';

export type PageFocus = 'heading' | 'addEvent' | 'edit';

/**
 * One person's file: who they are, open deadlines, the case in date order, incidents,
 * attachments, and the way to their audit trail, case summary and merging a duplicate record into
 * this one. Alt+N adds an event.
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
  const { ask: confirm, choose, dialog } = useConfirm();
  const { deleteForever, dialog: purgeDialog } = useDeleteForever();
  const ids = { timeline: useId(), incidents: useId(), facts: useId(), deadlines: useId() };
  const addEventRef = useRef<HTMLButtonElement>(null);
  const editRef = useRef<HTMLButtonElement>(null);
  const deadlinesRef = useRef<HTMLHeadingElement>(null);
  const summaryRef = useRef<HTMLButtonElement>(null);
  const [dialogOpen, setDialogOpen] = useState<'merge' | 'summary' | 'document' | undefined>(undefined);
  // Bumped when a document is written, so the files list shows it.
  const [filesVersion, setFilesVersion] = useState(0);
  const [merged, setMerged] = useState<ApplicantSummary | undefined>(undefined);
  const { applicant, events, incidents, groupMembers } = record;
  const name = fullName(applicant);
  const deadlines = useApplicantDeadlines(applicant.id, record);
  const members = useMemo(() => new Map(groupMembers.map((person) => [person.id, person])), [groupMembers]);
  const groupEvents = events.filter((e) => (e.event.otherApplicantIds?.length ?? 0) > 0);
  const today = todayIso();

  useEffect(() => {
    if (focus === 'addEvent') addEventRef.current?.focus();
    else if (focus === 'edit') editRef.current?.focus();
    // Opened (from the list, a link, a save): the heading, which the shell could not focus while
    // the file was still loading.
    else headingRef.current?.focus();
  }, [focus, headingRef]);

  useAltShortcut('KeyN', onAddEvent);

  const deleteApplicant = async () => {
    // A victim of an incident, or one of a group, stays named there: the lawyer hears it first.
    const links = [
      incidents.length > 0 ? t('caseFile.delete.victim', { count: String(incidents.length) }) : '',
      groupEvents.length > 0 ? t('caseFile.delete.group', { count: String(groupEvents.length) }) : '',
    ].filter(Boolean);
    const yes = await confirm({
      title: t('applicants.delete.title', { name }),
      body: [t('applicants.delete.message'), ...links].join(' '),
      confirmLabel: t('applicants.delete.confirm'),
      cancelLabel: t('common.cancel'),
      danger: true,
    });
    if (!yes) return;
    await call('applicants.delete', { id: applicant.id }).catch(() => {});
    onBack();
  };

  const deleteEvent = async (entry: TimelineEvent) => {
    const text = describeEvent(t, language, entry, events, applicant);
    const people = 1 + (entry.event.otherApplicantIds?.length ?? 0);
    if (people > 1) {
      const answer = await choose({
        title: t('applicants.deleteEvent.title', { title: text.title, date: text.date }),
        body: t('caseFile.deleteEvent.group', { count: String(people), name }),
        confirmLabel: t('caseFile.deleteEvent.forAll'),
        alternativeLabel: t('caseFile.deleteEvent.onlyHere'),
        cancelLabel: t('common.cancel'),
        danger: true,
      });
      if (answer === 'cancel') return;
      if (answer === 'alternative')
        await call('events.removePerson', { id: entry.id, applicantId: applicant.id }).catch(() => {});
      else await call('events.delete', { id: entry.id }).catch(() => {});
      onChanged();
      return;
    }
    const yes = await confirm({
      title: t('applicants.deleteEvent.title', { title: text.title, date: text.date }),
      body: t('applicants.deleteEvent.message'),
      confirmLabel: t('applicants.delete.confirm'),
      cancelLabel: t('common.cancel'),
      danger: true,
    });
    if (!yes) return;
    await call('events.delete', { id: entry.id }).catch(() => {});
    onChanged();
  };

  const purgeApplicant = async () => {
    try {
      if (await deleteForever({ from: 'consent', id: applicant.id, name })) onBack();
    } catch {
      onChanged();
    }
  };

  const onMerged = (other: ApplicantSummary) => {
    setDialogOpen(undefined);
    setMerged(other);
    onChanged();
  };

  const showDeadlines = () => {
    deadlinesRef.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
    deadlinesRef.current?.focus({ preventScroll: true });
  };

  const born = applicant.birthDate
    ? t('applicants.page.born', { date: showDate(applicant.birthDate) })
    : approximateAgeText(t, applicant);
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
          <StatusBadge status={applicant.caseStatus} sex={applicant.sex} />
          {deadlines.status === 'loaded' ? (
            <DeadlineBadge items={deadlines.items} today={today} onShow={showDeadlines} />
          ) : null}
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
            ref={summaryRef}
            type="button"
            className="button button-secondary"
            onClick={() => setDialogOpen('summary')}
          >
            {t('applicants.page.caseSummary')}
          </button>
          <button type="button" className="button button-secondary" onClick={() => setDialogOpen('document')}>
            {t('documents.open')}
          </button>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => void navigate({ area: 'audit', applicantId: applicant.id })}
          >
            {t('applicants.page.audit')}
          </button>
          <button type="button" className="button button-secondary" onClick={() => setDialogOpen('merge')}>
            {t('applicants.page.merge')}
          </button>
          <button type="button" className="button button-danger-quiet" onClick={() => void deleteApplicant()}>
            {t('applicants.page.delete')}
          </button>
          <button type="button" className="button button-danger-quiet" onClick={() => void purgeApplicant()}>
            {t('applicants.purge.button')}
          </button>
        </div>
        <div className="merge-notice-live" role="status">
          {merged ? <p className="merge-notice">{t('applicants.page.merged', { name: fullName(merged) })}</p> : null}
        </div>
      </header>

      <div className="applicant-columns">
        <div className="applicant-main">
          <ApplicantDeadlines
            applicantId={applicant.id}
            state={deadlines}
            today={today}
            titleId={ids.deadlines}
            headingRef={deadlinesRef}
            onChanged={onChanged}
          />

          <section className="card" aria-labelledby={ids.timeline}>
            <h2 className="card-title" id={ids.timeline}>
              {t('applicants.page.timeline')}
            </h2>
            <CaseTimeline
              applicant={applicant}
              events={events}
              members={members}
              onEdit={onEditEvent}
              onDelete={(entry) => void deleteEvent(entry)}
            />
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

          <AttachmentsPanel ownerKind="applicant" ownerId={applicant.id} version={filesVersion} />
        </div>

        <ApplicantFacts record={record} titleId={ids.facts} />
      </div>
      {dialog}
      {purgeDialog}
      {dialogOpen === 'merge' ? (
        <MergeDialog keep={applicant} onMerged={onMerged} onClose={() => setDialogOpen(undefined)} />
      ) : null}
      {dialogOpen === 'document' ? (
        <DocumentDialog
          applicantId={applicant.id}
          onWritten={() => setFilesVersion((v) => v + 1)}
          onClose={() => setDialogOpen(undefined)}
        />
      ) : null}
      {dialogOpen === 'summary' ? (
        <CaseSummaryDialog
          applicantId={applicant.id}
          onClose={() => {
            setDialogOpen(undefined);
            // Back to the button that opened it, whatever the dialog did with the focus.
            requestAnimationFrame(() => summaryRef.current?.focus());
          }}
        />
      ) : null}
    </div>
  );
}
