import { caseStatuses, sexes } from '../records/applicant';
import { appealOutcomes, extraditionOutcomes } from '../records/events';
import { foldKey } from './fold';

/**
 * Columns whose cells name one of Panoh's fixed values (a sex, a case status, an outcome). What an
 * office writes there varies, so each has a table from written forms to values; these are the
 * defaults, and the lawyer adjusts them per file in the mapping (`values`).
 */
export const valueTables = {
  sex: sexes,
  caseStatus: caseStatuses,
  appealOutcome: appealOutcomes,
  extraditionOutcome: extraditionOutcomes,
} as const;
export type ValueTableId = keyof typeof valueTables;
export const valueTableIds = Object.keys(valueTables) as ValueTableId[];

const defaults: { [T in ValueTableId]: Record<(typeof valueTables)[T][number], readonly string[]> } = {
  sex: {
    male: ['м', 'муж', 'мужской', 'мужчина', 'male', 'm', 'man', 'ер', 'еркек', 'erkak', 'эркак'],
    female: ['ж', 'жен', 'женский', 'женщина', 'female', 'f', 'w', 'woman', 'әйел', 'ayol', 'аёл'],
    other: ['другой', 'иной', 'other', 'басқа'],
    unknown: ['неизвестно', 'не указан', 'нет данных', 'unknown', 'белгісіз', 'noma’lum'],
  },
  caseStatus: {
    intake: ['приём', 'прием', 'первичный прием', 'новый', 'новое', 'intake', 'new', 'қабылдау'],
    asylum_pending: [
      'ходатайство',
      'ходатайство подано',
      'на рассмотрении',
      'рассмотрение',
      'ищущий убежища',
      'pending',
      'asylum pending',
      'қаралуда',
    ],
    refused: ['отказ', 'отказано', 'отказ в статусе', 'refused', 'refusal', 'бас тарту'],
    appeal: ['обжалование', 'апелляция', 'жалоба', 'суд', 'в суде', 'appeal', 'шағым'],
    extradition_risk: ['экстрадиция', 'угроза экстрадиции', 'риск экстрадиции', 'extradition', 'экстрадиция қаупі'],
    recognized: ['признан', 'признан беженцем', 'беженец', 'статус беженца', 'recognized', 'refugee', 'босқын'],
    unhcr_mandate: ['мандат', 'мандат увкб', 'мандатный беженец', 'unhcr mandate', 'mandate'],
    left_country: ['выехал', 'выехала', 'уехал', 'уехала', 'выбыл', 'переселен', 'left', 'left country', 'кетті'],
    extradited: ['экстрадирован', 'экстрадирована', 'выдан', 'выдана', 'extradited', 'ұсталып берілді'],
    closed: ['закрыто', 'закрыт', 'дело закрыто', 'архив', 'closed', 'жабылды'],
  },
  appealOutcome: {
    pending: ['на рассмотрении', 'рассматривается', 'ожидается', 'pending', 'қаралуда'],
    upheld: ['оставлено в силе', 'отказ оставлен', 'отказано', 'без удовлетворения', 'upheld', 'dismissed'],
    overturned: ['отменено', 'удовлетворено', 'удовлетворена', 'в пользу', 'overturned', 'granted', 'allowed'],
    withdrawn: ['отозвана', 'отозвано', 'отзыв', 'withdrawn'],
  },
  extraditionOutcome: {
    pending: ['на рассмотрении', 'рассматривается', 'pending', 'қаралуда'],
    refused: ['отказано', 'отказ', 'отказ в выдаче', 'refused', 'denied'],
    approved: ['разрешена', 'одобрена', 'удовлетворен', 'approved', 'granted'],
    extradited: ['выдан', 'выдана', 'экстрадирован', 'экстрадирована', 'extradited', 'transferred'],
  },
};

const byWrittenForm = new Map<ValueTableId, Map<string, string>>();

function formsOf(table: ValueTableId): Map<string, string> {
  let forms = byWrittenForm.get(table);
  if (!forms) {
    forms = new Map();
    for (const [value, written] of Object.entries(defaults[table]) as [string, readonly string[]][]) {
      forms.set(value, value);
      for (const form of written) forms.set(foldKey(form), value);
    }
    byWrittenForm.set(table, forms);
  }
  return forms;
}

/** The default value for a written form, if the table knows it (the values' own names count too). */
export function defaultTableValue(table: ValueTableId, written: string): string | undefined {
  return formsOf(table).get(foldKey(written));
}
