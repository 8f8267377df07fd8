import { type RefObject, useEffect, useState } from 'react';
import { useNavigation } from '../shell/navigation';
import { IncidentForm } from './IncidentForm';
import { IncidentPage } from './IncidentPage';
import { IncidentRegister } from './IncidentRegister';
import './incidents.css';
import './ledger.css';
import '../../components/modal.css';

/** A confirmation shown once, on the screen it belongs to (the register, or one incident's page). */
export interface Flash {
  text: string;
  incidentId: string | undefined;
}

/**
 * Harassment incidents (HURIDOCS: event, victims, perpetrator): the register, newest first; one
 * incident's page with its victims and evidence; and the form to record or edit one.
 */
export function IncidentsArea({
  incidentId,
  headingRef,
}: {
  incidentId?: string | undefined;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const { route, navigate } = useNavigation();
  const [creating, setCreating] = useState(false);
  const [flash, setFlash] = useState<Flash | undefined>(undefined);
  const [focusHeading, setFocusHeading] = useState(false);

  // Any move through the navigation (the sidebar, a link) leaves the new-incident form.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every change of route
  useEffect(() => {
    setCreating(false);
  }, [route]);

  const shownFlash = flash && flash.incidentId === incidentId ? flash.text : undefined;

  if (incidentId) {
    return (
      <IncidentPage
        key={incidentId}
        incidentId={incidentId}
        headingRef={headingRef}
        flash={shownFlash}
        onDeleted={(text) => {
          setFlash({ text, incidentId: undefined });
          void navigate({ area: 'incidents' });
        }}
      />
    );
  }
  if (creating) {
    return (
      <IncidentForm
        headingRef={headingRef}
        onSaved={(id, text) => {
          setFlash({ text, incidentId: id });
          void navigate({ area: 'incidents', incidentId: id });
        }}
        onCancel={() => {
          setFocusHeading(true);
          setCreating(false);
        }}
      />
    );
  }
  return (
    <IncidentRegister
      headingRef={headingRef}
      flash={shownFlash}
      focusHeading={focusHeading}
      onNew={() => {
        setFlash(undefined);
        setCreating(true);
      }}
    />
  );
}
