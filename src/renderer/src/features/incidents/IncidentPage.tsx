import { type RefObject, useCallback, useEffect, useId, useState } from 'react';
import type { MethodOutput } from '../../../../shared/api/contract';
import type { PanohError } from '../../../../shared/errors';
import { kindsOf, perpetratorsOf } from '../../../../shared/records/incident';
import { formatPartialDate } from '../../../../shared/records/partialDate';
import { asPanohError, call } from '../../api/client';
import { useConfirm } from '../../components/ConfirmDialog';
import { FormAlert } from '../../components/FormAlert';
import { errorMessage } from '../../forms/formMessages';
import { useI18n } from '../../i18n/I18nProvider';
import { applicantLine, formatTimestamp } from '../../i18n/recordText';
import { AttachmentsPanel } from '../attachments/AttachmentsPanel';
import { useNavigation } from '../shell/navigation';
import { IncidentForm } from './IncidentForm';
import { kindLabel, perpetratorLabel } from './labels';

type Loaded = MethodOutput<'incidents.get'>;

/** One incident: what happened, who was targeted (links to their pages), the evidence. */
export function IncidentPage({
  incidentId,
  headingRef,
  flash,
  onDeleted,
}: {
  incidentId: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
  flash: string | undefined;
  onDeleted(text: string): void;
}) {
  const { t, language } = useI18n();
  const { navigate } = useNavigation();
  const { ask, dialog } = useConfirm();
  const [loaded, setLoaded] = useState<Loaded | undefined>(undefined);
  const [failure, setFailure] = useState<PanohError | undefined>(undefined);
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState<string | undefined>(flash);
  const [focusHeading, setFocusHeading] = useState(false);
  const victimsTitleId = useId();
  const detailsTitleId = useId();

  const load = useCallback(async () => {
    try {
      setLoaded(await call('incidents.get', { id: incidentId }));
      setFailure(undefined);
    } catch (error) {
      setFailure(asPanohError(error));
    }
  }, [incidentId]);

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    if (focusHeading && !editing && loaded) {
      headingRef.current?.focus();
      setFocusHeading(false);
    }
  }, [focusHeading, editing, loaded, headingRef]);

  const back = (
    <p className="page-back">
      <button type="button" className="link-button" onClick={() => void navigate({ area: 'incidents' })}>
        <span aria-hidden="true">← </span>
        {t('incidents.back')}
      </button>
    </p>
  );

  if (!loaded) {
    return (
      <div className="page">
        {back}
        <h1 className="page-title" tabIndex={-1} ref={headingRef}>
          {failure ? t('incidents.title') : t('incidents.loading')}
        </h1>
        <FormAlert message={failure ? errorMessage(t, failure) : undefined} />
      </div>
    );
  }

  const { incident, victims } = loaded;

  if (editing) {
    return (
      <IncidentForm
        headingRef={headingRef}
        incident={incident}
        victims={victims}
        onSaved={(_id, text) => {
          setMessage(text);
          setEditing(false);
          setFocusHeading(true);
          void load();
        }}
        onCancel={() => {
          setEditing(false);
          setFocusHeading(true);
        }}
      />
    );
  }

  const remove = async () => {
    const yes = await ask({
      title: t('incident.delete.title'),
      body: t('incident.delete.body'),
      confirmLabel: t('incident.delete.confirm'),
      cancelLabel: t('common.cancel'),
      danger: true,
    });
    if (!yes) return;
    try {
      await call('incidents.delete', { id: incident.id });
      onDeleted(t('incidents.deleted'));
    } catch (error) {
      setMessage(undefined);
      setFailure(asPanohError(error));
    }
  };

  const notGiven = <span className="incident-not-given">{t('incident.page.notGiven')}</span>;
  const date = formatPartialDate(incident.occurredOn);

  return (
    <div className="page">
      {back}
      <div className="page-heading page-heading-split">
        <h1 className="page-title" tabIndex={-1} ref={headingRef}>
          {`${kindsOf(incident)
            .map((kind) => kindLabel(t, kind))
            .join(', ')}, ${date}`}
        </h1>
        <div className="incident-actions">
          <button
            type="button"
            className="button button-outline"
            onClick={() => {
              setMessage(undefined);
              setEditing(true);
            }}
          >
            {t('incident.edit')}
          </button>
          <button type="button" className="button button-danger-quiet" onClick={() => void remove()}>
            {t('incident.delete')}
          </button>
        </div>
      </div>
      {message ? (
        <p className="success page-flash" role="status">
          {message}
        </p>
      ) : null}
      <FormAlert message={failure ? errorMessage(t, failure) : undefined} />

      <div className="incident-layout">
        <section className="record-card" aria-labelledby={detailsTitleId}>
          <h2 className="section-title" id={detailsTitleId}>
            {t('incident.page.details')}
          </h2>
          <dl className="incident-facts">
            <div>
              <dt>{t('incident.field.occurredOn')}</dt>
              <dd>{date}</dd>
            </div>
            <div>
              <dt>{t('incident.field.kind')}</dt>
              <dd>
                {kindsOf(incident)
                  .map((kind) => kindLabel(t, kind))
                  .join(', ')}
              </dd>
            </div>
            <div>
              <dt>{t('incident.field.perpetrator')}</dt>
              <dd>
                {perpetratorsOf(incident)
                  .map((who) => perpetratorLabel(t, who))
                  .join(', ')}
              </dd>
            </div>
            <div>
              <dt>{t('incident.field.place')}</dt>
              <dd>{incident.place ?? notGiven}</dd>
            </div>
            <div>
              <dt>{t('incident.field.reportedTo')}</dt>
              <dd>{incident.reportedTo ?? notGiven}</dd>
            </div>
            <div>
              <dt>{t('incident.field.witnesses')}</dt>
              <dd className="incident-text">{incident.witnesses ?? notGiven}</dd>
            </div>
            {incident.thirdParties?.length ? (
              <div className="incident-facts-wide">
                <dt>{t('incident.field.thirdParties')}</dt>
                <dd>
                  <ul className="incident-third-parties">
                    {incident.thirdParties.map((person) => (
                      <li key={`${person.name}/${person.role}`}>
                        {[person.name, t(`thirdParty.role.${person.role}`), person.contact, person.note]
                          .filter(Boolean)
                          .join(' — ')}
                      </li>
                    ))}
                  </ul>
                </dd>
              </div>
            ) : null}
            <div className="incident-facts-wide">
              <dt>{t('incident.field.description')}</dt>
              <dd className="incident-text">{incident.description}</dd>
            </div>
          </dl>
          <p className="incident-recorded">
            {t('incident.page.recorded', {
              created: formatTimestamp(incident.createdAt),
              updated: formatTimestamp(incident.updatedAt),
            })}
          </p>
        </section>

        <section className="record-card" aria-labelledby={victimsTitleId}>
          <h2 className="section-title" id={victimsTitleId}>
            {t('incident.page.victims')}
          </h2>
          {victims.length === 0 ? (
            <p className="incident-not-given">{t('incident.page.noVictims')}</p>
          ) : (
            <ul className="incident-victims">
              {victims.map((person) => (
                <li key={person.id}>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => void navigate({ area: 'applicants', applicantId: person.id })}
                  >
                    {applicantLine(person, language)}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>

      <AttachmentsPanel ownerKind="incident" ownerId={incident.id} />
      {dialog}
    </div>
  );
}
