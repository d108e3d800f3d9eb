<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AnswerText</name>
    <message>
        <source>(no answer)</source>
        <translation>(жауап жоқ)</translation>
    </message>
    <message>
        <source>(nothing chosen)</source>
        <translation>(ештеңе таңдалмады)</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Дұрыс</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Дұрыс емес</translation>
    </message>
</context>
<context>
    <name>AnswerWidgets</name>
    <message>
        <source>Victim safety</source>
        <translation>Жәбірленушінің қауіпсіздігі</translation>
    </message>
    <message>
        <source>Legality</source>
        <translation>Заңдылық</translation>
    </message>
    <message>
        <source>Victim-centred practice</source>
        <translation>Жәбірленушіге бағдарланған тәжірибе</translation>
    </message>
    <message>
        <source>Gender sensitivity</source>
        <translation>Гендерлік сезімталдық</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Құпиялылық</translation>
    </message>
    <message>
        <source>Access to justice</source>
        <translation>Сот төрелігіне қол жеткізу</translation>
    </message>
    <message>
        <source>Inter-agency work</source>
        <translation>Ведомствоаралық жұмыс</translation>
    </message>
    <message>
        <source>Good outcome</source>
        <translation>Жақсы нәтиже</translation>
    </message>
    <message>
        <source>Mixed outcome</source>
        <translation>Аралас нәтиже</translation>
    </message>
    <message>
        <source>Poor outcome</source>
        <translation>Нашар нәтиже</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Нұсқалар</translation>
    </message>
    <message>
        <source>Options, choose all that apply</source>
        <translation>Нұсқалар, сәйкес келетіннің бәрін таңдаңыз</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Дұрыс</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Дұрыс емес</translation>
    </message>
    <message>
        <source>Items in your order</source>
        <translation>Сіз реттеген элементтер</translation>
    </message>
    <message>
        <source>Select an item and press Alt+Up or Alt+Down to move it, or drag it.</source>
        <translation>Элементті таңдап, Alt+Up немесе Alt+Down пернесімен жылжытыңыз немесе оны сүйреңіз.</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Жоғары жылжыту</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Төмен жылжыту</translation>
    </message>
    <message>
        <source>{0}, position {1} of {2}</source>
        <translation>{0}, орны: {1} / {2}</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдаңыз…</translation>
    </message>
    <message>
        <source>Choose the match for this item</source>
        <translation>Осы элементке сәйкесін таңдаңыз</translation>
    </message>
    <message>
        <source>Your answer:</source>
        <translation>Сіздің жауабыңыз:</translation>
    </message>
    <message>
        <source>for example 24, 2.5 or 60 852</source>
        <translation>мысалы: 24; 2,5; 60 852</translation>
    </message>
    <message>
        <source>Your answer in {0}</source>
        <translation>Сіздің жауабыңыз ({0})</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Сіздің жауабыңыз</translation>
    </message>
    <message>
        <source>Enter a number, for example 24 or 2.5.</source>
        <translation>Санды енгізіңіз, мысалы: 24 немесе 2,5.</translation>
    </message>
    <message>
        <source>The end</source>
        <translation>Соңы</translation>
    </message>
    <message>
        <source>Ending: {0}</source>
        <translation>Аяқталуы: {0}</translation>
    </message>
    <message>
        <source>Your choices:</source>
        <translation>Сіздің таңдауларыңыз:</translation>
    </message>
    <message>
        <source>Step {0}</source>
        <translation>{0}-қадам</translation>
    </message>
    <message>
        <source>The story so far:</source>
        <translation>Осы сәтке дейінгі оқиға:</translation>
    </message>
    <message>
        <source>What do you do?</source>
        <translation>Не істейсіз?</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Таңдау</translation>
    </message>
    <message>
        <source>You chose: {0}</source>
        <translation>Сіздің таңдауыңыз: {0}</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Жалғастыру</translation>
    </message>
    <message>
        <source>Debrief:</source>
        <translation>Талдау:</translation>
    </message>
    <message>
        <source>You took the best path.</source>
        <translation>Сіз ең жақсы жолды таңдадыңыз.</translation>
    </message>
    <message>
        <source>Your path scores as well as the best path.</source>
        <translation>Сіздің жолыңыз ең жақсы жолмен бірдей балл алды.</translation>
    </message>
    <message>
        <source>The scenario was not finished.</source>
        <translation>Сценарий аяқталмады.</translation>
    </message>
    <message>
        <source>Your path</source>
        <translation>Сіздің жолыңыз</translation>
    </message>
    <message>
        <source>Best path</source>
        <translation>Ең жақсы жол</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Балдар</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Өлшем</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign a module</source>
        <translation>Модуль тағайындау</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Модуль</translation>
    </message>
    <message>
        <source>Due day</source>
        <translation>Орындау мерзімі</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Модуль:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>Мер&amp;зімі:</translation>
    </message>
</context>
<context>
    <name>AssignedBlock</name>
    <message>
        <source>Assigned by your trainer</source>
        <translation>Тренеріңіз тағайындаған</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Модуль</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>due {0}</source>
        <translation>мерзімі: {0}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Орындалды</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>%n күн кешіктірілді</numerusform>
            <numerusform>%n күн кешіктірілді</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Мерзімі бүгін</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Мерзімі %n күннен кейін</numerusform>
            <numerusform>Мерзімі %n күннен кейін</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttitudeForm</name>
    <message>
        <source>Your views</source>
        <translation>Сіздің көзқарасыңыз</translation>
    </message>
    <message>
        <source>How much do you agree with each statement? There are no right or wrong answers, and you may skip any statement. Your trainer sees only the group&apos;s figures.</source>
        <translation>Әр тұжырыммен қаншалықты келісесіз? Дұрыс немесе бұрыс жауап жоқ, кез келген тұжырымды өткізіп жіберуге болады. Тренер тек топтың көрсеткіштерін көреді.</translation>
    </message>
    <message>
        <source>Strongly disagree</source>
        <translation>Мүлдем келіспеймін</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>Келіспеймін</translation>
    </message>
    <message>
        <source>Neither agree nor disagree</source>
        <translation>Келісемін де, келіспеймін де емес</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Келісемін</translation>
    </message>
    <message>
        <source>Strongly agree</source>
        <translation>Толық келісемін</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← &amp;Артқа</translation>
    </message>
    <message>
        <source>S&amp;kip this statement</source>
        <translation>Тұжырымды &amp;өткізіп жіберу</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Келесі</translation>
    </message>
    <message>
        <source>Statement {0} of {1}</source>
        <translation>{1} тұжырымның {0}-сі</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>Аяқ&amp;тау</translation>
    </message>
</context>
<context>
    <name>Bootstrap</name>
    <message>
        <source>Cannot create the data folder {0}: {1}</source>
        <translation>{0} деректер қалтасын құру мүмкін емес: {1}</translation>
    </message>
    <message>
        <source>Qorgau cannot start: the disk that holds the data folder {0} is full. Free some space, then start Qorgau again.</source>
        <translation>Qorgau іске қосылмайды: {0} деректер қалтасы орналасқан диск толып қалған. Орын босатып, Qorgau-ды қайта іске қосыңыз.</translation>
    </message>
    <message>
        <source>Qorgau cannot write to the data folder {0}. Ask IT staff to make it writable.</source>
        <translation>Qorgau {0} деректер қалтасына жаза алмайды. АТ қызметкерлерінен оған жазу рұқсатын беруді сұраңыз.</translation>
    </message>
    <message>
        <source>Qorgau is already open with the data folder {0}. Switch to the open window, or close it first.</source>
        <translation>Qorgau {0} деректер қалтасымен ашық тұр. Ашық терезеге ауысыңыз немесе алдымен оны жабыңыз.</translation>
    </message>
    <message>
        <source>Qorgau found damage in your progress database ({0}). To keep your answers safe, nothing more is saved to it. Close Qorgau and start it again: it will restore the newest automatic backup.</source>
        <translation>Qorgau прогресс дерекқорыңыздың зақымдалғанын анықтады ({0}). Жауаптарыңыз аман болуы үшін оған бұдан былай ештеңе жазылмайды. Qorgau-ды жабып, қайта іске қосыңыз: ол ең соңғы автоматты сақтық көшірмені қалпына келтіреді.</translation>
    </message>
    <message>
        <source>Your progress database</source>
        <translation>Прогресс дерекқоры</translation>
    </message>
</context>
<context>
    <name>Certificate</name>
    <message>
        <source>Certificate of completion</source>
        <translation>Оқуды аяқтағаны туралы сертификат</translation>
    </message>
    <message>
        <source>{0}%</source>
        <translation>{0}%</translation>
    </message>
    <message>
        <source>Completed the full curriculum for their role:</source>
        <translation>Өз рөлі бойынша толық оқу бағдарламасын аяқтады:</translation>
    </message>
    <message>
        <source>Completed the module:</source>
        <translation>Модульді аяқтады:</translation>
    </message>
    <message>
        <source>version {0}</source>
        <translation>{0} нұсқасы</translation>
    </message>
    <message>
        <source>law as of {0}</source>
        <translation>{0} жағдай бойынша құқық</translation>
    </message>
    <message>
        <source>Awarded to</source>
        <translation>Кімге берілді</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Тексеру коды</translation>
    </message>
    <message>
        <source>Signed credential (Open Badges 3.0). To check this certificate on any computer, offline: scan the QR code or type the text below into qorgau verify-certificate.</source>
        <translation>Қол қойылған деректер (Open Badges 3.0). Бұл сертификатты кез келген компьютерде интернетсіз тексеру үшін QR-кодты сканерлеңіз немесе төмендегі мәтінді qorgau verify-certificate командасына енгізіңіз.</translation>
    </message>
    <message>
        <source>Verify with: {0}</source>
        <translation>Тексеру: {0}</translation>
    </message>
    <message>
        <source>Training content based on {0}, used under CC BY 4.0.</source>
        <translation>Оқу мазмұны {0} негізінде дайындалған, CC BY 4.0 лицензиясы бойынша пайдаланылады.</translation>
    </message>
</context>
<context>
    <name>Certificates</name>
    <message>
        <source>To receive the track certificate, first pass: {0}</source>
        <translation>Бағыт сертификатын алу үшін алдымен мыналардан өтіңіз: {0}</translation>
    </message>
    <message>
        <source>A certificate is issued once the module&apos;s quiz is passed.</source>
        <translation>Сертификат модуль тестінен өткеннен кейін беріледі.</translation>
    </message>
    <message>
        <source>Save certificate</source>
        <translation>Сертификатты сақтау</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <source>The certificate could not be saved to {0}: {1}</source>
        <translation>Сертификатты сақтау мүмкін болмады ({0}): {1}</translation>
    </message>
    <message>
        <source>Certificate saved to {0}.
Verification code: {1}</source>
        <translation>Сертификат сақталды: {0}.
Тексеру коды: {1}</translation>
    </message>
    <message>
        <source>Verify a certificate PDF</source>
        <translation>PDF сертификатын тексеру</translation>
    </message>
    <message>
        <source>Your name as a trainer. It is shown with your endorsements wherever they are verified:</source>
        <translation>Тренер ретіндегі атыңыз. Ол растауларыңыз тексерілетін барлық жерде көрсетіледі:</translation>
    </message>
    <message>
        <source>Endorsed by you</source>
        <translation>Сіз растадыңыз</translation>
    </message>
    <message>
        <source>Ready to endorse</source>
        <translation>Растауға дайын</translation>
    </message>
    <message>
        <source>Not signed (issued by an older version)</source>
        <translation>Қол қойылмаған (ескі нұсқа берген)</translation>
    </message>
    <message>
        <source>Signed credential not valid</source>
        <translation>Қол қойылған деректер жарамсыз</translation>
    </message>
    <message>
        <source>An attempt it cites is not in this database</source>
        <translation>Онда көрсетілген талпыныс бұл дерекқорда жоқ</translation>
    </message>
    <message>
        <source>An attempt it cites is another learner&apos;s or module&apos;s</source>
        <translation>Онда көрсетілген талпыныс басқа тыңдаушыға немесе модульге тиесілі</translation>
    </message>
    <message>
        <source>An attempt it cites is not passed</source>
        <translation>Онда көрсетілген талпыныс тапсырылмаған</translation>
    </message>
    <message>
        <source>Its score does not match the attempts</source>
        <translation>Оның ұпайы талпыныстарға сәйкес келмейді</translation>
    </message>
</context>
<context>
    <name>CertificatesTab</name>
    <message>
        <source>&amp;Verify</source>
        <translation>Тексер&amp;у</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Тексеру нәтижесі</translation>
    </message>
    <message>
        <source>“{0}” is not a Qorgau certificate code: a code has 12 letters and digits, like ABCD-EFGH-JKLM.</source>
        <translation>«{0}» Qorgau сертификатының коды емес: код ABCD-EFGH-JKLM сияқты 12 әріп пен цифрдан тұрады.</translation>
    </message>
    <message>
        <source>No valid certificate has the code {0} on this computer.</source>
        <translation>Бұл компьютерде {0} коды бар жарамды сертификат жоқ.</translation>
    </message>
    <message>
        <source>the full curriculum for the role</source>
        <translation>рөл бойынша толық оқу бағдарламасын</translation>
    </message>
    <message>
        <source>a module</source>
        <translation>модульді</translation>
    </message>
    <message>
        <source>version</source>
        <translation>нұсқа</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңірі</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <source>Certificate {0} is valid.</source>
        <translation>{0} сертификаты жарамды.</translation>
    </message>
    <message>
        <source>Enter the verification code printed on a certificate, paste its signed text (or the text of its QR code), or open its PDF. A code is looked up on this computer; the signed text and the PDF verify on any computer that trusts the key that signed them.</source>
        <translation>Сертификатта басылған тексеру кодын енгізіңіз, оның қол қойылған мәтінін (немесе QR-кодының мәтінін) қойыңыз немесе оның PDF файлын ашыңыз. Код осы компьютерден ізделеді; қол қойылған мәтін мен PDF оларға қол қойған кілтке сенетін кез келген компьютерде тексеріледі.</translation>
    </message>
    <message>
        <source>Co&amp;de or text:</source>
        <translation>Ко&amp;д немесе мәтін:</translation>
    </message>
    <message>
        <source>Certificate code or signed text</source>
        <translation>Сертификат коды немесе қол қойылған мәтін</translation>
    </message>
    <message>
        <source>Open &amp;PDF…</source>
        <translation>&amp;PDF ашу…</translation>
    </message>
    <message>
        <source>Certificates in this database, to endorse:</source>
        <translation>Осы дерекқордағы растауға арналған сертификаттар:</translation>
    </message>
    <message>
        <source>Certificates to endorse</source>
        <translation>Растауға арналған сертификаттар</translation>
    </message>
    <message>
        <source>&amp;Endorse</source>
        <translation>Р&amp;астау</translation>
    </message>
    <message>
        <source>Endorse all read&amp;y</source>
        <translation>Дайы&amp;ндардың бәрін растау</translation>
    </message>
    <message>
        <source>Endorsed {0} certificate(s) as {1}.</source>
        <translation>{1} атынан расталған сертификаттар: {0}.</translation>
    </message>
    <message>
        <source>Check the code. A certificate issued on another computer verifies from its signed text or its PDF; one whose record was changed after issue no longer verifies.</source>
        <translation>Кодты тексеріңіз. Басқа компьютерде берілген сертификат оның қол қойылған мәтіні немесе PDF файлы бойынша тексеріледі; берілгеннен кейін жазбасы өзгертілген сертификат енді тексеруден өтпейді.</translation>
    </message>
    <message>
        <source>It has no signed credential.</source>
        <translation>Онда қол қойылған деректер жоқ.</translation>
    </message>
    <message>
        <source>Not valid: this is not a genuine Qorgau certificate, or it was changed.</source>
        <translation>Жарамсыз: бұл Qorgau-дың түпнұсқа сертификаты емес немесе ол өзгертілген.</translation>
    </message>
    <message>
        <source>Details: {0}</source>
        <translation>Толығырақ: {0}</translation>
    </message>
    <message>
        <source>Unknown issuer: the signatures are intact, but no key trusted here signed it.</source>
        <translation>Беруші белгісіз: қолтаңбалар бүтін, бірақ оған бұл жердегі сенімді бірде-бір кілт қол қоймаған.</translation>
    </message>
    <message>
        <source>It claims, and no one trusted here vouches:</source>
        <translation>Онда мыналар айтылған (бұл жердегі сенімді ешкім оны растамайды):</translation>
    </message>
    <message>
        <source>To trust the issuer, import its trust file (Trainer → Trusted keys…) after checking its fingerprint.</source>
        <translation>Берушіге сену үшін кілттің саусақ ізін салыстырып, оның сенім файлын импорттаңыз (Тренер → Сенімді кілттер…).</translation>
    </message>
    <message>
        <source>Not valid: the key of the device that issued this certificate ({0}) was revoked here on {1}, before the date the certificate bears.</source>
        <translation>Жарамсыз: осы сертификатты берген құрылғының кілтінің ({0}) күші мұнда {1} жойылған, бұл сертификаттағы күннен бұрын.</translation>
    </message>
    <message>
        <source>Not confirmed: the key of the device that issued this certificate ({0}) was revoked here on {1}. The certificate is dated earlier, but whoever holds that key can write any date, and no trusted trainer whose key is not revoked endorsed it.</source>
        <translation>Расталмады: осы сертификатты берген құрылғының кілтінің ({0}) күші мұнда {1} жойылған. Сертификат ертерек күнмен белгіленген, бірақ сол кілтті иеленген кез келген адам кез келген күнді жаза алады, ал кілтінің күші жойылмаған бірде-бір сенімді тренер оны растамаған.</translation>
    </message>
    <message>
        <source>Reason given: {0}</source>
        <translation>Көрсетілген себеп: {0}</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>осы компьютер</translation>
    </message>
    <message>
        <source>Issued by device {0} ({1})</source>
        <translation>{0} құрылғысы берген ({1})</translation>
    </message>
    <message>
        <source>Issued by device {0}, not trusted here</source>
        <translation>{0} құрылғысы берген, бұл жерде оған сенім жоқ</translation>
    </message>
    <message>
        <source>endorsed by trainer {0} ({1})</source>
        <translation>{0} тренер растаған ({1})</translation>
    </message>
    <message>
        <source>endorsed by {0} ({1}), not trusted here</source>
        <translation>растаған: {0} ({1}), бұл жерде оған сенім жоқ</translation>
    </message>
    <message>
        <source>It certifies that this learner completed {0}:</source>
        <translation>Ол осы тыңдаушының {0} аяқтағанын растайды:</translation>
    </message>
</context>
<context>
    <name>CohortDialog</name>
    <message>
        <source>Edit cohort</source>
        <translation>Топты өзгерту</translation>
    </message>
    <message>
        <source>New cohort</source>
        <translation>Жаңа топ</translation>
    </message>
    <message>
        <source>Cohort name</source>
        <translation>Топтың атауы</translation>
    </message>
    <message>
        <source>For example: A. Nurlanova, B. Seitkali</source>
        <translation>Мысалы: А. Нұрланова, Б. Сейтқали</translation>
    </message>
    <message>
        <source>Trainers</source>
        <translation>Тренерлер</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Бірінші күн</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Соңғы күн</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <source>&amp;Trainers:</source>
        <translation>&amp;Тренерлер:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Бірінші күн:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>Соңғы &amp;күн:</translation>
    </message>
    <message>
        <source>Give the cohort a name.</source>
        <translation>Топқа атау беріңіз.</translation>
    </message>
    <message>
        <source>The name is too long.</source>
        <translation>Атауы тым ұзын.</translation>
    </message>
    <message>
        <source>The list of trainers is too long.</source>
        <translation>Тренерлер тізімі тым ұзын.</translation>
    </message>
    <message>
        <source>The last day comes before the first day.</source>
        <translation>Соңғы күн бірінші күннен бұрын.</translation>
    </message>
    <message>
        <source>This cohort came from a trainer&apos;s cohort file and cannot be changed here.</source>
        <translation>Бұл топ тренердің топ файлынан алынған, оны мұнда өзгертуге болмайды.</translation>
    </message>
    <message>
        <source>That module is not installed here.</source>
        <translation>Бұл модуль мұнда орнатылмаған.</translation>
    </message>
</context>
<context>
    <name>CohortImport</name>
    <message>
        <source>Import assignments</source>
        <translation>Тапсырмаларды импорттау</translation>
    </message>
    <message>
        <source>Qorgau cohort files (*{0})</source>
        <translation>Qorgau топ файлдары (*{0})</translation>
    </message>
    <message>
        <source>Trust this trainer?</source>
        <translation>Бұл тренерге сенесіз бе?</translation>
    </message>
    <message>
        <source>“{0}” is signed by a trainer key this computer does not know yet.

Cohort: {1}
Trainers: {2}
Key fingerprint: {3}

Ask your trainer to read out their fingerprint. Trust the key and import the assignments only if the two are the same.</source>
        <translation>«{0}» осы компьютерге әлі белгісіз тренер кілтімен қол қойылған.

Топ: {1}
Тренерлер: {2}
Кілт ізі: {3}

Тренерден өз кілтінің ізін дауыстап оқуын сұраңыз. Екеуі бірдей болса ғана кілтке сеніп, тапсырмаларды импорттаңыз.</translation>
    </message>
    <message>
        <source>This cohort file was refused.

{0}</source>
        <translation>Бұл топ файлы қабылданбады.

{0}</translation>
    </message>
    <message>
        <source>The key was not trusted. Nothing was imported.</source>
        <translation>Кілтке сенім білдірілмеді. Ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>Imported the cohort “{0}” with {1} assigned module(s).</source>
        <translation>«{0}» тобы импортталды, тағайындалған модульдер: {1}.</translation>
    </message>
    <message>
        <source>Updated the cohort “{0}”: it now has {1} assigned module(s).</source>
        <translation>«{0}» тобы жаңартылды: енді тағайындалған модульдер — {1}.</translation>
    </message>
    <message>
        <source>The cohort “{0}” was already imported; its {1} assigned module(s) are unchanged.</source>
        <translation>«{0}» тобы бұрын импортталған; тағайындалған модульдер ({1}) өзгерген жоқ.</translation>
    </message>
    <message>
        <source>{0} is now a member of this cohort.</source>
        <translation>{0} енді осы топтың қатысушысы.</translation>
    </message>
    <message>
        <source>Tests added: {0}.</source>
        <translation>Қосылған тесттер: {0}.</translation>
    </message>
    <message>
        <source>This computer already had a different {0}; it keeps its own. Ask your trainer.</source>
        <translation>Бұл компьютерде басқа {0} бұрыннан бар; бұрынғысы сақталады. Тренеріңізге хабарласыңыз.</translation>
    </message>
    <message>
        <source>These modules are not installed on this computer, so they cannot be taken here yet: {0}. Ask your trainer for the content update.</source>
        <translation>Бұл модульдер осы компьютерде орнатылмаған, сондықтан оларды мұнда әзірге өту мүмкін емес: {0}. Тренерден оқу материалдарының жаңартуын сұраңыз.</translation>
    </message>
    <message>
        <source>pre-test</source>
        <translation>алдын ала тест</translation>
    </message>
    <message>
        <source>post-test</source>
        <translation>қорытынды тест</translation>
    </message>
</context>
<context>
    <name>CohortsTab</name>
    <message>
        <source>Cohorts</source>
        <translation>Топтар</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Топ</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <source>&amp;New cohort…</source>
        <translation>&amp;Жаңа топ…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Ө&amp;згерту…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Жо&amp;ю…</translation>
    </message>
    <message>
        <source>Assigned modules</source>
        <translation>Тағайындалған модульдер</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Модуль</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Өтті</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Мерзімі өтті</translation>
    </message>
    <message>
        <source>Assi&amp;gn module…</source>
        <translation>&amp;Модуль тағайындау…</translation>
    </message>
    <message>
        <source>&amp;Unassign</source>
        <translation>Тағайындауды &amp;алып тастау</translation>
    </message>
    <message>
        <source>Members and their standing</source>
        <translation>Қатысушылар және олардың жағдайы</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Тыңдаушы</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөл</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Жағдайы</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Соңғы әрекет</translation>
    </message>
    <message>
        <source>&amp;Add members…</source>
        <translation>Қатысушы &amp;қосу…</translation>
    </message>
    <message>
        <source>Re&amp;move from cohort</source>
        <translation>Топтан ш&amp;ығару</translation>
    </message>
    <message>
        <source>At ris&amp;k after:</source>
        <translation>Қа&amp;уіп, егер:</translation>
    </message>
    <message>
        <source>Days without activity before a member is at risk</source>
        <translation>Қатысушы қауіп аймағына түсетін белсенділіксіз күндер саны</translation>
    </message>
    <message>
        <source>days without activity</source>
        <translation>күн бойы белсенділік болмаса</translation>
    </message>
    <message>
        <source>E&amp;xport for laptops…</source>
        <translation>Ноутбуктерге &amp;экспорт…</translation>
    </message>
    <message>
        <source>A signed cohort file that learners&apos; laptops import (Profile menu)</source>
        <translation>Тыңдаушылардың ноутбуктері импорттайтын қолтаңбалы топ файлы («Профиль» мәзірі)</translation>
    </message>
    <message>
        <source>Session re&amp;port (PDF)…</source>
        <translation>Сабақ есебі (&amp;PDF)…</translation>
    </message>
    <message>
        <source>Export s&amp;heet…</source>
        <translation>Топ &amp;кестесі…</translation>
    </message>
    <message>
        <source>Members, assigned modules and standing as CSV or Excel</source>
        <translation>Қатысушылар, тағайындалған модульдер және жағдайы CSV немесе Excel түрінде</translation>
    </message>
    <message>
        <source>All done</source>
        <translation>Бәрі орындалды</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Кестеге сай</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Қауіп аймағында</translation>
    </message>
    <message>
        <source>(imported)</source>
        <translation>(импортталған)</translation>
    </message>
    <message>
        <source>No cohort yet: make one with New cohort.</source>
        <translation>Әзірге топ жоқ: «Жаңа топ» батырмасымен топ құрыңыз.</translation>
    </message>
    <message>
        <source>Trainers: {0}. Dates: {1} – {2}.</source>
        <translation>Тренерлер: {0}. Күндері: {1} – {2}.</translation>
    </message>
    <message>
        <source>Imported from a trainer&apos;s cohort file: the trainer changes it, not this computer.</source>
        <translation>Тренердің топ файлынан импортталған: оны осы компьютер емес, тренер өзгертеді.</translation>
    </message>
    <message>
        <source>Overdue: {0}</source>
        <translation>Мерзімі өтті: {0}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ешқашан</translation>
    </message>
    <message>
        <source>Delete cohort</source>
        <translation>Топты өшіру</translation>
    </message>
    <message>
        <source>Delete the cohort “{0}” with its member list and assigned modules? Learners and their progress stay as they are.</source>
        <translation>«{0}» тобын қатысушылар тізімімен және тағайындалған модульдерімен бірге өшіру керек пе? Тыңдаушылар мен олардың нәтижелері өзгеріссіз қалады.</translation>
    </message>
    <message>
        <source>Remove from cohort</source>
        <translation>Топтан шығару</translation>
    </message>
    <message>
        <source>Remove {0} from this cohort? Their profiles and progress stay as they are.</source>
        <translation>{0} осы топтан шығарылсын ба? Олардың профильдері мен нәтижелері өзгеріссіз қалады.</translation>
    </message>
    <message>
        <source>Export for laptops</source>
        <translation>Ноутбуктерге экспорт</translation>
    </message>
    <message>
        <source>Qorgau cohort files (*{0})</source>
        <translation>Qorgau топ файлдары (*{0})</translation>
    </message>
    <message>
        <source>The cohort file could not be saved: {0}</source>
        <translation>Топ файлын сақтау мүмкін болмады: {0}</translation>
    </message>
    <message>
        <source>Cohort file saved to {0}: {1} assigned module(s), {2} member(s).
Signing key fingerprint: {3}. A laptop shows this fingerprint the first time it imports a file from you: read it out so learners can compare.</source>
        <translation>Топ файлы {0} ішіне сақталды: тағайындалған модульдер — {1}, қатысушылар — {2}.
Қолтаңба кілтінің іздері: {3}. Ноутбук сіздің файлыңызды алғаш импорттағанда осы ізді көрсетеді: тыңдаушылар салыстыра алуы үшін оны дауыстап оқыңыз.</translation>
    </message>
    <message>
        <source>Session report</source>
        <translation>Сабақ есебі</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <source>The session report could not be saved: {0}</source>
        <translation>Сабақ есебін сақтау мүмкін болмады: {0}</translation>
    </message>
    <message>
        <source>Session report saved to {0}.</source>
        <translation>Сабақ есебі {0} ішіне сақталды.</translation>
    </message>
    <message>
        <source>Export sheet</source>
        <translation>Топ кестесі</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Excel кітаптары (*.xlsx);;CSV файлдары (*.csv)</translation>
    </message>
    <message>
        <source>The sheet could not be saved: {0}</source>
        <translation>Кестені сақтау мүмкін болмады: {0}</translation>
    </message>
    <message>
        <source>Sheet saved to {0}.</source>
        <translation>Кесте {0} ішіне сақталды.</translation>
    </message>
</context>
<context>
    <name>ContentPacks</name>
    <message>
        <source>Install content pack</source>
        <translation>Мазмұн пакетін орнату</translation>
    </message>
    <message>
        <source>Content packs (*.zip)</source>
        <translation>Мазмұн пакеттері (*.zip)</translation>
    </message>
    <message>
        <source>Checking the content pack…</source>
        <translation>Мазмұн пакеті тексерілуде…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>{0}: version {1} (replaces {2})</source>
        <translation>{0}: {1} нұсқасы ({2} нұсқасының орнына)</translation>
    </message>
    <message>
        <source>{0}: version {1} (new)</source>
        <translation>{0}: {1} нұсқасы (жаңа)</translation>
    </message>
    <message>
        <source>The pack is unsigned: these modules are labelled unofficial.</source>
        <translation>Пакетке қол қойылмаған: бұл модульдер бейресми деп белгіленді.</translation>
    </message>
    <message>
        <source>The pack is signed by key {0}, which is not trusted here: these modules are labelled unofficial.</source>
        <translation>Пакетке {0} кілтімен қол қойылған, бұл кілтке мұнда сенім жоқ: бұл модульдер бейресми деп белгіленді.</translation>
    </message>
    <message>
        <source>Installed from {0}:
{1}

Restart Qorgau to use the new content.</source>
        <translation>{0} пакетінен орнатылды:
{1}

Жаңа мазмұнды пайдалану үшін Qorgau бағдарламасын қайта іске қосыңыз.</translation>
    </message>
    <message>
        <source>{0} was not installed; nothing was changed:
{1}</source>
        <translation>{0} пакеті орнатылмады; ештеңе өзгертілмеді:
{1}</translation>
    </message>
    <message>
        <source>The content pack was not installed: {0}</source>
        <translation>Мазмұн пакеті орнатылмады: {0}</translation>
    </message>
    <message>
        <source>Install content pack…</source>
        <translation>Мазмұн пакетін орнату…</translation>
    </message>
</context>
<context>
    <name>CoverScreen</name>
    <message>
        <source>&amp;Return</source>
        <translation>&amp;Қайту</translation>
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
        <translation>Тағайындалды</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Басталды</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Аяқталды</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Өтті</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>Өту үлесі</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>Орташа нәтиже</translation>
    </message>
    <message>
        <source>Median score</source>
        <translation>Нәтиже медианасы</translation>
    </message>
    <message>
        <source>Mean time</source>
        <translation>Орташа уақыт</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Талпыныстар</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message>
        <source>Find a learner by name</source>
        <translation>Атымен іздеу</translation>
    </message>
    <message>
        <source>Completion matrix</source>
        <translation>Аяқтау матрицасы</translation>
    </message>
    <message>
        <source>One row per learner, one column per module; each cell gives the state and the best score.</source>
        <translation>Әр тыңдаушыға бір жол, әр модульге бір баған; әр ұяшықта күйі мен ең жақсы балы көрсетіледі.</translation>
    </message>
    <message>
        <source>&amp;Completion matrix</source>
        <translation>&amp;Аяқтау матрицасы</translation>
    </message>
    <message>
        <source>Figures per module</source>
        <translation>Модульдер бойынша көрсеткіштер</translation>
    </message>
    <message>
        <source>One row per module: learners assigned, started, completed and passed, pass rate, scores and time.</source>
        <translation>Әр модульге бір жол: тағайындалған, бастаған, аяқтаған және тапсырған тыңдаушылар, тапсыру үлесі, балдар мен уақыт.</translation>
    </message>
    <message>
        <source>Per mod&amp;ule</source>
        <translation>Модульдер б&amp;ойынша</translation>
    </message>
    <message>
        <source>Completion by region</source>
        <translation>Өңірлер бойынша аяқтау</translation>
    </message>
    <message>
        <source>Pass rate by module (C core, P police, J justice, S social work)</source>
        <translation>Модуль бойынша өту үлесі (C негізгі, P полиция, J сот, S әлеум.)</translation>
    </message>
    <message>
        <source>Score distribution (best score per learner and module, %)</source>
        <translation>Нәтижелер бөлінуі (тыңдаушы мен модуль бойынша үздік нәтиже, %)</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Диаграммалар</translation>
    </message>
    <message>
        <source>The figures could not be computed: {0}</source>
        <translation>Көрсеткіштерді есептеу мүмкін болмады: {0}</translation>
    </message>
    <message>
        <source>{0} learners ({1} active) · {2} of {3} assigned modules started, {4} completed, {5} passed · {6} attempts · mean score {7} · {8} certificates</source>
        <translation>{0} тыңдаушы ({1} белсенді) · тағайындалған {3} модульдің {2} басталды, {4} аяқталды, {5} өтті · {6} талпыныс · орташа нәтиже {7} · {8} сертификат</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Question</source>
        <translation>Сұрақ</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Ескерту</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Хабарлама</translation>
    </message>
    <message>
        <source>Save certificate</source>
        <translation>Сертификатты сақтау</translation>
    </message>
    <message>
        <source>Which certificate do you want to save?</source>
        <translation>Қай сертификатты сақтайсыз?</translation>
    </message>
    <message>
        <source>In the interface language</source>
        <translation>Интерфейс тілінде</translation>
    </message>
    <message>
        <source>Kazakh and Russian side by side</source>
        <translation>Қазақша және орысша қатар</translation>
    </message>
</context>
<context>
    <name>ExternalLinkDialog</name>
    <message>
        <source>Web address</source>
        <translation>Веб-мекенжай</translation>
    </message>
    <message>
        <source>This link points to a web page. Qorgau works offline and does not open it; copy the address to open it later on a computer with internet access.</source>
        <translation>Бұл сілтеме веб-бетке апарады. Qorgau офлайн жұмыс істейді және оны ашпайды; мекенжайды көшіріп, кейін интернетке қосылған компьютерде ашыңыз.</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>Мекенжайды &amp;көшіру</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <source>Correct.</source>
        <translation>Дұрыс.</translation>
    </message>
    <message>
        <source>Partly correct ({0}%).</source>
        <translation>Ішінара дұрыс ({0}%).</translation>
    </message>
    <message>
        <source>Not correct.</source>
        <translation>Дұрыс емес.</translation>
    </message>
    <message>
        <source>The correct answer:</source>
        <translation>Дұрыс жауап:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Дереккөз:</translation>
    </message>
    <message>
        <source>✗ You ticked “{0}”, which is not correct.</source>
        <translation>✗ Сіз «{0}» нұсқасын белгіледіңіз, бірақ ол дұрыс емес.</translation>
    </message>
    <message>
        <source>○ You did not tick “{0}”, which is correct.</source>
        <translation>○ Сіз «{0}» нұсқасын белгілемедіңіз, ал ол дұрыс.</translation>
    </message>
    <message>
        <source>✗ “{0}”: you matched “{1}”; the right match is “{2}”.</source>
        <translation>✗ «{0}»: сіз «{1}» нұсқасымен сәйкестендірдіңіз; дұрыс сәйкестік — «{2}».</translation>
    </message>
    <message>
        <source>✗ “{0}” belongs at position {1}; you put it at {2}.</source>
        <translation>✗ «{0}» {1}-орында тұруы керек; сіз оны {2}-орынға қойдыңыз.</translation>
    </message>
</context>
<context>
    <name>FeedbackForm</name>
    <message>
        <source>Answer what you like and skip the rest: 1 means not at all, 5 means very much.</source>
        <translation>Қалағаныңызға жауап беріп, қалғанын өткізіп жіберіңіз: 1 — мүлдем жоқ, 5 — толығымен.</translation>
    </message>
    <message>
        <source>How relevant is this module to your work?</source>
        <translation>Бұл модуль сіздің жұмысыңызға қаншалықты пайдалы?</translation>
    </message>
    <message>
        <source>How confident are you to apply it?</source>
        <translation>Үйренгеніңізді қолдана алатыныңызға қаншалықты сенімдісіз?</translation>
    </message>
    <message>
        <source>How clear was it?</source>
        <translation>Материал қаншалықты түсінікті болды?</translation>
    </message>
    <message>
        <source>Anything else you want to tell the trainer (optional):</source>
        <translation>Тренерге тағы не айтқыңыз келеді (міндетті емес):</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Пікір</translation>
    </message>
    <message>
        <source>Send &amp;anonymously (without my name)</source>
        <translation>Жа&amp;сырын жіберу (атымсыз)</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Ө&amp;ткізіп жіберу</translation>
    </message>
    <message>
        <source>&amp;Send feedback</source>
        <translation>Пікірді &amp;жіберу</translation>
    </message>
    <message>
        <source>Your feedback: {0}</source>
        <translation>Сіздің пікіріңіз: {0}</translation>
    </message>
    <message>
        <source>{0} characters left</source>
        <translation>Қалған таңба саны: {0}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Role</source>
        <translation>Рөл</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Бөлімше</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Модуль</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Тыңдаушылар</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Топ</translation>
    </message>
    <message>
        <source>All cohorts</source>
        <translation>Барлық топтар</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Белсенді</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Белсенді емес</translation>
    </message>
    <message>
        <source>Active and inactive</source>
        <translation>Белсенді және белсенді емес</translation>
    </message>
    <message>
        <source>&amp;Attempts from</source>
        <translation>Талпыныс к&amp;үндері</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Бірінші күн</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Соңғы күн</translation>
    </message>
    <message>
        <source>Reset &amp;filters</source>
        <translation>Сүз&amp;гілерді тазарту</translation>
    </message>
    <message>
        <source>C&amp;ohort:</source>
        <translation>То&amp;п:</translation>
    </message>
    <message>
        <source>Rol&amp;e:</source>
        <translation>Рөл&amp;і:</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Көрсету:</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>&amp;Өңір:</translation>
    </message>
    <message>
        <source>U&amp;nit:</source>
        <translation>Бө&amp;лімше:</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Модуль:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>–</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Барлық рөлдер</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Барлық өңірлер</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Барлық бөлімшелер</translation>
    </message>
    <message>
        <source>All modules</source>
        <translation>Барлық модульдер</translation>
    </message>
</context>
<context>
    <name>FirstRunTour</name>
    <message>
        <source>Tour of the home screen</source>
        <translation>Басты бетке шолу</translation>
    </message>
    <message>
        <source>S&amp;kip the tour</source>
        <translation>Шолуды &amp;өткізу</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Артқа</translation>
    </message>
    <message>
        <source>Ne&amp;xt</source>
        <translation>&amp;Келесі</translation>
    </message>
    <message>
        <source>Step {0} of {1}</source>
        <translation>{1} қадамның {0}-қадамы</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Дайын</translation>
    </message>
    <message>
        <source>Your curriculum</source>
        <translation>Сіздің оқу бағдарламаңыз</translation>
    </message>
    <message>
        <source>Your modules, in order, each with its state. A module opens once you have passed the ones before it. Move with the arrow keys; Enter opens the lessons.</source>
        <translation>Модульдеріңіз ретімен, әрқайсысының күйі көрсетілген. Модуль алдындағы модульдердің бәрі тапсырылғанда ашылады. Бағыт пернелерімен жылжыңыз; Enter сабақтарды ашады.</translation>
    </message>
    <message>
        <source>Lessons and quiz</source>
        <translation>Сабақтар мен тест</translation>
    </message>
    <message>
        <source>Open lessons reads the chosen module; Take the quiz first tells you the questions, pass mark and attempts left.</source>
        <translation>«Сабақтарды ашу» таңдалған модульді ашады; «Тест тапсыру» алдымен сұрақтар санын, өту балын және қалған талпыныстарды айтады.</translation>
    </message>
    <message>
        <source>Continue, review, practise</source>
        <translation>Жалғастыру, қайталау, машықтану</translation>
    </message>
    <message>
        <source>Continue where I left off takes you back to your last lesson or quiz. Review repeats questions that are due; Practise now gives questions from the modules you have passed.</source>
        <translation>«Тоқтаған жерден жалғастыру» соңғы сабаққа не тестке қайтарады. «Қайталау» уақыты келген сұрақтарды қайта қояды; «Машықтану» тапсырылған модульдердің сұрақтарын береді.</translation>
    </message>
    <message>
        <source>Search and glossary</source>
        <translation>Іздеу және глоссарий</translation>
    </message>
    <message>
        <source>Type a word and press Enter to find it in every lesson. The glossary explains the legal terms.</source>
        <translation>Сөзді жазып, Enter пернесін басыңыз: ол барлық сабақтан ізделеді. Глоссарий заң терминдерін түсіндіреді.</translation>
    </message>
    <message>
        <source>Leave now</source>
        <translation>Жылдам шығу</translation>
    </message>
    <message>
        <source>Esc or Leave now hides everything on the screen at once. Return brings you back.</source>
        <translation>Esc пернесі немесе «Жылдам шығу» түймесі экрандағының бәрін бірден жасырады. «Қайту» түймесі кері қайтарады.</translation>
    </message>
    <message>
        <source>Help is always there</source>
        <translation>Анықтама әрдайым қолжетімді</translation>
    </message>
    <message>
        <source>Press F1 for the learner guide. Help → Tour of the home screen shows this tour again.</source>
        <translation>Тыңдаушы нұсқаулығын ашу үшін F1 пернесін басыңыз. Анықтама → Басты бетке шолу осы шолуды қайта көрсетеді.</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <source>Glossary of legal terms</source>
        <translation>Құқықтық терминдер глоссарийі</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Терминдер</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Анықтамасы</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Дереккөз:</translation>
    </message>
    <message>
        <source>Lessons that use this term</source>
        <translation>Осы термин қолданылатын сабақтар</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Qorgau help</source>
        <translation>Qorgau анықтамасы</translation>
    </message>
    <message>
        <source>&amp;Learner guide</source>
        <translation>Тыңдаушы &amp;нұсқаулығы</translation>
    </message>
    <message>
        <source>&amp;Trainer guide</source>
        <translation>&amp;Тренер нұсқаулығы</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Нұсқаулық</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Жабу</translation>
    </message>
    <message>
        <source>Learner guide</source>
        <translation>Тыңдаушы нұсқаулығы</translation>
    </message>
    <message>
        <source>Trainer guide</source>
        <translation>Тренер нұсқаулығы</translation>
    </message>
    <message>
        <source>Qorgau help: {0}</source>
        <translation>Qorgau анықтамасы: {0}</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>&amp;Continue where I left off</source>
        <translation>Тоқтаған жерден &amp;жалғастыру</translation>
    </message>
    <message>
        <source>Practise &amp;now</source>
        <translation>&amp;Машықтану</translation>
    </message>
    <message>
        <source>Questions from the modules you have passed</source>
        <translation>Сіз тапсырған модульдердің сұрақтары</translation>
    </message>
    <message>
        <source>Search the lessons…</source>
        <translation>Сабақтардан іздеу…</translation>
    </message>
    <message>
        <source>Search the lessons</source>
        <translation>Сабақтардан іздеу</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>&amp;Глоссарий</translation>
    </message>
    <message>
        <source>My curriculum</source>
        <translation>Менің оқу бағдарламам</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Модуль</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Lessons read</source>
        <translation>Оқылған сабақтар</translation>
    </message>
    <message>
        <source>Best score</source>
        <translation>Үздік нәтиже</translation>
    </message>
    <message>
        <source>Attempts left</source>
        <translation>Қалған талпыныс</translation>
    </message>
    <message>
        <source>Open &amp;lessons</source>
        <translation>&amp;Сабақтарды ашу</translation>
    </message>
    <message>
        <source>Take the &amp;quiz</source>
        <translation>Тест &amp;тапсыру</translation>
    </message>
    <message>
        <source>Save c&amp;ertificate…</source>
        <translation>Се&amp;ртификатты сақтау…</translation>
    </message>
    <message>
        <source>Save tr&amp;ack certificate…</source>
        <translation>&amp;Бағыт сертификатын сақтау…</translation>
    </message>
    <message>
        <source>Hello, {0}</source>
        <translation>Сәлеметсіз бе, {0}</translation>
    </message>
    <message>
        <source>&amp;Review ({0} due)</source>
        <translation>&amp;Қайталау ({0} күтуде)</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Жабық</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Өтті</translation>
    </message>
    <message>
        <source>Quiz in progress</source>
        <translation>Тест жүріп жатыр</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Басталды</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Басталмады</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>әрекет жүріп жатыр</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>шектеусіз</translation>
    </message>
    <message>
        <source>Locked. Pass this first: {0}</source>
        <translation>Жабық. Алдымен мынадан өтіңіз: {0}</translation>
    </message>
    <message>
        <source>About {0} minutes.</source>
        <translation>Шамамен {0} минут.</translation>
    </message>
</context>
<context>
    <name>ItemAnalysis</name>
    <message>
        <source>too easy</source>
        <translation>тым оңай</translation>
    </message>
    <message>
        <source>too hard</source>
        <translation>тым қиын</translation>
    </message>
    <message>
        <source>negative discrimination</source>
        <translation>теріс ажыратымдылық</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Модуль</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Сұрақ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Жауап</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Жеңілдік</translation>
    </message>
    <message>
        <source>Discrimination</source>
        <translation>Ажыратымдылық</translation>
    </message>
    <message>
        <source>Point-biserial</source>
        <translation>Нүкт.-бисер.</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Белгілер</translation>
    </message>
    <message>
        <source>Wrong options chosen most</source>
        <translation>Жиі таңдалған қате нұсқалар</translation>
    </message>
    <message>
        <source>Scenario: dimension means, common paths</source>
        <translation>Сценарий: өлшем орташалары, жиі жолдар</translation>
    </message>
</context>
<context>
    <name>ItemAnalysisTab</name>
    <message>
        <source>Show only flagged &amp;questions</source>
        <translation>Тек белгіленген с&amp;ұрақтарды көрсету</translation>
    </message>
    <message>
        <source>Facility: share answered correctly. Discrimination: facility among the top 27% of attempts minus the bottom 27%. Flags (from {0} answers): ⚑ too easy (facility above 90%), ⚑ too hard (below 20%), ⚑ negative discrimination (weaker learners do better).</source>
        <translation>Жеңілдік: дұрыс жауап берілген үлес. Ажыратымдылық: ең үздік 27% талпыныстағы жеңілдік минус ең төменгі 27% талпыныстағы жеңілдік. Белгілер ({0} жауаптан бастап): ⚑ тым оңай (жеңілдік 90%-дан жоғары), ⚑ тым қиын (20%-дан төмен), ⚑ теріс ажыратымдылық (әлсіз тыңдаушылар жақсырақ жауап береді).</translation>
    </message>
    <message>
        <source>Item analysis</source>
        <translation>Сұрақтарды талдау</translation>
    </message>
    <message>
        <source>One row per question: answers, facility, discrimination and flags; select a row for details.</source>
        <translation>Әр сұраққа бір жол: жауаптар, жеңілдік, айырмашылық көрсеткіші және белгілер; толығырақ көру үшін жолды таңдаңыз.</translation>
    </message>
    <message>
        <source>Item analysis failed: {0}</source>
        <translation>Сұрақтарды талдау сәтсіз аяқталды: {0}</translation>
    </message>
    <message>
        <source>{0} questions answered, {1} flagged for review by content authors.</source>
        <translation>{0} сұраққа жауап берілді, оның {1} сұрағы мазмұн авторларының қарауына белгіленді.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Police officer</source>
        <translation>Полиция қызметкері</translation>
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
        <translation>Әлеуметтік қызметкер</translation>
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
        <translation>Абай облысы</translation>
    </message>
    <message>
        <source>Akmola Region</source>
        <translation>Ақмола облысы</translation>
    </message>
    <message>
        <source>Aktobe Region</source>
        <translation>Ақтөбе облысы</translation>
    </message>
    <message>
        <source>Almaty Region</source>
        <translation>Алматы облысы</translation>
    </message>
    <message>
        <source>Atyrau Region</source>
        <translation>Атырау облысы</translation>
    </message>
    <message>
        <source>East Kazakhstan Region</source>
        <translation>Шығыс Қазақстан облысы</translation>
    </message>
    <message>
        <source>Jambyl Region</source>
        <translation>Жамбыл облысы</translation>
    </message>
    <message>
        <source>Jetisu Region</source>
        <translation>Жетісу облысы</translation>
    </message>
    <message>
        <source>Karaganda Region</source>
        <translation>Қарағанды облысы</translation>
    </message>
    <message>
        <source>Kostanay Region</source>
        <translation>Қостанай облысы</translation>
    </message>
    <message>
        <source>Kyzylorda Region</source>
        <translation>Қызылорда облысы</translation>
    </message>
    <message>
        <source>Mangystau Region</source>
        <translation>Маңғыстау облысы</translation>
    </message>
    <message>
        <source>North Kazakhstan Region</source>
        <translation>Солтүстік Қазақстан облысы</translation>
    </message>
    <message>
        <source>Pavlodar Region</source>
        <translation>Павлодар облысы</translation>
    </message>
    <message>
        <source>Turkistan Region</source>
        <translation>Түркістан облысы</translation>
    </message>
    <message>
        <source>Ulytau Region</source>
        <translation>Ұлытау облысы</translation>
    </message>
    <message>
        <source>West Kazakhstan Region</source>
        <translation>Батыс Қазақстан облысы</translation>
    </message>
    <message>
        <source>Core curriculum</source>
        <translation>Негізгі бағдарлама</translation>
    </message>
    <message>
        <source>Police track</source>
        <translation>Полиция бағыты</translation>
    </message>
    <message>
        <source>Judges and prosecutors track</source>
        <translation>Судьялар мен прокурорлар бағыты</translation>
    </message>
    <message>
        <source>Social work track</source>
        <translation>Әлеуметтік жұмыс бағыты</translation>
    </message>
    <message>
        <source>Legal framework</source>
        <translation>Құқықтық негіз</translation>
    </message>
    <message>
        <source>Enforcement</source>
        <translation>Құқық қолдану</translation>
    </message>
    <message>
        <source>Gender sensitivity</source>
        <translation>Гендерлік сезімталдық</translation>
    </message>
    <message>
        <source>Victim-centred practice</source>
        <translation>Жәбірленушіге бағдарланған тәжірибе</translation>
    </message>
    <message>
        <source>Access to justice</source>
        <translation>Сот төрелігіне қол жеткізу</translation>
    </message>
    <message>
        <source>Inter-agency work</source>
        <translation>Ведомствоаралық жұмыс</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>Бір жауап</translation>
    </message>
    <message>
        <source>Multiple response</source>
        <translation>Бірнеше жауап</translation>
    </message>
    <message>
        <source>True or false</source>
        <translation>Дұрыс не бұрыс</translation>
    </message>
    <message>
        <source>Ordering</source>
        <translation>Реттілік</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Сәйкестендіру</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Сан</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <source>{0} h {1} min</source>
        <translation>{0} сағ {1} мин</translation>
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
        <translation>Тыңдаушыны өзгерту</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Аты-жөні:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Рөлі:</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>&amp;Өңірі:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Бөлімше:</translation>
    </message>
</context>
<context>
    <name>LearnersTab</name>
    <message>
        <source>Certificates</source>
        <translation>Сертификаттар</translation>
    </message>
    <message>
        <source>score</source>
        <translation>нәтиже</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Әзірге жоқ.</translation>
    </message>
    <message>
        <source>Attempts ({0})</source>
        <translation>Талпыныстар ({0})</translation>
    </message>
    <message>
        <source>No attempts yet.</source>
        <translation>Әзірге талпыныс жоқ.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Сұрақ</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Жауап</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Бөлімше</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>active</source>
        <translation>белсенді</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>белсенді емес</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Талпыныстар</translation>
    </message>
    <message>
        <source>Modules passed</source>
        <translation>Өткен модуль</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Соңғы әрекет</translation>
    </message>
    <message>
        <source>{0}, {1}; unit: {2}; profile created {3}; {4}.</source>
        <translation>{0}, {1}; бөлімше: {2}; профиль құрылған күні: {3}; {4}.</translation>
    </message>
    <message>
        <source>full curriculum</source>
        <translation>толық оқу бағдарламасы</translation>
    </message>
    <message>
        <source>module</source>
        <translation>модуль</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>аяқталмады</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>өтті</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>өтпеді</translation>
    </message>
    <message>
        <source>right</source>
        <translation>дұрыс</translation>
    </message>
    <message>
        <source>partly correct</source>
        <translation>ішінара дұрыс</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>қате</translation>
    </message>
    <message>
        <source>Find a learner by name</source>
        <translation>Тыңдаушыны аты бойынша іздеу</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Ө&amp;згерту…</translation>
    </message>
    <message>
        <source>Deacti&amp;vate</source>
        <translation>Белсе&amp;нді емес ету</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Жою…</translation>
    </message>
    <message>
        <source>Reset &amp;PIN…</source>
        <translation>PIN-кодты &amp;ауыстыру…</translation>
    </message>
    <message>
        <source>Trans&amp;cript PDF…</source>
        <translation>Транскрипт &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the selected learner&apos;s modules, attempts and certificates as a PDF</source>
        <translation>Таңдалған тыңдаушының модульдерін, талпыныстарын және сертификаттарын PDF түрінде сақтау</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Тыңдаушылар</translation>
    </message>
    <message>
        <source>One row per learner: name, role, region, unit and state; the transcript is shown beside it.</source>
        <translation>Әр тыңдаушыға бір жол: аты-жөні, лауазымы, өңірі, бөлімшесі және күйі; оның жанында көшірме көрсетіледі.</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Транскрипт</translation>
    </message>
    <message>
        <source>{0} learners: {1} active, {2} inactive.</source>
        <translation>{0} тыңдаушы: {1} белсенді, {2} белсенді емес.</translation>
    </message>
    <message>
        <source>Choose a learner to see every attempt, answer and certificate.</source>
        <translation>Әрбір талпынысты, жауапты және сертификатты көру үшін тыңдаушыны таңдаңыз.</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>&amp;Қайта белсендіру</translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <translation>Аты-жөні бос болмауы керек.</translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation>Рөлді таңдаңыз.</translation>
    </message>
    <message>
        <source>Choose a region.</source>
        <translation>Өңірді таңдаңыз.</translation>
    </message>
    <message>
        <source>The learner was not changed: {0}</source>
        <translation>Тыңдаушы өзгертілмеді: {0}</translation>
    </message>
    <message>
        <source>Deactivate learner</source>
        <translation>Тыңдаушыны белсенді емес ету</translation>
    </message>
    <message>
        <source>Deactivate {0}? They disappear from the profile list on this computer; their attempts and certificates are kept and they can be reactivated at any time.</source>
        <translation>{0} белсенді емес етілсін бе? Ол осы компьютердегі профильдер тізімінен жоғалады; оның талпыныстары мен сертификаттары сақталады және оны кез келген уақытта қайта белсендіруге болады.</translation>
    </message>
    <message>
        <source>Delete {0} for good? This also deletes {1} attempt(s) with {2} answer(s) and {3} certificate(s); certificates already printed will no longer verify. This cannot be undone.

To keep the record but hide the profile, choose Deactivate instead.</source>
        <translation>{0} біржола жойылсын ба? Бұл сондай-ақ {1} талпынысты, {2} жауапты және {3} сертификатты жояды; бұрын басып шығарылған сертификаттар бұдан былай тексеруден өтпейді. Бұл әрекетті болдырмау мүмкін емес.

Жазбаны сақтап, профильді ғана жасыру үшін оның орнына «Белсенді емес ету» әрекетін таңдаңыз.</translation>
    </message>
    <message>
        <source>Delete learner</source>
        <translation>Тыңдаушыны жою</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Legend:</source>
        <translation>Шартты белгілер:</translation>
    </message>
    <message>
        <source>empty: not in the learner&apos;s curriculum</source>
        <translation>бос: оқу бағдарламасында жоқ</translation>
    </message>
</context>
<context>
    <name>LessonReader</name>
    <message>
        <source>Lessons in this module</source>
        <translation>Осы модульдегі сабақтар</translation>
    </message>
    <message>
        <source>Lesson text</source>
        <translation>Сабақ мәтіні</translation>
    </message>
    <message>
        <source>← H&amp;ome</source>
        <translation>← &amp;Басты бет</translation>
    </message>
    <message>
        <source>P&amp;revious</source>
        <translation>&amp;Алдыңғы</translation>
    </message>
    <message>
        <source>&amp;Mark as read</source>
        <translation>&amp;Оқылды деп белгілеу</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Келесі</translation>
    </message>
    <message>
        <source>Take the &amp;quiz</source>
        <translation>Тест &amp;тапсыру</translation>
    </message>
    <message>
        <source>Teaches the law as of {0}. Check later amendments before you rely on it.</source>
        <translation>{0} жағдай бойынша құқықты баяндайды. Оған сүйенбес бұрын кейінгі өзгерістерді тексеріңіз.</translation>
    </message>
    <message>
        <source>Translation not yet reviewed by a qualified legal translator.</source>
        <translation>Аударманы білікті заң аудармашысы әлі тексерген жоқ.</translation>
    </message>
    <message>
        <source>&amp;Finish lessons</source>
        <translation>&amp;Сабақтарды аяқтау</translation>
    </message>
    <message>
        <source>Lesson {0} of {1}</source>
        <translation>Сабақ {0} / {1}</translation>
    </message>
    <message>
        <source>Read ✓</source>
        <translation>Оқылды ✓</translation>
    </message>
    <message>
        <source>Lesson not available</source>
        <translation>Сабақ қолжетімсіз</translation>
    </message>
    <message>
        <source>That lesson is not installed on this computer.</source>
        <translation>Бұл сабақ осы компьютерге орнатылмаған.</translation>
    </message>
    <message>
        <source>Link disabled</source>
        <translation>Сілтеме өшірілген</translation>
    </message>
    <message>
        <source>This link is disabled for safety: {0}</source>
        <translation>Бұл сілтеме қауіпсіздік үшін өшірілген: {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Welcome</source>
        <translation>Қош келдіңіз</translation>
    </message>
    <message>
        <source>Choose the language and create your profile.</source>
        <translation>Тілді таңдап, профиліңізді жасаңыз.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Your name, role, region, unit and optional PIN.</source>
        <translation>Атыңыз, лауазымыңыз, өңіріңіз, бөлімшеңіз және қалауыңыз бойынша PIN-код.</translation>
    </message>
    <message>
        <source>Choose your profile</source>
        <translation>Профиліңізді таңдаңыз</translation>
    </message>
    <message>
        <source>Profiles on this computer.</source>
        <translation>Осы компьютердегі профильдер.</translation>
    </message>
    <message>
        <source>Home: my curriculum</source>
        <translation>Басты бет: менің бағдарламам</translation>
    </message>
    <message>
        <source>Your modules in order, with their state.</source>
        <translation>Модульдеріңіз ретімен және олардың күйі.</translation>
    </message>
    <message>
        <source>Lesson reader</source>
        <translation>Сабақтарды оқу</translation>
    </message>
    <message>
        <source>The lessons of the module, one at a time.</source>
        <translation>Модуль сабақтары, бір-бірден.</translation>
    </message>
    <message>
        <source>Before the quiz</source>
        <translation>Тест алдында</translation>
    </message>
    <message>
        <source>The number of questions, the pass mark, attempts left and when feedback comes.</source>
        <translation>Сұрақтар саны, өту шегі, қалған әрекеттер және жауаптарды талдау қашан болатыны.</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Тест</translation>
    </message>
    <message>
        <source>One question at a time; each answer is saved at once.</source>
        <translation>Бір-бір сұрақтан; әр жауап бірден сақталады.</translation>
    </message>
    <message>
        <source>Question list</source>
        <translation>Сұрақтар тізімі</translation>
    </message>
    <message>
        <source>Each question, answered or not and flagged, before you finish the quiz.</source>
        <translation>Тестті аяқтау алдында әр сұрақ: жауап берілді ме, белгіленді ме.</translation>
    </message>
    <message>
        <source>Quiz results</source>
        <translation>Тест нәтижелері</translation>
    </message>
    <message>
        <source>Your score, the score per competency and each answer.</source>
        <translation>Балыңыз, құзыреттер бойынша балдар және әр жауап.</translation>
    </message>
    <message>
        <source>{0} modules could not be loaded because of problems in their files; see Trainer → Content problems.</source>
        <translation>Файлдарындағы ақауларға байланысты {0} модуль жүктелмеді; Тренер → Мазмұндағы қателер бөлімін қараңыз.</translation>
    </message>
    <message>
        <source>Quick actions</source>
        <translation>Жылдам әрекеттер</translation>
    </message>
    <message>
        <source>Leave now (Esc)</source>
        <translation>Жылдам шығу (Esc)</translation>
    </message>
    <message>
        <source>Hide everything on screen at once</source>
        <translation>Экрандағының бәрін бірден жасыру</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Профиль</translation>
    </message>
    <message>
        <source>&amp;Switch profile…</source>
        <translation>Профильді &amp;ауыстыру…</translation>
    </message>
    <message>
        <source>&amp;Edit my profile…</source>
        <translation>Профилімді &amp;өзгерту…</translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation>&amp;Жаңа профиль…</translation>
    </message>
    <message>
        <source>&amp;Import assignments…</source>
        <translation>Тапсырмаларды &amp;импорттау…</translation>
    </message>
    <message>
        <source>&amp;Print my transcript…</source>
        <translation>&amp;Транскриптімді басып шығару…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Көрін&amp;іс</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Үлкейту</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Кішірейту</translation>
    </message>
    <message>
        <source>&amp;High-contrast theme</source>
        <translation>&amp;Жоғары контрастты тақырып</translation>
    </message>
    <message>
        <source>Light &amp;theme</source>
        <translation>&amp;Ашық тақырып</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <source>Text &amp;size</source>
        <translation>Мәтін &amp;өлшемі</translation>
    </message>
    <message>
        <source>&amp;Trainer</source>
        <translation>Тр&amp;енер</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ан&amp;ықтама</translation>
    </message>
    <message>
        <source>&amp;Learner guide</source>
        <translation>Тыңдаушы &amp;нұсқаулығы</translation>
    </message>
    <message>
        <source>T&amp;rainer guide</source>
        <translation>Тр&amp;енер нұсқаулығы</translation>
    </message>
    <message>
        <source>Tour of the &amp;home screen</source>
        <translation>Басты бетке &amp;шолу</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>&amp;Глоссарий</translation>
    </message>
    <message>
        <source>Content &amp;problems</source>
        <translation>Мазмұндағы қате&amp;лер</translation>
    </message>
    <message>
        <source>Trusted &amp;keys…</source>
        <translation>Сені&amp;мді кілттер…</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in {0}.</source>
        <translation>Қате PIN-код тым көп рет енгізілді. {0} кейін қайталап көріңіз.</translation>
    </message>
    <message>
        <source>That PIN is not correct. Tries left before the profile locks: {0}.</source>
        <translation>PIN-код қате. Профиль бұғатталғанға дейін қалған әрекеттер саны: {0}.</translation>
    </message>
    <message>
        <source>&amp;About Qorgau</source>
        <translation>Qorgau &amp;туралы</translation>
    </message>
    <message>
        <source>Content warning</source>
        <translation>Мазмұн туралы ескерту</translation>
    </message>
    <message>
        <source>Do you want to continue?</source>
        <translation>Жалғастырасыз ба?</translation>
    </message>
    <message>
        <source>This module opens once you have passed the modules before it.</source>
        <translation>Бұл модуль алдыңғы модульдерден өткеннен кейін ашылады.</translation>
    </message>
    <message>
        <source>You have used every attempt at this quiz.</source>
        <translation>Бұл тест бойынша барлық талпыныстарыңызды пайдаландыңыз.</translation>
    </message>
    <message>
        <source>Finish the quiz</source>
        <translation>Тестті аяқтау</translation>
    </message>
    <message>
        <source>Questions not answered: {0}. They will count as wrong. Finish the quiz now?</source>
        <translation>Жауапсыз сұрақтар: {0}. Олар қате деп есептеледі. Тестті қазір аяқтайсыз ба?</translation>
    </message>
    <message>
        <source>Review finished. Well done.</source>
        <translation>Қайталау аяқталды. Жарайсыз!</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Қайталау</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Машықтану</translation>
    </message>
    <message>
        <source>All training modules loaded without problems.</source>
        <translation>Барлық оқу модульдері ақаусыз жүктелді.</translation>
    </message>
    <message>
        <source>Content problems</source>
        <translation>Мазмұндағы қателер</translation>
    </message>
    <message>
        <source>(portable mode)</source>
        <translation>(портативті режим)</translation>
    </message>
    <message>
        <source>About Qorgau</source>
        <translation>Qorgau туралы</translation>
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
Қазақстандағы әйелдерге қатысты зорлық-зомбылыққа ден қою бойынша офлайн оқыту.

Деректер қалтасы: {1}

Оқу мазмұны мына жұмыс негізінде жасалған: Turarbekova A and others, &apos;Legal Frameworks for Combating Violence Against Women in Kazakhstan: Analysing Effectiveness and Implementation Gaps&apos; (2025) 8(1) Access to Justice in Eastern Europe 264-84, CC BY 4.0.

Қолданылған құралдар: Qt for Python (PySide6, LGPLv3), sqlite-utils (Apache 2.0), Python-Markdown (BSD), PyYAML (MIT) және pydantic (MIT).

Модульдер:
{2}</translation>
    </message>
</context>
<context>
    <name>Measures</name>
    <message>
        <source>Choose at least one module for the pre-test.</source>
        <translation>Алдын ала тест үшін кемінде бір модуль таңдаңыз.</translation>
    </message>
    <message>
        <source>This test is not open any more.</source>
        <translation>Бұл тест енді жабық.</translation>
    </message>
    <message>
        <source>You have already taken this test.</source>
        <translation>Сіз бұл тестті тапсырып қойдыңыз.</translation>
    </message>
    <message>
        <source>Open the pre-test before the post-test.</source>
        <translation>Алдымен алдын ала тестті, содан кейін қорытынды тестті ашыңыз.</translation>
    </message>
</context>
<context>
    <name>MeasuresFlow</name>
    <message>
        <source>Pre-test or post-test</source>
        <translation>Алдын ала немесе қорытынды тест</translation>
    </message>
    <message>
        <source>Module feedback</source>
        <translation>Модуль туралы пікір</translation>
    </message>
    <message>
        <source>Feedback not saved</source>
        <translation>Пікір сақталмады</translation>
    </message>
    <message>
        <source>Thank you for your feedback.</source>
        <translation>Пікіріңізге рақмет.</translation>
    </message>
    <message>
        <source>Nothing was filled in; nothing was sent.</source>
        <translation>Ештеңе толтырылмады, ештеңе жіберілмеді.</translation>
    </message>
</context>
<context>
    <name>MeasuresTab</name>
    <message>
        <source>&amp;Cohort:</source>
        <translation>То&amp;п:</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Топ</translation>
    </message>
    <message>
        <source>&amp;Export comments…</source>
        <translation>Пікірлерді &amp;экспорттау…</translation>
    </message>
    <message>
        <source>Mo&amp;dules of the pre-test:</source>
        <translation>Алдын ала тест &amp;модульдері:</translation>
    </message>
    <message>
        <source>Modules of the pre-test</source>
        <translation>Алдын ала тест модульдері</translation>
    </message>
    <message>
        <source>Ite&amp;ms per module:</source>
        <translation>Модульге с&amp;ұрақ саны:</translation>
    </message>
    <message>
        <source>Open the &amp;pre-test</source>
        <translation>Алдын ала тестті &amp;ашу</translation>
    </message>
    <message>
        <source>Open the p&amp;ost-test</source>
        <translation>&amp;Қорытынды тестті ашу</translation>
    </message>
    <message>
        <source>Pre/post and feedback figures</source>
        <translation>Тесттер мен пікірлер көрсеткіштері</translation>
    </message>
    <message>
        <source>Test not opened</source>
        <translation>Тест ашылмады</translation>
    </message>
    <message>
        <source>No cohorts yet: create one in the Cohorts tab.</source>
        <translation>Әзірге топ жоқ: «Топтар» қойындысында топ құрыңыз.</translation>
    </message>
    <message>
        <source>The post-test is open (the pre-test is closed).</source>
        <translation>Қорытынды тест ашық (алдын ала тест жабық).</translation>
    </message>
    <message>
        <source>The pre-test is open. Open the post-test at the end of the training.</source>
        <translation>Алдын ала тест ашық. Қорытынды тестті оқудың соңында ашыңыз.</translation>
    </message>
    <message>
        <source>Choose the modules and open the pre-test before the training.</source>
        <translation>Модульдерді таңдап, алдын ала тестті оқу басталмай тұрып ашыңыз.</translation>
    </message>
    <message>
        <source>too few to conclude</source>
        <translation>қорытынды жасауға тым аз</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <source>Paired learners</source>
        <translation>Екі тест тапсырған</translation>
    </message>
    <message>
        <source>Pre %</source>
        <translation>Алдын ала, %</translation>
    </message>
    <message>
        <source>Post %</source>
        <translation>Қорытынды, %</translation>
    </message>
    <message>
        <source>Raw gain (points)</source>
        <translation>Абсолютты өсім (тармақ)</translation>
    </message>
    <message>
        <source>95% interval of the mean raw gain</source>
        <translation>Орташа абсолютты өсімнің 95 пайыздық аралығы</translation>
    </message>
    <message>
        <source>Normalised gain</source>
        <translation>Нормаланған өсім</translation>
    </message>
    <message>
        <source>Knowledge gain</source>
        <translation>Білім өсімі</translation>
    </message>
    <message>
        <source>Raw gain is post minus pre in percentage points; normalised gain is (post − pre) / (100 − pre) (Hake), undefined when the pre-test score was 100%. Only learners who took both tests count. Groups of fewer than {0} paired learners are marked “too few to conclude”.</source>
        <translation>Абсолютты өсім — қорытынды тест нәтижесінен алдын ала тест нәтижесін шегергендегі айырма, пайыздық тармақпен; нормаланған өсім — (қорытынды − алдын ала) / (100 − алдын ала) (Хейк бойынша), алдын ала тест 100% болса, анықталмайды. Екі тесті де тапсырған тыңдаушылар ғана есепке алынады. Екі тесті де тапсырғандар {0}-ден аз топтар «қорытынды жасауға тым аз» деп белгіленеді.</translation>
    </message>
    <message>
        <source>Whole cohort</source>
        <translation>Бүкіл топ</translation>
    </message>
    <message>
        <source>Per learner</source>
        <translation>Тыңдаушылар бойынша</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Тыңдаушы</translation>
    </message>
    <message>
        <source>Took only one of the two tests: {0}.</source>
        <translation>Екі тесттің біреуін ғана тапсырғандар: {0}.</translation>
    </message>
    <message>
        <source>Attitude shift</source>
        <translation>Көзқарастың өзгеруі</translation>
    </message>
    <message>
        <source>Not a validated instrument: read these figures as a rough indication only.</source>
        <translation>Валидацияланған құрал емес: бұл көрсеткіштер тек шамамен алынған бағдар.</translation>
    </message>
    <message>
        <source>Agreement from 1 (strongly disagree) to 5 (strongly agree) with statements of misconceptions; a negative shift is a move away from the misconception. Skipped statements are left out.</source>
        <translation>Қате түсініктерді білдіретін тұжырымдармен келісу деңгейі 1-ден (мүлдем келіспеймін) 5-ке (толық келісемін) дейін; теріс өзгеріс қате түсініктен алыстауды білдіреді. Өткізіп жіберілген тұжырымдар есепке алынбайды.</translation>
    </message>
    <message>
        <source>All statements (mean per learner)</source>
        <translation>Барлық тұжырымдар (тыңдаушы бойынша орташа)</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Тұжырым</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Дейін</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Кейін</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Өзгеріс</translation>
    </message>
    <message>
        <source>Participant feedback</source>
        <translation>Қатысушылардың пікірі</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Пайдасы</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Сенімділік</translation>
    </message>
    <message>
        <source>Clarity</source>
        <translation>Түсініктілігі</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Пікірлер</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Модуль</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Сұрақ</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Жауаптар</translation>
    </message>
    <message>
        <source>Mean (1–5)</source>
        <translation>Орташа (1–5)</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Үлестірім</translation>
    </message>
    <message>
        <source>No feedback yet.</source>
        <translation>Әзірге пікір жоқ.</translation>
    </message>
    <message>
        <source>Export comments</source>
        <translation>Пікірлерді экспорттау</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV файлдары (*.csv)</translation>
    </message>
    <message>
        <source>Comments not exported</source>
        <translation>Пікірлер экспортталмады</translation>
    </message>
    <message>
        <source>{0} comments written to {1}.</source>
        <translation>{0} пікір {1} файлына жазылды.</translation>
    </message>
</context>
<context>
    <name>MembersDialog</name>
    <message>
        <source>Add members</source>
        <translation>Қатысушыларды қосу</translation>
    </message>
    <message>
        <source>Search by name, unit, role or region…</source>
        <translation>Аты, бөлімшесі, рөлі немесе өңірі бойынша іздеу…</translation>
    </message>
    <message>
        <source>Search learners</source>
        <translation>Тыңдаушыларды іздеу</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Тыңдаушылар</translation>
    </message>
    <message>
        <source>(inactive)</source>
        <translation>(белсенді емес)</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Іздеу:</translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <source>Set the trainer password</source>
        <translation>Тренер құпиясөзін орнату</translation>
    </message>
    <message>
        <source>Change the trainer password</source>
        <translation>Тренер құпиясөзін өзгерту</translation>
    </message>
    <message>
        <source>Trainer mode shows every learner&apos;s results. Choose a password of at least {0} characters that learners do not know. If it is forgotten, an administrator can reset it from the data folder without losing learners&apos; data (see the README).</source>
        <translation>Тренер режимі барлық тыңдаушылардың нәтижелерін көрсетеді. Тыңдаушылар білмейтін, кемінде {0} таңбадан тұратын құпиясөз таңдаңыз. Ол ұмытылса, әкімші тыңдаушылардың деректерін жоғалтпай, оны деректер қалтасы арқылы қалпына келтіре алады (README файлын қараңыз).</translation>
    </message>
    <message>
        <source>Enter the current password, then the new one (at least {0} characters).</source>
        <translation>Ағымдағы құпиясөзді, содан кейін жаңасын енгізіңіз (кемінде {0} таңба).</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Ағымдағы құпиясөз</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Жаңа құпиясөз</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Жаңа құпиясөзді қайталаңыз</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Ағымдағы құпиясөз:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Жаңа құпиясөз:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Қайталау:</translation>
    </message>
    <message>
        <source>The new password needs at least {0} characters.</source>
        <translation>Жаңа құпиясөз кемінде {0} таңбадан тұруы керек.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Екі жаңа құпиясөз сәйкес келмейді.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Trainer mode</source>
        <translation>Тренер режимі</translation>
    </message>
    <message>
        <source>Enter the trainer password:</source>
        <translation>Тренер құпиясөзін енгізіңіз:</translation>
    </message>
    <message>
        <source>Trainer password</source>
        <translation>Тренер құпиясөзі</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Enter PIN</source>
        <translation>PIN-кодты енгізіңіз</translation>
    </message>
    <message>
        <source>Enter the PIN for {0}:</source>
        <translation>{0} үшін PIN-кодты енгізіңіз:</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in {0}.</source>
        <translation>Қате PIN-код тым көп рет енгізілді. {0} кейін қайталап көріңіз.</translation>
    </message>
</context>
<context>
    <name>PrepostBanner</name>
    <message>
        <source>Take the te&amp;st</source>
        <translation>Тестке &amp;өту</translation>
    </message>
    <message>
        <source>Your trainer has opened the pre-test of “{0}”: {1} questions, before the training.</source>
        <translation>Тренер «{0}» тобының алдын ала тестін ашты: {1} сұрақ, оқуға дейін.</translation>
    </message>
    <message>
        <source>Your trainer has opened the post-test of “{0}”: {1} questions, after the training.</source>
        <translation>Тренер «{0}» тобының қорытынды тестін ашты: {1} сұрақ, оқудан кейін.</translation>
    </message>
    <message>
        <source>Continue the te&amp;st</source>
        <translation>Тестті жалғ&amp;астыру</translation>
    </message>
</context>
<context>
    <name>PrepostScreen</name>
    <message>
        <source>← H&amp;ome</source>
        <translation>← &amp;Басты бет</translation>
    </message>
    <message>
        <source>&amp;Begin</source>
        <translation>Б&amp;астау</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Рақмет</translation>
    </message>
    <message>
        <source>Your answers are saved. Scores and correct answers are not shown for this test.</source>
        <translation>Жауаптарыңыз сақталды. Бұл тест бойынша балл мен дұрыс жауаптар көрсетілмейді.</translation>
    </message>
    <message>
        <source>Pre-test</source>
        <translation>Алдын ала тест</translation>
    </message>
    <message>
        <source>Post-test</source>
        <translation>Қорытынды тест</translation>
    </message>
    <message>
        <source>{0} questions from the modules of the training. Each answer is saved at once, and you can leave and continue later. You will not see whether your answers are right, during or after the test: it measures what the group knows, not you. Some statements about your views come first.</source>
        <translation>Оқу модульдерінен {0} сұрақ. Әр жауап бірден сақталады, шығып, кейін жалғастыруға болады. Жауаптарыңыздың дұрыс-бұрыстығын тест кезінде де, кейін де көрмейсіз: тест сізді емес, топтың білімін өлшейді. Алдымен көзқарасыңыз туралы бірнеше тұжырым беріледі.</translation>
    </message>
    <message>
        <source>Answers not saved</source>
        <translation>Жауаптар сақталмады</translation>
    </message>
    <message>
        <source>The test cannot start</source>
        <translation>Тестті бастау мүмкін емес</translation>
    </message>
    <message>
        <source>Test not saved</source>
        <translation>Тест сақталмады</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Import progress</source>
        <translation>Прогресті импорттау</translation>
    </message>
    <message>
        <source>{0} file(s) can be imported. New learners: {1}. New attempts: {2}. Already present: {3}. Conflicts (kept aside, not applied): {4}.</source>
        <translation>{0} файлды импорттауға болады. Жаңа тыңдаушылар: {1}. Жаңа талпыныстар: {2}. Бұрыннан бар: {3}. Қайшылықтар (бөлек қойылды, қолданылмады): {4}.</translation>
    </message>
    <message>
        <source>Devices to trust</source>
        <translation>Сенім артылатын құрылғылар</translation>
    </message>
    <message>
        <source>Trust the key {0} of device {1} and import {2}</source>
        <translation>{1} құрылғысының {0} кілтіне сену және {2} импорттау</translation>
    </message>
    <message>
        <source>These files are signed by computers this one does not trust yet. Ask the learner to open Profile → About this computer on their laptop and compare the key shown there. Tick a file to trust its key and import it; an unticked file is skipped.</source>
        <translation>Бұл файлдарға осы компьютер әлі сенбейтін компьютерлер қол қойған. Тыңдаушыдан өз ноутбугында Профиль → Осы компьютер туралы бөлімін ашуды сұраңыз да, сондағы кілтті салыстырыңыз. Файлдың кілтіне сеніп, оны импорттау үшін белгілеңіз; белгіленбеген файл өткізіп жіберіледі.</translation>
    </message>
    <message>
        <source>Learners from another device</source>
        <translation>Басқа құрылғыдан келген тыңдаушылар</translation>
    </message>
    <message>
        <source>{0} adds {1} record(s) for {2}: allow</source>
        <translation>{0} файлы {2} үшін {1} жазба қосады: рұқсат ету</translation>
    </message>
    <message>
        <source>These learners came here from another computer than the one that signed the file. Tick a learner only if they really use that computer too; otherwise the file is not imported.</source>
        <translation>Бұл тыңдаушылар мұнда файлға қол қойған компьютерден емес, басқа компьютерден келген. Тыңдаушыны ол шынымен сол компьютерді де пайдаланса ғана белгілеңіз; әйтпесе файл импортталмайды.</translation>
    </message>
    <message>
        <source>New learners</source>
        <translation>Жаңа тыңдаушылар</translation>
    </message>
    <message>
        <source>New learners:</source>
        <translation>Жаңа тыңдаушылар:</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Ықтимал қайталанулар</translation>
    </message>
    <message>
        <source>{0} looks like {1}: merge</source>
        <translation>{0} — {1} сияқты: біріктіру</translation>
    </message>
    <message>
        <source>Possible duplicates: the same name, role and region registered on two computers. Tick those that are the same person; a merge can be undone later.</source>
        <translation>Ықтимал қайталанулар: аты-жөні, рөлі мен өңірі бірдей адам екі компьютерде тіркелген. Бір адам екендерін белгілеңіз; біріктіруді кейін кері қайтаруға болады.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Қайшылықтар</translation>
    </message>
    <message>
        <source>Conflicts: these records differ from the ones already here. The records here are kept; the copies from the files are kept aside (Trainer → Import conflicts…).</source>
        <translation>Қайшылықтар: бұл жазбалар осында бар жазбалардан өзгеше. Осындағы жазбалар сақталды; файлдардағы көшірмелер бөлек қойылды (Тренер → Импорт қайшылықтары…).</translation>
    </message>
    <message>
        <source>Refused files and notes</source>
        <translation>Қабылданбаған файлдар мен ескертпелер</translation>
    </message>
    <message>
        <source>Refused files and notes:</source>
        <translation>Қабылданбаған файлдар мен ескертпелер:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импорттау</translation>
    </message>
</context>
<context>
    <name>ProfileChooser</name>
    <message>
        <source>Who is learning?</source>
        <translation>Кім оқиды?</translation>
    </message>
    <message>
        <source>Choose your profile and press Enter.</source>
        <translation>Профиліңізді таңдап, Enter пернесін басыңыз.</translation>
    </message>
    <message>
        <source>Search by name…</source>
        <translation>Аты бойынша іздеу…</translation>
    </message>
    <message>
        <source>Search profiles by name</source>
        <translation>Профильдерді аты бойынша іздеу</translation>
    </message>
    <message>
        <source>Profiles on this computer</source>
        <translation>Осы компьютердегі профильдер</translation>
    </message>
    <message>
        <source>&amp;Open profile</source>
        <translation>Профильді &amp;ашу</translation>
    </message>
    <message>
        <source>&amp;New profile</source>
        <translation>&amp;Жаңа профиль</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Create your profile</source>
        <translation>Профиліңізді құрыңыз</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Толық аты-жөні</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңірі</translation>
    </message>
    <message>
        <source>Unit or department</source>
        <translation>Бөлімше немесе бөлім</translation>
    </message>
    <message>
        <source>for example: district police department, court, social services</source>
        <translation>мысалы: аудандық полиция бөлімі, сот, әлеуметтік қызмет</translation>
    </message>
    <message>
        <source>PIN (optional)</source>
        <translation>PIN-код (міндетті емес)</translation>
    </message>
    <message>
        <source>4 to 6 digits, optional</source>
        <translation>4–6 цифр, міндетті емес</translation>
    </message>
    <message>
        <source>Repeat the PIN</source>
        <translation>PIN-кодты қайталаңыз</translation>
    </message>
    <message>
        <source>Remove my PIN</source>
        <translation>PIN-кодымды алып тастау</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;Толық аты-жөні:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Рөлі:</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>&amp;Өңірі:</translation>
    </message>
    <message>
        <source>&amp;Unit or department:</source>
        <translation>&amp;Бөлімше немесе бөлім:</translation>
    </message>
    <message>
        <source>P&amp;IN:</source>
        <translation>PIN-&amp;код:</translation>
    </message>
    <message>
        <source>Rep&amp;eat PIN:</source>
        <translation>PIN-кодты &amp;қайталау:</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Қате</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>Профильді &amp;сақтау</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Edit your profile</source>
        <translation>Профиліңізді өзгерту</translation>
    </message>
    <message>
        <source>leave empty to keep the current PIN</source>
        <translation>ағымдағы PIN-кодты сақтау үшін бос қалдырыңыз</translation>
    </message>
    <message>
        <source>Please enter your full name.</source>
        <translation>Толық аты-жөніңізді енгізіңіз.</translation>
    </message>
    <message>
        <source>A PIN has 4 to 6 digits.</source>
        <translation>PIN-код 4–6 цифрдан тұрады.</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>Екі PIN-код сәйкес келмейді.</translation>
    </message>
    <message>
        <source>Please choose your role.</source>
        <translation>Рөліңізді таңдаңыз.</translation>
    </message>
    <message>
        <source>Please choose your region.</source>
        <translation>Өңіріңізді таңдаңыз.</translation>
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
        <translation>Бейресми</translation>
    </message>
    <message>
        <source>Unofficial: installed from a content pack that no trusted publisher signed. Its content and answers have not been checked by the official publisher.</source>
        <translation>Бейресми: ешбір сенімді баспагер қол қоймаған мазмұн пакетінен орнатылған. Оның мазмұны мен жауаптарын ресми баспагер тексермеген.</translation>
    </message>
</context>
<context>
    <name>QuestionNavigator</name>
    <message>
        <source>Check your answers before finishing</source>
        <translation>Аяқтау алдында жауаптарыңызды тексеріңіз</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Сұрақтар</translation>
    </message>
    <message>
        <source>&amp;Go to question</source>
        <translation>Сұраққа &amp;өту</translation>
    </message>
    <message>
        <source>&amp;Finish the quiz</source>
        <translation>Тестті &amp;аяқтау</translation>
    </message>
    <message>
        <source>Finish the quiz</source>
        <translation>Тестті аяқтау</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>жауап берілді</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>жауап жоқ</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>белгіленген</translation>
    </message>
    <message>
        <source>{0} of {1} questions answered; {2} flagged.</source>
        <translation>{1} сұрақтың {0} сұрағына жауап берілді; белгіленгені: {2}.</translation>
    </message>
    <message>
        <source>Questions not answered count as wrong.</source>
        <translation>Жауапсыз сұрақтар қате деп есептеледі.</translation>
    </message>
</context>
<context>
    <name>QuizRunner</name>
    <message>
        <source>← Back to the &amp;lessons</source>
        <translation>← &amp;Сабақтарға оралу</translation>
    </message>
    <message>
        <source>Quiz progress</source>
        <translation>Тест барысы</translation>
    </message>
    <message>
        <source>The question</source>
        <translation>Сұрақ</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Кері байланыс</translation>
    </message>
    <message>
        <source>Question l&amp;ist</source>
        <translation>Сұрақтар &amp;тізімі</translation>
    </message>
    <message>
        <source>&amp;Flag for later</source>
        <translation>&amp;Белгілеу</translation>
    </message>
    <message>
        <source>S&amp;kip for now</source>
        <translation>Кейінге &amp;қалдыру</translation>
    </message>
    <message>
        <source>&amp;Submit answer</source>
        <translation>Жауапты &amp;жіберу</translation>
    </message>
    <message>
        <source>&amp;Next question</source>
        <translation>&amp;Келесі сұрақ</translation>
    </message>
    <message>
        <source>[Picture: {0}]</source>
        <translation>[Сурет: {0}]</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Сурет</translation>
    </message>
    <message>
        <source>Question {0} of {1}</source>
        <translation>Сұрақ {0} / {1}</translation>
    </message>
    <message>
        <source>See &amp;results</source>
        <translation>&amp;Нәтижелерді көру</translation>
    </message>
    <message>
        <source>Flag not saved</source>
        <translation>Белгі сақталмады</translation>
    </message>
    <message>
        <source>Choice not saved</source>
        <translation>Таңдау сақталмады</translation>
    </message>
    <message>
        <source>Answer not saved.</source>
        <translation>Жауап сақталмады.</translation>
    </message>
    <message>
        <source>Answer not saved</source>
        <translation>Жауап сақталмады</translation>
    </message>
    <message>
        <source>Answer saved.</source>
        <translation>Жауап сақталды.</translation>
    </message>
</context>
<context>
    <name>QuizStartScreen</name>
    <message>
        <source>About this quiz</source>
        <translation>Бұл тест туралы</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← &amp;Артқа</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <source>&amp;Start the quiz</source>
        <translation>Тестті &amp;бастау</translation>
    </message>
    <message>
        <source>Start the quiz</source>
        <translation>Тестті бастау</translation>
    </message>
    <message>
        <source>Quiz: {0}</source>
        <translation>Тест: {0}</translation>
    </message>
    <message>
        <source>Attempts: unlimited.</source>
        <translation>Әрекеттер: шектеусіз.</translation>
    </message>
    <message>
        <source>Attempts left: {0}.</source>
        <translation>Қалған әрекеттер: {0}.</translation>
    </message>
    <message>
        <source>Feedback: after each answer.</source>
        <translation>Талдау: әр жауаптан кейін.</translation>
    </message>
    <message>
        <source>Feedback: at the end, with a review of every answer.</source>
        <translation>Талдау: соңында, әр жауап бойынша.</translation>
    </message>
    <message>
        <source>Questions: {0}.</source>
        <translation>Сұрақтар: {0}.</translation>
    </message>
    <message>
        <source>Pass mark: {0}%.</source>
        <translation>Өту шегі: {0}%.</translation>
    </message>
    <message>
        <source>You have already passed this module. Attempts are unlimited, so taking it again costs nothing.</source>
        <translation>Сіз бұл модульді тапсырып қойдыңыз. Әрекеттер саны шектелмеген, сондықтан қайта тапсыру ештеңеге әсер етпейді.</translation>
    </message>
    <message>
        <source>You have already passed this module. Taking the quiz again spends one of your {0} remaining attempts.</source>
        <translation>Сіз бұл модульді тапсырып қойдыңыз. Тестті қайта тапсыру қалған әрекеттердің бірін жұмсайды (қалғаны: {0}).</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>cohort report</source>
        <translation>топ бойынша есеп</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Жасалған уақыты:</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Сүзгілер</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Жиынтық</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Модульдер</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Өңірлер</translation>
    </message>
    <message>
        <source>questions answered</source>
        <translation>жауап берілген сұрақтар</translation>
    </message>
    <message>
        <source>attempts</source>
        <translation>талпыныстар</translation>
    </message>
    <message>
        <source>pass rate</source>
        <translation>өту үлесі</translation>
    </message>
    <message>
        <source>mean score</source>
        <translation>орташа нәтиже</translation>
    </message>
    <message>
        <source>median</source>
        <translation>медиана</translation>
    </message>
    <message>
        <source>No question flagged.</source>
        <translation>Белгіленген сұрақ жоқ.</translation>
    </message>
    <message>
        <source>too easy</source>
        <translation>тым оңай</translation>
    </message>
    <message>
        <source>too hard</source>
        <translation>тым қиын</translation>
    </message>
    <message>
        <source>negative discrimination</source>
        <translation>теріс ажыратымдылық</translation>
    </message>
    <message>
        <source>all</source>
        <translation>барлығы</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Сүзгі</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Тыңдаушылар</translation>
    </message>
    <message>
        <source>active and inactive</source>
        <translation>белсенді және белсенді емес</translation>
    </message>
    <message>
        <source>active only</source>
        <translation>тек белсенді</translation>
    </message>
    <message>
        <source>inactive only</source>
        <translation>тек белсенді емес</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Топ</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Рөлдер</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Бөлімше</translation>
    </message>
    <message>
        <source>Attempts from</source>
        <translation>Талпыныстар басы</translation>
    </message>
    <message>
        <source>the first</source>
        <translation>біріншісі</translation>
    </message>
    <message>
        <source>Attempts until</source>
        <translation>Талпыныстар соңы</translation>
    </message>
    <message>
        <source>the last</source>
        <translation>соңғысы</translation>
    </message>
    <message>
        <source>Active learners</source>
        <translation>Белсенді тыңдаушылар</translation>
    </message>
    <message>
        <source>Learner-module pairs assigned</source>
        <translation>Тағайындалған тыңдаушы–модуль жұптары</translation>
    </message>
    <message>
        <source>Pairs started</source>
        <translation>Басталған жұптар</translation>
    </message>
    <message>
        <source>Pairs completed (finished)</source>
        <translation>Аяқталған жұптар (тест соңына дейін өтілген)</translation>
    </message>
    <message>
        <source>Pairs passed</source>
        <translation>Тесттен өткен жұптар</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Талпыныстар</translation>
    </message>
    <message>
        <source>Finished attempts</source>
        <translation>Аяқталған талпыныстар</translation>
    </message>
    <message>
        <source>Mean best score</source>
        <translation>Үздік нәтижелердің орташасы</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Сертификаттар</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <source>Completion by region (share of assigned modules)</source>
        <translation>Өңірлер бойынша аяқтау (тағайындалған модульдер үлесі)</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>аяқталды</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>өтті</translation>
    </message>
    <message>
        <source>Pass rate by module (passed / completed)</source>
        <translation>Модульдер бойынша өту үлесі (өткендер / аяқтағандар)</translation>
    </message>
    <message>
        <source>Score distribution (best score per learner and module)</source>
        <translation>Нәтижелердің бөлінуі (әр тыңдаушы мен модуль бойынша үздік нәтиже)</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Модуль</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Тағайындалды</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Басталды</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Аяқталды</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Өтті</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>Өту үлесі</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Орташа</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Медиана</translation>
    </message>
    <message>
        <source>Time (min)</source>
        <translation>Уақыт (мин)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Аяқталуы</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Сұрақ</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Жауаптар</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Жеңілдік</translation>
    </message>
    <message>
        <source>Discrimination</source>
        <translation>Ажыратымдылық</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Белгілер</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation>Бет {n} / {total}</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <source>Format:</source>
        <translation>Пішім:</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорттау…</translation>
    </message>
    <message>
        <source>CS&amp;V</source>
        <translation>&amp;CSV</translation>
    </message>
    <message>
        <source>Excel wor&amp;kbook</source>
        <translation>&amp;Excel кітабы</translation>
    </message>
    <message>
        <source>&amp;PDF cohort report</source>
        <translation>&amp;PDF топ бойынша есеп</translation>
    </message>
    <message>
        <source>One row per learner and module (opens in Excel, Cyrillic intact).</source>
        <translation>Әр тыңдаушы мен модульге бір жол (Excel-де ашылады, кириллица бұзылмайды).</translation>
    </message>
    <message>
        <source>Sheets: Summary, Learners, Modules, Items, Attempts.</source>
        <translation>Парақтар: жиынтық, тыңдаушылар, модульдер, сұрақтар, талпыныстар.</translation>
    </message>
    <message>
        <source>Filters, summary tables, charts, per-module figures.</source>
        <translation>Сүзгілер, жиынтық кестелер, диаграммалар, модуль көрсеткіштері.</translation>
    </message>
    <message>
        <source>Anon&amp;ymise</source>
        <translation>&amp;Анонимдеу</translation>
    </message>
    <message>
        <source>Replace names with stable pseudonyms (Learner 3F2A91BC).</source>
        <translation>Аты-жөндерді тұрақты бүркеншік аттармен ауыстыру (Learner 3F2A91BC).</translation>
    </message>
    <message>
        <source>&amp;Cancel export</source>
        <translation>Экспортты то&amp;қтату</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Экспорт барысы</translation>
    </message>
    <message>
        <source>The report covers: {0}.</source>
        <translation>Есеп аясы: {0}.</translation>
    </message>
    <message>
        <source>Choose a cohort in the filters to add its sheets: members, pre/post gain, attitude shift, feedback and comments.</source>
        <translation>Топтың кестелерін қосу үшін сүзгілерден топты таңдаңыз: қатысушылар, алдын ала және қорытынды тест бойынша білім өсімі, көзқарастың өзгеруі, кері байланыс және пікірлер.</translation>
    </message>
    <message>
        <source>The report adds the sheets of cohort {0}: members, pre/post gain, attitude shift, feedback and comments (a CSV report writes them as files beside it; the PDF shows group figures only).</source>
        <translation>Есепке {0} тобының кестелері қосылады: қатысушылар, алдын ала және қорытынды тест бойынша білім өсімі, көзқарастың өзгеруі, кері байланыс және пікірлер (CSV есебі оларды жанына бөлек файлдар етіп жазады; PDF тек топ көрсеткіштерін көрсетеді).</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV файлдары (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel кітаптары (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Есепті сақтау</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>{0} жазылуда…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Тоқтатылуда…</translation>
    </message>
    <message>
        <source>Report saved to {0}.</source>
        <translation>Есеп сақталды: {0}.</translation>
    </message>
    <message>
        <source>The report could not be written to {0}: {1}</source>
        <translation>Есепті жазу мүмкін болмады ({0}): {1}</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Экспорт тоқтатылды; ешбір файл жазылмады.</translation>
    </message>
</context>
<context>
    <name>ResetPinDialog</name>
    <message>
        <source>Reset PIN</source>
        <translation>PIN-кодты ауыстыру</translation>
    </message>
    <message>
        <source>Give {0} a new PIN of 4 to 6 digits, or leave it empty to remove the PIN; they can then set a new one under Profile → Edit my profile.</source>
        <translation>{0} үшін 4–6 цифрдан тұратын жаңа PIN-код беріңіз немесе PIN-кодты алып тастау үшін бос қалдырыңыз; кейін ол Профиль → Профилімді өзгерту арқылы жаңасын орната алады.</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Жаңа PIN-код</translation>
    </message>
    <message>
        <source>A PIN has 4 to 6 digits.</source>
        <translation>PIN-код 4–6 цифрдан тұрады.</translation>
    </message>
</context>
<context>
    <name>ResultsScreen</name>
    <message>
        <source>Competency</source>
        <translation>Құзыреттілік</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>Score by competency</source>
        <translation>Құзыреттіліктер бойынша нәтиже</translation>
    </message>
    <message>
        <source>Review of every question</source>
        <translation>Әр сұрақты шолу</translation>
    </message>
    <message>
        <source>← H&amp;ome</source>
        <translation>← &amp;Басты бет</translation>
    </message>
    <message>
        <source>Tr&amp;y again</source>
        <translation>&amp;Қайта тапсыру</translation>
    </message>
    <message>
        <source>Give &amp;feedback…</source>
        <translation>Пікір қ&amp;алдыру…</translation>
    </message>
    <message>
        <source>Tr&amp;y again ({0} left)</source>
        <translation>&amp;Қайта тапсыру ({0} қалды)</translation>
    </message>
    <message>
        <source>Save &amp;certificate…</source>
        <translation>&amp;Сертификатты сақтау…</translation>
    </message>
    <message>
        <source>Results: {0}</source>
        <translation>Нәтижелер: {0}</translation>
    </message>
    <message>
        <source>You scored {0:.0f}% and passed (pass mark {1:.0f}%).</source>
        <translation>Сіздің нәтижеңіз {0:.0f}%, тесттен өттіңіз (өту шегі {1:.0f}%).</translation>
    </message>
    <message>
        <source>You scored {0:.0f}%. The pass mark is {1:.0f}%.</source>
        <translation>Сіздің нәтижеңіз {0:.0f}%. Өту шегі {1:.0f}%.</translation>
    </message>
    <message>
        <source>Your answer:</source>
        <translation>Сіздің жауабыңыз:</translation>
    </message>
    <message>
        <source>Correct answer:</source>
        <translation>Дұрыс жауап:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Дереккөз:</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search the lessons</source>
        <translation>Сабақтардан іздеу</translation>
    </message>
    <message>
        <source>Search words</source>
        <translation>Іздеу сөздері</translation>
    </message>
    <message>
        <source>Type words and press Enter</source>
        <translation>Сөздерді теріп, Enter пернесін басыңыз</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Іздеу нәтижелері</translation>
    </message>
    <message>
        <source>{0} lessons found</source>
        <translation>{0} сабақ табылды</translation>
    </message>
</context>
<context>
    <name>SessionReport</name>
    <message>
        <source>Session report · {0} {1} · generated {2}</source>
        <translation>Сабақ есебі · {0} {1} · жасалған күні {2}</translation>
    </message>
    <message>
        <source>Not measured yet for this cohort.</source>
        <translation>Бұл топ үшін әзірге өлшенбеген.</translation>
    </message>
    <message>
        <source>Session report: {0}</source>
        <translation>Сабақ есебі: {0}</translation>
    </message>
    <message>
        <source>all done</source>
        <translation>бәрі орындалды</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>кестеге сай</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>қауіп аймағында</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>мерзімі өтті</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Сабақ</translation>
    </message>
    <message>
        <source>Trainers: {0}</source>
        <translation>Тренерлер: {0}</translation>
    </message>
    <message>
        <source>Dates: {0} – {1}</source>
        <translation>Күндері: {0} – {1}</translation>
    </message>
    <message>
        <source>Participants: {0}. Assigned modules: {1}.</source>
        <translation>Қатысушылар: {0}. Тағайындалған модульдер: {1}.</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Жағдайы</translation>
    </message>
    <message>
        <source>On {0}:</source>
        <translation>{0} күнгі жағдай:</translation>
    </message>
    <message>
        <source>All done: {0}. On track: {1}. At risk: {2}. Overdue: {3}.</source>
        <translation>Бәрі орындалды: {0}. Кестеге сай: {1}. Қауіп аймағында: {2}. Мерзімі өтті: {3}.</translation>
    </message>
    <message>
        <source>Overdue: an assigned module not passed after its due day. At risk: work left and no activity for {0} days or more.</source>
        <translation>Мерзімі өтті: тағайындалған модуль мерзімінен кейін тапсырылмаған. Қауіп аймағында: орындалмаған жұмыс бар және {0} күн немесе одан көп белсенділік жоқ.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөл</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>Modules passed</source>
        <translation>Өткен модуль</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Соңғы әрекет</translation>
    </message>
    <message>
        <source>Completion per assigned module</source>
        <translation>Тағайындалған модульдер бойынша орындалуы</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Модуль</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Басталды</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Аяқталды</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Өтті</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Аяқталуы</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Мерзімі өтті</translation>
    </message>
    <message>
        <source>Mean best score</source>
        <translation>Үздік нәтижелердің орташасы</translation>
    </message>
    <message>
        <source>No module is assigned to this cohort.</source>
        <translation>Бұл топқа бірде-бір модуль тағайындалмаған.</translation>
    </message>
    <message>
        <source>too few to conclude</source>
        <translation>қорытынды жасауға тым аз</translation>
    </message>
    <message>
        <source>Knowledge gain (pre-test and post-test)</source>
        <translation>Білім өсімі (алдын ала және қорытынды тест)</translation>
    </message>
    <message>
        <source>Raw gain: post-test minus pre-test score, in percentage points. Normalised gain: (post − pre) / (100 − pre) (Hake), undefined when the pre-test score was 100%. Only learners who took both tests count; the interval is the 95% confidence interval of the mean raw gain (t distribution). Groups of fewer than {0} paired learners are marked “too few to conclude”.</source>
        <translation>Абсолютты өсім: қорытынды тест балынан алдын ала тест балын шегергендегі айырма, пайыздық тармақпен. Нормаланған өсім: (қорытынды − алдын ала) / (100 − алдын ала) (Хейк бойынша); алдын ала тест 100% болса, анықталмайды. Екі тесті де тапсырған тыңдаушылар ғана есепке алынады; аралық — орташа абсолютты өсімнің 95 пайыздық сенім аралығы (t-үлестірім). Екі тесті де тапсырған тыңдаушылары {0}-ден аз топтар «қорытынды жасауға тым аз» деп белгіленеді.</translation>
    </message>
    <message>
        <source>No learner has taken both tests yet.</source>
        <translation>Әзірге ешбір тыңдаушы екі тесті де тапсырған жоқ.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <source>Paired learners</source>
        <translation>Екі тест тапсырған</translation>
    </message>
    <message>
        <source>Pre %</source>
        <translation>Алдын ала, %</translation>
    </message>
    <message>
        <source>Post %</source>
        <translation>Қорытынды, %</translation>
    </message>
    <message>
        <source>Raw gain (points)</source>
        <translation>Абсолютты өсім (тармақ)</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>95 пайыздық аралық</translation>
    </message>
    <message>
        <source>Normalised gain</source>
        <translation>Нормаланған өсім</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескерту</translation>
    </message>
    <message>
        <source>Whole cohort</source>
        <translation>Бүкіл топ</translation>
    </message>
    <message>
        <source>Learners who took only one of the two tests: {0}.</source>
        <translation>Екі тесттің біреуін ғана тапсырған тыңдаушылар: {0}.</translation>
    </message>
    <message>
        <source>Attitude shift</source>
        <translation>Көзқарастың өзгеруі</translation>
    </message>
    <message>
        <source>Not a validated instrument: a rough indication only. Agreement from 1 (strongly disagree) to 5 (strongly agree) with statements of misconceptions, before and after; a negative shift is a move away from the misconception. Learners who skipped a statement in either phase are left out for it.</source>
        <translation>Валидацияланған құрал емес: тек шамамен алынған бағдар. Қате түсініктерді білдіретін тұжырымдармен келісу деңгейі 1-ден (мүлдем келіспеймін) 5-ке (толық келісемін) дейін, оқуға дейін және кейін; теріс өзгеріс қате түсініктен алыстауды білдіреді. Тұжырымды оқуға дейін немесе кейін өткізіп жіберген тыңдаушылар ол бойынша есепке алынбайды.</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Тұжырым</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Дейін</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Кейін</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Өзгеріс</translation>
    </message>
    <message>
        <source>All statements (mean per learner)</source>
        <translation>Барлық тұжырымдар (тыңдаушы бойынша орташа)</translation>
    </message>
    <message>
        <source>Participant feedback</source>
        <translation>Қатысушылардың пікірі</translation>
    </message>
    <message>
        <source>Relevance to my work</source>
        <translation>Жұмысыма пайдасы</translation>
    </message>
    <message>
        <source>Confidence to apply it</source>
        <translation>Қолдана алатынына сенімділік</translation>
    </message>
    <message>
        <source>Clarity</source>
        <translation>Түсініктілігі</translation>
    </message>
    <message>
        <source>No feedback yet.</source>
        <translation>Әзірге пікір жоқ.</translation>
    </message>
    <message>
        <source>Each question from 1 (not at all) to 5 (very much); anonymous answers included.</source>
        <translation>Әр сұрақ 1-ден (мүлдем жоқ) 5-ке (толығымен) дейін; жасырын жауаптар да қамтылған.</translation>
    </message>
    <message>
        <source>negative discrimination</source>
        <translation>теріс ажыратымдылық</translation>
    </message>
    <message>
        <source>too hard</source>
        <translation>тым қиын</translation>
    </message>
    <message>
        <source>too easy</source>
        <translation>тым оңай</translation>
    </message>
    <message>
        <source>No question of the assigned modules is flagged by this cohort&apos;s answers. A question is judged once it has {0} answers.</source>
        <translation>Бұл топтың жауаптары бойынша тағайындалған модульдердің бірде-бір сұрағы белгіленбеді. Сұраққа кемінде {0} жауап берілгенде ғана баға беріледі.</translation>
    </message>
    <message>
        <source>Questions that this cohort&apos;s answers mark as too easy (more than 90% right), too hard (fewer than 20% right) or with negative discrimination (the weaker learners did better than the stronger): worth discussing with the group, and reporting to the content authors if the question itself may be at fault.</source>
        <translation>Бұл топтың жауаптары бойынша тым оңай (90%-дан астамы дұрыс), тым қиын (20%-дан азы дұрыс) немесе теріс ажыратымдылығы бар (әлсіз тыңдаушылар күштілерден жақсырақ жауап берген) болып шыққан сұрақтар: оларды топпен талқылаған жөн, ал қате сұрақтың өзінде болуы мүмкін болса, оқу материалдарының авторларына хабарлаңыз.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Сұрақ</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Жауаптар</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Дұрыс</translation>
    </message>
    <message>
        <source>Discrimination</source>
        <translation>Ажыратымдылық</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Белгі</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Орташа</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Үлестірім</translation>
    </message>
    <message>
        <source>Written comments: {0} (exported separately as CSV).</source>
        <translation>Жазбаша пікірлер: {0} (CSV ретінде бөлек экспортталады).</translation>
    </message>
    <message>
        <source>Flagged items</source>
        <translation>Белгіленген сұрақтар</translation>
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
        <translation>Тыңдаушы</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>Endorsement</source>
        <translation>Растау</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <source>Opening Qorgau…</source>
        <translation>Qorgau ашылуда…</translation>
    </message>
    <message>
        <source>Opening Qorgau</source>
        <translation>Qorgau ашылуда</translation>
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
        <translation>… және тағы {0}.</translation>
    </message>
    <message>
        <source>Qorgau progress bundles (*.zip)</source>
        <translation>Qorgau прогресс пакеттері (*.zip)</translation>
    </message>
    <message>
        <source>{0} counted as {1}</source>
        <translation>{0} — {1} ретінде есептеледі</translation>
    </message>
    <message>
        <source>Undo a learner merge</source>
        <translation>Біріктіруді кері қайтару</translation>
    </message>
    <message>
        <source>Merge to undo:</source>
        <translation>Кері қайтарылатын біріктіру:</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <source>E&amp;xport my progress…</source>
        <translation>Прогресімді &amp;экспорттау…</translation>
    </message>
    <message>
        <source>&amp;About this computer…</source>
        <translation>Осы &amp;компьютер туралы…</translation>
    </message>
    <message>
        <source>&amp;Export all progress…</source>
        <translation>Барлық прогресті &amp;экспорттау…</translation>
    </message>
    <message>
        <source>&amp;Import progress…</source>
        <translation>Прогресті &amp;импорттау…</translation>
    </message>
    <message>
        <source>Import co&amp;nflicts…</source>
        <translation>Импорт қа&amp;йшылықтары…</translation>
    </message>
    <message>
        <source>&amp;Undo a learner merge…</source>
        <translation>Біріктіруді &amp;кері қайтару…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Бас тартылды.</translation>
    </message>
    <message>
        <source>Choose your profile first, then export its progress.</source>
        <translation>Алдымен профиліңізді таңдаңыз, содан кейін оның прогресін экспорттаңыз.</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Прогресті экспорттау</translation>
    </message>
    <message>
        <source>Qorgau progress bundles (*.zip)</source>
        <translation>Qorgau прогресс пакеттері (*.zip)</translation>
    </message>
    <message>
        <source>Exporting progress…</source>
        <translation>Прогресс экспортталуда…</translation>
    </message>
    <message>
        <source>Progress saved to {0}: {1} learner(s), {2} attempt(s).
Signing key fingerprint: {3}. Give the file to your trainer.</source>
        <translation>Прогресс сақталды: {0}: {1} тыңдаушы, {2} талпыныс.
Қолтаңба кілтінің саусақ ізі: {3}. Файлды тренеріңізге беріңіз.</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Прогресті импорттау</translation>
    </message>
    <message>
        <source>Checking the files…</source>
        <translation>Файлдар тексерілуде…</translation>
    </message>
    <message>
        <source>Importing progress…</source>
        <translation>Прогресс импортталуда…</translation>
    </message>
    <message>
        <source>Imported {0} file(s): {1} new learner(s), {2} new attempt(s); {3} record(s) were already here.</source>
        <translation>{0} файл импортталды: {1} жаңа тыңдаушы, {2} жаңа талпыныс; {3} жазба бұрыннан бар еді.</translation>
    </message>
    <message>
        <source>Trusted from now on: {0}.</source>
        <translation>Енді сенімді деп саналады: {0}.</translation>
    </message>
    <message>
        <source>Skipped (their computers are not trusted): {0}.</source>
        <translation>Өткізіп жіберілді (олардың компьютерлеріне сенім жоқ): {0}.</translation>
    </message>
    <message>
        <source>Merged {0} duplicate profile(s).</source>
        <translation>{0} қайталанатын профиль біріктірілді.</translation>
    </message>
    <message>
        <source>{0} record(s) in the files differ from the ones here: the records here were kept, the copies kept aside (Trainer → Import conflicts…):</source>
        <translation>Файлдардағы {0} жазба осындағылардан өзгеше: осындағы жазбалар сақталды, көшірмелер бөлек қойылды (Тренер → Импорт қайшылықтары…):</translation>
    </message>
    <message>
        <source>Cancelled: the remaining files were not imported.</source>
        <translation>Бас тартылды: қалған файлдар импортталмады.</translation>
    </message>
    <message>
        <source>This computer signs the progress it exports with its own key.

Device: {0}
Key fingerprint: {1}

When your trainer imports your progress for the first time, they see this fingerprint and ask you to compare it.</source>
        <translation>Бұл компьютер экспорттайтын прогреске өз кілтімен қол қояды.

Құрылғы: {0}
Кілттің саусақ ізі: {1}

Тренер прогресіңізді алғаш рет импорттағанда осы саусақ ізін көреді және оны салыстыруды сұрайды.</translation>
    </message>
    <message>
        <source>No conflicts: no import found a record that differs from the one here.</source>
        <translation>Қайшылық жоқ: бірде-бір импорт осындағыдан өзгеше жазба таппады.</translation>
    </message>
    <message>
        <source>Import conflicts</source>
        <translation>Импорт қайшылықтары</translation>
    </message>
    <message>
        <source>No learner profiles are merged.</source>
        <translation>Біріктірілген тыңдаушы профильдері жоқ.</translation>
    </message>
    <message>
        <source>Count {0} and {1} as two different people again?</source>
        <translation>{0} және {1} қайтадан екі түрлі адам ретінде есептелсін бе?</translation>
    </message>
    <message>
        <source>The merge was undone.</source>
        <translation>Біріктіру кері қайтарылды.</translation>
    </message>
</context>
<context>
    <name>TrainerCharts</name>
    <message>
        <source>% of assigned modules completed</source>
        <translation>Тағайындалған модульдердің аяқталғаны, %</translation>
    </message>
    <message>
        <source>% passed</source>
        <translation>Өткендер, %</translation>
    </message>
    <message>
        <source>count</source>
        <translation>саны</translation>
    </message>
</context>
<context>
    <name>TrainerGate</name>
    <message>
        <source>%n second(s)</source>
        <translation>%n секундтан</translation>
    </message>
    <message>
        <source>%n minute(s)</source>
        <translation>%n минуттан</translation>
    </message>
    <message>
        <source>Too many wrong passwords. Trainer mode is locked; try again in {0}.</source>
        <translation>Қате құпиясөз тым көп рет енгізілді. Тренер режимі бұғатталды; {0} кейін қайталап көріңіз.</translation>
    </message>
    <message numerus="yes">
        <source>That password is not correct. %n more tries before trainer mode locks.</source>
        <translation>
            <numerusform>Құпиясөз қате. Тренер режимі бұғатталғанға дейін тағы %n талпыныс қалды.</numerusform>
            <numerusform>Құпиясөз қате. Тренер режимі бұғатталғанға дейін тағы %n талпыныс қалды.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password was not set: it needs at least {0} characters.</source>
        <translation>Құпиясөз орнатылмады: ол кемінде {0} таңбадан тұруы керек.</translation>
    </message>
    <message>
        <source>The current password is not correct; the password was not changed.</source>
        <translation>Ағымдағы құпиясөз қате; құпиясөз өзгертілмеді.</translation>
    </message>
    <message>
        <source>The new password needs at least {0} characters.</source>
        <translation>Жаңа құпиясөз кемінде {0} таңбадан тұруы керек.</translation>
    </message>
    <message>
        <source>The trainer password was changed.</source>
        <translation>Тренер құпиясөзі өзгертілді.</translation>
    </message>
</context>
<context>
    <name>TrainerMode</name>
    <message>
        <source>Open trainer &amp;workspace…</source>
        <translation>Тренердің &amp;жұмыс орнын ашу…</translation>
    </message>
    <message>
        <source>&amp;Change trainer password…</source>
        <translation>Тренер &amp;құпиясөзін өзгерту…</translation>
    </message>
    <message>
        <source>&amp;Lock trainer mode</source>
        <translation>Тренер режимін &amp;бұғаттау</translation>
    </message>
</context>
<context>
    <name>TrainerModels</name>
    <message>
        <source>Passed</source>
        <translation>Өтті</translation>
    </message>
    <message>
        <source>Completed, not passed</source>
        <translation>Аяқталды, өтпеді</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Жүріп жатыр</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Басталмады</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Тыңдаушы</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Бөлімше</translation>
    </message>
    <message>
        <source>(inactive)</source>
        <translation>(белсенді емес)</translation>
    </message>
    <message>
        <source>, best score {0:.0f}%</source>
        <translation>, үздік нәтиже {0:.0f}%</translation>
    </message>
    <message>
        <source>{0} — {1}: {2}{3}; {4} attempts</source>
        <translation>{0} — {1}: {2}{3}; {4} талпыныс</translation>
    </message>
</context>
<context>
    <name>TrainerWorkspace</name>
    <message>
        <source>{0} — trainer workspace</source>
        <translation>{0} — тренердің жұмыс орны</translation>
    </message>
    <message>
        <source>Trainer actions</source>
        <translation>Тренер әрекеттері</translation>
    </message>
    <message>
        <source>Leave now (Esc)</source>
        <translation>Жылдам шығу (Esc)</translation>
    </message>
    <message>
        <source>Hide everything on screen at once</source>
        <translation>Экрандағының бәрін бірден жасыру</translation>
    </message>
    <message>
        <source>Lock trainer mode</source>
        <translation>Тренер режимін бұғаттау</translation>
    </message>
    <message>
        <source>Dash&amp;board</source>
        <translation>&amp;Бақылау тақтасы</translation>
    </message>
    <message>
        <source>&amp;Learners</source>
        <translation>&amp;Тыңдаушылар</translation>
    </message>
    <message>
        <source>&amp;Item analysis</source>
        <translation>&amp;Сұрақтарды талдау</translation>
    </message>
    <message>
        <source>Cer&amp;tificates</source>
        <translation>Серти&amp;фикаттар</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Есептер</translation>
    </message>
    <message>
        <source>Cohort&amp;s</source>
        <translation>Топта&amp;р</translation>
    </message>
    <message>
        <source>Pre/post and feedback</source>
        <translation>Тесттер мен пікірлер</translation>
    </message>
    <message>
        <source>Trainer workspace</source>
        <translation>Тренердің жұмыс орны</translation>
    </message>
    <message>
        <source>Dashboard, learners, item analysis, certificates and reports.</source>
        <translation>Жиынтық, тыңдаушылар, сұрақтарды талдау, сертификаттар және есептер.</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Орындалуда</translation>
    </message>
    <message>
        <source>Computing figures…</source>
        <translation>Көрсеткіштер есептелуде…</translation>
    </message>
    <message>
        <source>all</source>
        <translation>барлығы</translation>
    </message>
    <message>
        <source>active and inactive</source>
        <translation>белсенді және белсенді емес</translation>
    </message>
    <message>
        <source>active only</source>
        <translation>тек белсенді</translation>
    </message>
    <message>
        <source>inactive only</source>
        <translation>тек белсенді емес</translation>
    </message>
    <message>
        <source>cohort</source>
        <translation>топ</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>рөлдер</translation>
    </message>
    <message>
        <source>regions</source>
        <translation>өңірлер</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>бөлімше</translation>
    </message>
    <message>
        <source>modules</source>
        <translation>модульдер</translation>
    </message>
    <message>
        <source>attempts</source>
        <translation>талпыныстар</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>кез келген күн</translation>
    </message>
    <message>
        <source>learners</source>
        <translation>тыңдаушылар</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <source>This profile no longer exists.</source>
        <translation>Бұл профиль енді жоқ.</translation>
    </message>
    <message>
        <source>Save transcript</source>
        <translation>Транскриптті сақтау</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <source>The transcript could not be saved to {0}: {1}</source>
        <translation>Транскрипт {0} ішіне сақталмады: {1}</translation>
    </message>
    <message>
        <source>Transcript saved to {0}.</source>
        <translation>Транскрипт сақталды: {0}.</translation>
    </message>
</context>
<context>
    <name>TranscriptPdf</name>
    <message>
        <source>Training transcript</source>
        <translation>Оқу транскрипті</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Модульдер</translation>
    </message>
    <message>
        <source>No modules are assigned to this profile.</source>
        <translation>Бұл профильге модуль тағайындалмаған.</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Талпыныстар</translation>
    </message>
    <message>
        <source>No attempts yet.</source>
        <translation>Әзірге талпыныс жоқ.</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Сертификаттар</translation>
    </message>
    <message>
        <source>Anyone can check a certificate code in Qorgau: Trainer → Certificates.</source>
        <translation>Сертификат кодын Qorgau-да тексеруге болады: Тренер → Сертификаттар.</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Әзірге жоқ.</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>өтті</translation>
    </message>
    <message>
        <source>not passed yet</source>
        <translation>әзірге өтпеді</translation>
    </message>
    <message>
        <source>quiz in progress</source>
        <translation>тест жүріп жатыр</translation>
    </message>
    <message>
        <source>started</source>
        <translation>басталды</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>басталмады</translation>
    </message>
    <message>
        <source>not open yet</source>
        <translation>әлі жабық</translation>
    </message>
    <message>
        <source>Profile created {0}. Printed {1} by {2} {3}.</source>
        <translation>Профиль құрылған күні: {0}. Басып шығарылды: {1}, {2} {3}.</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Модуль</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Best score</source>
        <translation>Үздік нәтиже</translation>
    </message>
    <message>
        <source>Attempts finished</source>
        <translation>Аяқталған талпыныстар</translation>
    </message>
    <message>
        <source>Lessons read</source>
        <translation>Оқылған сабақтар</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>аяқталмады</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>өтпеді</translation>
    </message>
    <message>
        <source>{0} right, {1} partly right, {2} wrong</source>
        <translation>дұрыс: {0}, ішінара: {1}, қате: {2}</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Басталған уақыты</translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>Answers given</source>
        <translation>Берілген жауаптар</translation>
    </message>
    <message>
        <source>Full curriculum</source>
        <translation>Толық бағдарлама</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Не үшін</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Берілген күні</translation>
    </message>
</context>
<context>
    <name>TrustedKeys</name>
    <message>
        <source>Device</source>
        <translation>Құрылғы</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Тренер</translation>
    </message>
    <message>
        <source>Content publisher</source>
        <translation>Мазмұн баспагері</translation>
    </message>
    <message>
        <source>Import trust file</source>
        <translation>Сенім файлын импорттау</translation>
    </message>
    <message>
        <source>Qorgau trust files (*.json)</source>
        <translation>Qorgau сенім файлдары (*.json)</translation>
    </message>
    <message>
        <source>Revoke key</source>
        <translation>Кілттің күшін жою</translation>
    </message>
    <message>
        <source>Revoke the key {0} ({1}) for good? Progress bundles, content packs and new certificates signed with it will be refused; records already merged stay. This cannot be undone.

Why (for example, laptop stolen on 3 March):</source>
        <translation>{0} ({1}) кілтінің күші біржола жойылсын ба? Онымен қол қойылған прогресс пакеттері, контент пакеттері және жаңа сертификаттар қабылданбайды; бұрын біріктірілген жазбалар сақталады. Мұны болдырмау мүмкін емес.

Себебі (мысалы, ноутбук 3 наурызда ұрланды):</translation>
    </message>
</context>
<context>
    <name>TrustedKeysDialog</name>
    <message>
        <source>Trusted keys</source>
        <translation>Сенімді кілттер</translation>
    </message>
    <message>
        <source>Certificates and progress signed by these keys are trusted on this computer. Share them with other trainers and regional offices as a trust file; import theirs after comparing the fingerprint with the sender.</source>
        <translation>Осы кілттер қол қойған сертификаттар мен нәтижелерге бұл компьютерде сенім бар. Оларды басқа тренерлер мен өңірлік кеңселерге сенім файлы ретінде беріңіз; олардың файлдарын кілттің саусақ ізін жіберушімен салыстырғаннан кейін импорттаңыз.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорттау…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорттау…</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>Күшін &amp;жою…</translation>
    </message>
    <message>
        <source>This computer&apos;s key: {0}</source>
        <translation>Осы компьютердің кілті: {0}</translation>
    </message>
    <message>
        <source>This computer has no key yet; it gets one when it first signs something.</source>
        <translation>Бұл компьютерде әлі кілт жоқ; ол алғаш рет бір нәрсеге қол қойғанда пайда болады.</translation>
    </message>
    <message>
        <source>The key {0} is revoked as of {1}. Export a trust file and give it to other trainers and offices so they refuse it too.</source>
        <translation>{0} кілтінің күші {1} бастап жойылды. Сенім файлын экспорттап, басқа тренерлер мен кеңселерге беріңіз, олар да оны қабылдамайтын болсын.</translation>
    </message>
    <message>
        <source>Export trust file</source>
        <translation>Сенім файлын экспорттау</translation>
    </message>
    <message>
        <source>Qorgau trust files (*.json)</source>
        <translation>Qorgau сенім файлдары (*.json)</translation>
    </message>
    <message>
        <source>The trust file could not be written: {0}</source>
        <translation>Сенім файлын жазу мүмкін болмады: {0}</translation>
    </message>
    <message>
        <source>Saved {0} key(s) to {1}.
It is signed by this computer&apos;s key {2}: tell this fingerprint to whoever imports the file, by phone or in person, so they can check it.</source>
        <translation>{1} файлына сақталған кілттер: {0}.
Оған осы компьютердің {2} кілті қол қойған: файлды импорттайтын адам оны тексере алуы үшін осы саусақ ізін оған телефонмен немесе жеке айтыңыз.</translation>
    </message>
    <message>
        <source>Trusted {0} new key(s).</source>
        <translation>Жаңа сенімді кілттер: {0}.</translation>
    </message>
    <message>
        <source>Revoked {0} key(s).</source>
        <translation>Күші жойылған кілттер: {0}.</translation>
    </message>
    <message>
        <source>{0} is revoked here and stays revoked.</source>
        <translation>{0} кілтінің күші мұнда жойылған және солай қалады.</translation>
    </message>
    <message>
        <source>{0} stays trusted as {1}; the file lists it as {2}.</source>
        <translation>{0} «{1}» ретінде сенімді болып қалады; файлда ол «{2}» деп көрсетілген.</translation>
    </message>
    <message>
        <source>This trust file is signed by the key {0}.
Compare this fingerprint with the one the sender tells you before going on.

It would make this computer trust:
{1}

Trust these keys?</source>
        <translation>Бұл сенім файлына {0} кілті қол қойған.
Жалғастырмас бұрын осы саусақ ізін жіберуші айтқанмен салыстырыңыз.

Бұл компьютер мыналарға сенетін болады:
{1}

Осы кілттерге сенесіз бе?</translation>
    </message>
    <message>
        <source>(no keys)</source>
        <translation>(кілттер жоқ)</translation>
    </message>
    <message>
        <source>It also revokes these keys for good (whatever they sign is refused from then on):
{0}</source>
        <translation>Сондай-ақ бұл кілттердің күшін біржола жояды (олар қол қойғанның бәрі бұдан былай қабылданбайды):
{0}</translation>
    </message>
</context>
<context>
    <name>TrustedKeysModel</name>
    <message>
        <source>Revoked {0}: {1}</source>
        <translation>Күші жойылды {0}: {1}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Саусақ ізі</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Бастап</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Күші жойылған</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome to Qorgau</source>
        <translation>Qorgau бағдарламасына қош келдіңіз</translation>
    </message>
    <message>
        <source>Qorgau trains police officers, judges, prosecutors and social workers to respond to violence against women under Kazakhstan&apos;s law. It works without internet; your answers are saved on this computer as you go.

To begin, create your profile. If several people share this computer, each creates their own.</source>
        <translation>Qorgau полиция қызметкерлерін, судьяларды, прокурорларды және әлеуметтік қызметкерлерді Қазақстан заңнамасына сәйкес әйелдерге қатысты зорлық-зомбылыққа ден қоюға үйретеді. Ол интернетсіз жұмыс істейді; жауаптарыңыз осы компьютерде бірден сақталып отырады.

Бастау үшін профиліңізді құрыңыз. Осы компьютерді бірнеше адам пайдаланса, әрқайсысы өз профилін құрады.</translation>
    </message>
    <message>
        <source>&amp;Create my profile</source>
        <translation>Профилімді &amp;құру</translation>
    </message>
</context>
</TS>
