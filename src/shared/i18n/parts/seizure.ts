import { defineMessages } from '../defineMessages';

/**
 * When the laptop is taken (issue 17): the emergency erase, wipe after failed unlocks and travel
 * mode, in Settings and on the unlock screen.
 */
export const seizureMessages = defineMessages({
  en: {
    'seizure.title': 'If the laptop is taken',
    'seizure.intro':
      'For a search, a border check or a stolen bag. Each of these removes data from this laptop; none removes anything from a colleague’s computer.',
    'seizure.backupFirst':
      'Make a backup first (Backup, above): these settings stay off until a verified backup exists.',
    'seizure.erase.title': 'Emergency erase',
    'seizure.erase.intro':
      'The shortcut {shortcut} erases the key file at once (its bytes are overwritten, then removed), closes the vault and shows the create screen. The vault file stays behind as unreadable noise: neither the passphrase nor the recovery key opens it any more. Only a backup with its key file brings the data back (that key file, with the passphrase or recovery key of its day, also opens the erased file, if the vault was not re-encrypted since).',
    'seizure.erase.shortcut': 'Shortcut',
    'seizure.erase.turnOn': 'Turn on the erase shortcut',
    'seizure.erase.turnOff': 'Turn off the erase shortcut',
    'seizure.erase.on': 'The erase shortcut is on: {shortcut}.',
    'seizure.erase.off': 'The erase shortcut is off.',
    'seizure.wipe.title': 'Erase after wrong passphrases',
    'seizure.wipe.intro':
      'After this many wrong passphrases or recovery keys in a row, the key file is erased as above. The count is kept in the key file, so restarting Panoh does not reset it. From 5 to 20.',
    'seizure.wipe.enabled': 'Erase the key file after wrong passphrases',
    'seizure.wipe.attempts': 'Attempts allowed',
    'seizure.wipe.save': 'Save the erase setting',
    'seizure.wipe.on': 'On: the key file is erased after {attempts} wrong attempts in a row.',
    'seizure.wipe.off': 'Off: wrong passphrases never erase anything.',
    'seizure.saved': 'Saved.',
    'seizure.travel.title': 'Travel mode',
    'seizure.travel.intro':
      'Before a trip, choose the applicants this laptop keeps. Panoh first writes a verified encrypted backup (save it to a USB stick that stays at the office), then removes everyone else from this laptop only. Sync pauses until travel ends. Back at the office, end travel mode from that backup or from a colleague’s full bundle: edits made on the trip are kept.',
    'seizure.travel.choose': 'Applicants to take on the trip',
    'seizure.travel.none': 'There are no applicants to choose.',
    'seizure.travel.start': 'Back up and start travel mode…',
    'seizure.travel.chooseOne': 'Choose at least one applicant.',
    'seizure.travel.started':
      'Travel mode is on. The backup {file} was written and checked; {removed} records were removed from this laptop.',
    'seizure.travel.active':
      'Travel mode since {date}: {kept} applicant(s) on this laptop, {removed} record(s) left at the office (backup {file}). Sync is paused.',
    'seizure.travel.endFromBackup': 'End travel mode from the backup…',
    'seizure.travel.endFromBundle': 'End travel mode from a colleague’s full bundle…',
    'seizure.travel.ended': 'Travel mode ended: {restored} change(s) restored. Sync again with colleagues.',
    'seizure.travel.banner': 'Travel mode: only the applicants chosen for the trip are on this laptop.',
    'unlock.attemptsLeft':
      'Attempts left before the key file is erased: {attempts}. After that the vault can only be restored from a backup.',
    'error.VAULT_ERASED':
      'The key file was erased. This vault can no longer be opened; restore it from a backup with its key file.',
    'error.BACKUP_REQUIRED':
      'Make a backup first (Settings → Backup). This setting can destroy the data on this laptop, so it stays off until a verified backup exists.',
    'error.TRAVEL_ACTIVE':
      'This laptop is in travel mode. Sync and re-encryption are paused until travel mode ends (Settings → If the laptop is taken).',
    'error.TRAVEL_NOT_ACTIVE': 'This laptop is not in travel mode. Nothing was changed.',
    'error.TRAVEL_SOURCE_INCOMPLETE':
      'This file does not hold everything this laptop held before the trip (another vault’s backup, an older one, or a bundle that is not full). Nothing was changed. Use the backup made when travel mode began, or a full bundle from a colleague.',
    'audit.action.erase': 'Emergency erase',
    'audit.action.seizure_settings': 'Seizure settings changed',
    'audit.action.travel_start': 'Travel mode started',
    'audit.action.travel_end': 'Travel mode ended',
  },
  ru: {
    'seizure.title': 'Если ноутбук изымут',
    'seizure.intro':
      'На случай обыска, проверки на границе или кражи сумки. Каждая из этих мер удаляет данные с этого ноутбука; ни одна не удаляет ничего на компьютерах коллег.',
    'seizure.backupFirst':
      'Сначала сделайте резервную копию (раздел «Резервная копия» выше): пока нет проверенной копии, эти настройки не включаются.',
    'seizure.erase.title': 'Экстренное уничтожение',
    'seizure.erase.intro':
      'Сочетание клавиш {shortcut} сразу уничтожает файл ключей (его байты перезаписываются, затем файл удаляется), закрывает хранилище и показывает экран создания. Файл хранилища остаётся нечитаемым шумом: ни парольная фраза, ни ключ восстановления его больше не открывают. Вернуть данные можно только из резервной копии с её файлом ключей (этот файл ключей с парольной фразой или ключом восстановления того дня открывает и уничтоженный файл, если хранилище с тех пор не перешифровывали).',
    'seizure.erase.shortcut': 'Сочетание клавиш',
    'seizure.erase.turnOn': 'Включить сочетание клавиш для уничтожения',
    'seizure.erase.turnOff': 'Выключить сочетание клавиш для уничтожения',
    'seizure.erase.on': 'Сочетание клавиш для уничтожения включено: {shortcut}.',
    'seizure.erase.off': 'Сочетание клавиш для уничтожения выключено.',
    'seizure.wipe.title': 'Уничтожение после неверных парольных фраз',
    'seizure.wipe.intro':
      'После стольких неверных парольных фраз или ключей восстановления подряд файл ключей уничтожается, как описано выше. Счётчик хранится в файле ключей, поэтому перезапуск Panoh его не сбрасывает. От 5 до 20.',
    'seizure.wipe.enabled': 'Уничтожать файл ключей после неверных парольных фраз',
    'seizure.wipe.attempts': 'Допустимо попыток',
    'seizure.wipe.save': 'Сохранить настройку уничтожения',
    'seizure.wipe.on': 'Включено: файл ключей уничтожается после {attempts} неверных попыток подряд.',
    'seizure.wipe.off': 'Выключено: неверные парольные фразы ничего не уничтожают.',
    'seizure.saved': 'Сохранено.',
    'seizure.travel.title': 'Режим поездки',
    'seizure.travel.intro':
      'Перед поездкой выберите заявителей, которые останутся на этом ноутбуке. Panoh сначала записывает проверенную зашифрованную резервную копию (сохраните её на USB-накопитель, который остаётся в бюро), затем удаляет всех остальных только с этого ноутбука. Синхронизация приостанавливается до конца поездки. Вернувшись в бюро, завершите режим поездки из этой копии или из полного пакета коллеги: правки, сделанные в поездке, сохраняются.',
    'seizure.travel.choose': 'Заявители, которых взять в поездку',
    'seizure.travel.none': 'Нет заявителей для выбора.',
    'seizure.travel.start': 'Сделать копию и включить режим поездки…',
    'seizure.travel.chooseOne': 'Выберите хотя бы одного заявителя.',
    'seizure.travel.started':
      'Режим поездки включён. Резервная копия {file} записана и проверена; с этого ноутбука удалено записей: {removed}.',
    'seizure.travel.active':
      'Режим поездки с {date}: заявителей на этом ноутбуке — {kept}, записей оставлено в бюро — {removed} (копия {file}). Синхронизация приостановлена.',
    'seizure.travel.endFromBackup': 'Завершить режим поездки из резервной копии…',
    'seizure.travel.endFromBundle': 'Завершить режим поездки из полного пакета коллеги…',
    'seizure.travel.ended':
      'Режим поездки завершён: восстановлено изменений — {restored}. Синхронизируйтесь с коллегами.',
    'seizure.travel.banner': 'Режим поездки: на этом ноутбуке только заявители, выбранные для поездки.',
    'unlock.attemptsLeft':
      'Осталось попыток до уничтожения файла ключей: {attempts}. После этого хранилище можно будет восстановить только из резервной копии.',
    'error.VAULT_ERASED':
      'Файл ключей уничтожен. Это хранилище больше нельзя открыть; восстановите его из резервной копии с её файлом ключей.',
    'error.BACKUP_REQUIRED':
      'Сначала сделайте резервную копию (Настройки → Резервная копия). Эта настройка может уничтожить данные на ноутбуке, поэтому она не включается, пока нет проверенной копии.',
    'error.TRAVEL_ACTIVE':
      'Ноутбук в режиме поездки. Синхронизация и перешифрование приостановлены до его завершения (Настройки → Если ноутбук изымут).',
    'error.TRAVEL_NOT_ACTIVE': 'Ноутбук не в режиме поездки. Ничего не изменено.',
    'error.TRAVEL_SOURCE_INCOMPLETE':
      'В этом файле нет всего, что было на ноутбуке до поездки (копия другого хранилища, более старая копия или неполный пакет). Ничего не изменено. Используйте копию, сделанную при включении режима поездки, или полный пакет коллеги.',
    'audit.action.erase': 'Экстренное уничтожение',
    'audit.action.seizure_settings': 'Изменены настройки на случай изъятия',
    'audit.action.travel_start': 'Включён режим поездки',
    'audit.action.travel_end': 'Режим поездки завершён',
  },
  kk: {
    'seizure.title': 'Ноутбук алынып қойылса',
    'seizure.intro':
      'Тінту, шекарадағы тексеру немесе сөмке ұрланған жағдайға. Бұл шаралардың әрқайсысы деректі осы ноутбуктан ғана жояды; әріптестердің компьютерлерінен ештеңе жойылмайды.',
    'seizure.backupFirst':
      'Алдымен сақтық көшірме жасаңыз (жоғарыдағы «Сақтық көшірме» бөлімі): тексерілген көшірме болмайынша бұл баптаулар қосылмайды.',
    'seizure.erase.title': 'Шұғыл жою',
    'seizure.erase.intro':
      '{shortcut} пернелер тіркесімі кілттер файлын бірден жояды (оның байттары қайта жазылып, содан кейін файл өшіріледі), қойманы жауып, құру экранын көрсетеді. Қойма файлы оқылмайтын шу болып қалады: оны енді құпия сөз тіркесі де, қалпына келтіру кілті де ашпайды. Деректі тек кілттер файлымен бірге сақталған сақтық көшірмеден қайтаруға болады (сол кілттер файлы сол күнгі құпия сөз тіркесімен немесе қалпына келтіру кілтімен жойылған файлды да ашады, егер қойма содан бері қайта шифрланбаса).',
    'seizure.erase.shortcut': 'Пернелер тіркесімі',
    'seizure.erase.turnOn': 'Жою пернелер тіркесімін қосу',
    'seizure.erase.turnOff': 'Жою пернелер тіркесімін өшіру',
    'seizure.erase.on': 'Жою пернелер тіркесімі қосулы: {shortcut}.',
    'seizure.erase.off': 'Жою пернелер тіркесімі өшірулі.',
    'seizure.wipe.title': 'Қате құпия сөз тіркестерінен кейін жою',
    'seizure.wipe.intro':
      'Қатарынан осынша қате құпия сөз тіркесі немесе қалпына келтіру кілті енгізілгеннен кейін кілттер файлы жоғарыда айтылғандай жойылады. Есептегіш кілттер файлында сақталады, сондықтан Panoh-ты қайта іске қосу оны нөлдемейді. 5-тен 20-ға дейін.',
    'seizure.wipe.enabled': 'Қате құпия сөз тіркестерінен кейін кілттер файлын жою',
    'seizure.wipe.attempts': 'Рұқсат етілген әрекеттер',
    'seizure.wipe.save': 'Жою баптауын сақтау',
    'seizure.wipe.on': 'Қосулы: қатарынан {attempts} қате әрекеттен кейін кілттер файлы жойылады.',
    'seizure.wipe.off': 'Өшірулі: қате құпия сөз тіркестері ештеңені жоймайды.',
    'seizure.saved': 'Сақталды.',
    'seizure.travel.title': 'Сапар режимі',
    'seizure.travel.intro':
      'Сапар алдында осы ноутбукта қалатын өтініш берушілерді таңдаңыз. Panoh алдымен тексерілген шифрланған сақтық көшірме жазады (оны бюрода қалатын USB-жинақтағышқа сақтаңыз), содан кейін қалғандарының бәрін тек осы ноутбуктан жояды. Синхрондау сапар аяқталғанша тоқтатылады. Бюроға оралғанда сапар режимін сол көшірмеден немесе әріптестің толық пакетінен аяқтаңыз: сапарда енгізілген түзетулер сақталады.',
    'seizure.travel.choose': 'Сапарға алынатын өтініш берушілер',
    'seizure.travel.none': 'Таңдайтын өтініш берушілер жоқ.',
    'seizure.travel.start': 'Көшірме жасап, сапар режимін қосу…',
    'seizure.travel.chooseOne': 'Кемінде бір өтініш берушіні таңдаңыз.',
    'seizure.travel.started':
      'Сапар режимі қосулы. {file} сақтық көшірмесі жазылып, тексерілді; осы ноутбуктан жойылған жазбалар: {removed}.',
    'seizure.travel.active':
      '{date} бастап сапар режимі: осы ноутбукта {kept} өтініш беруші, бюрода қалған жазбалар — {removed} (көшірме {file}). Синхрондау тоқтатылған.',
    'seizure.travel.endFromBackup': 'Сапар режимін сақтық көшірмеден аяқтау…',
    'seizure.travel.endFromBundle': 'Сапар режимін әріптестің толық пакетінен аяқтау…',
    'seizure.travel.ended':
      'Сапар режимі аяқталды: қалпына келтірілген өзгерістер — {restored}. Әріптестермен қайта синхрондаңыз.',
    'seizure.travel.banner': 'Сапар режимі: бұл ноутбукта тек сапарға таңдалған өтініш берушілер бар.',
    'unlock.attemptsLeft':
      'Кілттер файлы жойылғанға дейін қалған әрекеттер: {attempts}. Одан кейін қойманы тек сақтық көшірмеден қалпына келтіруге болады.',
    'error.VAULT_ERASED':
      'Кілттер файлы жойылды. Бұл қойманы енді ашу мүмкін емес; оны кілттер файлымен бірге сақтық көшірмеден қалпына келтіріңіз.',
    'error.BACKUP_REQUIRED':
      'Алдымен сақтық көшірме жасаңыз (Баптаулар → Сақтық көшірме). Бұл баптау ноутбуктағы деректі жоюы мүмкін, сондықтан тексерілген көшірме болмайынша қосылмайды.',
    'error.TRAVEL_ACTIVE':
      'Ноутбук сапар режимінде. Синхрондау мен қайта шифрлау сапар режимі аяқталғанша тоқтатылған (Баптаулар → Ноутбук алынып қойылса).',
    'error.TRAVEL_NOT_ACTIVE': 'Ноутбук сапар режимінде емес. Ештеңе өзгерген жоқ.',
    'error.TRAVEL_SOURCE_INCOMPLETE':
      'Бұл файлда ноутбукта сапарға дейін болғанның бәрі жоқ (басқа қойманың көшірмесі, ескі көшірме немесе толық емес пакет). Ештеңе өзгерген жоқ. Сапар режимі қосылғанда жасалған көшірмені немесе әріптестің толық пакетін пайдаланыңыз.',
    'audit.action.erase': 'Шұғыл жою',
    'audit.action.seizure_settings': 'Алынып қою жағдайына арналған баптаулар өзгертілді',
    'audit.action.travel_start': 'Сапар режимі қосылды',
    'audit.action.travel_end': 'Сапар режимі аяқталды',
  },
});
