import { CONSTITUTION_ACCESS } from '../legalSources';
import type { TemplateSource } from '../templateSource';

/** Request to the migration service to see the case materials (ru). */
export const caseFileRequest: TemplateSource = {
  meta: {
    id: 'case-file-request',
    title: {
      ru: 'Заявление об ознакомлении с материалами дела',
      kk: 'Іс материалдарымен танысу туралы өтініш',
      en: 'Request to see the case materials',
    },
    note: {
      ru: 'Проверьте: точное наименование и адрес органа, рассматривающего ходатайство; статью АППК РК о праве на ознакомление с материалами; применимость статьи 18 Конституции к иностранцам. Приложите ордер или доверенность.',
      kk: 'Тексеріңіз: өтінішті қарайтын органның нақты атауы мен мекенжайы; материалдармен танысу құқығы туралы ҚР ӘРПК бабы; Конституцияның 18-бабының шетелдіктерге қолданылуы. Ордерді немесе сенімхатты қоса беріңіз.',
      en: "Check: the exact name and address of the authority deciding the application; the APPC article on access to the materials; whether article 18 of the Constitution reaches foreigners. Attach the lawyer's warrant or power of attorney.",
    },
    sources: [
      CONSTITUTION_ACCESS,
      {
        text: {
          en: 'Administrative Procedural and Process Code of the Republic of Kazakhstan: the participant’s right to see the materials of an administrative procedure; article not confirmed',
          ru: 'Административный процедурно-процессуальный кодекс Республики Казахстан: право участника знакомиться с материалами административной процедуры; статья не подтверждена',
          kk: 'Қазақстан Республикасының Әкімшілік рәсімдік-процестік кодексі: қатысушының әкімшілік рәсім материалдарымен танысу құқығы; бабы расталмаған',
        },
        confirmed: false,
      },
    ],
    blanks: [
      {
        name: 'authority',
        label: { ru: 'Орган (наименование)', kk: 'Орган (атауы)', en: 'The authority (its name)' },
        required: true,
      },
      {
        name: 'authorityAddress',
        label: { ru: 'Адрес органа', kk: 'Органның мекенжайы', en: "The authority's address" },
        required: false,
      },
    ],
    requires: [],
    checks: [],
    reads: ['applicant', 'asylumApplication', 'decision', 'lawyer', 'office'],
  },
  documents: {
    ru: {
      title: 'Заявление об ознакомлении с материалами дела',
      language: 'ru',
      blocks: [
        {
          kind: 'right',
          lines: [
            '{blank.authority}',
            '{#blank.authorityAddress}{blank.authorityAddress}{/blank.authorityAddress}',
            'от адвоката {lawyer.fullNameGenitive}{#lawyer.licence}, лицензия {lawyer.licence}{/lawyer.licence}, {office.name}, {office.address}{#office.phone}, тел. {office.phone}{/office.phone}',
            'в интересах {applicant.fullNameGenitive}, {applicant.birthDate} г. р., гражданство: {applicant.citizenship}',
          ],
        },
        { kind: 'title', lines: ['ЗАЯВЛЕНИЕ', 'об ознакомлении с материалами дела'] },
        {
          kind: 'p',
          text: 'Я представляю интересы {applicant.fullNameGenitive} по делу о присвоении статуса беженца{#asylumApplication} (ходатайство от {filedOnLong}{#certificateNumber}; свидетельство лица, ищущего убежище, № {certificateNumber}{/certificateNumber}){/asylumApplication}.{#decision} По ходатайству принято решение от {decidedOnLong}: {outcome}{#noReasons}, мотивы в копии решения не указаны{/noReasons}.{/decision}',
        },
        {
          kind: 'p',
          text: 'Для защиты прав доверителя, в том числе для подготовки обжалования, на основании права лица знакомиться с документами, затрагивающими его права (Конституция Республики Казахстан, статья 18, пункт 3 — проверьте применимость), и права участника административной процедуры на ознакомление с её материалами (АППК РК — проверьте статью),',
        },
        { kind: 'heading', text: 'ПРОШУ:' },
        {
          kind: 'line',
          text: '1. Предоставить возможность ознакомиться со всеми материалами дела {applicant.fullNameGenitive}, включая протоколы собеседований, заключения и сведения, на которых основано решение.',
        },
        { kind: 'line', text: '2. Разрешить снять копии (фотокопии) материалов дела.' },
        {
          kind: 'line',
          text: '3. Выдать заверенную копию решения{#decision} от {decidedOn}{/decision} с изложением мотивов.',
        },
        {
          kind: 'p',
          text: 'Ответ прошу направить по адресу: {office.address}{#office.email}, электронная почта: {office.email}{/office.email}.',
        },
        { kind: 'line', text: 'Приложение: ордер (доверенность).' },
        { kind: 'sign', lines: ['{office.city}, {todayLong}', 'Адвокат ____________ {lawyer.shortName}'] },
      ],
    },
  },
};
