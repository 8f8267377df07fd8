import { useCallback, useEffect, useState } from 'react';
import type { MethodOutput } from '../../../../shared/api/contract';
import type { PanohError } from '../../../../shared/errors';
import type { ApplicantSummary } from '../../../../shared/records/applicantSummary';
import { asPanohError, call } from '../../api/client';

export type ApplicantRecord = MethodOutput<'applicants.get'> & {
  /** Family members by id (those still in the vault), for their names. */
  people: Map<string, ApplicantSummary>;
};

export type RecordState =
  | { status: 'loading' }
  | { status: 'failed'; error: PanohError }
  | { status: 'loaded'; record: ApplicantRecord };

function summaryOf(applicant: MethodOutput<'applicants.get'>['applicant']): ApplicantSummary {
  return {
    id: applicant.id,
    familyName: applicant.familyName,
    givenName: applicant.givenName,
    patronymic: applicant.patronymic,
    sex: applicant.sex,
    birthDate: applicant.birthDate,
    citizenship: applicant.citizenship,
    caseStatus: applicant.caseStatus,
    assignedLawyer: applicant.assignedLawyer,
    updatedAt: applicant.updatedAt,
  };
}

async function load(id: string): Promise<ApplicantRecord> {
  const data = await call('applicants.get', { id });
  const people = new Map<string, ApplicantSummary>();
  const relatives = await Promise.all(
    data.applicant.familyLinks.map((link) =>
      call('applicants.get', { id: link.applicantId }).then(
        (other) => summaryOf(other.applicant),
        () => undefined,
      ),
    ),
  );
  for (const person of relatives) if (person) people.set(person.id, person);
  return { ...data, people };
}

/** One applicant with timeline, incidents, attachments and relatives' names; `reload` after a change. */
export function useApplicantRecord(id: string | undefined): { state: RecordState; reload(): void } {
  const [state, setState] = useState<RecordState>({ status: 'loading' });
  const [version, setVersion] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` asks for a fresh load
  useEffect(() => {
    if (!id) return;
    let active = true;
    setState((current) =>
      current.status === 'loaded' && current.record.applicant.id === id ? current : { status: 'loading' },
    );
    load(id).then(
      (record) => {
        if (active) setState({ status: 'loaded', record });
      },
      (error: unknown) => {
        if (active) setState({ status: 'failed', error: asPanohError(error) });
      },
    );
    return () => {
      active = false;
    };
  }, [id, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { state, reload };
}
