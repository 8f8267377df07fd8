/**
 * The public legal sources the shipped templates rely on. `confirmed: false` marks what could not
 * be confirmed from public texts here: the templates say «проверьте» at that point instead of an
 * article number, and the lawyer's note lists it.
 */
export const CONVENTION_1951_ARTICLE_33 = {
  text: {
    en: 'Convention relating to the Status of Refugees (1951), article 33: prohibition of expulsion or return (refoulement); Kazakhstan is a party (with the 1967 Protocol)',
    ru: 'Конвенция о статусе беженцев 1951 года, статья 33: запрещение высылки или принудительного возвращения; Казахстан — участник (и Протокола 1967 года)',
    kk: 'Босқындардың мәртебесі туралы 1951 жылғы Конвенция, 33-бап: шығаруға немесе мәжбүрлеп қайтаруға тыйым салу; Қазақстан — қатысушы (1967 жылғы Хаттаманың да)',
  },
  confirmed: true,
};
export const CONVENTION_1951_ARTICLE_35 = {
  text: {
    en: 'Convention relating to the Status of Refugees (1951), article 35: co-operation of the national authorities with UNHCR',
    ru: 'Конвенция о статусе беженцев 1951 года, статья 35: сотрудничество государственных органов с УВКБ ООН',
    kk: 'Босқындардың мәртебесі туралы 1951 жылғы Конвенция, 35-бап: мемлекеттік органдардың БҰҰ БЖКБ-мен ынтымақтастығы',
  },
  confirmed: true,
};
export const CAT_ARTICLE_3 = {
  text: {
    en: 'Convention against Torture (1984), article 3: no expulsion, return or extradition to a State where there are substantial grounds for believing the person would be in danger of torture',
    ru: 'Конвенция против пыток 1984 года, статья 3: запрет высылки, возвращения или выдачи государству, где есть серьёзные основания полагать, что лицу угрожают пытки',
    kk: 'Азаптауларға қарсы 1984 жылғы Конвенция, 3-бап: адамға азаптау қаупі төнеді деп санауға елеулі негіздер бар мемлекетке шығаруға, қайтаруға немесе ұстап беруге тыйым салу',
  },
  confirmed: true,
};
export const CAT_ARTICLE_22 = {
  text: {
    en: "Convention against Torture (1984), article 22: individual communications to the Committee against Torture; Kazakhstan's declaration accepting it: date not confirmed here",
    ru: 'Конвенция против пыток 1984 года, статья 22: индивидуальные сообщения в Комитет против пыток; дата заявления Казахстана о признании компетенции здесь не подтверждена',
    kk: 'Азаптауларға қарсы 1984 жылғы Конвенция, 22-бап: Азаптауларға қарсы комитетке жеке хабарламалар; Қазақстанның құзыретті тану туралы мәлімдемесінің күні мұнда расталмаған',
  },
  confirmed: false,
};
export const CAT_RULE_114 = {
  text: {
    en: 'Committee against Torture, rules of procedure (CAT/C/3/Rev.6), rule 114: interim measures; rule number to be checked against the current rules',
    ru: 'Правила процедуры Комитета против пыток (CAT/C/3/Rev.6), правило 114: временные меры; номер правила сверьте с действующей редакцией',
    kk: 'Азаптауларға қарсы комитеттің рәсім ережелері (CAT/C/3/Rev.6), 114-ереже: уақытша шаралар; ереже нөмірін қолданыстағы редакциямен салыстырыңыз',
  },
  confirmed: false,
};
export const REFUGEE_LAW = {
  text: {
    en: 'Law of the Republic of Kazakhstan No. 216-IV "On Refugees" of 4 December 2009: the right to appeal a refusal and the protection of asylum seekers from return; article numbers not confirmed',
    ru: 'Закон Республики Казахстан от 4 декабря 2009 года № 216-IV «О беженцах»: право обжаловать отказ и защита лиц, ищущих убежище, от возвращения; номера статей не подтверждены',
    kk: '«Босқындар туралы» 2009 жылғы 4 желтоқсандағы № 216-IV Қазақстан Республикасының Заңы: бас тартуға шағымдану құқығы және пана іздеген адамдарды қайтарудан қорғау; баптардың нөмірлері расталмаған',
  },
  confirmed: false,
};
export const CRIMINAL_PROCEDURE_CODE_EXTRADITION = {
  text: {
    en: "Criminal Procedure Code of the Republic of Kazakhstan (2014), chapter on extradition: appeal against the prosecutor's decision to extradite; article number not confirmed (the office rules give 10 days from notification)",
    ru: 'Уголовно-процессуальный кодекс Республики Казахстан 2014 года, глава о выдаче: обжалование решения прокурора о выдаче; номер статьи не подтверждён (по правилам бюро — 10 дней с уведомления)',
    kk: '2014 жылғы Қазақстан Республикасының Қылмыстық-процестік кодексі, ұстап беру туралы тарау: прокурордың ұстап беру туралы шешіміне шағымдану; бап нөмірі расталмаған (бюро ережелері бойынша — хабарланған күннен бастап 10 күн)',
  },
  confirmed: false,
};
export const MINSK_CHISINAU_CONVENTIONS = {
  text: {
    en: 'CIS Conventions on legal assistance (Minsk, 1993; Chisinau, 2002): grounds for refusing extradition; article numbers, and whether Kazakhstan and the requesting State are both bound by the convention relied on, not confirmed',
    ru: 'Конвенции СНГ о правовой помощи (Минск, 1993; Кишинёв, 2002): основания для отказа в выдаче; номера статей и то, связаны ли применимой конвенцией и Казахстан, и запрашивающее государство, не подтверждены',
    kk: 'ТМД-ның құқықтық көмек туралы конвенциялары (Минск, 1993; Кишинёв, 2002): ұстап беруден бас тарту негіздері; баптардың нөмірлері және қолданылатын конвенция Қазақстанды да, сұрау салған мемлекетті де міндеттей ме — расталмаған',
  },
  confirmed: false,
};
export const CONSTITUTION_ACCESS = {
  text: {
    en: 'Constitution of the Republic of Kazakhstan, article 18(3): access to documents affecting one’s rights (its reach for foreigners to be checked); Law "On Access to Information" (2015)',
    ru: 'Конституция Республики Казахстан, пункт 3 статьи 18: доступ к документам, затрагивающим права лица (распространение на иностранцев проверьте); Закон «О доступе к информации» (2015)',
    kk: 'Қазақстан Республикасының Конституциясы, 18-баптың 3-тармағы: адамның құқықтарын қозғайтын құжаттармен танысу (шетелдіктерге қолданылуын тексеріңіз); «Ақпаратқа қол жеткізу туралы» Заң (2015)',
  },
  confirmed: false,
};
export const UNHCR_STATUTE = {
  text: {
    en: 'Statute of the Office of UNHCR (UN General Assembly resolution 428 (V), 1950), paragraph 8: UNHCR’s protection of refugees',
    ru: 'Устав Управления Верховного комиссара ООН по делам беженцев (резолюция Генеральной Ассамблеи ООН 428 (V), 1950), пункт 8: защита беженцев УВКБ ООН',
    kk: 'БҰҰ Босқындар ісі жөніндегі Жоғарғы комиссары Басқармасының Жарғысы (БҰҰ Бас Ассамблеясының 428 (V) қарары, 1950), 8-тармақ: БЖКБ-ның босқындарды қорғауы',
  },
  confirmed: true,
};
