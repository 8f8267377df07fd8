import {
  CAT_ARTICLE_3,
  CONVENTION_1951_ARTICLE_33,
  CRIMINAL_PROCEDURE_CODE_EXTRADITION,
  MINSK_CHISINAU_CONVENTIONS,
  REFUGEE_LAW,
} from '../legalSources';
import type { TemplateSource } from '../templateSource';

/** Complaint against the prosecutor's extradition decision (ru). */
export const extraditionAppeal: TemplateSource = {
  meta: {
    id: 'extradition-appeal',
    title: {
      ru: 'Жалоба на решение прокурора о выдаче (экстрадиции)',
      kk: 'Прокурордың ұстап беру (экстрадиция) туралы шешіміне шағым',
      en: "Complaint against the prosecutor's extradition decision",
    },
    note: {
      ru: 'Проверьте: срок (10 дней со дня уведомления по правилам бюро), куда подаётся жалоба по УПК РК, номер и дату решения прокурора, статьи, отмеченные «проверьте». Опишите конкретный риск пыток и преследования в запрашивающем государстве и приложите источники.',
      kk: 'Тексеріңіз: мерзім (бюро ережелері бойынша хабарланған күннен бастап 10 күн), ҚР ҚПК бойынша шағым қайда беріледі, прокурор шешімінің нөмірі мен күні, «тексеріңіз» деп белгіленген баптар. Сұрау салған мемлекеттегі азаптау мен қудалаудың нақты қаупін сипаттап, дереккөздерді қоса беріңіз.',
      en: "Check: the period (10 days from notification in the office rules), where the complaint is filed under the Criminal Procedure Code, the prosecutor's decision number and date, every article marked «проверьте». Describe the specific risk of torture and persecution in the requesting State and attach sources.",
    },
    sources: [
      CRIMINAL_PROCEDURE_CODE_EXTRADITION,
      CAT_ARTICLE_3,
      CONVENTION_1951_ARTICLE_33,
      REFUGEE_LAW,
      MINSK_CHISINAU_CONVENTIONS,
    ],
    blanks: [
      {
        name: 'court',
        label: { ru: 'Суд, куда подаётся жалоба', kk: 'Шағым берілетін сот', en: 'The court the complaint goes to' },
        required: true,
      },
      {
        name: 'decisionNumber',
        label: {
          ru: 'Номер и дата решения прокурора',
          kk: 'Прокурор шешімінің нөмірі мен күні',
          en: "The prosecutor's decision number and date",
        },
        required: false,
      },
    ],
    requires: ['extradition.receivedOn'],
    checks: ['extraditionOpen', 'extraditionAppealTerm'],
    reads: [
      'applicant',
      'asylumApplication',
      'detention',
      'extradition',
      'lawyer',
      'office',
      'refusal',
      'terms',
      'unhcr',
    ],
  },
  documents: {
    ru: {
      title: 'Жалоба на решение о выдаче (экстрадиции)',
      language: 'ru',
      blocks: [
        {
          kind: 'right',
          lines: [
            'В {blank.court}',
            '**Заявитель:** адвокат {lawyer.fullName}{#lawyer.licence}, лицензия {lawyer.licence}{/lawyer.licence}, {office.name}, {office.address}{#office.phone}, тел. {office.phone}{/office.phone},',
            'в интересах {applicant.fullNameGenitive}, {applicant.birthDate} г. р., гражданство: {applicant.citizenship}{#detention.inCustody}, {#applicant.female}содержащейся{/applicant.female}{^applicant.female}содержащегося{/applicant.female} под стражей: {detention.place}{/detention.inCustody}',
          ],
        },
        { kind: 'title', lines: ['ЖАЛОБА', 'на решение прокурора о выдаче (экстрадиции)'] },
        {
          kind: 'p',
          text: '{extradition.receivedOnLong} в Республику Казахстан поступил запрос ({extradition.requestingState}) о выдаче {applicant.fullNameGenitive}{#extradition.charges} по обвинению: {extradition.charges}{/extradition.charges}.{#extradition.wantedSince} Дата объявления в розыск: {extradition.wantedSinceLong}.{/extradition.wantedSince}',
        },
        {
          kind: 'p',
          text: 'Решение прокурора о выдаче{#blank.decisionNumber} ({blank.decisionNumber}){/blank.decisionNumber}: {extradition.prosecutorDecision}. О решении {applicant.fullName} уведомлен{#applicant.female}а{/applicant.female} {extradition.prosecutorDecisionNotifiedOnLong}.',
        },
        {
          kind: 'p',
          text: '{#detention}{applicant.fullName} задержан{#applicant.female}а{/applicant.female} {dateLong}{#place} ({place}){/place}{#authority}, {authority}{/authority}{#basis}; основание: {basis}{/basis}.{/detention}',
        },
        {
          kind: 'p',
          text: '{#asylumApplication}{filedOnLong} {applicant.fullName} обратил{#applicant.female}ась{/applicant.female}{^applicant.female}ся{/applicant.female} с ходатайством о присвоении статуса беженца{#authority} ({authority}){/authority}.{/asylumApplication}{#refusal} Решением от {decidedOnLong} ({body}) в статусе беженца отказано{#noReasons} без указания мотивов{/noReasons}.{/refusal}{#unhcr} УВКБ ООН признало {applicant.fullNameAccusative} беженцем в рамках своего мандата ({recognizedOnLong}).{/unhcr}',
        },
        {
          kind: 'p',
          text: 'Выдача лица государству, где ему угрожают пытки, запрещена статьёй 3 Конвенции против пыток; возвращение беженца туда, где его жизни или свободе угрожает опасность, запрещено статьёй 33 Конвенции о статусе беженцев 1951 года. Лицо, ходатайствующее о статусе беженца, не подлежит выдаче до окончательного рассмотрения ходатайства (Закон РК «О беженцах» — проверьте статью). Основания для отказа в выдаче предусмотрены также Минской конвенцией 1993 года и Кишинёвской конвенцией 2002 года (проверьте статьи, а также участвуют ли в применимой конвенции и Республика Казахстан, и запрашивающее государство).',
        },
        {
          kind: 'p',
          text: 'Риск для {applicant.fullNameGenitive} в запрашивающем государстве: ________',
        },
        {
          kind: 'p',
          text: 'Решение о выдаче может быть обжаловано в суд (УПК РК, глава о выдаче — проверьте статью). Срок обжалования: {terms.extraditionAppeal.text} со дня уведомления о решении{^terms.extraditionAppeal.confirmed} (срок не подтверждён бюро — проверьте){/terms.extraditionAppeal.confirmed}.',
        },
        { kind: 'heading', text: 'ПРОШУ:' },
        {
          kind: 'line',
          text: '1. Признать незаконным и отменить решение прокурора о выдаче {applicant.fullNameGenitive}.',
        },
        { kind: 'line', text: '2. До рассмотрения жалобы не исполнять решение о выдаче.' },
        {
          kind: 'line',
          text: '{#detention.inCustody}3. Рассмотреть вопрос об освобождении {applicant.fullNameGenitive} из-под стражи (проверьте основания и порядок).{/detention.inCustody}',
        },
        { kind: 'heading', text: 'Приложения:' },
        { kind: 'line', text: '1. Копия решения прокурора о выдаче.' },
        { kind: 'line', text: '2. Документы о ходатайстве о статусе беженца и о признании УВКБ ООН (при наличии).' },
        { kind: 'line', text: '3. Ордер (доверенность) защитника.' },
        { kind: 'sign', lines: ['{office.city}, {todayLong}', 'Адвокат ____________ {lawyer.shortName}'] },
      ],
    },
  },
};
