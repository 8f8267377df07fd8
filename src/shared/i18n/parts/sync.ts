import { defineMessages } from '../defineMessages';

/** USB sync between the bureau's laptops: office key, devices, bundles, conflicts. */
export const syncMessages = defineMessages({
  en: {
    'error.OFFICE_NOT_SET':
      'This vault has no office sync key yet. Create one on the first computer, or join with the words from a colleague.',
    'error.OFFICE_ALREADY_SET': 'This vault already belongs to an office. Its sync key was not changed.',
    'error.OFFICE_KEY_INVALID': 'These words are not a valid office key. Check each word against the paper copy.',
    'error.BUNDLE_DAMAGED':
      'The bundle file is damaged, incomplete or was altered after it was made. Nothing was imported; ask for a new one.',
    'error.BUNDLE_WRONG_OFFICE':
      'This bundle was made for another office (a different sync key). Nothing was imported.',
    'error.BUNDLE_UNTRUSTED_DEVICE':
      'The bundle comes from a device this vault does not know yet (fingerprint {fingerprint}). Compare the fingerprint with the sender, then confirm it. Nothing was imported.',
    'error.BUNDLE_TOO_NEW':
      'The bundle was made by a newer version of Panoh (data version {version}; this program knows up to {supported}). Update Panoh. Nothing was imported.',
    'error.BUNDLE_TOO_LARGE': 'The bundle is too large to import. Nothing was imported.',
    'error.BUNDLE_INVALID': 'The bundle contains data that does not pass the checks. Nothing was imported.',
    'error.BUNDLE_FROM_SELF': 'This bundle was made on this computer; there is nothing to import.',
    'error.CLOCK_DRIFT':
      "The bundle's clock is far in the future. Check the date on the sending computer. Nothing was imported.",
  },
  ru: {
    'error.OFFICE_NOT_SET':
      'У этого хранилища ещё нет ключа синхронизации бюро. Создайте его на первом компьютере или присоединитесь по словам от коллеги.',
    'error.OFFICE_ALREADY_SET': 'Это хранилище уже принадлежит бюро. Ключ синхронизации не изменён.',
    'error.OFFICE_KEY_INVALID': 'Эти слова не являются ключом бюро. Сверьте каждое слово с бумажной копией.',
    'error.BUNDLE_DAMAGED':
      'Файл пакета повреждён, неполон или изменён после создания. Ничего не импортировано; попросите новый.',
    'error.BUNDLE_WRONG_OFFICE':
      'Этот пакет сделан для другого бюро (другой ключ синхронизации). Ничего не импортировано.',
    'error.BUNDLE_UNTRUSTED_DEVICE':
      'Пакет пришёл с устройства, которое это хранилище ещё не знает (отпечаток {fingerprint}). Сверьте отпечаток с отправителем и подтвердите его. Ничего не импортировано.',
    'error.BUNDLE_TOO_NEW':
      'Пакет сделан более новой версией Panoh (версия данных {version}; эта программа знает до {supported}). Обновите Panoh. Ничего не импортировано.',
    'error.BUNDLE_TOO_LARGE': 'Пакет слишком большой для импорта. Ничего не импортировано.',
    'error.BUNDLE_INVALID': 'В пакете есть данные, не прошедшие проверку. Ничего не импортировано.',
    'error.BUNDLE_FROM_SELF': 'Этот пакет сделан на этом компьютере: импортировать нечего.',
    'error.CLOCK_DRIFT':
      'Часы пакета сильно уходят в будущее. Проверьте дату на компьютере отправителя. Ничего не импортировано.',
  },
  kk: {
    'error.OFFICE_NOT_SET':
      'Бұл қоймада бюроның синхрондау кілті әлі жоқ. Оны бірінші компьютерде жасаңыз немесе әріптестен алған сөздермен қосылыңыз.',
    'error.OFFICE_ALREADY_SET': 'Бұл қойма бюроға тіркелген. Синхрондау кілті өзгертілмеді.',
    'error.OFFICE_KEY_INVALID': 'Бұл сөздер бюро кілті емес. Әр сөзді қағаздағы көшірмемен салыстырыңыз.',
    'error.BUNDLE_DAMAGED':
      'Пакет файлы зақымданған, толық емес немесе жасалғаннан кейін өзгертілген. Ештеңе импортталмады; жаңасын сұраңыз.',
    'error.BUNDLE_WRONG_OFFICE': 'Бұл пакет басқа бюроға арналған (басқа синхрондау кілті). Ештеңе импортталмады.',
    'error.BUNDLE_UNTRUSTED_DEVICE':
      'Пакет бұл қойма әлі танымайтын құрылғыдан келді (саусақ ізі {fingerprint}). Саусақ ізін жіберушімен салыстырып, растаңыз. Ештеңе импортталмады.',
    'error.BUNDLE_TOO_NEW':
      'Пакетті Panoh-тың жаңарақ нұсқасы жасаған (деректер нұсқасы {version}; бұл бағдарлама {supported} нұсқасына дейін біледі). Panoh-ты жаңартыңыз. Ештеңе импортталмады.',
    'error.BUNDLE_TOO_LARGE': 'Пакет импорттау үшін тым үлкен. Ештеңе импортталмады.',
    'error.BUNDLE_INVALID': 'Пакетте тексеруден өтпеген деректер бар. Ештеңе импортталмады.',
    'error.BUNDLE_FROM_SELF': 'Бұл пакет осы компьютерде жасалған: импорттайтын ештеңе жоқ.',
    'error.CLOCK_DRIFT':
      'Пакеттің сағаты болашаққа тым алыс кеткен. Жіберуші компьютердегі күнді тексеріңіз. Ештеңе импортталмады.',
  },
});
