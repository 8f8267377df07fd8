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
    'sync.intro':
      "The bureau's computers exchange changes in encrypted, signed bundle files carried on a USB stick. Each computer keeps working on its own; when a bundle is read, changes are merged field by field.",
    'sync.loading': 'Loading…',
    'sync.office.title': 'Office key',
    'sync.office.member':
      'This computer belongs to the office. Bundles can be exchanged only between computers that share the same office key.',
    'sync.office.none':
      "This computer does not belong to an office yet. All the bureau's computers share one office key: create it on the first computer, then enter its 24 words on each of the others.",
    'sync.office.createTitle': 'This is the first computer',
    'sync.office.createText':
      'Create the office key here only if no colleague has created one yet. Its 24 words are shown once: have a pen and paper ready.',
    'sync.office.createSubmit': 'Create the office key',
    'sync.office.joinTitle': 'Join with the words from a colleague',
    'sync.office.joinText':
      'Type the 24 words written down when the office key was created, in order, separated by spaces. Numbers and line breaks are ignored.',
    'sync.office.joinLabel': 'The 24 words of the office key',
    'sync.office.joinSubmit': 'Join the office',
    'sync.office.wordCount': 'The office key has 24 words; {count} entered.',
    'sync.office.joined': 'This computer has joined the office.',
    'sync.words.title': 'The office key: 24 words',
    'sync.words.intro':
      'Write these words on paper, in this order, and keep the paper in the office safe. They are shown only now: Panoh will not show them again. Anyone who has them can read the bundles, so do not photograph them, send them in a message or keep them on a computer.',
    'sync.words.label': 'Words of the office key, in order',
    'sync.words.confirm': 'I have copied the words',
    'sync.words.done': 'Done',
    'sync.words.leave': 'The office key words are on screen and will not be shown again. Leave this page anyway?',
    'sync.device.title': 'This computer',
    'sync.device.name': 'Name of this computer',
    'sync.device.nameHint':
      'Colleagues see this name in their lists and conflicts, and it is readable on bundle files: use a neutral name such as "Office laptop 2", never a client\'s name.',
    'sync.device.save': 'Save the name',
    'sync.device.saved': 'The name was saved.',
    'sync.device.fingerprint': 'Fingerprint of this computer',
    'sync.device.fingerprintHint':
      "When a colleague reads this computer's first bundle, Panoh asks them to confirm this fingerprint. Read it to each other group by group, in person or by phone, before confirming.",
    'sync.devices.title': 'Known computers',
    'sync.devices.none':
      'No other computer yet. A computer is added here when its first bundle is read, after its fingerprint has been compared.',
    'sync.devices.name': 'Name',
    'sync.devices.fingerprint': 'Fingerprint',
    'sync.devices.trustedAt': 'Trusted since',
    'sync.devices.lastImport': 'Last bundle read',
    'sync.devices.never': 'not yet',
    'sync.conflicts.title': 'Conflicts to decide',
    'sync.conflicts.intro':
      'A conflict arises when the same field was changed on two computers before they exchanged bundles. The newer change is kept for now; the other value is shown beside it. Your choice is written as a new change: it wins on every computer once bundles are exchanged.',
    'sync.conflicts.none': 'No conflicts to decide.',
    'sync.conflicts.count': 'To decide: {count}',
    'sync.conflicts.unknownPerson': 'Person not found in this vault',
    'sync.conflicts.where.applicants': 'Personal record',
    'sync.conflicts.where.events': 'Timeline event',
    'sync.conflicts.where.incidents': 'Harassment incident',
    'sync.conflicts.where.attachments': 'Attachment',
    'sync.conflicts.where.tasks': 'Task',
    'sync.conflicts.fieldLine': '{where}, field "{field}"',
    'sync.conflicts.deletedField': 'deleted or not',
    'sync.conflicts.deleted': 'Deleted',
    'sync.conflicts.notDeleted': 'Not deleted',
    'sync.conflicts.empty': '(empty)',
    'sync.conflicts.kept': 'Kept now',
    'sync.conflicts.other': 'Other value',
    'sync.conflicts.from': 'Changed on {device}, {at}',
    'sync.conflicts.keep': 'Keep this',
    'sync.conflicts.resolved':
      'Decided. The chosen value is written as a new change; it will win on every computer once bundles are exchanged.',
    'sync.bundles.title': 'Exchanging bundles',
    'sync.bundles.text':
      "In this version, bundle files are written to and read from a USB stick with the command line. Choosing a folder needs the desktop app's file dialog, which is not built yet, so there is no button for it here.",
    'sync.bundles.before':
      'Lock Panoh first. The passphrase is read from the PANOH_PASSPHRASE environment variable or from a file given with --passphrase-file, never from the command itself. VAULT is the path to the vault file ({file}).',
    'sync.bundles.export': 'Write a bundle of the changes since the last one to the stick:',
    'sync.bundles.import':
      "Read a colleague's bundle from the stick. The first time a computer is seen, add its fingerprint, after comparing it with the colleague:",
    'sync.bundles.safe':
      'Bundles are always encrypted and signed. A damaged, altered or foreign bundle is refused and the vault stays unchanged; reading the same bundle twice changes nothing.',
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
    'sync.intro':
      'Компьютеры бюро обмениваются изменениями через зашифрованные и подписанные файлы-пакеты, которые переносятся на USB-накопителе. Каждый компьютер работает самостоятельно; при чтении пакета изменения объединяются поле за полем.',
    'sync.loading': 'Загрузка…',
    'sync.office.title': 'Ключ бюро',
    'sync.office.member':
      'Этот компьютер входит в бюро. Обмениваться пакетами могут только компьютеры с одним и тем же ключом бюро.',
    'sync.office.none':
      'Этот компьютер ещё не входит в бюро. У всех компьютеров бюро один общий ключ: создайте его на первом компьютере, затем введите его 24 слова на каждом из остальных.',
    'sync.office.createTitle': 'Это первый компьютер',
    'sync.office.createText':
      'Создавайте ключ бюро здесь, только если его ещё не создал никто из коллег. Его 24 слова будут показаны один раз: приготовьте ручку и бумагу.',
    'sync.office.createSubmit': 'Создать ключ бюро',
    'sync.office.joinTitle': 'Присоединиться по словам от коллеги',
    'sync.office.joinText':
      'Введите по порядку 24 слова, записанные при создании ключа бюро, через пробел. Номера и переносы строк не учитываются.',
    'sync.office.joinLabel': '24 слова ключа бюро',
    'sync.office.joinSubmit': 'Присоединиться к бюро',
    'sync.office.wordCount': 'В ключе бюро 24 слова; введено: {count}.',
    'sync.office.joined': 'Этот компьютер присоединён к бюро.',
    'sync.words.title': 'Ключ бюро: 24 слова',
    'sync.words.intro':
      'Запишите эти слова на бумагу в этом порядке и храните её в сейфе бюро. Они показываются только сейчас: Panoh больше их не покажет. Тот, у кого они есть, может прочитать пакеты, поэтому не фотографируйте их, не пересылайте в сообщениях и не храните на компьютере.',
    'sync.words.label': 'Слова ключа бюро по порядку',
    'sync.words.confirm': 'Я переписал(а) слова',
    'sync.words.done': 'Готово',
    'sync.words.leave': 'Слова ключа бюро на экране, и больше они показаны не будут. Всё равно уйти со страницы?',
    'sync.device.title': 'Этот компьютер',
    'sync.device.name': 'Название этого компьютера',
    'sync.device.nameHint':
      'Коллеги видят это название в своих списках и конфликтах, и оно читается в файлах пакетов: выберите нейтральное название, например «Ноутбук бюро 2», и никогда не используйте имя клиента.',
    'sync.device.save': 'Сохранить название',
    'sync.device.saved': 'Название сохранено.',
    'sync.device.fingerprint': 'Отпечаток этого компьютера',
    'sync.device.fingerprintHint':
      'Когда коллега будет читать первый пакет с этого компьютера, Panoh попросит подтвердить этот отпечаток. Перед подтверждением зачитайте его друг другу по группам, лично или по телефону.',
    'sync.devices.title': 'Известные компьютеры',
    'sync.devices.none':
      'Других компьютеров пока нет. Компьютер появляется здесь, когда прочитан его первый пакет и сверен его отпечаток.',
    'sync.devices.name': 'Название',
    'sync.devices.fingerprint': 'Отпечаток',
    'sync.devices.trustedAt': 'Доверенный с',
    'sync.devices.lastImport': 'Последний прочитанный пакет',
    'sync.devices.never': 'ещё нет',
    'sync.conflicts.title': 'Конфликты, требующие решения',
    'sync.conflicts.intro':
      'Конфликт возникает, когда одно и то же поле изменили на двух компьютерах до обмена пакетами. Пока сохранено более позднее изменение; другое значение показано рядом. Ваш выбор записывается как новое изменение и после обмена пакетами действует на всех компьютерах.',
    'sync.conflicts.none': 'Конфликтов, требующих решения, нет.',
    'sync.conflicts.count': 'Требуют решения: {count}',
    'sync.conflicts.unknownPerson': 'Человек не найден в этом хранилище',
    'sync.conflicts.where.applicants': 'Личная карточка',
    'sync.conflicts.where.events': 'Событие хронологии',
    'sync.conflicts.where.incidents': 'Инцидент преследования',
    'sync.conflicts.where.attachments': 'Вложение',
    'sync.conflicts.where.tasks': 'Задача',
    'sync.conflicts.fieldLine': '{where}, поле «{field}»',
    'sync.conflicts.deletedField': 'удалено или нет',
    'sync.conflicts.deleted': 'Удалено',
    'sync.conflicts.notDeleted': 'Не удалено',
    'sync.conflicts.empty': '(пусто)',
    'sync.conflicts.kept': 'Сохранено сейчас',
    'sync.conflicts.other': 'Другое значение',
    'sync.conflicts.from': 'Изменено на компьютере «{device}», {at}',
    'sync.conflicts.keep': 'Оставить это',
    'sync.conflicts.resolved':
      'Решение принято. Выбранное значение записано как новое изменение и после обмена пакетами будет действовать на всех компьютерах.',
    'sync.bundles.title': 'Обмен пакетами',
    'sync.bundles.text':
      'В этой версии файлы пакетов записываются на USB-накопитель и читаются с него из командной строки. Для выбора папки нужен файловый диалог настольного приложения, который ещё не создан, поэтому кнопки для этого здесь нет.',
    'sync.bundles.before':
      'Сначала заблокируйте Panoh. Парольная фраза берётся из переменной окружения PANOH_PASSPHRASE или из файла, указанного в --passphrase-file, но никогда из самой команды. VAULT — путь к файлу хранилища ({file}).',
    'sync.bundles.export': 'Записать на накопитель пакет изменений, сделанных после предыдущего пакета:',
    'sync.bundles.import':
      'Прочитать пакет коллеги с накопителя. Когда компьютер встречается впервые, добавьте его отпечаток, предварительно сверив его с коллегой:',
    'sync.bundles.safe':
      'Пакеты всегда зашифрованы и подписаны. Повреждённый, изменённый или чужой пакет отклоняется, и хранилище остаётся без изменений; повторное чтение того же пакета ничего не меняет.',
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
    'sync.intro':
      'Бюро компьютерлері өзгерістермен USB-флешкада тасымалданатын шифрланған әрі қол қойылған пакет файлдары арқылы алмасады. Әр компьютер дербес жұмыс істейді; пакет оқылғанда өзгерістер өріс бойынша біріктіріледі.',
    'sync.loading': 'Жүктелуде…',
    'sync.office.title': 'Бюро кілті',
    'sync.office.member':
      'Бұл компьютер бюроға тіркелген. Пакеттермен тек бюро кілті бірдей компьютерлер ғана алмаса алады.',
    'sync.office.none':
      'Бұл компьютер әлі бюроға тіркелмеген. Бюроның барлық компьютерлерінде бір ортақ кілт болады: оны бірінші компьютерде жасаңыз, содан кейін оның 24 сөзін қалған компьютерлердің әрқайсысына енгізіңіз.',
    'sync.office.createTitle': 'Бұл бірінші компьютер',
    'sync.office.createText':
      'Бюро кілтін мұнда тек әріптестердің ешқайсысы оны әлі жасамаған болса ғана жасаңыз. Оның 24 сөзі бір рет көрсетіледі: қалам мен қағаз дайындап қойыңыз.',
    'sync.office.createSubmit': 'Бюро кілтін жасау',
    'sync.office.joinTitle': 'Әріптестен алған сөздермен қосылу',
    'sync.office.joinText':
      'Бюро кілті жасалған кезде жазып алынған 24 сөзді ретімен, бос орын арқылы енгізіңіз. Нөмірлер мен жол ауыстырулар ескерілмейді.',
    'sync.office.joinLabel': 'Бюро кілтінің 24 сөзі',
    'sync.office.joinSubmit': 'Бюроға қосылу',
    'sync.office.wordCount': 'Бюро кілтінде 24 сөз бар; енгізілгені: {count}.',
    'sync.office.joined': 'Бұл компьютер бюроға қосылды.',
    'sync.words.title': 'Бюро кілті: 24 сөз',
    'sync.words.intro':
      'Бұл сөздерді осы ретпен қағазға жазып, қағазды бюро сейфінде сақтаңыз. Олар тек қазір көрсетіледі: Panoh оларды қайта көрсетпейді. Сөздерді білетін адам пакеттерді оқи алады, сондықтан оларды суретке түсірмеңіз, хабарламамен жібермеңіз және компьютерде сақтамаңыз.',
    'sync.words.label': 'Бюро кілтінің сөздері, ретімен',
    'sync.words.confirm': 'Сөздерді көшіріп жазып алдым',
    'sync.words.done': 'Дайын',
    'sync.words.leave': 'Бюро кілтінің сөздері экранда тұр және қайта көрсетілмейді. Бәрібір беттен кетесіз бе?',
    'sync.device.title': 'Осы компьютер',
    'sync.device.name': 'Осы компьютердің атауы',
    'sync.device.nameHint':
      'Әріптестер бұл атауды өз тізімдері мен қайшылықтарында көреді, ол пакет файлдарында да оқылады: «Бюро ноутбугі 2» сияқты бейтарап атау таңдаңыз, ешқашан клиенттің есімін қолданбаңыз.',
    'sync.device.save': 'Атауды сақтау',
    'sync.device.saved': 'Атау сақталды.',
    'sync.device.fingerprint': 'Осы компьютердің саусақ ізі',
    'sync.device.fingerprintHint':
      'Әріптес осы компьютерден келген алғашқы пакетті оқығанда, Panoh одан осы саусақ ізін растауды сұрайды. Растамас бұрын оны бір-біріңізге топ-тобымен, жеке кездесіп немесе телефон арқылы оқып беріңіз.',
    'sync.devices.title': 'Белгілі компьютерлер',
    'sync.devices.none':
      'Басқа компьютерлер әлі жоқ. Компьютер мұнда оның алғашқы пакеті оқылып, саусақ ізі салыстырылғаннан кейін пайда болады.',
    'sync.devices.name': 'Атауы',
    'sync.devices.fingerprint': 'Саусақ ізі',
    'sync.devices.trustedAt': 'Сенім білдірілген күн',
    'sync.devices.lastImport': 'Соңғы оқылған пакет',
    'sync.devices.never': 'әлі жоқ',
    'sync.conflicts.title': 'Шешімді қажет ететін қайшылықтар',
    'sync.conflicts.intro':
      'Қайшылық бір өріс екі компьютерде пакет алмасқанға дейін өзгертілгенде туындайды. Әзірге кейінгі өзгеріс сақталған; екінші мән қасында көрсетілген. Сіздің таңдауыңыз жаңа өзгеріс ретінде жазылады және пакет алмасқаннан кейін барлық компьютерде күшіне енеді.',
    'sync.conflicts.none': 'Шешімді қажет ететін қайшылықтар жоқ.',
    'sync.conflicts.count': 'Шешу керек: {count}',
    'sync.conflicts.unknownPerson': 'Адам бұл қоймада табылмады',
    'sync.conflicts.where.applicants': 'Жеке карточка',
    'sync.conflicts.where.events': 'Хронология оқиғасы',
    'sync.conflicts.where.incidents': 'Қудалау оқиғасы',
    'sync.conflicts.where.attachments': 'Тіркеме',
    'sync.conflicts.where.tasks': 'Тапсырма',
    'sync.conflicts.fieldLine': '{where}, «{field}» өрісі',
    'sync.conflicts.deletedField': 'жойылған ба, жоқ па',
    'sync.conflicts.deleted': 'Жойылған',
    'sync.conflicts.notDeleted': 'Жойылмаған',
    'sync.conflicts.empty': '(бос)',
    'sync.conflicts.kept': 'Қазір сақталған',
    'sync.conflicts.other': 'Басқа мән',
    'sync.conflicts.from': '«{device}» компьютерінде өзгертілген, {at}',
    'sync.conflicts.keep': 'Осыны қалдыру',
    'sync.conflicts.resolved':
      'Шешім қабылданды. Таңдалған мән жаңа өзгеріс ретінде жазылды және пакет алмасқаннан кейін барлық компьютерде күшіне енеді.',
    'sync.bundles.title': 'Пакеттермен алмасу',
    'sync.bundles.text':
      'Бұл нұсқада пакет файлдары USB-флешкаға командалық жол арқылы жазылып, одан оқылады. Қалта таңдау үшін жұмыс үстелі қолданбасының файл диалогы керек, ол әлі жасалмаған, сондықтан мұнда бұған арналған түйме жоқ.',
    'sync.bundles.before':
      'Алдымен Panoh-ты құлыптаңыз. Құпия сөз тіркесі PANOH_PASSPHRASE орта айнымалысынан немесе --passphrase-file арқылы көрсетілген файлдан алынады, ешқашан команданың өзінен алынбайды. VAULT — қойма файлының жолы ({file}).',
    'sync.bundles.export': 'Алдыңғы пакеттен кейінгі өзгерістер пакетін флешкаға жазу:',
    'sync.bundles.import':
      'Әріптестің пакетін флешкадан оқу. Компьютер алғаш кездескенде, оның саусақ ізін әріптеспен салыстырып барып қосыңыз:',
    'sync.bundles.safe':
      'Пакеттер әрдайым шифрланған және қол қойылған. Зақымданған, өзгертілген немесе бөгде пакет қабылданбайды, қойма өзгеріссіз қалады; бір пакетті қайта оқу ештеңені өзгертпейді.',
  },
});
