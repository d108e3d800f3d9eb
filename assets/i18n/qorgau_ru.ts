<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AnswerText</name>
    <message>
        <source>(no answer)</source>
        <translation>(нет ответа)</translation>
    </message>
    <message>
        <source>(nothing chosen)</source>
        <translation>(ничего не выбрано)</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Верно</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Неверно</translation>
    </message>
</context>
<context>
    <name>AnswerWidgets</name>
    <message>
        <source>Victim safety</source>
        <translation>Безопасность потерпевшей</translation>
    </message>
    <message>
        <source>Legality</source>
        <translation>Законность</translation>
    </message>
    <message>
        <source>Victim-centred practice</source>
        <translation>Подход, ориентированный на потерпевшего</translation>
    </message>
    <message>
        <source>Gender sensitivity</source>
        <translation>Гендерная чувствительность</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Конфиденциальность</translation>
    </message>
    <message>
        <source>Access to justice</source>
        <translation>Доступ к правосудию</translation>
    </message>
    <message>
        <source>Inter-agency work</source>
        <translation>Межведомственное взаимодействие</translation>
    </message>
    <message>
        <source>Good outcome</source>
        <translation>Хороший исход</translation>
    </message>
    <message>
        <source>Mixed outcome</source>
        <translation>Неоднозначный исход</translation>
    </message>
    <message>
        <source>Poor outcome</source>
        <translation>Плохой исход</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Варианты</translation>
    </message>
    <message>
        <source>Options, choose all that apply</source>
        <translation>Варианты, выберите все подходящие</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Верно</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Неверно</translation>
    </message>
    <message>
        <source>Items in your order</source>
        <translation>Элементы в вашем порядке</translation>
    </message>
    <message>
        <source>Select an item and press Alt+Up or Alt+Down to move it, or drag it.</source>
        <translation>Выберите элемент и нажмите Alt+↑ или Alt+↓, чтобы переместить его, или перетащите его мышью.</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>{0}, position {1} of {2}</source>
        <translation>{0}, позиция {1} из {2}</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выберите…</translation>
    </message>
    <message>
        <source>Choose the match for this item</source>
        <translation>Выберите соответствие для этого элемента</translation>
    </message>
    <message>
        <source>Your answer:</source>
        <translation>Ваш ответ:</translation>
    </message>
    <message>
        <source>for example 24, 2.5 or 60 852</source>
        <translation>например, 24, 2,5 или 60 852</translation>
    </message>
    <message>
        <source>Your answer in {0}</source>
        <translation>Ваш ответ ({0})</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Ваш ответ</translation>
    </message>
    <message>
        <source>Enter a number, for example 24 or 2.5.</source>
        <translation>Введите число, например 24 или 2,5.</translation>
    </message>
    <message>
        <source>The end</source>
        <translation>Конец</translation>
    </message>
    <message>
        <source>Ending: {0}</source>
        <translation>Исход: {0}</translation>
    </message>
    <message>
        <source>Your choices:</source>
        <translation>Ваши решения:</translation>
    </message>
    <message>
        <source>Step {0}</source>
        <translation>Шаг {0}</translation>
    </message>
    <message>
        <source>The story so far:</source>
        <translation>История до этого момента:</translation>
    </message>
    <message>
        <source>What do you do?</source>
        <translation>Что вы сделаете?</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Выбрать</translation>
    </message>
    <message>
        <source>You chose: {0}</source>
        <translation>Ваш выбор: {0}</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Debrief:</source>
        <translation>Разбор:</translation>
    </message>
    <message>
        <source>You took the best path.</source>
        <translation>Вы выбрали лучший путь.</translation>
    </message>
    <message>
        <source>Your path scores as well as the best path.</source>
        <translation>Ваш путь оценён так же высоко, как лучший.</translation>
    </message>
    <message>
        <source>The scenario was not finished.</source>
        <translation>Сценарий не завершён.</translation>
    </message>
    <message>
        <source>Your path</source>
        <translation>Ваш путь</translation>
    </message>
    <message>
        <source>Best path</source>
        <translation>Лучший путь</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign a module</source>
        <translation>Назначить модуль</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Модуль</translation>
    </message>
    <message>
        <source>Due day</source>
        <translation>Срок выполнения</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Модуль:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Срок:</translation>
    </message>
</context>
<context>
    <name>AssignedBlock</name>
    <message>
        <source>Assigned by your trainer</source>
        <translation>Назначено вашим тренером</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Модуль</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>due {0}</source>
        <translation>срок: {0}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Просрочено на %n день</numerusform>
            <numerusform>Просрочено на %n дня</numerusform>
            <numerusform>Просрочено на %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Срок сегодня</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Срок через %n день</numerusform>
            <numerusform>Срок через %n дня</numerusform>
            <numerusform>Срок через %n дней</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttitudeForm</name>
    <message>
        <source>Your views</source>
        <translation>Ваше мнение</translation>
    </message>
    <message>
        <source>How much do you agree with each statement? There are no right or wrong answers, and you may skip any statement. Your trainer sees only the group&apos;s figures.</source>
        <translation>Насколько вы согласны с каждым утверждением? Правильных и неправильных ответов нет, любое утверждение можно пропустить. Тренер видит только показатели группы.</translation>
    </message>
    <message>
        <source>Strongly disagree</source>
        <translation>Совершенно не согласен(на)</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>Не согласен(на)</translation>
    </message>
    <message>
        <source>Neither agree nor disagree</source>
        <translation>Ни да, ни нет</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Согласен(на)</translation>
    </message>
    <message>
        <source>Strongly agree</source>
        <translation>Полностью согласен(на)</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← Наза&amp;д</translation>
    </message>
    <message>
        <source>S&amp;kip this statement</source>
        <translation>Пр&amp;опустить утверждение</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Далее</translation>
    </message>
    <message>
        <source>Statement {0} of {1}</source>
        <translation>Утверждение {0} из {1}</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Завершить</translation>
    </message>
</context>
<context>
    <name>Bootstrap</name>
    <message>
        <source>Cannot create the data folder {0}: {1}</source>
        <translation>Не удалось создать папку данных {0}: {1}</translation>
    </message>
    <message>
        <source>Qorgau cannot start: the disk that holds the data folder {0} is full. Free some space, then start Qorgau again.</source>
        <translation>Qorgau не может запуститься: диск, на котором находится папка данных {0}, заполнен. Освободите место и запустите Qorgau снова.</translation>
    </message>
    <message>
        <source>Qorgau cannot write to the data folder {0}. Ask IT staff to make it writable.</source>
        <translation>Qorgau не может записывать в папку данных {0}. Попросите ИТ-специалистов открыть её для записи.</translation>
    </message>
    <message>
        <source>Qorgau is already open with the data folder {0}. Switch to the open window, or close it first.</source>
        <translation>Qorgau уже открыт с папкой данных {0}. Перейдите в открытое окно или сначала закройте его.</translation>
    </message>
    <message>
        <source>Qorgau found damage in your progress database ({0}). To keep your answers safe, nothing more is saved to it. Close Qorgau and start it again: it will restore the newest automatic backup.</source>
        <translation>Qorgau обнаружил повреждение вашей базы данных с результатами ({0}). Чтобы сохранить ваши ответы в целости, в неё больше ничего не записывается. Закройте Qorgau и запустите его снова: он восстановит самую свежую автоматическую резервную копию.</translation>
    </message>
    <message>
        <source>Your progress database</source>
        <translation>Ваша база данных с результатами</translation>
    </message>
</context>
<context>
    <name>Certificate</name>
    <message>
        <source>Certificate of completion</source>
        <translation>Сертификат о прохождении обучения</translation>
    </message>
    <message>
        <source>{0}%</source>
        <translation>{0}%</translation>
    </message>
    <message>
        <source>Completed the full curriculum for their role:</source>
        <translation>Пройдена полная программа обучения по роли:</translation>
    </message>
    <message>
        <source>Completed the module:</source>
        <translation>Пройден модуль:</translation>
    </message>
    <message>
        <source>version {0}</source>
        <translation>версия {0}</translation>
    </message>
    <message>
        <source>law as of {0}</source>
        <translation>право на {0}</translation>
    </message>
    <message>
        <source>Awarded to</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Код проверки</translation>
    </message>
    <message>
        <source>Signed credential (Open Badges 3.0). To check this certificate on any computer, offline: scan the QR code or type the text below into qorgau verify-certificate.</source>
        <translation>Подписанные данные (Open Badges 3.0). Чтобы проверить сертификат на любом компьютере без интернета, отсканируйте QR-код или введите текст ниже в qorgau verify-certificate.</translation>
    </message>
    <message>
        <source>Verify with: {0}</source>
        <translation>Проверка командой: {0}</translation>
    </message>
    <message>
        <source>Training content based on {0}, used under CC BY 4.0.</source>
        <translation>Учебные материалы основаны на публикации {0} (лицензия CC BY 4.0).</translation>
    </message>
</context>
<context>
    <name>Certificates</name>
    <message>
        <source>To receive the track certificate, first pass: {0}</source>
        <translation>Чтобы получить итоговый сертификат, сначала сдайте: {0}</translation>
    </message>
    <message>
        <source>A certificate is issued once the module&apos;s quiz is passed.</source>
        <translation>Сертификат выдаётся после сдачи теста по модулю.</translation>
    </message>
    <message>
        <source>Save certificate</source>
        <translation>Сохранить сертификат</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The certificate could not be saved to {0}: {1}</source>
        <translation>Не удалось сохранить сертификат в {0}: {1}</translation>
    </message>
    <message>
        <source>Certificate saved to {0}.
Verification code: {1}</source>
        <translation>Сертификат сохранён в {0}.
Код проверки: {1}</translation>
    </message>
    <message>
        <source>Verify a certificate PDF</source>
        <translation>Проверить сертификат в PDF</translation>
    </message>
    <message>
        <source>Your name as a trainer. It is shown with your endorsements wherever they are verified:</source>
        <translation>Ваше имя как тренера. Оно показывается вместе с вашими заверениями везде, где их проверяют:</translation>
    </message>
    <message>
        <source>Endorsed by you</source>
        <translation>Заверен вами</translation>
    </message>
    <message>
        <source>Ready to endorse</source>
        <translation>Можно заверить</translation>
    </message>
    <message>
        <source>Not signed (issued by an older version)</source>
        <translation>Не подписан (выдан старой версией)</translation>
    </message>
    <message>
        <source>Signed credential not valid</source>
        <translation>Подписанные данные недействительны</translation>
    </message>
    <message>
        <source>An attempt it cites is not in this database</source>
        <translation>Указанной в нём попытки нет в этой базе</translation>
    </message>
    <message>
        <source>An attempt it cites is another learner&apos;s or module&apos;s</source>
        <translation>Указанная в нём попытка относится к другому слушателю или модулю</translation>
    </message>
    <message>
        <source>An attempt it cites is not passed</source>
        <translation>Указанная в нём попытка не сдана</translation>
    </message>
    <message>
        <source>Its score does not match the attempts</source>
        <translation>Его балл не совпадает с попытками</translation>
    </message>
</context>
<context>
    <name>CertificatesTab</name>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Проверить</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Результат проверки</translation>
    </message>
    <message>
        <source>“{0}” is not a Qorgau certificate code: a code has 12 letters and digits, like ABCD-EFGH-JKLM.</source>
        <translation>«{0}» — не код сертификата Qorgau: код состоит из 12 букв и цифр, например ABCD-EFGH-JKLM.</translation>
    </message>
    <message>
        <source>No valid certificate has the code {0} on this computer.</source>
        <translation>На этом компьютере нет действительного сертификата с кодом {0}.</translation>
    </message>
    <message>
        <source>the full curriculum for the role</source>
        <translation>полной программы обучения по роли</translation>
    </message>
    <message>
        <source>a module</source>
        <translation>модуля</translation>
    </message>
    <message>
        <source>version</source>
        <translation>версия</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Выдан</translation>
    </message>
    <message>
        <source>Certificate {0} is valid.</source>
        <translation>Сертификат {0} действителен.</translation>
    </message>
    <message>
        <source>Enter the verification code printed on a certificate, paste its signed text (or the text of its QR code), or open its PDF. A code is looked up on this computer; the signed text and the PDF verify on any computer that trusts the key that signed them.</source>
        <translation>Введите код проверки, напечатанный на сертификате, вставьте его подписанный текст (или текст его QR-кода) или откройте его PDF. Код ищется на этом компьютере; подписанный текст и PDF проверяются на любом компьютере, который доверяет подписавшему их ключу.</translation>
    </message>
    <message>
        <source>Co&amp;de or text:</source>
        <translation>&amp;Код или текст:</translation>
    </message>
    <message>
        <source>Certificate code or signed text</source>
        <translation>Код сертификата или подписанный текст</translation>
    </message>
    <message>
        <source>Open &amp;PDF…</source>
        <translation>Открыть &amp;PDF…</translation>
    </message>
    <message>
        <source>Certificates in this database, to endorse:</source>
        <translation>Сертификаты в этой базе для заверения:</translation>
    </message>
    <message>
        <source>Certificates to endorse</source>
        <translation>Сертификаты для заверения</translation>
    </message>
    <message>
        <source>&amp;Endorse</source>
        <translation>За&amp;верить</translation>
    </message>
    <message>
        <source>Endorse all read&amp;y</source>
        <translation>Заверить вс&amp;е готовые</translation>
    </message>
    <message>
        <source>Endorsed {0} certificate(s) as {1}.</source>
        <translation>Заверено сертификатов: {0}, от имени {1}.</translation>
    </message>
    <message>
        <source>Check the code. A certificate issued on another computer verifies from its signed text or its PDF; one whose record was changed after issue no longer verifies.</source>
        <translation>Проверьте код. Сертификат, выданный на другом компьютере, проверяется по его подписанному тексту или PDF; сертификат, запись о котором изменили после выдачи, больше не проходит проверку.</translation>
    </message>
    <message>
        <source>It has no signed credential.</source>
        <translation>У него нет подписанных данных.</translation>
    </message>
    <message>
        <source>Not valid: this is not a genuine Qorgau certificate, or it was changed.</source>
        <translation>Недействителен: это не подлинный сертификат Qorgau, или он был изменён.</translation>
    </message>
    <message>
        <source>Details: {0}</source>
        <translation>Подробности: {0}</translation>
    </message>
    <message>
        <source>Unknown issuer: the signatures are intact, but no key trusted here signed it.</source>
        <translation>Неизвестный выдавший: подписи целы, но ни один доверенный здесь ключ его не подписывал.</translation>
    </message>
    <message>
        <source>It claims, and no one trusted here vouches:</source>
        <translation>В нём утверждается (и никто из доверенных здесь этого не подтверждает):</translation>
    </message>
    <message>
        <source>To trust the issuer, import its trust file (Trainer → Trusted keys…) after checking its fingerprint.</source>
        <translation>Чтобы доверять выдавшему, импортируйте его файл доверия (Тренер → Доверенные ключи…), сверив отпечаток ключа.</translation>
    </message>
    <message>
        <source>Not valid: the key of the device that issued this certificate ({0}) was revoked here on {1}, before the date the certificate bears.</source>
        <translation>Недействителен: ключ устройства, выдавшего этот сертификат ({0}), отозван здесь {1}, раньше даты, указанной в сертификате.</translation>
    </message>
    <message>
        <source>Not confirmed: the key of the device that issued this certificate ({0}) was revoked here on {1}. The certificate is dated earlier, but whoever holds that key can write any date, and no trusted trainer whose key is not revoked endorsed it.</source>
        <translation>Не подтверждён: ключ устройства, выдавшего этот сертификат ({0}), отозван здесь {1}. Сертификат датирован раньше, но владелец этого ключа может поставить любую дату, а ни один доверенный тренер с неотозванным ключом его не заверил.</translation>
    </message>
    <message>
        <source>Reason given: {0}</source>
        <translation>Указанная причина: {0}</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>этот компьютер</translation>
    </message>
    <message>
        <source>Issued by device {0} ({1})</source>
        <translation>Выдан устройством {0} ({1})</translation>
    </message>
    <message>
        <source>Issued by device {0}, not trusted here</source>
        <translation>Выдан устройством {0}, которому здесь не доверяют</translation>
    </message>
    <message>
        <source>endorsed by trainer {0} ({1})</source>
        <translation>заверен тренером {0} ({1})</translation>
    </message>
    <message>
        <source>endorsed by {0} ({1}), not trusted here</source>
        <translation>заверен: {0} ({1}), здесь не доверяют</translation>
    </message>
    <message>
        <source>It certifies that this learner completed {0}:</source>
        <translation>Подтверждает прохождение слушателем {0}:</translation>
    </message>
</context>
<context>
    <name>CohortDialog</name>
    <message>
        <source>Edit cohort</source>
        <translation>Изменить группу</translation>
    </message>
    <message>
        <source>New cohort</source>
        <translation>Новая группа</translation>
    </message>
    <message>
        <source>Cohort name</source>
        <translation>Название группы</translation>
    </message>
    <message>
        <source>For example: A. Nurlanova, B. Seitkali</source>
        <translation>Например: А. Нурланова, Б. Сейткали</translation>
    </message>
    <message>
        <source>Trainers</source>
        <translation>Тренеры</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Первый день</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <source>&amp;Trainers:</source>
        <translation>&amp;Тренеры:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Первый день:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>Последний &amp;день:</translation>
    </message>
    <message>
        <source>Give the cohort a name.</source>
        <translation>Укажите название группы.</translation>
    </message>
    <message>
        <source>The name is too long.</source>
        <translation>Название слишком длинное.</translation>
    </message>
    <message>
        <source>The list of trainers is too long.</source>
        <translation>Список тренеров слишком длинный.</translation>
    </message>
    <message>
        <source>The last day comes before the first day.</source>
        <translation>Последний день раньше первого.</translation>
    </message>
    <message>
        <source>This cohort came from a trainer&apos;s cohort file and cannot be changed here.</source>
        <translation>Эта группа получена из файла группы тренера, и здесь её изменить нельзя.</translation>
    </message>
    <message>
        <source>That module is not installed here.</source>
        <translation>Этот модуль здесь не установлен.</translation>
    </message>
</context>
<context>
    <name>CohortImport</name>
    <message>
        <source>Import assignments</source>
        <translation>Импорт заданий</translation>
    </message>
    <message>
        <source>Qorgau cohort files (*{0})</source>
        <translation>Файлы групп Qorgau (*{0})</translation>
    </message>
    <message>
        <source>Trust this trainer?</source>
        <translation>Доверять этому тренеру?</translation>
    </message>
    <message>
        <source>“{0}” is signed by a trainer key this computer does not know yet.

Cohort: {1}
Trainers: {2}
Key fingerprint: {3}

Ask your trainer to read out their fingerprint. Trust the key and import the assignments only if the two are the same.</source>
        <translation>«{0}» подписан ключом тренера, который этому компьютеру ещё не известен.

Группа: {1}
Тренеры: {2}
Отпечаток ключа: {3}

Попросите тренера зачитать свой отпечаток. Доверяйте ключу и импортируйте задания, только если они совпадают.</translation>
    </message>
    <message>
        <source>This cohort file was refused.

{0}</source>
        <translation>Этот файл группы отклонён.

{0}</translation>
    </message>
    <message>
        <source>The key was not trusted. Nothing was imported.</source>
        <translation>Ключу не доверились. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>Imported the cohort “{0}” with {1} assigned module(s).</source>
        <translation>Импортирована группа «{0}», назначенных модулей: {1}.</translation>
    </message>
    <message>
        <source>Updated the cohort “{0}”: it now has {1} assigned module(s).</source>
        <translation>Группа «{0}» обновлена: теперь назначенных модулей — {1}.</translation>
    </message>
    <message>
        <source>The cohort “{0}” was already imported; its {1} assigned module(s) are unchanged.</source>
        <translation>Группа «{0}» уже была импортирована; назначенные модули ({1}) не изменились.</translation>
    </message>
    <message>
        <source>{0} is now a member of this cohort.</source>
        <translation>{0} теперь участник этой группы.</translation>
    </message>
    <message>
        <source>Tests added: {0}.</source>
        <translation>Добавлены тесты: {0}.</translation>
    </message>
    <message>
        <source>This computer already had a different {0}; it keeps its own. Ask your trainer.</source>
        <translation>На этом компьютере уже есть другой {0}; остаётся прежний. Обратитесь к тренеру.</translation>
    </message>
    <message>
        <source>These modules are not installed on this computer, so they cannot be taken here yet: {0}. Ask your trainer for the content update.</source>
        <translation>Эти модули не установлены на этом компьютере, поэтому пройти их здесь пока нельзя: {0}. Попросите у тренера обновление учебных материалов.</translation>
    </message>
    <message>
        <source>pre-test</source>
        <translation>входной тест</translation>
    </message>
    <message>
        <source>post-test</source>
        <translation>итоговый тест</translation>
    </message>
</context>
<context>
    <name>CohortsTab</name>
    <message>
        <source>Cohorts</source>
        <translation>Группы</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>&amp;New cohort…</source>
        <translation>&amp;Новая группа…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Assigned modules</source>
        <translation>Назначенные модули</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Модуль</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Сдано</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Assi&amp;gn module…</source>
        <translation>Назначить &amp;модуль…</translation>
    </message>
    <message>
        <source>&amp;Unassign</source>
        <translation>Сн&amp;ять назначение</translation>
    </message>
    <message>
        <source>Members and their standing</source>
        <translation>Участники и их положение</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Слушатель</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Положение</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Последняя активность</translation>
    </message>
    <message>
        <source>&amp;Add members…</source>
        <translation>&amp;Добавить участников…</translation>
    </message>
    <message>
        <source>Re&amp;move from cohort</source>
        <translation>Иск&amp;лючить из группы</translation>
    </message>
    <message>
        <source>At ris&amp;k after:</source>
        <translation>Рис&amp;к после:</translation>
    </message>
    <message>
        <source>Days without activity before a member is at risk</source>
        <translation>Дней без активности, после которых участник в зоне риска</translation>
    </message>
    <message>
        <source>days without activity</source>
        <translation>дн. без активности</translation>
    </message>
    <message>
        <source>E&amp;xport for laptops…</source>
        <translation>&amp;Экспорт для ноутбуков…</translation>
    </message>
    <message>
        <source>A signed cohort file that learners&apos; laptops import (Profile menu)</source>
        <translation>Подписанный файл группы, который импортируют ноутбуки слушателей (меню «Профиль»)</translation>
    </message>
    <message>
        <source>Session re&amp;port (PDF)…</source>
        <translation>Отчёт о &amp;занятии (PDF)…</translation>
    </message>
    <message>
        <source>Export s&amp;heet…</source>
        <translation>&amp;Таблица группы…</translation>
    </message>
    <message>
        <source>Members, assigned modules and standing as CSV or Excel</source>
        <translation>Участники, назначенные модули и положение в CSV или Excel</translation>
    </message>
    <message>
        <source>All done</source>
        <translation>Всё выполнено</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>По графику</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>В зоне риска</translation>
    </message>
    <message>
        <source>(imported)</source>
        <translation>(импортирована)</translation>
    </message>
    <message>
        <source>No cohort yet: make one with New cohort.</source>
        <translation>Групп пока нет: создайте группу кнопкой «Новая группа».</translation>
    </message>
    <message>
        <source>Trainers: {0}. Dates: {1} – {2}.</source>
        <translation>Тренеры: {0}. Даты: {1} – {2}.</translation>
    </message>
    <message>
        <source>Imported from a trainer&apos;s cohort file: the trainer changes it, not this computer.</source>
        <translation>Импортирована из файла группы тренера: изменяет её тренер, а не этот компьютер.</translation>
    </message>
    <message>
        <source>Overdue: {0}</source>
        <translation>Просрочено: {0}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Delete cohort</source>
        <translation>Удалить группу</translation>
    </message>
    <message>
        <source>Delete the cohort “{0}” with its member list and assigned modules? Learners and their progress stay as they are.</source>
        <translation>Удалить группу «{0}» вместе со списком участников и назначенными модулями? Слушатели и их результаты останутся без изменений.</translation>
    </message>
    <message>
        <source>Remove from cohort</source>
        <translation>Исключить из группы</translation>
    </message>
    <message>
        <source>Remove {0} from this cohort? Their profiles and progress stay as they are.</source>
        <translation>Исключить {0} из этой группы? Их профили и результаты останутся без изменений.</translation>
    </message>
    <message>
        <source>Export for laptops</source>
        <translation>Экспорт для ноутбуков</translation>
    </message>
    <message>
        <source>Qorgau cohort files (*{0})</source>
        <translation>Файлы групп Qorgau (*{0})</translation>
    </message>
    <message>
        <source>The cohort file could not be saved: {0}</source>
        <translation>Не удалось сохранить файл группы: {0}</translation>
    </message>
    <message>
        <source>Cohort file saved to {0}: {1} assigned module(s), {2} member(s).
Signing key fingerprint: {3}. A laptop shows this fingerprint the first time it imports a file from you: read it out so learners can compare.</source>
        <translation>Файл группы сохранён в {0}: назначенных модулей — {1}, участников — {2}.
Отпечаток ключа подписи: {3}. Ноутбук покажет этот отпечаток, когда впервые импортирует ваш файл: зачитайте его, чтобы слушатели могли сверить.</translation>
    </message>
    <message>
        <source>Session report</source>
        <translation>Отчёт о занятии</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The session report could not be saved: {0}</source>
        <translation>Не удалось сохранить отчёт о занятии: {0}</translation>
    </message>
    <message>
        <source>Session report saved to {0}.</source>
        <translation>Отчёт о занятии сохранён в {0}.</translation>
    </message>
    <message>
        <source>Export sheet</source>
        <translation>Таблица группы</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Книги Excel (*.xlsx);;Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>The sheet could not be saved: {0}</source>
        <translation>Не удалось сохранить таблицу: {0}</translation>
    </message>
    <message>
        <source>Sheet saved to {0}.</source>
        <translation>Таблица сохранена в {0}.</translation>
    </message>
</context>
<context>
    <name>ContentPacks</name>
    <message>
        <source>Install content pack</source>
        <translation>Установка пакета материалов</translation>
    </message>
    <message>
        <source>Content packs (*.zip)</source>
        <translation>Пакеты материалов (*.zip)</translation>
    </message>
    <message>
        <source>Checking the content pack…</source>
        <translation>Проверка пакета материалов…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>{0}: version {1} (replaces {2})</source>
        <translation>{0}: версия {1} (вместо {2})</translation>
    </message>
    <message>
        <source>{0}: version {1} (new)</source>
        <translation>{0}: версия {1} (новый)</translation>
    </message>
    <message>
        <source>The pack is unsigned: these modules are labelled unofficial.</source>
        <translation>Пакет не подписан: эти модули помечены как неофициальные.</translation>
    </message>
    <message>
        <source>The pack is signed by key {0}, which is not trusted here: these modules are labelled unofficial.</source>
        <translation>Пакет подписан ключом {0}, которому здесь не доверяют: эти модули помечены как неофициальные.</translation>
    </message>
    <message>
        <source>Installed from {0}:
{1}

Restart Qorgau to use the new content.</source>
        <translation>Установлено из {0}:
{1}

Перезапустите Qorgau, чтобы использовать новые материалы.</translation>
    </message>
    <message>
        <source>{0} was not installed; nothing was changed:
{1}</source>
        <translation>Пакет {0} не установлен; ничего не изменено:
{1}</translation>
    </message>
    <message>
        <source>The content pack was not installed: {0}</source>
        <translation>Пакет материалов не установлен: {0}</translation>
    </message>
    <message>
        <source>Install content pack…</source>
        <translation>Установить пакет материалов…</translation>
    </message>
</context>
<context>
    <name>CoverScreen</name>
    <message>
        <source>&amp;Return</source>
        <translation>Вер&amp;нуться</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <source>Module</source>
        <translation>Модуль</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Назначено</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начато</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Сдано</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>Доля сдавших</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>Средний балл</translation>
    </message>
    <message>
        <source>Median score</source>
        <translation>Медианный балл</translation>
    </message>
    <message>
        <source>Mean time</source>
        <translation>Среднее время</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Find a learner by name</source>
        <translation>Поиск по ФИО</translation>
    </message>
    <message>
        <source>Completion matrix</source>
        <translation>Матрица прохождения</translation>
    </message>
    <message>
        <source>One row per learner, one column per module; each cell gives the state and the best score.</source>
        <translation>По строке на слушателя и по столбцу на модуль; в каждой ячейке — состояние и лучший балл.</translation>
    </message>
    <message>
        <source>&amp;Completion matrix</source>
        <translation>Матрица про&amp;хождения</translation>
    </message>
    <message>
        <source>Figures per module</source>
        <translation>Показатели по модулям</translation>
    </message>
    <message>
        <source>One row per module: learners assigned, started, completed and passed, pass rate, scores and time.</source>
        <translation>По строке на модуль: сколько слушателей назначено, начали, завершили и сдали, доля сдавших, баллы и время.</translation>
    </message>
    <message>
        <source>Per mod&amp;ule</source>
        <translation>По мо&amp;дулям</translation>
    </message>
    <message>
        <source>Completion by region</source>
        <translation>Прохождение по регионам</translation>
    </message>
    <message>
        <source>Pass rate by module (C core, P police, J justice, S social work)</source>
        <translation>Доля сдавших (C — базовые, P — полиция, J — суд, S — соцработа)</translation>
    </message>
    <message>
        <source>Score distribution (best score per learner and module, %)</source>
        <translation>Распределение баллов (лучший балл слушателя по модулю, %)</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Графики</translation>
    </message>
    <message>
        <source>The figures could not be computed: {0}</source>
        <translation>Не удалось рассчитать показатели: {0}</translation>
    </message>
    <message>
        <source>{0} learners ({1} active) · {2} of {3} assigned modules started, {4} completed, {5} passed · {6} attempts · mean score {7} · {8} certificates</source>
        <translation>Слушателей: {0} (активных: {1}) · модулей начато {2} из {3}, завершено {4}, сдано {5} · попыток: {6} · ср. балл {7} · сертификатов: {8}</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Save certificate</source>
        <translation>Сохранить сертификат</translation>
    </message>
    <message>
        <source>Which certificate do you want to save?</source>
        <translation>Какой сертификат сохранить?</translation>
    </message>
    <message>
        <source>In the interface language</source>
        <translation>На языке интерфейса</translation>
    </message>
    <message>
        <source>Kazakh and Russian side by side</source>
        <translation>На казахском и русском рядом</translation>
    </message>
</context>
<context>
    <name>ExternalLinkDialog</name>
    <message>
        <source>Web address</source>
        <translation>Веб-адрес</translation>
    </message>
    <message>
        <source>This link points to a web page. Qorgau works offline and does not open it; copy the address to open it later on a computer with internet access.</source>
        <translation>Эта ссылка ведёт на веб-страницу. Qorgau работает без интернета и не открывает её; скопируйте адрес, чтобы открыть его позже на компьютере с доступом к интернету.</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>&amp;Копировать адрес</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <source>Correct.</source>
        <translation>Верно.</translation>
    </message>
    <message>
        <source>Partly correct ({0}%).</source>
        <translation>Частично верно ({0}%).</translation>
    </message>
    <message>
        <source>Not correct.</source>
        <translation>Неверно.</translation>
    </message>
    <message>
        <source>The correct answer:</source>
        <translation>Правильный ответ:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Источник:</translation>
    </message>
    <message>
        <source>✗ You ticked “{0}”, which is not correct.</source>
        <translation>✗ Вы отметили «{0}», но это неверно.</translation>
    </message>
    <message>
        <source>○ You did not tick “{0}”, which is correct.</source>
        <translation>○ Вы не отметили «{0}», а это верный вариант.</translation>
    </message>
    <message>
        <source>✗ “{0}”: you matched “{1}”; the right match is “{2}”.</source>
        <translation>✗ «{0}»: вы сопоставили с «{1}»; правильное соответствие — «{2}».</translation>
    </message>
    <message>
        <source>✗ “{0}” belongs at position {1}; you put it at {2}.</source>
        <translation>✗ «{0}» должно стоять на месте {1}; вы поставили на место {2}.</translation>
    </message>
</context>
<context>
    <name>FeedbackForm</name>
    <message>
        <source>Answer what you like and skip the rest: 1 means not at all, 5 means very much.</source>
        <translation>Ответьте на то, что хотите, остальное пропустите: 1 — совсем нет, 5 — в полной мере.</translation>
    </message>
    <message>
        <source>How relevant is this module to your work?</source>
        <translation>Насколько этот модуль полезен для вашей работы?</translation>
    </message>
    <message>
        <source>How confident are you to apply it?</source>
        <translation>Насколько вы уверены, что сможете применить изученное?</translation>
    </message>
    <message>
        <source>How clear was it?</source>
        <translation>Насколько понятно был изложен материал?</translation>
    </message>
    <message>
        <source>Anything else you want to tell the trainer (optional):</source>
        <translation>Что ещё вы хотите сказать тренеру (необязательно):</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Send &amp;anonymously (without my name)</source>
        <translation>Отправить &amp;анонимно (без моего имени)</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Пр&amp;опустить</translation>
    </message>
    <message>
        <source>&amp;Send feedback</source>
        <translation>Отп&amp;равить отзыв</translation>
    </message>
    <message>
        <source>Your feedback: {0}</source>
        <translation>Ваш отзыв: {0}</translation>
    </message>
    <message>
        <source>{0} characters left</source>
        <translation>Осталось символов: {0}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Модуль</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Слушатели</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>All cohorts</source>
        <translation>Все группы</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активные</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Неактивные</translation>
    </message>
    <message>
        <source>Active and inactive</source>
        <translation>Активные и неактивные</translation>
    </message>
    <message>
        <source>&amp;Attempts from</source>
        <translation>Попы&amp;тки с</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Первый день</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <source>Reset &amp;filters</source>
        <translation>Сбросить &amp;фильтры</translation>
    </message>
    <message>
        <source>C&amp;ohort:</source>
        <translation>Гр&amp;уппа:</translation>
    </message>
    <message>
        <source>Rol&amp;e:</source>
        <translation>Ро&amp;ль:</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Показы&amp;вать:</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Регио&amp;н:</translation>
    </message>
    <message>
        <source>U&amp;nit:</source>
        <translation>Подра&amp;зделение:</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Модуль:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Все роли</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Все регионы</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Все подразделения</translation>
    </message>
    <message>
        <source>All modules</source>
        <translation>Все модули</translation>
    </message>
</context>
<context>
    <name>FirstRunTour</name>
    <message>
        <source>Tour of the home screen</source>
        <translation>Экскурсия по главному экрану</translation>
    </message>
    <message>
        <source>S&amp;kip the tour</source>
        <translation>Пропустить о&amp;бзор</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>Ne&amp;xt</source>
        <translation>Да&amp;лее</translation>
    </message>
    <message>
        <source>Step {0} of {1}</source>
        <translation>Шаг {0} из {1}</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>Завер&amp;шить</translation>
    </message>
    <message>
        <source>Your curriculum</source>
        <translation>Ваша программа</translation>
    </message>
    <message>
        <source>Your modules, in order, each with its state. A module opens once you have passed the ones before it. Move with the arrow keys; Enter opens the lessons.</source>
        <translation>Ваши модули по порядку, у каждого указано состояние. Модуль открывается, когда сданы все модули перед ним. Перемещайтесь стрелками; Enter открывает уроки.</translation>
    </message>
    <message>
        <source>Lessons and quiz</source>
        <translation>Уроки и тест</translation>
    </message>
    <message>
        <source>Open lessons reads the chosen module; Take the quiz first tells you the questions, pass mark and attempts left.</source>
        <translation>«Открыть уроки» открывает выбранный модуль; «Пройти тест» сначала сообщает число вопросов, проходной балл и оставшиеся попытки.</translation>
    </message>
    <message>
        <source>Continue, review, practise</source>
        <translation>Продолжить, повторить, закрепить</translation>
    </message>
    <message>
        <source>Continue where I left off takes you back to your last lesson or quiz. Review repeats questions that are due; Practise now gives questions from the modules you have passed.</source>
        <translation>«Продолжить обучение» возвращает к последнему уроку или тесту. «Повторение» снова задаёт вопросы, которые пора повторить; «Закрепить знания» даёт вопросы из уже сданных модулей.</translation>
    </message>
    <message>
        <source>Search and glossary</source>
        <translation>Поиск и глоссарий</translation>
    </message>
    <message>
        <source>Type a word and press Enter to find it in every lesson. The glossary explains the legal terms.</source>
        <translation>Введите слово и нажмите Enter, чтобы найти его во всех уроках. В глоссарии объясняются юридические термины.</translation>
    </message>
    <message>
        <source>Leave now</source>
        <translation>Быстрый выход</translation>
    </message>
    <message>
        <source>Esc or Leave now hides everything on the screen at once. Return brings you back.</source>
        <translation>Клавиша Esc или кнопка «Быстрый выход» сразу скрывает всё на экране. Кнопка «Вернуться» возвращает обратно.</translation>
    </message>
    <message>
        <source>Help is always there</source>
        <translation>Справка всегда под рукой</translation>
    </message>
    <message>
        <source>Press F1 for the learner guide. Help → Tour of the home screen shows this tour again.</source>
        <translation>Нажмите F1, чтобы открыть руководство слушателя. Справка → Экскурсия по главному экрану покажет этот обзор снова.</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <source>Glossary of legal terms</source>
        <translation>Глоссарий юридических терминов</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Термины</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Определение</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Источник:</translation>
    </message>
    <message>
        <source>Lessons that use this term</source>
        <translation>Уроки с этим термином</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Qorgau help</source>
        <translation>Справка Qorgau</translation>
    </message>
    <message>
        <source>&amp;Learner guide</source>
        <translation>&amp;Руководство слушателя</translation>
    </message>
    <message>
        <source>&amp;Trainer guide</source>
        <translation>Руководство &amp;тренера</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Руководство</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Learner guide</source>
        <translation>Руководство слушателя</translation>
    </message>
    <message>
        <source>Trainer guide</source>
        <translation>Руководство тренера</translation>
    </message>
    <message>
        <source>Qorgau help: {0}</source>
        <translation>Справка Qorgau: {0}</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>&amp;Continue where I left off</source>
        <translation>Про&amp;должить обучение</translation>
    </message>
    <message>
        <source>Practise &amp;now</source>
        <translation>&amp;Закрепить знания</translation>
    </message>
    <message>
        <source>Questions from the modules you have passed</source>
        <translation>Вопросы из модулей, которые вы сдали</translation>
    </message>
    <message>
        <source>Search the lessons…</source>
        <translation>Поиск по урокам…</translation>
    </message>
    <message>
        <source>Search the lessons</source>
        <translation>Поиск по урокам</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>&amp;Глоссарий</translation>
    </message>
    <message>
        <source>My curriculum</source>
        <translation>Моя программа</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Модуль</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Lessons read</source>
        <translation>Прочитано уроков</translation>
    </message>
    <message>
        <source>Best score</source>
        <translation>Лучший балл</translation>
    </message>
    <message>
        <source>Attempts left</source>
        <translation>Осталось попыток</translation>
    </message>
    <message>
        <source>Open &amp;lessons</source>
        <translation>Открыть &amp;уроки</translation>
    </message>
    <message>
        <source>Take the &amp;quiz</source>
        <translation>Пройти т&amp;ест</translation>
    </message>
    <message>
        <source>Save c&amp;ertificate…</source>
        <translation>Сохранить се&amp;ртификат…</translation>
    </message>
    <message>
        <source>Save tr&amp;ack certificate…</source>
        <translation>&amp;Итоговый сертификат…</translation>
    </message>
    <message>
        <source>Hello, {0}</source>
        <translation>Здравствуйте, {0}</translation>
    </message>
    <message>
        <source>&amp;Review ({0} due)</source>
        <translation>П&amp;овторение (вопросов: {0})</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Закрыт</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Сдан</translation>
    </message>
    <message>
        <source>Quiz in progress</source>
        <translation>Тест не завершён</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начат</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Не начат</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>идёт попытка</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>без ограничений</translation>
    </message>
    <message>
        <source>Locked. Pass this first: {0}</source>
        <translation>Закрыт. Сначала сдайте: {0}</translation>
    </message>
    <message>
        <source>About {0} minutes.</source>
        <translation>Около {0} мин.</translation>
    </message>
</context>
<context>
    <name>ItemAnalysis</name>
    <message>
        <source>too easy</source>
        <translation>слишком лёгкий</translation>
    </message>
    <message>
        <source>too hard</source>
        <translation>слишком трудный</translation>
    </message>
    <message>
        <source>negative discrimination</source>
        <translation>отрицательная дискриминативность</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Модуль</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Лёгкость</translation>
    </message>
    <message>
        <source>Discrimination</source>
        <translation>Дискриминативность</translation>
    </message>
    <message>
        <source>Point-biserial</source>
        <translation>Точ.-бисер.</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Пометки</translation>
    </message>
    <message>
        <source>Wrong options chosen most</source>
        <translation>Частые неверные варианты</translation>
    </message>
    <message>
        <source>Scenario: dimension means, common paths</source>
        <translation>Сценарий: средние по критериям, частые пути</translation>
    </message>
</context>
<context>
    <name>ItemAnalysisTab</name>
    <message>
        <source>Show only flagged &amp;questions</source>
        <translation>Только &amp;проблемные вопросы</translation>
    </message>
    <message>
        <source>Facility: share answered correctly. Discrimination: facility among the top 27% of attempts minus the bottom 27%. Flags (from {0} answers): ⚑ too easy (facility above 90%), ⚑ too hard (below 20%), ⚑ negative discrimination (weaker learners do better).</source>
        <translation>Лёгкость: доля верных ответов. Дискриминативность: лёгкость у лучших 27% попыток минус лёгкость у худших 27%. Пометки (при {0} и более ответах): ⚑ слишком лёгкий (лёгкость выше 90%), ⚑ слишком трудный (ниже 20%), ⚑ отрицательная дискриминативность (слабые слушатели отвечают лучше).</translation>
    </message>
    <message>
        <source>Item analysis</source>
        <translation>Анализ вопросов</translation>
    </message>
    <message>
        <source>One row per question: answers, facility, discrimination and flags; select a row for details.</source>
        <translation>По строке на вопрос: ответы, лёгкость, дискриминативность и отметки; выберите строку, чтобы увидеть подробности.</translation>
    </message>
    <message>
        <source>Item analysis failed: {0}</source>
        <translation>Не удалось выполнить анализ вопросов: {0}</translation>
    </message>
    <message>
        <source>{0} questions answered, {1} flagged for review by content authors.</source>
        <translation>Вопросов с ответами: {0}; помечено для проверки авторами материалов: {1}.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Police officer</source>
        <translation>Сотрудник полиции</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Судья</translation>
    </message>
    <message>
        <source>Prosecutor</source>
        <translation>Прокурор</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Социальный работник</translation>
    </message>
    <message>
        <source>Astana</source>
        <translation>Астана</translation>
    </message>
    <message>
        <source>Almaty</source>
        <translation>Алматы</translation>
    </message>
    <message>
        <source>Shymkent</source>
        <translation>Шымкент</translation>
    </message>
    <message>
        <source>Abai Region</source>
        <translation>Абайская область</translation>
    </message>
    <message>
        <source>Akmola Region</source>
        <translation>Акмолинская область</translation>
    </message>
    <message>
        <source>Aktobe Region</source>
        <translation>Актюбинская область</translation>
    </message>
    <message>
        <source>Almaty Region</source>
        <translation>Алматинская область</translation>
    </message>
    <message>
        <source>Atyrau Region</source>
        <translation>Атырауская область</translation>
    </message>
    <message>
        <source>East Kazakhstan Region</source>
        <translation>Восточно-Казахстанская область</translation>
    </message>
    <message>
        <source>Jambyl Region</source>
        <translation>Жамбылская область</translation>
    </message>
    <message>
        <source>Jetisu Region</source>
        <translation>Жетысуская область</translation>
    </message>
    <message>
        <source>Karaganda Region</source>
        <translation>Карагандинская область</translation>
    </message>
    <message>
        <source>Kostanay Region</source>
        <translation>Костанайская область</translation>
    </message>
    <message>
        <source>Kyzylorda Region</source>
        <translation>Кызылординская область</translation>
    </message>
    <message>
        <source>Mangystau Region</source>
        <translation>Мангистауская область</translation>
    </message>
    <message>
        <source>North Kazakhstan Region</source>
        <translation>Северо-Казахстанская область</translation>
    </message>
    <message>
        <source>Pavlodar Region</source>
        <translation>Павлодарская область</translation>
    </message>
    <message>
        <source>Turkistan Region</source>
        <translation>Туркестанская область</translation>
    </message>
    <message>
        <source>Ulytau Region</source>
        <translation>Улытауская область</translation>
    </message>
    <message>
        <source>West Kazakhstan Region</source>
        <translation>Западно-Казахстанская область</translation>
    </message>
    <message>
        <source>Core curriculum</source>
        <translation>Базовая программа</translation>
    </message>
    <message>
        <source>Police track</source>
        <translation>Программа для полиции</translation>
    </message>
    <message>
        <source>Judges and prosecutors track</source>
        <translation>Программа для судей и прокуроров</translation>
    </message>
    <message>
        <source>Social work track</source>
        <translation>Программа для социальных работников</translation>
    </message>
    <message>
        <source>Legal framework</source>
        <translation>Правовая база</translation>
    </message>
    <message>
        <source>Enforcement</source>
        <translation>Правоприменение</translation>
    </message>
    <message>
        <source>Gender sensitivity</source>
        <translation>Гендерная чувствительность</translation>
    </message>
    <message>
        <source>Victim-centred practice</source>
        <translation>Подход, ориентированный на потерпевшего</translation>
    </message>
    <message>
        <source>Access to justice</source>
        <translation>Доступ к правосудию</translation>
    </message>
    <message>
        <source>Inter-agency work</source>
        <translation>Межведомственное взаимодействие</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>Один ответ</translation>
    </message>
    <message>
        <source>Multiple response</source>
        <translation>Несколько ответов</translation>
    </message>
    <message>
        <source>True or false</source>
        <translation>Верно или неверно</translation>
    </message>
    <message>
        <source>Ordering</source>
        <translation>Порядок</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Соответствие</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Число</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <source>{0} h {1} min</source>
        <translation>{0} ч {1} мин</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} мин</translation>
    </message>
</context>
<context>
    <name>LearnerEditDialog</name>
    <message>
        <source>Edit learner</source>
        <translation>Изменить данные слушателя</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Ре&amp;гион:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>По&amp;дразделение:</translation>
    </message>
</context>
<context>
    <name>LearnersTab</name>
    <message>
        <source>Certificates</source>
        <translation>Сертификаты</translation>
    </message>
    <message>
        <source>score</source>
        <translation>балл</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Пока нет.</translation>
    </message>
    <message>
        <source>Attempts ({0})</source>
        <translation>Попытки ({0})</translation>
    </message>
    <message>
        <source>No attempts yet.</source>
        <translation>Попыток пока нет.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активен</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>неактивен</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <source>Modules passed</source>
        <translation>Сдано модулей</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Последняя активность</translation>
    </message>
    <message>
        <source>{0}, {1}; unit: {2}; profile created {3}; {4}.</source>
        <translation>{0}, {1}; подразделение: {2}; профиль создан {3}; {4}.</translation>
    </message>
    <message>
        <source>full curriculum</source>
        <translation>полная программа</translation>
    </message>
    <message>
        <source>module</source>
        <translation>модуль</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>не завершена</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>сдано</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>не сдано</translation>
    </message>
    <message>
        <source>right</source>
        <translation>верно</translation>
    </message>
    <message>
        <source>partly correct</source>
        <translation>частично верно</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>неверно</translation>
    </message>
    <message>
        <source>Find a learner by name</source>
        <translation>Поиск по ФИО</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Deacti&amp;vate</source>
        <translation>Деакти&amp;вировать</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Reset &amp;PIN…</source>
        <translation>С&amp;бросить PIN-код…</translation>
    </message>
    <message>
        <source>Trans&amp;cript PDF…</source>
        <translation>Выпис&amp;ка в PDF…</translation>
    </message>
    <message>
        <source>Save the selected learner&apos;s modules, attempts and certificates as a PDF</source>
        <translation>Сохранить модули, попытки и сертификаты выбранного слушателя в PDF</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Слушатели</translation>
    </message>
    <message>
        <source>One row per learner: name, role, region, unit and state; the transcript is shown beside it.</source>
        <translation>По строке на слушателя: имя, должность, регион, подразделение и состояние; рядом показана выписка.</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>История обучения</translation>
    </message>
    <message>
        <source>{0} learners: {1} active, {2} inactive.</source>
        <translation>Слушателей: {0}; активных: {1}, неактивных: {2}.</translation>
    </message>
    <message>
        <source>Choose a learner to see every attempt, answer and certificate.</source>
        <translation>Выберите слушателя, чтобы увидеть все его попытки, ответы и сертификаты.</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>Акти&amp;вировать</translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <translation>ФИО не может быть пустым.</translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation>Выберите роль.</translation>
    </message>
    <message>
        <source>Choose a region.</source>
        <translation>Выберите регион.</translation>
    </message>
    <message>
        <source>The learner was not changed: {0}</source>
        <translation>Данные слушателя не изменены: {0}</translation>
    </message>
    <message>
        <source>Deactivate learner</source>
        <translation>Деактивировать слушателя</translation>
    </message>
    <message>
        <source>Deactivate {0}? They disappear from the profile list on this computer; their attempts and certificates are kept and they can be reactivated at any time.</source>
        <translation>Деактивировать {0}? Профиль исчезнет из списка профилей на этом компьютере; попытки и сертификаты сохранятся, а профиль можно в любой момент активировать снова.</translation>
    </message>
    <message>
        <source>Delete {0} for good? This also deletes {1} attempt(s) with {2} answer(s) and {3} certificate(s); certificates already printed will no longer verify. This cannot be undone.

To keep the record but hide the profile, choose Deactivate instead.</source>
        <translation>Удалить {0} безвозвратно? Будут также удалены попытки ({1}), ответы ({2}) и сертификаты ({3}); уже напечатанные сертификаты перестанут проходить проверку. Это действие нельзя отменить.

Чтобы сохранить записи, но скрыть профиль, выберите «Деактивировать».</translation>
    </message>
    <message>
        <source>Delete learner</source>
        <translation>Удалить слушателя</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Legend:</source>
        <translation>Обозначения:</translation>
    </message>
    <message>
        <source>empty: not in the learner&apos;s curriculum</source>
        <translation>пусто: нет в программе</translation>
    </message>
</context>
<context>
    <name>LessonReader</name>
    <message>
        <source>Lessons in this module</source>
        <translation>Уроки этого модуля</translation>
    </message>
    <message>
        <source>Lesson text</source>
        <translation>Текст урока</translation>
    </message>
    <message>
        <source>← H&amp;ome</source>
        <translation>← На &amp;главную</translation>
    </message>
    <message>
        <source>P&amp;revious</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Mark as read</source>
        <translation>&amp;Отметить как прочитанный</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Далее</translation>
    </message>
    <message>
        <source>Take the &amp;quiz</source>
        <translation>Пройти т&amp;ест</translation>
    </message>
    <message>
        <source>Teaches the law as of {0}. Check later amendments before you rely on it.</source>
        <translation>Излагает право по состоянию на {0}. Прежде чем опираться на него, проверьте более поздние изменения.</translation>
    </message>
    <message>
        <source>Translation not yet reviewed by a qualified legal translator.</source>
        <translation>Перевод ещё не проверен квалифицированным юридическим переводчиком.</translation>
    </message>
    <message>
        <source>&amp;Finish lessons</source>
        <translation>&amp;Завершить уроки</translation>
    </message>
    <message>
        <source>Lesson {0} of {1}</source>
        <translation>Урок {0} из {1}</translation>
    </message>
    <message>
        <source>Read ✓</source>
        <translation>Прочитано ✓</translation>
    </message>
    <message>
        <source>Lesson not available</source>
        <translation>Урок недоступен</translation>
    </message>
    <message>
        <source>That lesson is not installed on this computer.</source>
        <translation>Этот урок не установлен на этом компьютере.</translation>
    </message>
    <message>
        <source>Link disabled</source>
        <translation>Ссылка отключена</translation>
    </message>
    <message>
        <source>This link is disabled for safety: {0}</source>
        <translation>Эта ссылка отключена в целях безопасности: {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Welcome</source>
        <translation>Добро пожаловать</translation>
    </message>
    <message>
        <source>Choose the language and create your profile.</source>
        <translation>Выберите язык и создайте свой профиль.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Your name, role, region, unit and optional PIN.</source>
        <translation>Ваше имя, должность, регион, подразделение и PIN-код (по желанию).</translation>
    </message>
    <message>
        <source>Choose your profile</source>
        <translation>Выберите профиль</translation>
    </message>
    <message>
        <source>Profiles on this computer.</source>
        <translation>Профили на этом компьютере.</translation>
    </message>
    <message>
        <source>Home: my curriculum</source>
        <translation>Главная: моя программа</translation>
    </message>
    <message>
        <source>Your modules in order, with their state.</source>
        <translation>Ваши модули по порядку и их состояние.</translation>
    </message>
    <message>
        <source>Lesson reader</source>
        <translation>Чтение уроков</translation>
    </message>
    <message>
        <source>The lessons of the module, one at a time.</source>
        <translation>Уроки модуля, по одному.</translation>
    </message>
    <message>
        <source>Before the quiz</source>
        <translation>Перед тестом</translation>
    </message>
    <message>
        <source>The number of questions, the pass mark, attempts left and when feedback comes.</source>
        <translation>Число вопросов, проходной балл, оставшиеся попытки и когда будут разборы ответов.</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Тест</translation>
    </message>
    <message>
        <source>One question at a time; each answer is saved at once.</source>
        <translation>По одному вопросу; каждый ответ сразу сохраняется.</translation>
    </message>
    <message>
        <source>Question list</source>
        <translation>Список вопросов</translation>
    </message>
    <message>
        <source>Each question, answered or not and flagged, before you finish the quiz.</source>
        <translation>Каждый вопрос — отвечен или нет, отмечен ли — перед завершением теста.</translation>
    </message>
    <message>
        <source>Quiz results</source>
        <translation>Результаты теста</translation>
    </message>
    <message>
        <source>Your score, the score per competency and each answer.</source>
        <translation>Ваш балл, баллы по компетенциям и каждый ответ.</translation>
    </message>
    <message>
        <source>{0} modules could not be loaded because of problems in their files; see Trainer → Content problems.</source>
        <translation>Не удалось загрузить модули ({0}) из-за ошибок в их файлах; см. Тренер → Проблемы с материалами.</translation>
    </message>
    <message>
        <source>Quick actions</source>
        <translation>Быстрые действия</translation>
    </message>
    <message>
        <source>Leave now (Esc)</source>
        <translation>Быстрый выход (Esc)</translation>
    </message>
    <message>
        <source>Hide everything on screen at once</source>
        <translation>Мгновенно скрыть всё с экрана</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Профиль</translation>
    </message>
    <message>
        <source>&amp;Switch profile…</source>
        <translation>&amp;Сменить профиль…</translation>
    </message>
    <message>
        <source>&amp;Edit my profile…</source>
        <translation>&amp;Изменить мой профиль…</translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation>&amp;Новый профиль…</translation>
    </message>
    <message>
        <source>&amp;Import assignments…</source>
        <translation>Импорт &amp;заданий…</translation>
    </message>
    <message>
        <source>&amp;Print my transcript…</source>
        <translation>Распечатать мою &amp;выписку…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <source>&amp;High-contrast theme</source>
        <translation>&amp;Контрастная тема</translation>
    </message>
    <message>
        <source>Light &amp;theme</source>
        <translation>&amp;Светлая тема</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>Text &amp;size</source>
        <translation>&amp;Размер текста</translation>
    </message>
    <message>
        <source>&amp;Trainer</source>
        <translation>&amp;Тренер</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Learner guide</source>
        <translation>&amp;Руководство слушателя</translation>
    </message>
    <message>
        <source>T&amp;rainer guide</source>
        <translation>Руководство &amp;тренера</translation>
    </message>
    <message>
        <source>Tour of the &amp;home screen</source>
        <translation>Э&amp;кскурсия по главному экрану</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>&amp;Глоссарий</translation>
    </message>
    <message>
        <source>Content &amp;problems</source>
        <translation>&amp;Проблемы с материалами</translation>
    </message>
    <message>
        <source>Trusted &amp;keys…</source>
        <translation>&amp;Доверенные ключи…</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in {0}.</source>
        <translation>Слишком много неверных PIN-кодов. Повторите попытку через {0}.</translation>
    </message>
    <message>
        <source>That PIN is not correct. Tries left before the profile locks: {0}.</source>
        <translation>Неверный PIN-код. Осталось попыток до блокировки профиля: {0}.</translation>
    </message>
    <message>
        <source>&amp;About Qorgau</source>
        <translation>&amp;О программе Qorgau</translation>
    </message>
    <message>
        <source>Content warning</source>
        <translation>Предупреждение о содержании</translation>
    </message>
    <message>
        <source>Do you want to continue?</source>
        <translation>Продолжить?</translation>
    </message>
    <message>
        <source>This module opens once you have passed the modules before it.</source>
        <translation>Этот модуль откроется после сдачи предыдущих модулей.</translation>
    </message>
    <message>
        <source>You have used every attempt at this quiz.</source>
        <translation>Вы использовали все попытки для этого теста.</translation>
    </message>
    <message>
        <source>Finish the quiz</source>
        <translation>Завершить тест</translation>
    </message>
    <message>
        <source>Questions not answered: {0}. They will count as wrong. Finish the quiz now?</source>
        <translation>Вопросов без ответа: {0}. Они будут засчитаны как неверные. Завершить тест сейчас?</translation>
    </message>
    <message>
        <source>Review finished. Well done.</source>
        <translation>Повторение завершено. Отлично!</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Повторение</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Практика</translation>
    </message>
    <message>
        <source>All training modules loaded without problems.</source>
        <translation>Все учебные модули загружены без ошибок.</translation>
    </message>
    <message>
        <source>Content problems</source>
        <translation>Проблемы с материалами</translation>
    </message>
    <message>
        <source>(portable mode)</source>
        <translation>(портативный режим)</translation>
    </message>
    <message>
        <source>About Qorgau</source>
        <translation>О программе Qorgau</translation>
    </message>
    <message>
        <source>Qorgau {0}
Offline training for the response to violence against women in Kazakhstan.

Data folder: {1}

Training content is built from Turarbekova A and others, &apos;Legal Frameworks for Combating Violence Against Women in Kazakhstan: Analysing Effectiveness and Implementation Gaps&apos; (2025) 8(1) Access to Justice in Eastern Europe 264-84, CC BY 4.0.

Built with Qt for Python (PySide6, LGPLv3), sqlite-utils (Apache 2.0), Python-Markdown (BSD), PyYAML (MIT) and pydantic (MIT).

Modules:
{2}</source>
        <translation>Qorgau {0}
Офлайн-обучение реагированию на насилие в отношении женщин в Казахстане.

Папка данных: {1}

Учебные материалы подготовлены на основе статьи: Turarbekova A and others, &apos;Legal Frameworks for Combating Violence Against Women in Kazakhstan: Analysing Effectiveness and Implementation Gaps&apos; (2025) 8(1) Access to Justice in Eastern Europe 264-84, CC BY 4.0.

Создано с использованием Qt for Python (PySide6, LGPLv3), sqlite-utils (Apache 2.0), Python-Markdown (BSD), PyYAML (MIT) и pydantic (MIT).

Модули:
{2}</translation>
    </message>
</context>
<context>
    <name>Measures</name>
    <message>
        <source>Choose at least one module for the pre-test.</source>
        <translation>Выберите хотя бы один модуль для входного теста.</translation>
    </message>
    <message>
        <source>This test is not open any more.</source>
        <translation>Этот тест уже закрыт.</translation>
    </message>
    <message>
        <source>You have already taken this test.</source>
        <translation>Вы уже прошли этот тест.</translation>
    </message>
    <message>
        <source>Open the pre-test before the post-test.</source>
        <translation>Сначала откройте входной тест, затем итоговый.</translation>
    </message>
</context>
<context>
    <name>MeasuresFlow</name>
    <message>
        <source>Pre-test or post-test</source>
        <translation>Входной или итоговый тест</translation>
    </message>
    <message>
        <source>Module feedback</source>
        <translation>Отзыв о модуле</translation>
    </message>
    <message>
        <source>Feedback not saved</source>
        <translation>Отзыв не сохранён</translation>
    </message>
    <message>
        <source>Thank you for your feedback.</source>
        <translation>Спасибо за отзыв.</translation>
    </message>
    <message>
        <source>Nothing was filled in; nothing was sent.</source>
        <translation>Ничего не заполнено, ничего не отправлено.</translation>
    </message>
</context>
<context>
    <name>MeasuresTab</name>
    <message>
        <source>&amp;Cohort:</source>
        <translation>Гр&amp;уппа:</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>&amp;Export comments…</source>
        <translation>&amp;Экспорт комментариев…</translation>
    </message>
    <message>
        <source>Mo&amp;dules of the pre-test:</source>
        <translation>&amp;Модули входного теста:</translation>
    </message>
    <message>
        <source>Modules of the pre-test</source>
        <translation>Модули входного теста</translation>
    </message>
    <message>
        <source>Ite&amp;ms per module:</source>
        <translation>&amp;Вопросов на модуль:</translation>
    </message>
    <message>
        <source>Open the &amp;pre-test</source>
        <translation>Открыть входной &amp;тест</translation>
    </message>
    <message>
        <source>Open the p&amp;ost-test</source>
        <translation>Открыть &amp;итоговый тест</translation>
    </message>
    <message>
        <source>Pre/post and feedback figures</source>
        <translation>Показатели тестов и отзывов</translation>
    </message>
    <message>
        <source>Test not opened</source>
        <translation>Тест не открыт</translation>
    </message>
    <message>
        <source>No cohorts yet: create one in the Cohorts tab.</source>
        <translation>Групп пока нет: создайте группу на вкладке «Группы».</translation>
    </message>
    <message>
        <source>The post-test is open (the pre-test is closed).</source>
        <translation>Итоговый тест открыт (входной тест закрыт).</translation>
    </message>
    <message>
        <source>The pre-test is open. Open the post-test at the end of the training.</source>
        <translation>Входной тест открыт. Итоговый тест откройте в конце обучения.</translation>
    </message>
    <message>
        <source>Choose the modules and open the pre-test before the training.</source>
        <translation>Выберите модули и откройте входной тест до начала обучения.</translation>
    </message>
    <message>
        <source>too few to conclude</source>
        <translation>слишком мало для выводов</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Paired learners</source>
        <translation>Слушатели с обоими тестами</translation>
    </message>
    <message>
        <source>Pre %</source>
        <translation>Вход, %</translation>
    </message>
    <message>
        <source>Post %</source>
        <translation>Итог, %</translation>
    </message>
    <message>
        <source>Raw gain (points)</source>
        <translation>Абсолютный прирост (п. п.)</translation>
    </message>
    <message>
        <source>95% interval of the mean raw gain</source>
        <translation>95% интервал среднего абсолютного прироста</translation>
    </message>
    <message>
        <source>Normalised gain</source>
        <translation>Нормализованный прирост</translation>
    </message>
    <message>
        <source>Knowledge gain</source>
        <translation>Прирост знаний</translation>
    </message>
    <message>
        <source>Raw gain is post minus pre in percentage points; normalised gain is (post − pre) / (100 − pre) (Hake), undefined when the pre-test score was 100%. Only learners who took both tests count. Groups of fewer than {0} paired learners are marked “too few to conclude”.</source>
        <translation>Абсолютный прирост — результат итогового теста минус результат входного, в процентных пунктах; нормализованный прирост — (итог − вход) / (100 − вход) (по Хейку), он не определён, если входной тест сдан на 100%. Учитываются только слушатели, прошедшие оба теста. Группы, где оба теста прошли меньше {0} слушателей, помечаются «слишком мало для выводов».</translation>
    </message>
    <message>
        <source>Whole cohort</source>
        <translation>Вся группа</translation>
    </message>
    <message>
        <source>Per learner</source>
        <translation>По слушателям</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Слушатель</translation>
    </message>
    <message>
        <source>Took only one of the two tests: {0}.</source>
        <translation>Прошли только один из двух тестов: {0}.</translation>
    </message>
    <message>
        <source>Attitude shift</source>
        <translation>Изменение установок</translation>
    </message>
    <message>
        <source>Not a validated instrument: read these figures as a rough indication only.</source>
        <translation>Не валидированный инструмент: эти показатели дают лишь приблизительное представление.</translation>
    </message>
    <message>
        <source>Agreement from 1 (strongly disagree) to 5 (strongly agree) with statements of misconceptions; a negative shift is a move away from the misconception. Skipped statements are left out.</source>
        <translation>Согласие с утверждениями, выражающими заблуждения, от 1 (совершенно не согласен) до 5 (полностью согласен); отрицательное изменение означает отход от заблуждения. Пропущенные утверждения не учитываются.</translation>
    </message>
    <message>
        <source>All statements (mean per learner)</source>
        <translation>Все утверждения (среднее по слушателю)</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Утверждение</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>До</translation>
    </message>
    <message>
        <source>After</source>
        <translation>После</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Сдвиг</translation>
    </message>
    <message>
        <source>Participant feedback</source>
        <translation>Отзывы участников</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Польза</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Уверенность</translation>
    </message>
    <message>
        <source>Clarity</source>
        <translation>Понятность</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Комментарии</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Модуль</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>Mean (1–5)</source>
        <translation>Среднее (1–5)</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Распределение</translation>
    </message>
    <message>
        <source>No feedback yet.</source>
        <translation>Отзывов пока нет.</translation>
    </message>
    <message>
        <source>Export comments</source>
        <translation>Экспорт комментариев</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Comments not exported</source>
        <translation>Комментарии не экспортированы</translation>
    </message>
    <message>
        <source>{0} comments written to {1}.</source>
        <translation>Комментариев записано: {0}, файл {1}.</translation>
    </message>
</context>
<context>
    <name>MembersDialog</name>
    <message>
        <source>Add members</source>
        <translation>Добавить участников</translation>
    </message>
    <message>
        <source>Search by name, unit, role or region…</source>
        <translation>Поиск по имени, подразделению, роли или региону…</translation>
    </message>
    <message>
        <source>Search learners</source>
        <translation>Поиск слушателей</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Слушатели</translation>
    </message>
    <message>
        <source>(inactive)</source>
        <translation>(неактивен)</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Поиск:</translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <source>Set the trainer password</source>
        <translation>Установка пароля тренера</translation>
    </message>
    <message>
        <source>Change the trainer password</source>
        <translation>Смена пароля тренера</translation>
    </message>
    <message>
        <source>Trainer mode shows every learner&apos;s results. Choose a password of at least {0} characters that learners do not know. If it is forgotten, an administrator can reset it from the data folder without losing learners&apos; data (see the README).</source>
        <translation>В режиме тренера видны результаты всех слушателей. Выберите пароль не короче {0} символов, неизвестный слушателям. Если пароль забыт, администратор может сбросить его через папку данных без потери данных слушателей (см. README).</translation>
    </message>
    <message>
        <source>Enter the current password, then the new one (at least {0} characters).</source>
        <translation>Введите текущий пароль, затем новый (не короче {0} символов).</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Текущий пароль</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Новый пароль</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Повторите новый пароль</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Текущий пароль:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Новый пароль:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Повтор:</translation>
    </message>
    <message>
        <source>The new password needs at least {0} characters.</source>
        <translation>Новый пароль должен содержать не менее {0} символов.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Новые пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Trainer mode</source>
        <translation>Режим тренера</translation>
    </message>
    <message>
        <source>Enter the trainer password:</source>
        <translation>Введите пароль тренера:</translation>
    </message>
    <message>
        <source>Trainer password</source>
        <translation>Пароль тренера</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Enter PIN</source>
        <translation>Ввод PIN-кода</translation>
    </message>
    <message>
        <source>Enter the PIN for {0}:</source>
        <translation>Введите PIN-код для {0}:</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in {0}.</source>
        <translation>Слишком много неверных PIN-кодов. Повторите попытку через {0}.</translation>
    </message>
</context>
<context>
    <name>PrepostBanner</name>
    <message>
        <source>Take the te&amp;st</source>
        <translation>&amp;Начать тест</translation>
    </message>
    <message>
        <source>Your trainer has opened the pre-test of “{0}”: {1} questions, before the training.</source>
        <translation>Тренер открыл входной тест группы «{0}»: вопросов — {1}, до начала обучения.</translation>
    </message>
    <message>
        <source>Your trainer has opened the post-test of “{0}”: {1} questions, after the training.</source>
        <translation>Тренер открыл итоговый тест группы «{0}»: вопросов — {1}, после обучения.</translation>
    </message>
    <message>
        <source>Continue the te&amp;st</source>
        <translation>Продол&amp;жить тест</translation>
    </message>
</context>
<context>
    <name>PrepostScreen</name>
    <message>
        <source>← H&amp;ome</source>
        <translation>← На &amp;главную</translation>
    </message>
    <message>
        <source>&amp;Begin</source>
        <translation>&amp;Начать</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Спасибо</translation>
    </message>
    <message>
        <source>Your answers are saved. Scores and correct answers are not shown for this test.</source>
        <translation>Ваши ответы сохранены. Баллы и правильные ответы по этому тесту не показываются.</translation>
    </message>
    <message>
        <source>Pre-test</source>
        <translation>Входной тест</translation>
    </message>
    <message>
        <source>Post-test</source>
        <translation>Итоговый тест</translation>
    </message>
    <message>
        <source>{0} questions from the modules of the training. Each answer is saved at once, and you can leave and continue later. You will not see whether your answers are right, during or after the test: it measures what the group knows, not you. Some statements about your views come first.</source>
        <translation>Вопросов из модулей обучения: {0}. Каждый ответ сохраняется сразу, можно выйти и продолжить позже. Верны ли ответы, вы не увидите ни во время теста, ни после: тест измеряет знания группы, а не оценивает вас. Сначала — несколько утверждений о ваших взглядах.</translation>
    </message>
    <message>
        <source>Answers not saved</source>
        <translation>Ответы не сохранены</translation>
    </message>
    <message>
        <source>The test cannot start</source>
        <translation>Тест не удаётся начать</translation>
    </message>
    <message>
        <source>Test not saved</source>
        <translation>Тест не сохранён</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Import progress</source>
        <translation>Импорт результатов</translation>
    </message>
    <message>
        <source>{0} file(s) can be imported. New learners: {1}. New attempts: {2}. Already present: {3}. Conflicts (kept aside, not applied): {4}.</source>
        <translation>Файлов для импорта: {0}. Новых слушателей: {1}. Новых попыток: {2}. Уже имеется: {3}. Конфликтов (отложены, не применены): {4}.</translation>
    </message>
    <message>
        <source>Devices to trust</source>
        <translation>Устройства, которым доверять</translation>
    </message>
    <message>
        <source>Trust the key {0} of device {1} and import {2}</source>
        <translation>Доверять ключу {0} устройства {1} и импортировать {2}</translation>
    </message>
    <message>
        <source>These files are signed by computers this one does not trust yet. Ask the learner to open Profile → About this computer on their laptop and compare the key shown there. Tick a file to trust its key and import it; an unticked file is skipped.</source>
        <translation>Эти файлы подписаны компьютерами, которым этот компьютер пока не доверяет. Попросите слушателя открыть на своём ноутбуке Профиль → Об этом компьютере и сравните показанный там ключ. Отметьте файл, чтобы доверять его ключу и импортировать его; неотмеченный файл будет пропущен.</translation>
    </message>
    <message>
        <source>Learners from another device</source>
        <translation>Слушатели с другого устройства</translation>
    </message>
    <message>
        <source>{0} adds {1} record(s) for {2}: allow</source>
        <translation>{0} добавляет записи ({1}) для {2}: разрешить</translation>
    </message>
    <message>
        <source>These learners came here from another computer than the one that signed the file. Tick a learner only if they really use that computer too; otherwise the file is not imported.</source>
        <translation>Эти слушатели попали сюда с другого компьютера, а не с того, который подписал файл. Отмечайте слушателя, только если он действительно пользуется и этим компьютером; иначе файл не будет импортирован.</translation>
    </message>
    <message>
        <source>New learners</source>
        <translation>Новые слушатели</translation>
    </message>
    <message>
        <source>New learners:</source>
        <translation>Новые слушатели:</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Возможные дубликаты</translation>
    </message>
    <message>
        <source>{0} looks like {1}: merge</source>
        <translation>{0} и {1}, вероятно, одно лицо: объединить</translation>
    </message>
    <message>
        <source>Possible duplicates: the same name, role and region registered on two computers. Tick those that are the same person; a merge can be undone later.</source>
        <translation>Возможные дубликаты: одинаковые ФИО, роль и регион зарегистрированы на двух компьютерах. Отметьте тех, кто является одним и тем же человеком; объединение можно отменить позже.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>Conflicts: these records differ from the ones already here. The records here are kept; the copies from the files are kept aside (Trainer → Import conflicts…).</source>
        <translation>Конфликты: эти записи отличаются от уже имеющихся здесь. Записи на этом компьютере сохранены; копии из файлов отложены отдельно (Тренер → Конфликты импорта…).</translation>
    </message>
    <message>
        <source>Refused files and notes</source>
        <translation>Отклонённые файлы и примечания</translation>
    </message>
    <message>
        <source>Refused files and notes:</source>
        <translation>Отклонённые файлы и примечания:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
</context>
<context>
    <name>ProfileChooser</name>
    <message>
        <source>Who is learning?</source>
        <translation>Кто будет учиться?</translation>
    </message>
    <message>
        <source>Choose your profile and press Enter.</source>
        <translation>Выберите свой профиль и нажмите Enter.</translation>
    </message>
    <message>
        <source>Search by name…</source>
        <translation>Поиск по имени…</translation>
    </message>
    <message>
        <source>Search profiles by name</source>
        <translation>Поиск профилей по имени</translation>
    </message>
    <message>
        <source>Profiles on this computer</source>
        <translation>Профили на этом компьютере</translation>
    </message>
    <message>
        <source>&amp;Open profile</source>
        <translation>&amp;Открыть профиль</translation>
    </message>
    <message>
        <source>&amp;New profile</source>
        <translation>&amp;Новый профиль</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Create your profile</source>
        <translation>Создайте свой профиль</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Unit or department</source>
        <translation>Подразделение или отдел</translation>
    </message>
    <message>
        <source>for example: district police department, court, social services</source>
        <translation>например: районное управление полиции, суд, социальная служба</translation>
    </message>
    <message>
        <source>PIN (optional)</source>
        <translation>PIN-код (необязательно)</translation>
    </message>
    <message>
        <source>4 to 6 digits, optional</source>
        <translation>от 4 до 6 цифр, необязательно</translation>
    </message>
    <message>
        <source>Repeat the PIN</source>
        <translation>Повторите PIN-код</translation>
    </message>
    <message>
        <source>Remove my PIN</source>
        <translation>Удалить мой PIN-код</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Ре&amp;гион:</translation>
    </message>
    <message>
        <source>&amp;Unit or department:</source>
        <translation>По&amp;дразделение или отдел:</translation>
    </message>
    <message>
        <source>P&amp;IN:</source>
        <translation>PIN-&amp;код:</translation>
    </message>
    <message>
        <source>Rep&amp;eat PIN:</source>
        <translation>П&amp;овтор PIN-кода:</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>Со&amp;хранить профиль</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Edit your profile</source>
        <translation>Изменение профиля</translation>
    </message>
    <message>
        <source>leave empty to keep the current PIN</source>
        <translation>оставьте пустым, чтобы сохранить текущий PIN-код</translation>
    </message>
    <message>
        <source>Please enter your full name.</source>
        <translation>Введите ФИО.</translation>
    </message>
    <message>
        <source>A PIN has 4 to 6 digits.</source>
        <translation>PIN-код состоит из 4–6 цифр.</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>PIN-коды не совпадают.</translation>
    </message>
    <message>
        <source>Please choose your role.</source>
        <translation>Выберите свою роль.</translation>
    </message>
    <message>
        <source>Please choose your region.</source>
        <translation>Выберите свой регион.</translation>
    </message>
</context>
<context>
    <name>ProfileModel</name>
    <message>
        <source> (PIN)</source>
        <translation> (PIN)</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <source>Unofficial</source>
        <translation>Неофициальный</translation>
    </message>
    <message>
        <source>Unofficial: installed from a content pack that no trusted publisher signed. Its content and answers have not been checked by the official publisher.</source>
        <translation>Неофициальный: установлен из пакета материалов, который не подписан ни одним доверенным издателем. Его содержание и ответы не проверены официальным издателем.</translation>
    </message>
</context>
<context>
    <name>QuestionNavigator</name>
    <message>
        <source>Check your answers before finishing</source>
        <translation>Проверьте ответы перед завершением</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Вопросы</translation>
    </message>
    <message>
        <source>&amp;Go to question</source>
        <translation>П&amp;ерейти к вопросу</translation>
    </message>
    <message>
        <source>&amp;Finish the quiz</source>
        <translation>&amp;Завершить тест</translation>
    </message>
    <message>
        <source>Finish the quiz</source>
        <translation>Завершить тест</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>есть ответ</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>нет ответа</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>отмечен</translation>
    </message>
    <message>
        <source>{0} of {1} questions answered; {2} flagged.</source>
        <translation>Отвечено вопросов: {0} из {1}; отмечено: {2}.</translation>
    </message>
    <message>
        <source>Questions not answered count as wrong.</source>
        <translation>Вопросы без ответа засчитываются как неверные.</translation>
    </message>
</context>
<context>
    <name>QuizRunner</name>
    <message>
        <source>← Back to the &amp;lessons</source>
        <translation>← К &amp;урокам</translation>
    </message>
    <message>
        <source>Quiz progress</source>
        <translation>Ход теста</translation>
    </message>
    <message>
        <source>The question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Обратная связь</translation>
    </message>
    <message>
        <source>Question l&amp;ist</source>
        <translation>Списо&amp;к вопросов</translation>
    </message>
    <message>
        <source>&amp;Flag for later</source>
        <translation>Отмет&amp;ить</translation>
    </message>
    <message>
        <source>S&amp;kip for now</source>
        <translation>Вернуться по&amp;зже</translation>
    </message>
    <message>
        <source>&amp;Submit answer</source>
        <translation>&amp;Ответить</translation>
    </message>
    <message>
        <source>&amp;Next question</source>
        <translation>Сле&amp;дующий вопрос</translation>
    </message>
    <message>
        <source>[Picture: {0}]</source>
        <translation>[Рисунок: {0}]</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Рисунок</translation>
    </message>
    <message>
        <source>Question {0} of {1}</source>
        <translation>Вопрос {0} из {1}</translation>
    </message>
    <message>
        <source>See &amp;results</source>
        <translation>&amp;Результаты</translation>
    </message>
    <message>
        <source>Flag not saved</source>
        <translation>Отметка не сохранена</translation>
    </message>
    <message>
        <source>Choice not saved</source>
        <translation>Выбор не сохранён</translation>
    </message>
    <message>
        <source>Answer not saved.</source>
        <translation>Ответ не сохранён.</translation>
    </message>
    <message>
        <source>Answer not saved</source>
        <translation>Ответ не сохранён</translation>
    </message>
    <message>
        <source>Answer saved.</source>
        <translation>Ответ сохранён.</translation>
    </message>
</context>
<context>
    <name>QuizStartScreen</name>
    <message>
        <source>About this quiz</source>
        <translation>Об этом тесте</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← Наза&amp;д</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>&amp;Start the quiz</source>
        <translation>&amp;Начать тест</translation>
    </message>
    <message>
        <source>Start the quiz</source>
        <translation>Начать тест</translation>
    </message>
    <message>
        <source>Quiz: {0}</source>
        <translation>Тест: {0}</translation>
    </message>
    <message>
        <source>Attempts: unlimited.</source>
        <translation>Попытки: без ограничений.</translation>
    </message>
    <message>
        <source>Attempts left: {0}.</source>
        <translation>Осталось попыток: {0}.</translation>
    </message>
    <message>
        <source>Feedback: after each answer.</source>
        <translation>Разбор: после каждого ответа.</translation>
    </message>
    <message>
        <source>Feedback: at the end, with a review of every answer.</source>
        <translation>Разбор: в конце, по каждому ответу.</translation>
    </message>
    <message>
        <source>Questions: {0}.</source>
        <translation>Вопросов: {0}.</translation>
    </message>
    <message>
        <source>Pass mark: {0}%.</source>
        <translation>Проходной балл: {0}%.</translation>
    </message>
    <message>
        <source>You have already passed this module. Attempts are unlimited, so taking it again costs nothing.</source>
        <translation>Вы уже сдали этот модуль. Число попыток не ограничено, поэтому повторное прохождение ничего не стоит.</translation>
    </message>
    <message>
        <source>You have already passed this module. Taking the quiz again spends one of your {0} remaining attempts.</source>
        <translation>Вы уже сдали этот модуль. Повторное прохождение теста израсходует одну из оставшихся попыток (осталось: {0}).</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>cohort report</source>
        <translation>отчёт по группе</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Сформирован</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Фильтры</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Модули</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Регионы</translation>
    </message>
    <message>
        <source>questions answered</source>
        <translation>вопросов с ответами</translation>
    </message>
    <message>
        <source>attempts</source>
        <translation>попыток</translation>
    </message>
    <message>
        <source>pass rate</source>
        <translation>доля сдавших</translation>
    </message>
    <message>
        <source>mean score</source>
        <translation>средний балл</translation>
    </message>
    <message>
        <source>median</source>
        <translation>медиана</translation>
    </message>
    <message>
        <source>No question flagged.</source>
        <translation>Помеченных вопросов нет.</translation>
    </message>
    <message>
        <source>too easy</source>
        <translation>слишком лёгкий</translation>
    </message>
    <message>
        <source>too hard</source>
        <translation>слишком трудный</translation>
    </message>
    <message>
        <source>negative discrimination</source>
        <translation>отрицательная дискриминативность</translation>
    </message>
    <message>
        <source>all</source>
        <translation>все</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Фильтр</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Слушатели</translation>
    </message>
    <message>
        <source>active and inactive</source>
        <translation>активные и неактивные</translation>
    </message>
    <message>
        <source>active only</source>
        <translation>только активные</translation>
    </message>
    <message>
        <source>inactive only</source>
        <translation>только неактивные</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>Attempts from</source>
        <translation>Попытки с</translation>
    </message>
    <message>
        <source>the first</source>
        <translation>первой</translation>
    </message>
    <message>
        <source>Attempts until</source>
        <translation>Попытки по</translation>
    </message>
    <message>
        <source>the last</source>
        <translation>последнюю</translation>
    </message>
    <message>
        <source>Active learners</source>
        <translation>Активные слушатели</translation>
    </message>
    <message>
        <source>Learner-module pairs assigned</source>
        <translation>Назначено пар «слушатель — модуль»</translation>
    </message>
    <message>
        <source>Pairs started</source>
        <translation>Пар начато</translation>
    </message>
    <message>
        <source>Pairs completed (finished)</source>
        <translation>Пар завершено</translation>
    </message>
    <message>
        <source>Pairs passed</source>
        <translation>Пар сдано</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <source>Finished attempts</source>
        <translation>Завершённые попытки</translation>
    </message>
    <message>
        <source>Mean best score</source>
        <translation>Средний лучший балл</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Сертификаты</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Completion by region (share of assigned modules)</source>
        <translation>Прохождение по регионам (доля назначенных модулей)</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>завершено</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>сдано</translation>
    </message>
    <message>
        <source>Pass rate by module (passed / completed)</source>
        <translation>Доля сдавших по модулям (сдано / завершено)</translation>
    </message>
    <message>
        <source>Score distribution (best score per learner and module)</source>
        <translation>Распределение баллов (лучший балл слушателя по модулю)</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Модуль</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Назначено</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начато</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Сдано</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>Доля сдавших</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Среднее</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Медиана</translation>
    </message>
    <message>
        <source>Time (min)</source>
        <translation>Время (мин)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Прохождение</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Лёгкость</translation>
    </message>
    <message>
        <source>Discrimination</source>
        <translation>Дискриминативность</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Пометки</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation>Страница {n} из {total}</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>CS&amp;V</source>
        <translation>&amp;CSV</translation>
    </message>
    <message>
        <source>Excel wor&amp;kbook</source>
        <translation>Книга &amp;Excel</translation>
    </message>
    <message>
        <source>&amp;PDF cohort report</source>
        <translation>Отчёт по группе в &amp;PDF</translation>
    </message>
    <message>
        <source>One row per learner and module (opens in Excel, Cyrillic intact).</source>
        <translation>Строка на каждую пару «слушатель — модуль» (открывается в Excel, кириллица сохраняется).</translation>
    </message>
    <message>
        <source>Sheets: Summary, Learners, Modules, Items, Attempts.</source>
        <translation>Листы: сводка, слушатели, модули, вопросы, попытки.</translation>
    </message>
    <message>
        <source>Filters, summary tables, charts, per-module figures.</source>
        <translation>Фильтры, сводные таблицы, графики, показатели по модулям.</translation>
    </message>
    <message>
        <source>Anon&amp;ymise</source>
        <translation>Обезли&amp;чить</translation>
    </message>
    <message>
        <source>Replace names with stable pseudonyms (Learner 3F2A91BC).</source>
        <translation>Заменить имена постоянными псевдонимами (Слушатель 3F2A91BC).</translation>
    </message>
    <message>
        <source>&amp;Cancel export</source>
        <translation>Отменить э&amp;кспорт</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Ход экспорта</translation>
    </message>
    <message>
        <source>The report covers: {0}.</source>
        <translation>Отчёт охватывает: {0}.</translation>
    </message>
    <message>
        <source>Choose a cohort in the filters to add its sheets: members, pre/post gain, attitude shift, feedback and comments.</source>
        <translation>Выберите группу в фильтрах, чтобы добавить её таблицы: участники, прирост знаний по входному и итоговому тестам, изменение установок, отзывы и комментарии.</translation>
    </message>
    <message>
        <source>The report adds the sheets of cohort {0}: members, pre/post gain, attitude shift, feedback and comments (a CSV report writes them as files beside it; the PDF shows group figures only).</source>
        <translation>К отчёту добавляются таблицы группы {0}: участники, прирост знаний по входному и итоговому тестам, изменение установок, отзывы и комментарии (отчёт CSV записывает их отдельными файлами рядом с собой; PDF показывает только показатели группы).</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Сохранить отчёт</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>Сохранение {0}…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Report saved to {0}.</source>
        <translation>Отчёт сохранён в {0}.</translation>
    </message>
    <message>
        <source>The report could not be written to {0}: {1}</source>
        <translation>Не удалось записать отчёт в {0}: {1}</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Экспорт отменён; файл не записан.</translation>
    </message>
</context>
<context>
    <name>ResetPinDialog</name>
    <message>
        <source>Reset PIN</source>
        <translation>Сброс PIN-кода</translation>
    </message>
    <message>
        <source>Give {0} a new PIN of 4 to 6 digits, or leave it empty to remove the PIN; they can then set a new one under Profile → Edit my profile.</source>
        <translation>Задайте для {0} новый PIN-код из 4–6 цифр или оставьте поле пустым, чтобы удалить PIN-код; затем новый код можно задать в меню Профиль → Изменить мой профиль.</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Новый PIN-код</translation>
    </message>
    <message>
        <source>A PIN has 4 to 6 digits.</source>
        <translation>PIN-код состоит из 4–6 цифр.</translation>
    </message>
</context>
<context>
    <name>ResultsScreen</name>
    <message>
        <source>Competency</source>
        <translation>Компетенция</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>Score by competency</source>
        <translation>Баллы по компетенциям</translation>
    </message>
    <message>
        <source>Review of every question</source>
        <translation>Разбор всех вопросов</translation>
    </message>
    <message>
        <source>← H&amp;ome</source>
        <translation>← На &amp;главную</translation>
    </message>
    <message>
        <source>Tr&amp;y again</source>
        <translation>Пройти &amp;заново</translation>
    </message>
    <message>
        <source>Give &amp;feedback…</source>
        <translation>Оставить &amp;отзыв…</translation>
    </message>
    <message>
        <source>Tr&amp;y again ({0} left)</source>
        <translation>Пройти &amp;заново (осталось: {0})</translation>
    </message>
    <message>
        <source>Save &amp;certificate…</source>
        <translation>Сохранить се&amp;ртификат…</translation>
    </message>
    <message>
        <source>Results: {0}</source>
        <translation>Результаты: {0}</translation>
    </message>
    <message>
        <source>You scored {0:.0f}% and passed (pass mark {1:.0f}%).</source>
        <translation>Ваш результат — {0:.0f}%, тест сдан (проходной балл {1:.0f}%).</translation>
    </message>
    <message>
        <source>You scored {0:.0f}%. The pass mark is {1:.0f}%.</source>
        <translation>Ваш результат — {0:.0f}%. Проходной балл — {1:.0f}%.</translation>
    </message>
    <message>
        <source>Your answer:</source>
        <translation>Ваш ответ:</translation>
    </message>
    <message>
        <source>Correct answer:</source>
        <translation>Правильный ответ:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Источник:</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search the lessons</source>
        <translation>Поиск по урокам</translation>
    </message>
    <message>
        <source>Search words</source>
        <translation>Слова для поиска</translation>
    </message>
    <message>
        <source>Type words and press Enter</source>
        <translation>Введите слова и нажмите Enter</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <source>{0} lessons found</source>
        <translation>Найдено уроков: {0}</translation>
    </message>
</context>
<context>
    <name>SessionReport</name>
    <message>
        <source>Session report · {0} {1} · generated {2}</source>
        <translation>Отчёт о занятии · {0} {1} · создан {2}</translation>
    </message>
    <message>
        <source>Not measured yet for this cohort.</source>
        <translation>Для этой группы пока не измерено.</translation>
    </message>
    <message>
        <source>Session report: {0}</source>
        <translation>Отчёт о занятии: {0}</translation>
    </message>
    <message>
        <source>all done</source>
        <translation>всё выполнено</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>по графику</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>в зоне риска</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Занятие</translation>
    </message>
    <message>
        <source>Trainers: {0}</source>
        <translation>Тренеры: {0}</translation>
    </message>
    <message>
        <source>Dates: {0} – {1}</source>
        <translation>Даты: {0} – {1}</translation>
    </message>
    <message>
        <source>Participants: {0}. Assigned modules: {1}.</source>
        <translation>Участников: {0}. Назначенных модулей: {1}.</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Положение</translation>
    </message>
    <message>
        <source>On {0}:</source>
        <translation>На {0}:</translation>
    </message>
    <message>
        <source>All done: {0}. On track: {1}. At risk: {2}. Overdue: {3}.</source>
        <translation>Всё выполнено: {0}. По графику: {1}. В зоне риска: {2}. Просрочено: {3}.</translation>
    </message>
    <message>
        <source>Overdue: an assigned module not passed after its due day. At risk: work left and no activity for {0} days or more.</source>
        <translation>Просрочено: назначенный модуль не сдан после срока. В зоне риска: есть невыполненные задания и нет активности {0} дн. или дольше.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Modules passed</source>
        <translation>Сдано модулей</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Последняя активность</translation>
    </message>
    <message>
        <source>Completion per assigned module</source>
        <translation>Выполнение по назначенным модулям</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Модуль</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начали</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Сдано</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Прохождение</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Mean best score</source>
        <translation>Средний лучший балл</translation>
    </message>
    <message>
        <source>No module is assigned to this cohort.</source>
        <translation>Этой группе не назначено ни одного модуля.</translation>
    </message>
    <message>
        <source>too few to conclude</source>
        <translation>слишком мало для выводов</translation>
    </message>
    <message>
        <source>Knowledge gain (pre-test and post-test)</source>
        <translation>Прирост знаний (входной и итоговый тесты)</translation>
    </message>
    <message>
        <source>Raw gain: post-test minus pre-test score, in percentage points. Normalised gain: (post − pre) / (100 − pre) (Hake), undefined when the pre-test score was 100%. Only learners who took both tests count; the interval is the 95% confidence interval of the mean raw gain (t distribution). Groups of fewer than {0} paired learners are marked “too few to conclude”.</source>
        <translation>Абсолютный прирост: балл итогового теста минус балл входного, в процентных пунктах. Нормализованный прирост: (итог − вход) / (100 − вход) (по Хейку); не определён, если входной тест сдан на 100%. Учитываются только слушатели, прошедшие оба теста; интервал — 95-процентный доверительный интервал среднего абсолютного прироста (t-распределение). Группы, в которых меньше {0} слушателей с обоими тестами, помечены «слишком мало для выводов».</translation>
    </message>
    <message>
        <source>No learner has taken both tests yet.</source>
        <translation>Пока ни один слушатель не прошёл оба теста.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Paired learners</source>
        <translation>Слушатели с обоими тестами</translation>
    </message>
    <message>
        <source>Pre %</source>
        <translation>Вход, %</translation>
    </message>
    <message>
        <source>Post %</source>
        <translation>Итог, %</translation>
    </message>
    <message>
        <source>Raw gain (points)</source>
        <translation>Абсолютный прирост (п. п.)</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>95-процентный интервал</translation>
    </message>
    <message>
        <source>Normalised gain</source>
        <translation>Нормализованный прирост</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Whole cohort</source>
        <translation>Вся группа</translation>
    </message>
    <message>
        <source>Learners who took only one of the two tests: {0}.</source>
        <translation>Слушателей, прошедших только один из двух тестов: {0}.</translation>
    </message>
    <message>
        <source>Attitude shift</source>
        <translation>Изменение установок</translation>
    </message>
    <message>
        <source>Not a validated instrument: a rough indication only. Agreement from 1 (strongly disagree) to 5 (strongly agree) with statements of misconceptions, before and after; a negative shift is a move away from the misconception. Learners who skipped a statement in either phase are left out for it.</source>
        <translation>Не валидированный инструмент: лишь приблизительный ориентир. Согласие с утверждениями-заблуждениями от 1 (совершенно не согласен) до 5 (полностью согласен) до и после обучения; отрицательный сдвиг означает отход от заблуждения. Слушатели, пропустившие утверждение до или после обучения, по нему не учитываются.</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Утверждение</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>До</translation>
    </message>
    <message>
        <source>After</source>
        <translation>После</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Сдвиг</translation>
    </message>
    <message>
        <source>All statements (mean per learner)</source>
        <translation>Все утверждения (среднее по слушателю)</translation>
    </message>
    <message>
        <source>Participant feedback</source>
        <translation>Отзывы участников</translation>
    </message>
    <message>
        <source>Relevance to my work</source>
        <translation>Польза для моей работы</translation>
    </message>
    <message>
        <source>Confidence to apply it</source>
        <translation>Уверенность в применении</translation>
    </message>
    <message>
        <source>Clarity</source>
        <translation>Понятность</translation>
    </message>
    <message>
        <source>No feedback yet.</source>
        <translation>Отзывов пока нет.</translation>
    </message>
    <message>
        <source>Each question from 1 (not at all) to 5 (very much); anonymous answers included.</source>
        <translation>Каждый вопрос — от 1 (совсем нет) до 5 (в полной мере); анонимные ответы учтены.</translation>
    </message>
    <message>
        <source>negative discrimination</source>
        <translation>отрицательная дискриминативность</translation>
    </message>
    <message>
        <source>too hard</source>
        <translation>слишком трудный</translation>
    </message>
    <message>
        <source>too easy</source>
        <translation>слишком лёгкий</translation>
    </message>
    <message>
        <source>No question of the assigned modules is flagged by this cohort&apos;s answers. A question is judged once it has {0} answers.</source>
        <translation>По ответам этой группы ни один вопрос назначенных модулей не отмечен. Вопрос оценивается, когда на него дано не меньше {0} ответов.</translation>
    </message>
    <message>
        <source>Questions that this cohort&apos;s answers mark as too easy (more than 90% right), too hard (fewer than 20% right) or with negative discrimination (the weaker learners did better than the stronger): worth discussing with the group, and reporting to the content authors if the question itself may be at fault.</source>
        <translation>Вопросы, которые по ответам этой группы оказались слишком лёгкими (более 90% верных ответов), слишком трудными (менее 20% верных) или с отрицательной дискриминативностью (более слабые слушатели ответили лучше сильных): их стоит разобрать с группой, а если ошибка может быть в самом вопросе, сообщить авторам материалов.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Верно</translation>
    </message>
    <message>
        <source>Discrimination</source>
        <translation>Дискриминативность</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Отметка</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Среднее</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Распределение</translation>
    </message>
    <message>
        <source>Written comments: {0} (exported separately as CSV).</source>
        <translation>Письменных комментариев: {0} (экспортируются отдельно в CSV).</translation>
    </message>
    <message>
        <source>Flagged items</source>
        <translation>Отмеченные вопросы</translation>
    </message>
</context>
<context>
    <name>StandingsModel</name>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Слушатель</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Выдан</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>Endorsement</source>
        <translation>Заверение</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <source>Opening Qorgau…</source>
        <translation>Запуск Qorgau…</translation>
    </message>
    <message>
        <source>Opening Qorgau</source>
        <translation>Запуск Qorgau</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>{0} ({1}, {2})</source>
        <translation>{0} ({1}, {2})</translation>
    </message>
    <message>
        <source>… and {0} more.</source>
        <translation>… и ещё {0}.</translation>
    </message>
    <message>
        <source>Qorgau progress bundles (*.zip)</source>
        <translation>Пакеты результатов Qorgau (*.zip)</translation>
    </message>
    <message>
        <source>{0} counted as {1}</source>
        <translation>{0} — то же лицо, что {1}</translation>
    </message>
    <message>
        <source>Undo a learner merge</source>
        <translation>Отмена объединения слушателей</translation>
    </message>
    <message>
        <source>Merge to undo:</source>
        <translation>Какое объединение отменить:</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <source>E&amp;xport my progress…</source>
        <translation>&amp;Экспорт моих результатов…</translation>
    </message>
    <message>
        <source>&amp;About this computer…</source>
        <translation>Об этом &amp;компьютере…</translation>
    </message>
    <message>
        <source>&amp;Export all progress…</source>
        <translation>&amp;Экспорт всех результатов…</translation>
    </message>
    <message>
        <source>&amp;Import progress…</source>
        <translation>&amp;Импорт результатов…</translation>
    </message>
    <message>
        <source>Import co&amp;nflicts…</source>
        <translation>&amp;Конфликты импорта…</translation>
    </message>
    <message>
        <source>&amp;Undo a learner merge…</source>
        <translation>&amp;Отменить объединение слушателей…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>Choose your profile first, then export its progress.</source>
        <translation>Сначала выберите свой профиль, затем экспортируйте его результаты.</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Экспорт результатов</translation>
    </message>
    <message>
        <source>Qorgau progress bundles (*.zip)</source>
        <translation>Пакеты результатов Qorgau (*.zip)</translation>
    </message>
    <message>
        <source>Exporting progress…</source>
        <translation>Экспорт результатов…</translation>
    </message>
    <message>
        <source>Progress saved to {0}: {1} learner(s), {2} attempt(s).
Signing key fingerprint: {3}. Give the file to your trainer.</source>
        <translation>Результаты сохранены в {0}: слушателей — {1}, попыток — {2}.
Отпечаток ключа подписи: {3}. Передайте файл своему тренеру.</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Импорт результатов</translation>
    </message>
    <message>
        <source>Checking the files…</source>
        <translation>Проверка файлов…</translation>
    </message>
    <message>
        <source>Importing progress…</source>
        <translation>Импорт результатов…</translation>
    </message>
    <message>
        <source>Imported {0} file(s): {1} new learner(s), {2} new attempt(s); {3} record(s) were already here.</source>
        <translation>Импортировано файлов: {0}; новых слушателей: {1}, новых попыток: {2}; уже имелось записей: {3}.</translation>
    </message>
    <message>
        <source>Trusted from now on: {0}.</source>
        <translation>Теперь считаются доверенными: {0}.</translation>
    </message>
    <message>
        <source>Skipped (their computers are not trusted): {0}.</source>
        <translation>Пропущены (их компьютерам нет доверия): {0}.</translation>
    </message>
    <message>
        <source>Merged {0} duplicate profile(s).</source>
        <translation>Объединено дублирующихся профилей: {0}.</translation>
    </message>
    <message>
        <source>{0} record(s) in the files differ from the ones here: the records here were kept, the copies kept aside (Trainer → Import conflicts…):</source>
        <translation>Записей в файлах, отличающихся от имеющихся здесь: {0}. Записи на этом компьютере сохранены, копии отложены отдельно (Тренер → Конфликты импорта…):</translation>
    </message>
    <message>
        <source>Cancelled: the remaining files were not imported.</source>
        <translation>Отменено: остальные файлы не импортированы.</translation>
    </message>
    <message>
        <source>This computer signs the progress it exports with its own key.

Device: {0}
Key fingerprint: {1}

When your trainer imports your progress for the first time, they see this fingerprint and ask you to compare it.</source>
        <translation>Этот компьютер подписывает экспортируемые результаты собственным ключом.

Устройство: {0}
Отпечаток ключа: {1}

Когда тренер впервые импортирует ваши результаты, он увидит этот отпечаток и попросит вас сравнить его.</translation>
    </message>
    <message>
        <source>No conflicts: no import found a record that differs from the one here.</source>
        <translation>Конфликтов нет: ни один импорт не нашёл записи, отличающейся от имеющейся здесь.</translation>
    </message>
    <message>
        <source>Import conflicts</source>
        <translation>Конфликты импорта</translation>
    </message>
    <message>
        <source>No learner profiles are merged.</source>
        <translation>Нет объединённых профилей слушателей.</translation>
    </message>
    <message>
        <source>Count {0} and {1} as two different people again?</source>
        <translation>Снова считать {0} и {1} двумя разными людьми?</translation>
    </message>
    <message>
        <source>The merge was undone.</source>
        <translation>Объединение отменено.</translation>
    </message>
</context>
<context>
    <name>TrainerCharts</name>
    <message>
        <source>% of assigned modules completed</source>
        <translation>% завершённых назначенных модулей</translation>
    </message>
    <message>
        <source>% passed</source>
        <translation>% сдавших</translation>
    </message>
    <message>
        <source>count</source>
        <translation>количество</translation>
    </message>
</context>
<context>
    <name>TrainerGate</name>
    <message>
        <source>%n second(s)</source>
        <translation>%n с</translation>
    </message>
    <message>
        <source>%n minute(s)</source>
        <translation>%n мин</translation>
    </message>
    <message>
        <source>Too many wrong passwords. Trainer mode is locked; try again in {0}.</source>
        <translation>Слишком много неверных паролей. Режим тренера заблокирован; повторите попытку через {0}.</translation>
    </message>
    <message numerus="yes">
        <source>That password is not correct. %n more tries before trainer mode locks.</source>
        <translation>
            <numerusform>Неверный пароль. До блокировки режима тренера осталась %n попытка.</numerusform>
            <numerusform>Неверный пароль. До блокировки режима тренера осталось %n попытки.</numerusform>
            <numerusform>Неверный пароль. До блокировки режима тренера осталось %n попыток.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password was not set: it needs at least {0} characters.</source>
        <translation>Пароль не установлен: он должен содержать не менее {0} символов.</translation>
    </message>
    <message>
        <source>The current password is not correct; the password was not changed.</source>
        <translation>Текущий пароль неверен; пароль не изменён.</translation>
    </message>
    <message>
        <source>The new password needs at least {0} characters.</source>
        <translation>Новый пароль должен содержать не менее {0} символов.</translation>
    </message>
    <message>
        <source>The trainer password was changed.</source>
        <translation>Пароль тренера изменён.</translation>
    </message>
</context>
<context>
    <name>TrainerMode</name>
    <message>
        <source>Open trainer &amp;workspace…</source>
        <translation>&amp;Рабочее место тренера…</translation>
    </message>
    <message>
        <source>&amp;Change trainer password…</source>
        <translation>&amp;Сменить пароль тренера…</translation>
    </message>
    <message>
        <source>&amp;Lock trainer mode</source>
        <translation>&amp;Заблокировать режим тренера</translation>
    </message>
</context>
<context>
    <name>TrainerModels</name>
    <message>
        <source>Passed</source>
        <translation>Сдано</translation>
    </message>
    <message>
        <source>Completed, not passed</source>
        <translation>Завершён, не сдан</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>В процессе</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Не начат</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Слушатель</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>(inactive)</source>
        <translation>(неактивен)</translation>
    </message>
    <message>
        <source>, best score {0:.0f}%</source>
        <translation>, лучший балл {0:.0f}%</translation>
    </message>
    <message>
        <source>{0} — {1}: {2}{3}; {4} attempts</source>
        <translation>{0} — {1}: {2}{3}; попыток: {4}</translation>
    </message>
</context>
<context>
    <name>TrainerWorkspace</name>
    <message>
        <source>{0} — trainer workspace</source>
        <translation>{0} — рабочее место тренера</translation>
    </message>
    <message>
        <source>Trainer actions</source>
        <translation>Действия тренера</translation>
    </message>
    <message>
        <source>Leave now (Esc)</source>
        <translation>Быстрый выход (Esc)</translation>
    </message>
    <message>
        <source>Hide everything on screen at once</source>
        <translation>Мгновенно скрыть всё с экрана</translation>
    </message>
    <message>
        <source>Lock trainer mode</source>
        <translation>Заблокировать режим тренера</translation>
    </message>
    <message>
        <source>Dash&amp;board</source>
        <translation>&amp;Сводка</translation>
    </message>
    <message>
        <source>&amp;Learners</source>
        <translation>Слу&amp;шатели</translation>
    </message>
    <message>
        <source>&amp;Item analysis</source>
        <translation>&amp;Анализ вопросов</translation>
    </message>
    <message>
        <source>Cer&amp;tificates</source>
        <translation>Се&amp;ртификаты</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Отчёты</translation>
    </message>
    <message>
        <source>Cohort&amp;s</source>
        <translation>Групп&amp;ы</translation>
    </message>
    <message>
        <source>Pre/post and feedback</source>
        <translation>Тесты и отзывы</translation>
    </message>
    <message>
        <source>Trainer workspace</source>
        <translation>Рабочее место тренера</translation>
    </message>
    <message>
        <source>Dashboard, learners, item analysis, certificates and reports.</source>
        <translation>Сводка, слушатели, анализ вопросов, сертификаты и отчёты.</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>Computing figures…</source>
        <translation>Расчёт показателей…</translation>
    </message>
    <message>
        <source>all</source>
        <translation>все</translation>
    </message>
    <message>
        <source>active and inactive</source>
        <translation>активные и неактивные</translation>
    </message>
    <message>
        <source>active only</source>
        <translation>только активные</translation>
    </message>
    <message>
        <source>inactive only</source>
        <translation>только неактивные</translation>
    </message>
    <message>
        <source>cohort</source>
        <translation>группа</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>роли</translation>
    </message>
    <message>
        <source>regions</source>
        <translation>регионы</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>подразделение</translation>
    </message>
    <message>
        <source>modules</source>
        <translation>модули</translation>
    </message>
    <message>
        <source>attempts</source>
        <translation>попытки</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>любая дата</translation>
    </message>
    <message>
        <source>learners</source>
        <translation>слушатели</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <source>This profile no longer exists.</source>
        <translation>Этого профиля больше нет.</translation>
    </message>
    <message>
        <source>Save transcript</source>
        <translation>Сохранить выписку</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The transcript could not be saved to {0}: {1}</source>
        <translation>Не удалось сохранить выписку в {0}: {1}</translation>
    </message>
    <message>
        <source>Transcript saved to {0}.</source>
        <translation>Выписка сохранена: {0}.</translation>
    </message>
</context>
<context>
    <name>TranscriptPdf</name>
    <message>
        <source>Training transcript</source>
        <translation>Выписка об обучении</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Модули</translation>
    </message>
    <message>
        <source>No modules are assigned to this profile.</source>
        <translation>Этому профилю не назначены модули.</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <source>No attempts yet.</source>
        <translation>Попыток пока нет.</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Сертификаты</translation>
    </message>
    <message>
        <source>Anyone can check a certificate code in Qorgau: Trainer → Certificates.</source>
        <translation>Код сертификата можно проверить в Qorgau: Тренер → Сертификаты.</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Пока нет.</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>сдано</translation>
    </message>
    <message>
        <source>not passed yet</source>
        <translation>пока не сдано</translation>
    </message>
    <message>
        <source>quiz in progress</source>
        <translation>тест не завершён</translation>
    </message>
    <message>
        <source>started</source>
        <translation>начато</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>не начато</translation>
    </message>
    <message>
        <source>not open yet</source>
        <translation>ещё закрыт</translation>
    </message>
    <message>
        <source>Profile created {0}. Printed {1} by {2} {3}.</source>
        <translation>Профиль создан {0}. Напечатано {1}, {2} {3}.</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Модуль</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Best score</source>
        <translation>Лучший балл</translation>
    </message>
    <message>
        <source>Attempts finished</source>
        <translation>Завершено попыток</translation>
    </message>
    <message>
        <source>Lessons read</source>
        <translation>Прочитано уроков</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>не завершена</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>не сдано</translation>
    </message>
    <message>
        <source>{0} right, {1} partly right, {2} wrong</source>
        <translation>верно: {0}, частично: {1}, неверно: {2}</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Answers given</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>Full curriculum</source>
        <translation>Вся программа</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>For</source>
        <translation>За что</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Выдан</translation>
    </message>
</context>
<context>
    <name>TrustedKeys</name>
    <message>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Тренер</translation>
    </message>
    <message>
        <source>Content publisher</source>
        <translation>Издатель материалов</translation>
    </message>
    <message>
        <source>Import trust file</source>
        <translation>Импорт файла доверия</translation>
    </message>
    <message>
        <source>Qorgau trust files (*.json)</source>
        <translation>Файлы доверия Qorgau (*.json)</translation>
    </message>
    <message>
        <source>Revoke key</source>
        <translation>Отзыв ключа</translation>
    </message>
    <message>
        <source>Revoke the key {0} ({1}) for good? Progress bundles, content packs and new certificates signed with it will be refused; records already merged stay. This cannot be undone.

Why (for example, laptop stolen on 3 March):</source>
        <translation>Отозвать ключ {0} ({1}) навсегда? Пакеты прогресса, пакеты контента и новые сертификаты, подписанные им, будут отклоняться; уже объединённые записи останутся. Это нельзя отменить.

Причина (например, ноутбук украден 3 марта):</translation>
    </message>
</context>
<context>
    <name>TrustedKeysDialog</name>
    <message>
        <source>Trusted keys</source>
        <translation>Доверенные ключи</translation>
    </message>
    <message>
        <source>Certificates and progress signed by these keys are trusted on this computer. Share them with other trainers and regional offices as a trust file; import theirs after comparing the fingerprint with the sender.</source>
        <translation>Сертификаты и результаты, подписанные этими ключами, на этом компьютере считаются достоверными. Передавайте их другим тренерам и региональным офисам в файле доверия; их файлы импортируйте, сверив отпечаток ключа с отправителем.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Отозвать…</translation>
    </message>
    <message>
        <source>This computer&apos;s key: {0}</source>
        <translation>Ключ этого компьютера: {0}</translation>
    </message>
    <message>
        <source>This computer has no key yet; it gets one when it first signs something.</source>
        <translation>У этого компьютера ещё нет ключа; он появится при первой подписи.</translation>
    </message>
    <message>
        <source>The key {0} is revoked as of {1}. Export a trust file and give it to other trainers and offices so they refuse it too.</source>
        <translation>Ключ {0} отозван с {1}. Экспортируйте файл доверия и передайте его другим тренерам и офисам, чтобы и они его отклоняли.</translation>
    </message>
    <message>
        <source>Export trust file</source>
        <translation>Экспорт файла доверия</translation>
    </message>
    <message>
        <source>Qorgau trust files (*.json)</source>
        <translation>Файлы доверия Qorgau (*.json)</translation>
    </message>
    <message>
        <source>The trust file could not be written: {0}</source>
        <translation>Не удалось записать файл доверия: {0}</translation>
    </message>
    <message>
        <source>Saved {0} key(s) to {1}.
It is signed by this computer&apos;s key {2}: tell this fingerprint to whoever imports the file, by phone or in person, so they can check it.</source>
        <translation>Ключей сохранено: {0}, в {1}.
Файл подписан ключом этого компьютера {2}: сообщите этот отпечаток тому, кто будет импортировать файл, по телефону или лично, чтобы он мог его сверить.</translation>
    </message>
    <message>
        <source>Trusted {0} new key(s).</source>
        <translation>Новых доверенных ключей: {0}.</translation>
    </message>
    <message>
        <source>Revoked {0} key(s).</source>
        <translation>Отозвано ключей: {0}.</translation>
    </message>
    <message>
        <source>{0} is revoked here and stays revoked.</source>
        <translation>Ключ {0} здесь отозван и остаётся отозванным.</translation>
    </message>
    <message>
        <source>{0} stays trusted as {1}; the file lists it as {2}.</source>
        <translation>{0} остаётся доверенным как «{1}»; в файле он указан как «{2}».</translation>
    </message>
    <message>
        <source>This trust file is signed by the key {0}.
Compare this fingerprint with the one the sender tells you before going on.

It would make this computer trust:
{1}

Trust these keys?</source>
        <translation>Этот файл доверия подписан ключом {0}.
Прежде чем продолжить, сверьте этот отпечаток с тем, который сообщит отправитель.

Этот компьютер станет доверять:
{1}

Доверять этим ключам?</translation>
    </message>
    <message>
        <source>(no keys)</source>
        <translation>(ключей нет)</translation>
    </message>
    <message>
        <source>It also revokes these keys for good (whatever they sign is refused from then on):
{0}</source>
        <translation>Он также навсегда отзывает эти ключи (всё, что они подпишут, с этого момента отклоняется):
{0}</translation>
    </message>
</context>
<context>
    <name>TrustedKeysModel</name>
    <message>
        <source>Revoked {0}: {1}</source>
        <translation>Отозван {0}: {1}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Отпечаток</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>С</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Отозван</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome to Qorgau</source>
        <translation>Добро пожаловать в Qorgau</translation>
    </message>
    <message>
        <source>Qorgau trains police officers, judges, prosecutors and social workers to respond to violence against women under Kazakhstan&apos;s law. It works without internet; your answers are saved on this computer as you go.

To begin, create your profile. If several people share this computer, each creates their own.</source>
        <translation>Qorgau обучает сотрудников полиции, судей, прокуроров и социальных работников реагированию на насилие в отношении женщин в соответствии с законодательством Казахстана. Программа работает без интернета; ваши ответы сохраняются на этом компьютере по ходу работы.

Чтобы начать, создайте свой профиль. Если за этим компьютером работают несколько человек, каждый создаёт свой профиль.</translation>
    </message>
    <message>
        <source>&amp;Create my profile</source>
        <translation>Со&amp;здать профиль</translation>
    </message>
</context>
</TS>
