import { zodResolver } from '@hookform/resolvers/zod';
import { type FormEvent, type RefObject, useCallback, useEffect, useId, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { PanohError } from '../../../../shared/errors';
import { formatPartialDate } from '../../../../shared/records/partialDate';
import type { Statistics } from '../../../../shared/reports/statistics';
import {
  DEFAULT_SUPPRESSION_THRESHOLD,
  MAX_SUPPRESSION_THRESHOLD,
  MIN_SUPPRESSION_THRESHOLD,
  suppressionThreshold,
} from '../../../../shared/reports/statistics';
import { statisticsNotes } from '../../../../shared/reports/statisticsLayout';
import { asPanohError, call } from '../../api/client';
import { FormAlert } from '../../components/FormAlert';
import { FormField } from '../../components/FormField';
import { SubmitButton } from '../../components/SubmitButton';
import { errorMessage } from '../../forms/formMessages';
import { useI18n } from '../../i18n/I18nProvider';
import { reportsFormMessage } from './messages';
import {
  type QuickPeriod,
  quickPeriods,
  type StatisticsFormInput,
  type StatisticsFormOutput,
  statisticsFormSchema,
  thisYear,
} from './period';
import { StatisticsChart } from './StatisticsChart';
import { StatisticsExport, type StatisticsQuery } from './StatisticsExport';
import { StatisticsTables } from './StatisticsTables';
import './reports.css';

interface Preview {
  query: StatisticsQuery;
  stats: Statistics;
}

const quickChoices: QuickPeriod[] = ['thisYear', 'lastYear', 'lastQuarter'];

function sameQuery(a: StatisticsQuery, b: StatisticsQuery): boolean {
  return a.from === b.from && a.to === b.to && a.threshold === b.threshold;
}

/**
 * Reports: anonymous statistics for a period (preview, then PDF or CSV), and where a case summary
 * of one person is made. Every file that leaves the vault is announced as such.
 */
export function ReportsArea({ headingRef }: { headingRef: RefObject<HTMLHeadingElement | null> }) {
  const { t, language } = useI18n();
  const statsTitleId = useId();
  const caseTitleId = useId();
  const previewTitleId = useId();
  const thresholdNoteId = useId();
  const periodHintId = useId();
  const [preview, setPreview] = useState<Preview | undefined>(undefined);
  const [loading, setLoading] = useState(false);
  const [failure, setFailure] = useState<PanohError | undefined>(undefined);
  const sequence = useRef(0);

  const initial = thisYear(new Date());
  const { register, handleSubmit, setValue, control, formState } = useForm<
    StatisticsFormInput,
    unknown,
    StatisticsFormOutput
  >({
    resolver: zodResolver(statisticsFormSchema),
    defaultValues: {
      from: formatPartialDate(initial.from),
      to: formatPartialDate(initial.to),
      threshold: String(DEFAULT_SUPPRESSION_THRESHOLD),
    },
  });
  const values = useWatch({ control });
  const typedThreshold = Number(values.threshold);
  const shownThreshold = suppressionThreshold.safeParse(typedThreshold).success
    ? typedThreshold
    : DEFAULT_SUPPRESSION_THRESHOLD;
  const parsed = statisticsFormSchema.safeParse(values);
  const changed = preview !== undefined && (!parsed.success || !sameQuery(parsed.data, preview.query));

  const show = useCallback(async (query: StatisticsQuery) => {
    const mine = ++sequence.current;
    setLoading(true);
    setFailure(undefined);
    try {
      const stats = await call('reports.statisticsPreview', query);
      if (mine === sequence.current) setPreview({ query, stats });
    } catch (error) {
      if (mine === sequence.current) setFailure(asPanohError(error));
    } finally {
      if (mine === sequence.current) setLoading(false);
    }
  }, []);

  // The current year is shown at once: most visits are for "how many so far this year".
  useEffect(() => {
    const first = thisYear(new Date());
    void show({ ...first, threshold: DEFAULT_SUPPRESSION_THRESHOLD });
  }, [show]);

  const submit = handleSubmit((query) => show(query));
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    if (loading) {
      event.preventDefault();
      return;
    }
    void submit(event);
  };

  const choose = (choice: QuickPeriod) => {
    const period = quickPeriods[choice](new Date());
    setValue('from', formatPartialDate(period.from), { shouldValidate: true });
    setValue('to', formatPartialDate(period.to), { shouldValidate: true });
    void submit();
  };

  return (
    <div className="page reports">
      <div className="page-heading">
        <h1 className="page-title" tabIndex={-1} ref={headingRef}>
          {t('shell.nav.reports')}
        </h1>
      </div>

      <section className="reports-card" aria-labelledby={statsTitleId}>
        <h2 className="section-title" id={statsTitleId}>
          {t('reports.stats.title')}
        </h2>
        <p className="reports-lead">{t('reports.stats.intro')}</p>
        <form className="stats-query" onSubmit={onSubmit} noValidate aria-busy={loading}>
          <div className="quick-periods">
            <span className="quick-periods-label">{t('reports.period.quick')}:</span>
            {quickChoices.map((choice) => (
              <button key={choice} type="button" className="button button-chip" onClick={() => choose(choice)}>
                {t(`reports.period.${choice}`)}
              </button>
            ))}
          </div>
          <div className="stats-period-fields">
            <FormField
              label={t('reports.period.from')}
              error={reportsFormMessage(t, formState.errors.from?.message)}
              describedBy={[periodHintId]}
            >
              {(field) => <input {...field} {...register('from')} className="input input-date" inputMode="numeric" />}
            </FormField>
            <FormField
              label={t('reports.period.to')}
              error={reportsFormMessage(t, formState.errors.to?.message)}
              describedBy={[periodHintId]}
            >
              {(field) => <input {...field} {...register('to')} className="input input-date" inputMode="numeric" />}
            </FormField>
          </div>
          <p className="field-note stats-period-hint" id={periodHintId}>
            {t('reports.period.hint')}
          </p>
          <div className="stats-threshold">
            <FormField
              label={t('reports.threshold.label')}
              error={reportsFormMessage(t, formState.errors.threshold?.message)}
              describedBy={[thresholdNoteId]}
            >
              {(field) => (
                <input
                  {...field}
                  {...register('threshold')}
                  className="input input-number"
                  type="number"
                  inputMode="numeric"
                  min={MIN_SUPPRESSION_THRESHOLD}
                  max={MAX_SUPPRESSION_THRESHOLD}
                  step={1}
                />
              )}
            </FormField>
            <p className="field-note stats-threshold-note" id={thresholdNoteId}>
              {t('reports.threshold.hint', { below: shownThreshold - 1, threshold: shownThreshold })}
            </p>
          </div>
          <div className="form-actions">
            <SubmitButton busy={loading}>{t('reports.preview.submit')}</SubmitButton>
          </div>
        </form>
      </section>

      <FormAlert message={failure ? errorMessage(t, failure) : undefined} />

      {preview ? (
        <section className="reports-card stats-preview" aria-labelledby={previewTitleId} aria-busy={loading}>
          <h2 className="section-title" id={previewTitleId}>
            {t('reports.preview.title', {
              from: formatPartialDate(preview.query.from),
              to: formatPartialDate(preview.query.to),
            })}
          </h2>
          {statisticsNotes(preview.stats, language).map((note) => (
            <p className="reports-lead" key={note}>
              {note}
            </p>
          ))}
          {changed ? <p className="notice">{t('reports.preview.changed')}</p> : null}
          <StatisticsChart stats={preview.stats} />
          <StatisticsTables stats={preview.stats} />
        </section>
      ) : loading ? (
        <p className="reports-loading" role="status">
          {t('reports.preview.loading')}
        </p>
      ) : null}

      {preview ? <StatisticsExport key={JSON.stringify(preview.query)} query={preview.query} /> : null}

      <section className="reports-card reports-case" aria-labelledby={caseTitleId}>
        <h2 className="section-title" id={caseTitleId}>
          {t('reports.case.title')}
        </h2>
        <p>{t('reports.case.note')}</p>
      </section>
    </div>
  );
}
