import { CAT_ARTICLE_3, CONVENTION_1951_ARTICLE_33, CONVENTION_1951_ARTICLE_35, UNHCR_STATUTE } from '../legalSources';
import type { TemplateSource } from '../templateSource';

const office = {
  name: 'unhcrOffice',
  label: {
    ru: 'Офис УВКБ ООН (наименование, адрес)',
    kk: 'БҰҰ БЖКБ кеңсесі (атауы, мекенжайы)',
    en: 'The UNHCR office (name, address)',
  },
  required: false,
};

/** Letter informing UNHCR of a detention or an extradition risk (en, ru). */
export const unhcrAlert: TemplateSource = {
  meta: {
    id: 'unhcr-alert',
    title: {
      ru: 'Письмо в УВКБ ООН о задержании или риске выдачи',
      kk: 'БҰҰ БЖКБ-ға ұстау немесе ұстап беру қаупі туралы хат',
      en: 'Letter to UNHCR on a detention or an extradition risk',
    },
    note: {
      ru: 'Проверьте: согласие клиента на передачу сведений в УВКБ ООН (в деле — раздел «Согласие»), адрес офиса УВКБ ООН, актуальность сведений о месте содержания. Письмо содержит персональные данные: отправляйте его защищённым способом.',
      kk: 'Тексеріңіз: клиенттің мәліметтерді БҰҰ БЖКБ-ға беруге келісімін (істе — «Келісім» бөлімі), БҰҰ БЖКБ кеңсесінің мекенжайын, ұстау орны туралы мәліметтердің өзектілігін. Хатта дербес деректер бар: оны қорғалған жолмен жіберіңіз.',
      en: "Check: the client's consent to share this with UNHCR (the file's consent section), the UNHCR office's address, that the place of detention is current. The letter holds personal data: send it securely.",
    },
    sources: [CONVENTION_1951_ARTICLE_33, CONVENTION_1951_ARTICLE_35, UNHCR_STATUTE, CAT_ARTICLE_3],
    blanks: [office],
    requires: [],
    checks: ['extraditionOpen', 'removalGround'],
    reads: [
      'appeal',
      'applicant',
      'asylumApplication',
      'detention',
      'extradition',
      'lawyer',
      'office',
      'refusal',
      'unhcr',
    ],
  },
  documents: {
    en: {
      title: 'Letter to UNHCR',
      language: 'en',
      blocks: [
        {
          kind: 'right',
          lines: [
            '{#blank.unhcrOffice}{blank.unhcrOffice}{/blank.unhcrOffice}{^blank.unhcrOffice}UNHCR office in Kazakhstan (check the address){/blank.unhcrOffice}',
            'From: {lawyer.fullName}, {office.name}, {office.address}{#office.email}, {office.email}{/office.email}{#office.phone}, {office.phone}{/office.phone}',
          ],
        },
        { kind: 'title', lines: ['URGENT', 'Risk of refoulement: {applicant.fullName}, {applicant.citizenship}'] },
        { kind: 'line', text: '{office.city}, {todayLong}' },
        { kind: 'line', text: 'Dear colleagues,' },
        {
          kind: 'p',
          text: 'We represent {applicant.fullName}, born {applicant.birthDateLong}, citizen of {applicant.citizenship}{#unhcr}, recognised by UNHCR as a refugee under its mandate on {recognizedOnLong}{#certificateNumber} (certificate {certificateNumber}){/certificateNumber}{/unhcr}{#asylumApplication}, who applied for refugee status in Kazakhstan on {filedOnLong}{/asylumApplication}.',
        },
        {
          kind: 'p',
          text: '{#detention}{applicant.fullName} was detained on {dateLong}{#place} at {place}{/place}{#authority} by {authority}{/authority}{#basis}; basis: {basis}{/basis}.{#inCustody} The person remains in custody.{/inCustody}{#releasedOn} Released on {releasedOnLong}.{/releasedOn}{/detention}',
        },
        {
          kind: 'p',
          text: '{#extradition}{requestingState} has requested the extradition of {applicant.fullName}; the request was received on {receivedOnLong}{#charges} (charges: {charges}){/charges}. Status: {outcome}.{#prosecutorDecision} Prosecutor’s decision: {prosecutorDecision}.{/prosecutorDecision}{#transferredOn} The person was handed over on {transferredOnLong}.{/transferredOn}{/extradition}',
        },
        {
          kind: 'p',
          text: '{#refusal}The national authority ({body}) refused refugee status on {decidedOnLong}{#noReasons}, giving no reasons{/noReasons}.{/refusal}{#appeal} An appeal was filed on {filedOnLong}{#court} with {court}{/court}; outcome: {outcome}{#nextHearingLong}; next hearing on {nextHearingLong}{/nextHearingLong}.{/appeal}',
        },
        {
          kind: 'p',
          text: 'Returning {applicant.fullName} would breach article 33 of the 1951 Convention relating to the Status of Refugees and article 3 of the Convention against Torture. Under article 35 of the 1951 Convention and paragraph 8 of its Statute, we ask UNHCR to intervene urgently with the authorities of Kazakhstan to prevent refoulement, to seek access to the person, and to confirm its position in writing for the proceedings.',
        },
        {
          kind: 'p',
          text: 'The client has consented to this information being shared with UNHCR (check the consent recorded in the file).',
        },
        {
          kind: 'sign',
          lines: [
            'Yours sincerely,',
            '{lawyer.fullName}, lawyer{#lawyer.licence} (licence {lawyer.licence}){/lawyer.licence}',
            '{office.name}',
          ],
        },
      ],
    },
    ru: {
      title: 'Письмо в УВКБ ООН',
      language: 'ru',
      blocks: [
        {
          kind: 'right',
          lines: [
            '{#blank.unhcrOffice}{blank.unhcrOffice}{/blank.unhcrOffice}{^blank.unhcrOffice}Офис УВКБ ООН в Казахстане (проверьте адрес){/blank.unhcrOffice}',
            'от адвоката {lawyer.fullNameGenitive}, {office.name}, {office.address}{#office.email}, {office.email}{/office.email}{#office.phone}, тел. {office.phone}{/office.phone}',
          ],
        },
        {
          kind: 'title',
          lines: ['СРОЧНО', 'Риск принудительного возвращения: {applicant.fullName}, {applicant.citizenship}'],
        },
        { kind: 'line', text: '{office.city}, {todayLong}' },
        { kind: 'line', text: 'Уважаемые коллеги!' },
        {
          kind: 'p',
          text: 'Мы представляем интересы {applicant.fullNameGenitive} (дата рождения: {applicant.birthDateLong}), гражданство: {applicant.citizenship}{#unhcr}; {recognizedOnLong} УВКБ ООН признало {applicant.fullNameAccusative} беженцем в рамках мандата{#certificateNumber} (справка № {certificateNumber}){/certificateNumber}{/unhcr}{#asylumApplication}; {filedOnLong} подано ходатайство о статусе беженца в Казахстане{/asylumApplication}.',
        },
        {
          kind: 'p',
          text: '{#detention}{dateLong} {applicant.fullName} задержан{#applicant.female}а{/applicant.female}{#place} ({place}){/place}{#authority}, {authority}{/authority}{#basis}; основание: {basis}{/basis}.{#inCustody} Остаётся под стражей.{/inCustody}{#releasedOn} Освобожден{#applicant.female}а{/applicant.female} {releasedOnLong}.{/releasedOn}{/detention}',
        },
        {
          kind: 'p',
          text: '{#extradition}Поступил запрос о выдаче {applicant.fullNameGenitive} ({requestingState}) — {receivedOnLong}{#charges}; обвинение: {charges}{/charges}. Состояние: {outcome}.{#prosecutorDecision} Решение прокурора: {prosecutorDecision}.{/prosecutorDecision}{#transferredOn} Передача состоялась {transferredOnLong}.{/transferredOn}{/extradition}',
        },
        {
          kind: 'p',
          text: '{#refusal}Уполномоченный орган ({body}) отказал в статусе беженца {decidedOnLong}{#noReasons}, без указания мотивов{/noReasons}.{/refusal}{#appeal} Подана жалоба {filedOnLong}{#court}, {court}{/court}; результат: {outcome}{#nextHearingLong}; ближайшее заседание — {nextHearingLong}{/nextHearingLong}.{/appeal}',
        },
        {
          kind: 'p',
          text: 'Возвращение {applicant.fullNameGenitive} нарушит статью 33 Конвенции о статусе беженцев 1951 года и статью 3 Конвенции против пыток. На основании статьи 35 Конвенции 1951 года и пункта 8 Устава УВКБ ООН просим срочно обратиться к властям Казахстана с целью предотвратить принудительное возвращение, добиваться доступа к {applicant.fullNameDative} и письменно изложить позицию УВКБ ООН для разбирательства.',
        },
        { kind: 'p', text: 'Клиент дал согласие на передачу этих сведений в УВКБ ООН (проверьте согласие в деле).' },
        {
          kind: 'sign',
          lines: [
            'С уважением,',
            'адвокат {lawyer.fullName}{#lawyer.licence} (лицензия {lawyer.licence}){/lawyer.licence}',
            '{office.name}',
          ],
        },
      ],
    },
  },
};
