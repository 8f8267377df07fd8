import { type RefObject, useState } from 'react';
import type { TimelineEvent } from '../../../../shared/records/events';
import { FormAlert } from '../../components/FormAlert';
import { errorMessage } from '../../forms/formMessages';
import { useT } from '../../i18n/I18nProvider';
import { type Route, useNavigation } from '../shell/navigation';
import { ApplicantForm } from './ApplicantForm';
import { ApplicantList, initialListView, type ListView } from './ApplicantList';
import { ApplicantPage, type PageFocus } from './ApplicantPage';
import { EventForm } from './EventForm';
import { useApplicantRecord } from './useApplicantRecord';
import './applicants.css';

/** What is open inside the section, beyond the route: a form over the list or over a file. */
type View =
  | { kind: 'main'; focus?: PageFocus }
  | { kind: 'applicantForm' }
  | { kind: 'eventForm'; editing?: TimelineEvent };

const EMPTY_PEOPLE = new Map();

/**
 * The Applicants section: without an applicant the list, with one their file; either may be
 * covered by a form (new applicant, edit, event). Changing section or record resets the form,
 * after the leave guard of a dirty form has agreed.
 */
export function ApplicantsArea({
  applicantId,
  headingRef,
}: {
  applicantId?: string | undefined;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const t = useT();
  const { route, navigate } = useNavigation();
  const [state, setState] = useState<{ route: Route; view: View }>({ route, view: { kind: 'main' } });
  const [listView, setListView] = useState<ListView>(initialListView);
  const { state: record, reload } = useApplicantRecord(applicantId);

  // A new route (the navigation, a link to a relative) shows its main page again.
  let view = state.view;
  if (state.route !== route) {
    view = { kind: 'main' };
    setState({ route, view });
  }
  const show = (next: View) => setState({ route, view: next });

  if (!applicantId) {
    if (view.kind === 'applicantForm') {
      return (
        <ApplicantForm
          people={EMPTY_PEOPLE}
          headingRef={headingRef}
          onSaved={(id) => void navigate({ area: 'applicants', applicantId: id })}
          onCancel={() => show({ kind: 'main', focus: 'heading' })}
        />
      );
    }
    return (
      <ApplicantList
        view={listView}
        onViewChange={setListView}
        headingRef={headingRef}
        onOpen={(id) => void navigate({ area: 'applicants', applicantId: id })}
        onNew={() => show({ kind: 'applicantForm' })}
      />
    );
  }

  if (record.status === 'loading') return <div className="page applicants" aria-busy="true" />;
  if (record.status === 'failed') {
    return (
      <div className="page applicants">
        <div className="page-heading">
          <h1 className="page-title" tabIndex={-1} ref={headingRef}>
            {t('applicants.title')}
          </h1>
        </div>
        <FormAlert message={errorMessage(t, record.error)} />
        <p>
          <button type="button" className="link-button" onClick={() => void navigate({ area: 'applicants' })}>
            {t('applicants.page.back')}
          </button>
        </p>
      </div>
    );
  }

  const { record: data } = record;
  switch (view.kind) {
    case 'applicantForm':
      return (
        <ApplicantForm
          applicant={data.applicant}
          people={data.people}
          headingRef={headingRef}
          onSaved={() => {
            reload();
            // After saving, the page's heading: where a screen reader says the file is back.
            show({ kind: 'main', focus: 'heading' });
          }}
          onCancel={() => show({ kind: 'main', focus: 'edit' })}
        />
      );
    case 'eventForm':
      return (
        <EventForm
          applicant={data.applicant}
          timeline={data.events}
          groupMembers={data.groupMembers}
          editing={view.editing}
          headingRef={headingRef}
          onSaved={() => {
            reload();
            show({ kind: 'main', focus: 'heading' });
          }}
          onCancel={() => show({ kind: 'main', focus: 'addEvent' })}
        />
      );
    case 'main':
      return (
        <ApplicantPage
          record={data}
          headingRef={headingRef}
          focus={view.focus}
          onEdit={() => show({ kind: 'applicantForm' })}
          onAddEvent={() => show({ kind: 'eventForm' })}
          onEditEvent={(editing) => show({ kind: 'eventForm', editing })}
          onChanged={reload}
          onBack={() => void navigate({ area: 'applicants' })}
        />
      );
  }
}
